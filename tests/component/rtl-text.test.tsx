import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  createMemoryBackend,
  createWorkspaceStorage,
} from '../../src/persist/workspace-storage.ts';
import { createDashboardStore } from '../../src/store/dashboard-store.ts';
import { DashboardStoreProvider } from '../../src/store/store-context.tsx';
import { EvidencePanel, evidenceBody } from '../../src/views/evidence/evidence-panel.tsx';
import { WorkspacePanel } from '../../src/views/workspace/workspace-panel.tsx';
import { createWorkspaceStore } from '../../src/workspace/workspace-store.ts';
import { makeHarbourDataset } from '../fixtures/dataset-builders.ts';
import { renderWithStore } from '../fixtures/render-with-store.tsx';
import {
  ARABIC_QUOTE,
  ARABIC_SENTENCE,
  ARABIC_TEXT,
  HEBREW_SENTENCE,
  HEBREW_TEXT,
  makeRtlDataset,
} from '../fixtures/rtl-case.ts';
import { TINY_CODEBOOK } from '../fixtures/tiny-case.ts';
import { extractInProcess, must } from '../fixtures/workspace-builders.ts';

const panel = () => screen.getByRole('region', { name: 'Evidence' });
const cell = (rowId: string, issueId: string) => ({
  dataset: makeRtlDataset(),
  view: { selection: { kind: 'cell' as const, rowId, issueId } },
});

describe('<EvidencePanel /> with quotes in Arabic and Hebrew', () => {
  beforeAll(() => evidenceBody.load());

  it('shows an Arabic quote of an English report right to left, in Arabic, inside the English text', () => {
    renderWithStore(<EvidencePanel />, cell('front', 'crossings'));
    const quote = must(panel().querySelector('blockquote'));
    expect(quote).toHaveAttribute('lang', 'ar');
    expect(quote).toHaveAttribute('dir', 'rtl');
    expect(quote).toHaveTextContent(ARABIC_QUOTE);
    const text = within(panel()).getByRole('region', {
      name: 'Text of Maren valley talks open in Port Almar',
    });
    expect(text).toHaveAttribute('lang', 'en');
    expect(text).toHaveAttribute('dir', 'ltr');
    expect(text.querySelector('mark')).toHaveTextContent(ARABIC_QUOTE);
  });

  it('isolates the Arabic word of an English quote in <bdi>', () => {
    renderWithStore(<EvidencePanel />, cell('tarsa', 'crossings'));
    const quote = must(panel().querySelector('blockquote'));
    expect(quote).toHaveAttribute('lang', 'en');
    expect(quote).toHaveAttribute('dir', 'ltr');
    const bdi = must(quote.querySelector('bdi'));
    expect(bdi).toHaveTextContent(/^المعابر$/);
    expect(bdi).toHaveAttribute('dir', 'rtl');
    expect(bdi).toHaveAttribute('lang', 'ar');
  });

  it.each([
    ['a Hebrew report declared he', 'tarsa', 'ceasefire', HEBREW_SENTENCE, HEBREW_TEXT, 'he'],
    ['an Arabic report by its script', 'front', 'water', ARABIC_SENTENCE, ARABIC_TEXT, 'ar'],
  ])('shows %s right to left, quote and text', (_, rowId, issueId, sentence, full, lang) => {
    renderWithStore(<EvidencePanel />, cell(rowId, issueId));
    const quote = must(panel().querySelector('blockquote'));
    expect(quote).toHaveAttribute('lang', lang);
    expect(quote).toHaveAttribute('dir', 'rtl');
    expect(quote.textContent).toBe(sentence);
    const text = must(panel().querySelector('[data-source-text]'));
    expect(text.getAttribute('aria-label')).toMatch(/^Text of \u2068.+\u2069$/);
    expect(text).toHaveAttribute('lang', lang);
    expect(text).toHaveAttribute('dir', 'rtl');
    expect(text.textContent).toBe(full);
  });
});

function renderWorkspace() {
  const dataset = { ...makeHarbourDataset(), case: { id: 'harbour-talks', title: 'Harbour' } };
  const dashboard = createDashboardStore([dataset]);
  const workspace = createWorkspaceStore({
    dashboard,
    storage: createWorkspaceStorage(createMemoryBackend()),
    extract: extractInProcess,
    loadSeedFiles: async () => ({ codebookPath: 'codebook.yaml', codebookYaml: TINY_CODEBOOK }),
  });
  render(
    <DashboardStoreProvider value={dashboard}>
      <WorkspacePanel workspace={workspace} />
    </DashboardStoreProvider>,
  );
}

async function paste(user: ReturnType<typeof userEvent.setup>, title: string, text: string) {
  await user.type(screen.getByRole('textbox', { name: 'Title' }), title);
  await user.type(screen.getByLabelText('Published'), '2025-04-09');
  await user.click(screen.getByRole('textbox', { name: 'Article text' }));
  await user.paste(text);
}

describe('<WorkspacePanel /> with articles in Arabic and Hebrew', () => {
  it('offers the language its script tells until the user sets one', async () => {
    const user = userEvent.setup();
    renderWorkspace();
    const language = screen.getByRole('textbox', { name: 'Language' });
    expect(language).toHaveValue('en');
    await paste(user, 'Tarsa', HEBREW_TEXT);
    expect(language).toHaveValue('he');
    await user.clear(language);
    await user.type(language, 'yi');
    await user.click(screen.getByRole('textbox', { name: 'Article text' }));
    await user.paste(' ');
    expect(language).toHaveValue('yi');
  });

  it('says a Hebrew article is left to a person, and refuses a language that is no tag', async () => {
    const user = userEvent.setup();
    renderWorkspace();
    await paste(user, 'משלחת טרסה', HEBREW_TEXT);
    const language = screen.getByRole('textbox', { name: 'Language' });
    await user.clear(language);
    await user.type(language, 'Hebrew');
    await user.click(screen.getByRole('button', { name: 'Extract positions' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Language: “Hebrew” is not a BCP 47 language tag',
    );
    await user.clear(language);
    await user.type(language, 'he');
    await user.click(screen.getByRole('button', { name: 'Extract positions' }));
    expect(
      await screen.findByText(
        /language he: the extractor reads English only; code this article by hand\./,
      ),
    ).toHaveAttribute('role', 'status');
  });

  it('shows a review card’s context in its article’s direction, the Arabic quoted in it isolated', async () => {
    const user = userEvent.setup();
    renderWorkspace();
    await paste(
      user,
      'Round two',
      `Southport demands harbour access for its trawlers, its envoy saying «${ARABIC_QUOTE}».`,
    );
    await user.click(screen.getByRole('button', { name: 'Extract positions' }));
    const queue = await screen.findByRole('list', { name: 'Records to review' });
    const quote = must(within(queue).getAllByRole('listitem')[0]?.querySelector('blockquote'));
    expect(quote).toHaveAttribute('lang', 'en');
    expect(quote).toHaveAttribute('dir', 'ltr');
    expect(quote.querySelector('mark bdi')).toHaveTextContent(ARABIC_QUOTE);
    expect(quote.querySelector('mark bdi')).toHaveAttribute('dir', 'rtl');
  });
});
