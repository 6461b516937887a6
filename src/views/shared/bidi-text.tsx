import type { Source } from '../../domain/dataset.ts';
import type { ShownLanguage } from '../../domain/language.ts';
import { shownLanguage } from '../../domain/language.ts';
import type { TextDirection } from '../../domain/text-direction.ts';
import { detectScriptLanguage, splitBidiRuns } from '../../domain/text-direction.ts';

// A source's text is read once for its script, however often its quotes are shown.
const sourceLanguages = new WeakMap<object, ShownLanguage>();

/** The `lang` and `dir` a source's text is shown with: its declared language, else its script's. */
export function shownSourceLanguage(source: Pick<Source, 'text' | 'language'>): ShownLanguage {
  let shown = sourceLanguages.get(source);
  if (!shown) {
    shown = shownLanguage(source.text, source.language);
    sourceLanguages.set(source, shown);
  }
  return shown;
}

/**
 * A text in a direction, with each run written the other way set apart in `<bdi>` (with its
 * language when its script tells it): an Arabic phrase quoted in an English sentence keeps the
 * quotation marks and full stop around it where they are written. Rendered as text, never HTML.
 */
export function BidiText({ text, dir }: { text: string; dir: TextDirection }) {
  const runs = splitBidiRuns(text, dir);
  if (runs.length === 1 && !runs[0]?.isolate) return <>{text}</>;
  return (
    <>
      {runs.map((run, i) =>
        run.isolate ? (
          <bdi key={i} dir={run.isolate} lang={detectScriptLanguage(run.text).language}>
            {run.text}
          </bdi>
        ) : (
          run.text
        ),
      )}
    </>
  );
}

/**
 * {@link BidiText} for text a coder may select: each run is a leaf marked with the offset in
 * its source where it starts (`data-offset`, read by views/coding/read-selection.ts), so a
 * selection across an isolated run still maps to the source's characters.
 */
export function BidiLeaves({
  text,
  start,
  dir,
  marked = false,
}: {
  text: string;
  start: number;
  dir: TextDirection;
  /** Highlighted as the evidence: in a `<mark>`, itself the leaf when nothing is isolated. */
  marked?: boolean;
}) {
  const runs = splitBidiRuns(text, dir);
  if (marked) {
    return runs.length === 1 && !runs[0]?.isolate ? (
      <mark data-offset={start}>{text}</mark>
    ) : (
      <mark>
        <BidiLeaves text={text} start={start} dir={dir} />
      </mark>
    );
  }
  const offsets = runs.reduce<number[]>(
    (acc, run, i) => [
      ...acc,
      i === 0 ? start : (acc[i - 1] ?? start) + (runs[i - 1]?.text.length ?? 0),
    ],
    [],
  );
  return (
    <>
      {runs.map((run, i) => {
        const offset = offsets[i] ?? start;
        return run.isolate ? (
          <bdi
            key={i}
            data-offset={offset}
            dir={run.isolate}
            lang={detectScriptLanguage(run.text).language}
          >
            {run.text}
          </bdi>
        ) : (
          <span key={i} data-offset={offset}>
            {run.text}
          </span>
        );
      })}
    </>
  );
}
