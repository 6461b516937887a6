import type { EmbedView } from './embed-param.ts';
import { EMBED_PARAM } from './embed-param.ts';

/** The parts of the page's address an embed link is built from (`window.location` in the app). */
export interface PageAddress {
  origin: string;
  pathname: string;
  hash: string;
}

/** What each embedded view is called, in headings and in the iframe's title. */
export const EMBED_VIEW_TITLES: Readonly<Record<EmbedView, string>> = {
  matrix: 'Positions matrix',
  timeline: 'Mediator meetings timeline',
  sequencing: 'Sequencing',
};

function address(page: PageAddress, query: string): string {
  return `${page.origin}${page.pathname}${query ? `?${query}` : ''}${page.hash}`;
}

/** The page's address showing one view alone, with the given view query (see url-sync.ts). */
export function buildEmbedUrl(page: PageAddress, viewQuery: string, view: EmbedView): string {
  const embed = new URLSearchParams({ [EMBED_PARAM]: view }).toString();
  return address(page, viewQuery ? `${embed}&${viewQuery}` : embed);
}

/** The full dashboard's address with the given view query: the embed's link back to it. */
export function buildDashboardUrl(page: PageAddress, viewQuery: string): string {
  return address(page, viewQuery);
}

/** The iframe's title and the embed's heading: the case, then the view. */
export function describeEmbedTitle(caseTitle: string, view: EmbedView): string {
  return `${caseTitle} — ${EMBED_VIEW_TITLES[view]}`;
}
