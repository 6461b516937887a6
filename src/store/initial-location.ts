/**
 * The address the page was opened with, read when the app starts — before the URL sync rewrites
 * it to the view the store can show, and before lazily loaded views (which may know more cases,
 * such as saved user cases) get to read it.
 */
export const INITIAL_SEARCH: string = globalThis.location?.search ?? '';
