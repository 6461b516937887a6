import type { DragEvent, FormEvent } from 'react';
import { useId, useState } from 'react';
import type { PastedArticle } from '../../workspace/read-input.ts';
import {
  articleFromForm,
  checkArticleText,
  formatBytes,
  MAX_ARTICLE_BYTES,
} from '../../workspace/read-input.ts';
import type { UserArticle } from '../../workspace/user-case.ts';
import { directionOfLanguage, isLanguageTag } from '../../domain/language.ts';
import { detectScriptLanguage } from '../../domain/text-direction.ts';
import { readFileBytes } from './download-file.ts';
import { useWorkspace } from './workspace-context.tsx';

const EMPTY: PastedArticle = {
  title: '',
  publisher: '',
  published: '',
  url: '',
  language: 'en',
  text: '',
};
// The form tells a pasted text's language from the script of its first characters.
const DETECT_CHARS = 20_000;

function isBlank(form: PastedArticle): boolean {
  return Object.entries(form).every(([k, v]) => v === '' || k === 'language');
}

/** The language tag the form offers for a text: `ar` or `he` by its script, else `en`. */
function offeredLanguage(text: string): string {
  return detectScriptLanguage(text.slice(0, DETECT_CHARS)).language ?? 'en';
}

/** The form that adds articles to the shown case: a pasted report, or `.md`/`.txt` files. */
export function AddArticles({ caseId }: { caseId: string | undefined }) {
  const [form, setForm] = useState<PastedArticle>(EMPTY);
  const [files, setFiles] = useState<File[]>([]);
  const [dragging, setDragging] = useState(false);
  // Until the user sets the language, it follows the pasted text's script.
  const [languageSet, setLanguageSet] = useState(false);
  const extraction = useWorkspace((s) => s.extraction);
  const addArticles = useWorkspace((s) => s.addArticles);
  const cancel = useWorkspace((s) => s.cancelExtraction);
  const say = useWorkspace((s) => s.say);
  const id = useId();
  const field = (name: keyof PastedArticle) => ({
    id: `${id}-${name}`,
    name,
    value: form[name],
    onChange: (e: { target: { value: string } }) => {
      const value = e.target.value;
      if (name === 'language') setLanguageSet(true);
      setForm((f) => ({
        ...f,
        [name]: value,
        ...(name === 'text' && !languageSet && { language: offeredLanguage(value) }),
      }));
    },
  });
  const running = extraction !== null;
  const language = form.language.trim();
  const textDirection = isLanguageTag(language) ? directionOfLanguage(language) : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!caseId) return;
    const articles: UserArticle[] = [];
    if (form.text !== '' || files.length === 0) {
      const text = checkArticleText('The article text', form.text);
      if (!text.ok) return say({ kind: 'alert', text: text.message });
      const article = articleFromForm(form);
      if (!article.ok)
        return say({
          kind: 'alert',
          text: article.message,
          ...(article.details && { details: article.details }),
        });
      articles.push(article.value);
    }
    if (files.length > 0) {
      const { readArticleFiles } = await import('../../workspace/import-dataset.ts');
      const inputs = await Promise.all(
        files.map(async (f) => ({ name: f.name, bytes: await readFileBytes(f) })),
      );
      const read = readArticleFiles(inputs, form.published.trim());
      if (!read.ok)
        return say({
          kind: 'alert',
          text: read.message,
          ...(read.details && { details: read.details }),
        });
      articles.push(...read.value);
    }
    // The form empties while the worker reads (a megabyte in a textarea is slow to repaint), in
    // a task of its own, and gets its text back if the extraction is cancelled or fails.
    const kept = { form, files };
    const added = addArticles(caseId, articles);
    await new Promise((resolve) => setTimeout(resolve, 0));
    setForm(EMPTY);
    setLanguageSet(false);
    setFiles([]);
    if (!(await added)) {
      setForm((now) => (isBlank(now) ? kept.form : now));
      setFiles((now) => (now.length === 0 ? kept.files : now));
    }
  };

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const dropped = [...event.dataTransfer.files];
    if (dropped.length > 0) setFiles((f) => [...f, ...dropped]);
  };

  return (
    <form
      className={`add-articles${dragging ? ' add-articles--dragging' : ''}`}
      aria-labelledby={`${id}-heading`}
      onSubmit={(e) => void submit(e)}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
    >
      <h3 id={`${id}-heading`}>Add articles</h3>
      <div className="add-articles__fields">
        <label htmlFor={`${id}-title`}>Title</label>
        <input type="text" {...field('title')} dir="auto" autoComplete="off" />
        <label htmlFor={`${id}-publisher`}>Publisher</label>
        <input type="text" {...field('publisher')} autoComplete="off" />
        <label htmlFor={`${id}-published`}>Published</label>
        <input type="date" {...field('published')} aria-describedby={`${id}-published-hint`} />
        <span id={`${id}-published-hint`} className="hint">
          Relative dates in the text (“on Wednesday”) are read from this day.
        </span>
        <label htmlFor={`${id}-url`}>URL</label>
        <input type="url" {...field('url')} autoComplete="off" placeholder="https://…" />
        <label htmlFor={`${id}-language`}>Language</label>
        <input
          type="text"
          {...field('language')}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-language-hint`}
        />
        <span id={`${id}-language-hint`} className="hint">
          A BCP 47 tag: en, ar, he… Set from the text’s script until you change it. Positions are
          extracted from English only.
        </span>
      </div>
      <label htmlFor={`${id}-text`}>Article text</label>
      <textarea
        {...field('text')}
        // Written the way its language is: Arabic or Hebrew right to left (dir="auto" would
        // make Chromium scan a pasted megabyte on each change).
        dir={textDirection}
        lang={isLanguageTag(language) ? language : undefined}
        rows={8}
        spellCheck={false}
        aria-describedby={`${id}-text-hint`}
      />
      <p id={`${id}-text-hint`} className="hint">
        Paste the report’s words as published, up to {formatBytes(MAX_ARTICLE_BYTES)} per article.
        It is kept as plain text: markup is shown, never run.
      </p>
      <div className="add-articles__files">
        <label htmlFor={`${id}-files`}>Article files (.md or .txt, several at once)</label>
        <input
          id={`${id}-files`}
          type="file"
          multiple
          accept=".md,.markdown,.txt,text/markdown,text/plain"
          onChange={(e) => {
            const chosen = [...(e.target.files ?? [])];
            setFiles((f) => [...f, ...chosen]);
            e.target.value = '';
          }}
        />
        <span className="hint">
          or drop files here. Front matter gives title and date; otherwise the fields above do.
        </span>
        {files.length > 0 && (
          <ul aria-label="Files to add">
            {files.map((f, i) => (
              <li key={`${f.name}-${i}`}>
                {f.name} ({formatBytes(f.size)}){' '}
                <button
                  type="button"
                  onClick={() => setFiles((all) => all.filter((_, j) => j !== i))}
                >
                  Remove {f.name}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="add-articles__actions">
        <button type="submit" disabled={running || !caseId}>
          Extract positions
        </button>
        {extraction && (
          <>
            <progress
              aria-label="Extraction progress"
              {...(extraction.total > 1 && { max: extraction.total, value: extraction.done })}
            />
            <span className="hint">
              Reading{' '}
              {extraction.total === 1
                ? 'the article'
                : `article ${Math.min(extraction.done + 1, extraction.total)} of ${extraction.total}`}
              {extraction.current ? `: ${extraction.current}` : ''}…
            </span>
            <button type="button" onClick={cancel}>
              Cancel extraction
            </button>
          </>
        )}
      </div>
    </form>
  );
}
