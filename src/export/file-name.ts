/** The parts of an export's file name. */
export interface ExportFileName {
  caseId: string;
  /** What is exported: "matrix", "timeline", "positions", "comparison-israel-hamas", … */
  view: string;
  /** The as-of day the export shows, ISO; "undated" when there is none. */
  asOf: string | undefined;
  extension: 'svg' | 'png' | 'csv' | 'json';
}

/** A part of a file name in [a-z0-9-] only: lower case, accents dropped, other runs as one "-". */
export function toFileNamePart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * `<case>-<view>-<as-of date>.<ext>`, with only the characters [a-z0-9-.]: safe on every file
 * system and in a URL, with no path separator, no leading dot and no "..".
 */
export function buildExportFileName({ caseId, view, asOf, extension }: ExportFileName): string {
  const parts = [toFileNamePart(caseId) || 'case', toFileNamePart(view) || 'export'];
  parts.push(asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : 'undated');
  return `${parts.join('-')}.${extension}`;
}
