import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import {
  DEFAULT_EMBED_SIZE,
  MAX_EMBED_SIZE,
  MIN_EMBED_SIZE,
  parseEmbedSize,
  toEmbedSnippet,
} from '../../export/to-embed-snippet.ts';
import type { EmbedView } from '../../store/embed-param.ts';
import { EMBED_VIEWS } from '../../store/embed-param.ts';
import { buildEmbedUrl, describeEmbedTitle, EMBED_VIEW_TITLES } from '../../store/embed-url.ts';
import { selectIndex } from '../../store/selectors.ts';
import { useDashboard } from '../../store/store-context.tsx';
import { queryOfState } from '../../store/url-sync.ts';
import './embed-dialog.css';

/** One size field: what is typed, and the last valid value the code uses. */
interface SizeField {
  text: string;
  value: number;
  error: string | undefined;
}

function useSizeField(field: 'Width' | 'Height', min: number, max: number, initial: number) {
  const [state, setState] = useState<SizeField>({
    text: String(initial),
    value: initial,
    error: undefined,
  });
  const update = (text: string) => {
    const parsed = parseEmbedSize(text, field, min, max);
    setState((old) =>
      parsed.ok
        ? { text, value: parsed.value, error: undefined }
        : {
            text,
            value: old.value,
            error: `${parsed.reason} The embed code keeps ${old.value}.`,
          },
    );
  };
  return [state, update] as const;
}

/**
 * The Embed dialog (non-modal, beside the export buttons): the view to embed, the iframe's
 * size, and the `<iframe>` code for the view as it is now (filters, dates, selection), to
 * copy into another page. Escape or Close closes it.
 */
export function EmbedDialog({
  id,
  view: initialView,
  onClose,
}: {
  id: string;
  view: EmbedView;
  onClose: () => void;
}) {
  const index = useDashboard(selectIndex);
  const query = useDashboard(queryOfState);
  const [view, setView] = useState<EmbedView>(initialView);
  const [width, setWidth] = useSizeField(
    'Width',
    MIN_EMBED_SIZE.width,
    MAX_EMBED_SIZE.width,
    DEFAULT_EMBED_SIZE.width,
  );
  const [height, setHeight] = useSizeField(
    'Height',
    MIN_EMBED_SIZE.height,
    MAX_EMBED_SIZE.height,
    DEFAULT_EMBED_SIZE.height,
  );
  const [copyStatus, setCopyStatus] = useState('');
  const dialog = useRef<HTMLDivElement>(null);
  const code = useRef<HTMLTextAreaElement>(null);
  const uid = useId();

  // Focus moves into the dialog when it opens, so a keyboard user lands on what they opened.
  useEffect(() => dialog.current?.focus(), []);

  const caseTitle = index?.dataset.case.title ?? 'Negotiation positions';
  const src = buildEmbedUrl(window.location, query, view);
  const snippet = toEmbedSnippet({
    src,
    width: width.value,
    height: height.value,
    title: describeEmbedTitle(caseTitle, view),
  });

  const copy = async () => {
    try {
      // Missing outside secure contexts and in some browsers; refused without permission.
      await navigator.clipboard.writeText(snippet);
      setCopyStatus('Copied the embed code.');
    } catch {
      code.current?.focus();
      code.current?.select();
      setCopyStatus(
        'This browser does not let the page copy: the code is selected, press Ctrl+C (⌘C on a Mac) to copy it.',
      );
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    }
  };

  return (
    <div
      id={id}
      ref={dialog}
      className="embed-dialog"
      role="dialog"
      aria-labelledby={`${uid}-heading`}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <h3 id={`${uid}-heading`} className="embed-dialog__heading">
        Embed on another site
      </h3>
      <fieldset className="embed-dialog__views">
        <legend>View to embed</legend>
        {EMBED_VIEWS.map((v) => (
          <label key={v}>
            <input
              type="radio"
              name={`${uid}-view`}
              value={v}
              checked={view === v}
              onChange={() => setView(v)}
            />
            {EMBED_VIEW_TITLES[v]}
          </label>
        ))}
      </fieldset>
      <div className="embed-dialog__size">
        <SizeInput
          label="Width (pixels)"
          field={width}
          min={MIN_EMBED_SIZE.width}
          max={MAX_EMBED_SIZE.width}
          errorId={`${uid}-width-error`}
          onChange={setWidth}
        />
        <SizeInput
          label="Height (pixels)"
          field={height}
          min={MIN_EMBED_SIZE.height}
          max={MAX_EMBED_SIZE.height}
          errorId={`${uid}-height-error`}
          onChange={setHeight}
        />
      </div>
      <label className="embed-dialog__code">
        Embed code
        <textarea ref={code} readOnly rows={4} value={snippet} spellCheck={false} />
      </label>
      <div className="embed-dialog__actions">
        <button type="button" onClick={() => void copy()}>
          Copy embed code
        </button>
        <a href={src} target="_blank" rel="noopener">
          Preview the embed<span aria-hidden="true"> ↗</span>
        </a>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="embed-dialog__status" role="status">
        {copyStatus}
      </p>
      <p className="embed-dialog__hint">
        The embed shows the view as it is now: its filters, dates and selection. It shows the case
        as this site publishes it; work kept only in this browser is not part of it. The site that
        hosts the dashboard must let other sites frame it (a Content-Security-Policy frame-ancestors
        header): the project’s docs/embed.md says how.
      </p>
    </div>
  );
}

function SizeInput({
  label,
  field,
  min,
  max,
  errorId,
  onChange,
}: {
  label: string;
  field: SizeField;
  min: number;
  max: number;
  errorId: string;
  onChange: (text: string) => void;
}) {
  return (
    <div className="embed-dialog__field">
      <label>
        {label}
        <input
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={field.text}
          aria-invalid={field.error ? true : undefined}
          aria-describedby={field.error ? errorId : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      </label>
      {field.error && (
        <p id={errorId} className="embed-dialog__error" role="alert">
          {field.error}
        </p>
      )}
    </div>
  );
}
