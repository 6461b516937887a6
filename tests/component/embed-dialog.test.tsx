import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ExportBar } from '../../src/views/export/export-bar.tsx';
import { makeHarbourDataset } from '../fixtures/dataset-builders.ts';
import { renderWithStore } from '../fixtures/render-with-store.tsx';

// The dialog is lazily loaded: load it once up front (see embed-page.test.tsx).
beforeAll(async () => {
  await import('../../src/views/embed/embed-dialog.tsx');
});

const here = () => `${window.location.origin}${window.location.pathname}`;

async function openDialog(view: 'matrix' | 'timeline' | 'sequencing' = 'matrix', options = {}) {
  const user = userEvent.setup();
  const rendered = renderWithStore(<ExportBar view={view} />, options);
  const button = screen.getByRole('button', { name: `Embed ${view}` });
  expect(button).toHaveAttribute('aria-expanded', 'false');
  await user.click(button);
  const dialog = await screen.findByRole('dialog', { name: 'Embed on another site' });
  return { user, dialog, button, ...rendered };
}

const codeOf = (dialog: HTMLElement) =>
  (within(dialog).getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement).value;

afterEach(() => vi.restoreAllMocks());

describe('<EmbedDialog /> (the Embed action beside the exports)', () => {
  it('opens from "Embed matrix" with the matrix chosen, 800 × 500, and the iframe code', async () => {
    const { dialog, button } = await openDialog('matrix', {
      view: { hiddenMediators: ['council'] },
    });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(dialog).toHaveFocus();
    const d = within(dialog);
    expect(d.getByRole('radio', { name: 'Positions matrix' })).toBeChecked();
    expect(d.getByRole('spinbutton', { name: 'Width (pixels)' })).toHaveValue(800);
    expect(d.getByRole('spinbutton', { name: 'Height (pixels)' })).toHaveValue(500);
    const code = d.getByRole('textbox', { name: 'Embed code' });
    expect(code).toHaveAttribute('readonly');
    expect(codeOf(dialog)).toBe(
      `<iframe src="${here()}?embed=matrix&amp;hide-mediator=council" width="800" height="500" title="Harbour access talks — Positions matrix" loading="lazy" style="border: 0; max-width: 100%"></iframe>`,
    );
    expect(d.getByRole('link', { name: 'Preview the embed' })).toHaveAttribute(
      'href',
      `${here()}?embed=matrix&hide-mediator=council`,
    );
  });

  it('builds the code for another view and size', async () => {
    const { user, dialog } = await openDialog('sequencing');
    const d = within(dialog);
    await user.click(d.getByRole('radio', { name: 'Mediator meetings timeline' }));
    const width = d.getByRole('spinbutton', { name: 'Width (pixels)' });
    await user.clear(width);
    await user.type(width, '640');
    const height = d.getByRole('spinbutton', { name: 'Height (pixels)' });
    await user.clear(height);
    await user.type(height, '480');
    expect(codeOf(dialog)).toContain(`src="${here()}?embed=timeline"`);
    expect(codeOf(dialog)).toContain('width="640" height="480"');
    expect(codeOf(dialog)).toContain('title="Harbour access talks — Mediator meetings timeline"');
  });

  it('escapes a case title with quotes and < in the iframe title', async () => {
    const { dialog } = await openDialog('matrix', {
      dataset: makeHarbourDataset({ case: { id: 'harbour', title: 'The "Harbour" <talks>' } }),
    });
    expect(codeOf(dialog)).toContain(
      'title="The &quot;Harbour&quot; &lt;talks&gt; — Positions matrix"',
    );
  });

  it('refuses a width under 600 with a message naming it, keeping the last valid width', async () => {
    const { user, dialog } = await openDialog();
    const width = within(dialog).getByRole('spinbutton', { name: 'Width (pixels)' });
    await user.clear(width);
    await user.type(width, '590');
    const alert = within(dialog).getByRole('alert');
    expect(alert).toHaveTextContent(
      'Width must be at least 600 pixels: the embedded view is laid out for 600 × 400 and up. The embed code keeps 800.',
    );
    expect(width).toHaveAttribute('aria-invalid', 'true');
    expect(width).toHaveAccessibleDescription(alert.textContent ?? '');
    expect(codeOf(dialog)).toContain('width="800"');
    await user.clear(width);
    await user.type(width, '650');
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(codeOf(dialog)).toContain('width="650"');
  });

  it('copies the code to the clipboard and says so', async () => {
    const { user, dialog } = await openDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Copy embed code' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent('Copied the embed code.');
    expect(await navigator.clipboard.readText()).toBe(codeOf(dialog));
  });

  it('selects the code and says how to copy it when the clipboard refuses', async () => {
    const { user, dialog } = await openDialog();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('not allowed'));
    await user.click(within(dialog).getByRole('button', { name: 'Copy embed code' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('status')).toHaveTextContent(
        'This browser does not let the page copy: the code is selected, press Ctrl+C (⌘C on a Mac) to copy it.',
      ),
    );
    const code = within(dialog).getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement;
    expect(code).toHaveFocus();
    expect([code.selectionStart, code.selectionEnd]).toEqual([0, code.value.length]);
  });

  it('closes on Escape and on Close, giving focus back to its button', async () => {
    const { user, button } = await openDialog('timeline');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Embed on another site' });
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('is offered beside the matrix, timeline and sequencing exports only', () => {
    for (const view of ['comparison', 'analysis', 'dataset'] as const) {
      const { unmount } = renderWithStore(<ExportBar view={view} />);
      expect(screen.queryByRole('button', { name: /^Embed/ })).toBeNull();
      unmount();
    }
  });
});
