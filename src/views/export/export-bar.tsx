import { lazy, Suspense, useId, useRef, useState } from 'react';
import { useDashboardStore } from '../../store/store-context.tsx';
import type { ExportKind, ExportSettings } from './export-kinds.ts';
import { EXPORT_LABELS } from './export-kinds.ts';

// The Embed dialog loads on its first opening, so it costs nothing on first paint.
const EmbedDialog = lazy(() =>
  import('../embed/embed-dialog.tsx').then((m) => ({ default: m.EmbedDialog })),
);

/** Which view a bar of export buttons sits beside. */
export type ExportBarView =
  'matrix' | 'timeline' | 'comparison' | 'sequencing' | 'analysis' | 'dataset';

const KINDS: Readonly<Record<ExportBarView, readonly ExportKind[]>> = {
  matrix: ['matrix-svg', 'matrix-png', 'positions-csv'],
  timeline: ['timeline-svg', 'timeline-png', 'meetings-csv', 'proposals-csv'],
  comparison: ['comparison-svg', 'comparison-png'],
  sequencing: ['sequencing-svg', 'sequencing-png', 'sequencing-csv'],
  analysis: ['changes-csv', 'disputes-csv'],
  dataset: ['dataset-json'],
};

const TITLES: Readonly<Record<ExportBarView, string>> = {
  matrix: 'Matrix',
  timeline: 'Timeline',
  comparison: 'Comparison',
  sequencing: 'Sequencing',
  analysis: 'Changes and disputes',
  dataset: 'Dataset',
};

const CSV_NOUN: Partial<Record<ExportBarView, string>> = {
  matrix: 'positions',
  timeline: 'meetings and proposals',
  sequencing: 'sequencing',
  analysis: 'changes and disputes',
};

/** The page's colour scheme, so a dark page exports a dark chart on its own background. */
function pageTheme(): 'light' | 'dark' {
  return typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-color-scheme: dark)').matches
    ? 'dark'
    : 'light';
}

/** The timeline's width on screen; the exported one is laid out at the same width. */
function timelineWidth(): number {
  const width = document.querySelector<HTMLElement>('.timeline__frame')?.clientWidth ?? 0;
  return width >= 320 ? width : 960;
}

/**
 * Export buttons for one view ("Export matrix as SVG", …) with their options: PNG scale, a
 * byte-order mark for CSV, the whole or filtered dataset for JSON. The export code is loaded
 * on the first click, so it costs nothing on first paint. Beside the matrix, timeline and
 * sequencing exports, "Embed …" opens the Embed dialog: the `<iframe>` code for that view.
 */
export function ExportBar({ view }: { view: ExportBarView }) {
  const store = useDashboardStore();
  const id = useId();
  const [pngScale, setPngScale] = useState<1 | 2>(2);
  const [bom, setBom] = useState(false);
  const [jsonScope, setJsonScope] = useState<'whole' | 'filtered'>('whole');
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const kinds = KINDS[view];
  const title = TITLES[view];
  const csvNoun = CSV_NOUN[view];
  const embedView =
    view === 'matrix' || view === 'timeline' || view === 'sequencing' ? view : undefined;
  const [embedding, setEmbedding] = useState(false);
  const embedButton = useRef<HTMLButtonElement>(null);

  const run = async (kind: ExportKind) => {
    setBusy(kind);
    setError('');
    setStatus(`${EXPORT_LABELS[kind].replace(/^Export/, 'Exporting')}…`);
    try {
      const { runExport } = await import('./run-export.ts');
      const settings: ExportSettings = {
        pngScale,
        bom,
        jsonScope,
        theme: pageTheme(),
        timelineWidth: timelineWidth(),
        now: new Date(),
      };
      const saved = await runExport(kind, store.getState(), settings);
      setStatus(`Saved ${saved.fileName} (${saved.detail}).`);
    } catch (e) {
      setStatus('');
      setError(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className={`export-bar export-bar--${view}`} role="group" aria-label={`${title} export`}>
      <div className="export-bar__actions">
        {kinds.map((kind) => (
          <button
            key={kind}
            type="button"
            className="export-bar__button"
            onClick={() => void run(kind)}
            disabled={busy !== null}
          >
            {EXPORT_LABELS[kind]}
          </button>
        ))}
        {embedView && (
          <button
            ref={embedButton}
            type="button"
            className="export-bar__button"
            aria-expanded={embedding}
            aria-controls={embedding ? `${id}-embed` : undefined}
            onClick={() => setEmbedding(!embedding)}
          >
            Embed {embedView}
          </button>
        )}
      </div>
      <div className="export-bar__options">
        {kinds.some((k) => k.endsWith('-png')) && (
          <label>
            {title} PNG scale
            <select value={pngScale} onChange={(e) => setPngScale(e.target.value === '1' ? 1 : 2)}>
              <option value="1">1×</option>
              <option value="2">2×</option>
            </select>
          </label>
        )}
        {csvNoun && (
          <label>
            <input type="checkbox" checked={bom} onChange={(e) => setBom(e.target.checked)} />
            Byte-order mark in {csvNoun} CSV (for Excel)
          </label>
        )}
        {view === 'dataset' && (
          <fieldset className="export-bar__scope">
            <legend>Dataset JSON</legend>
            <label>
              <input
                type="radio"
                name={`${id}-scope`}
                checked={jsonScope === 'whole'}
                onChange={() => setJsonScope('whole')}
              />
              Whole dataset
            </label>
            <label>
              <input
                type="radio"
                name={`${id}-scope`}
                checked={jsonScope === 'filtered'}
                onChange={() => setJsonScope('filtered')}
              />
              Only what the filters show
            </label>
          </fieldset>
        )}
      </div>
      {embedView && embedding && (
        <Suspense fallback={<p className="export-bar__status">Loading the embed code…</p>}>
          <EmbedDialog
            id={`${id}-embed`}
            view={embedView}
            onClose={() => {
              setEmbedding(false);
              embedButton.current?.focus();
            }}
          />
        </Suspense>
      )}
      <p className="export-bar__status" role="status">
        {status}
      </p>
      {error && (
        <p className="export-bar__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
