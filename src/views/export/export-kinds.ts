/** Every export the dashboard offers. */
export type ExportKind =
  | 'matrix-svg'
  | 'matrix-png'
  | 'timeline-svg'
  | 'timeline-png'
  | 'comparison-svg'
  | 'comparison-png'
  | 'sequencing-svg'
  | 'sequencing-png'
  | 'sequencing-csv'
  | 'changes-csv'
  | 'disputes-csv'
  | 'positions-csv'
  | 'meetings-csv'
  | 'proposals-csv'
  | 'dataset-json';

/** The options chosen beside the export buttons, and what the page knows (theme, width, now). */
export interface ExportSettings {
  pngScale: 1 | 2;
  bom: boolean;
  jsonScope: 'whole' | 'filtered';
  theme: 'light' | 'dark';
  /** The timeline's width on screen, so the exported timeline is laid out the same. */
  timelineWidth: number;
  now: Date;
}

/** The accessible name of each export's button (DESIGN.md: "Export <view> as <format>"). */
export const EXPORT_LABELS: Readonly<Record<ExportKind, string>> = {
  'matrix-svg': 'Export matrix as SVG',
  'matrix-png': 'Export matrix as PNG',
  'timeline-svg': 'Export timeline as SVG',
  'timeline-png': 'Export timeline as PNG',
  'comparison-svg': 'Export comparison as SVG',
  'comparison-png': 'Export comparison as PNG',
  'sequencing-svg': 'Export sequencing as SVG',
  'sequencing-png': 'Export sequencing as PNG',
  'sequencing-csv': 'Export sequencing as CSV',
  'changes-csv': 'Export changes as CSV',
  'disputes-csv': 'Export disputes as CSV',
  'positions-csv': 'Export positions as CSV',
  'meetings-csv': 'Export meetings as CSV',
  'proposals-csv': 'Export proposals as CSV',
  'dataset-json': 'Export dataset as JSON',
};
