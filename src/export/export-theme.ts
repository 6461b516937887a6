/** The colours of an exported chart: the page's palette resolved to literal values. */
export interface ExportTheme {
  name: 'light' | 'dark';
  background: string;
  text: string;
  muted: string;
  border: string;
  panel: string;
  mark: string;
  markRing: string;
  cellBorder: string;
  event: string;
  accent: string;
  /** Proposals and deals on the timeline, and the derived-cell mark of the matrix. */
  proposal: string;
}

/**
 * The palettes of styles.css, as literal colours: an export must not depend on the page's
 * CSS variables, and the dark one is drawn on its own solid background.
 */
export const EXPORT_THEMES: Readonly<Record<ExportTheme['name'], ExportTheme>> = {
  light: {
    name: 'light',
    background: '#ffffff',
    text: '#1b1f24',
    muted: '#57606a',
    border: '#d0d7de',
    panel: '#f6f8fa',
    mark: '#0b5cad',
    markRing: '#ffffff',
    cellBorder: '#1b1f24',
    event: '#8c6e14',
    accent: '#0b5cad',
    proposal: '#00796b',
  },
  dark: {
    name: 'dark',
    background: '#0f1419',
    text: '#e6edf3',
    muted: '#9da7b3',
    border: '#30363d',
    panel: '#161b22',
    mark: '#6cb6ff',
    markRing: '#0f1419',
    cellBorder: '#e6edf3',
    event: '#d2aa3c',
    accent: '#6cb6ff',
    proposal: '#4db6ac',
  },
};
