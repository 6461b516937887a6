// Timing inside the page, shared by the benchmark and the profile scripts. In-page code is text:
// tsx would wrap named functions in a helper the page does not have.
import type { Page } from '@playwright/test';

/** In the page: resolves after the next frame is painted (a rAF, then a message after it). */
export const NEXT_FRAME = `() => new Promise((resolve) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => resolve(performance.now()); c.port2.postMessage(0); }))`;

/** Runs `action` (page code) from an idle page and returns the time to the next painted frame. */
export async function timeAction(page: Page, action: string): Promise<number> {
  return page.evaluate(`(async () => {
    const nextFrame = ${NEXT_FRAME};
    // Start from an idle pipeline (the last frame drawn, no timers pending), as a user's click does.
    await nextFrame();
    await new Promise((resolve) => setTimeout(resolve, 40));
    const t0 = performance.now();
    ${action}
    const t1 = await nextFrame();
    return t1 - t0;
  })()`) as Promise<number>;
}
