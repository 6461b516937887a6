import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parseCsv } from '../../src/export/to-csv.ts';
import { AnalysisControls } from '../../src/views/change/analysis-controls.tsx';
import { ExportBar } from '../../src/views/export/export-bar.tsx';
import { renderWithStore } from '../fixtures/render-with-store.tsx';

/** Captures what the export saves: the file name and the blob behind the link. */
function captureDownloads() {
  const saved: { fileName: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  let serial = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${++serial}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob) saved.push({ fileName: this.download, blob });
  });
  return saved;
}

afterEach(() => vi.restoreAllMocks());

describe('<ExportBar view="sequencing" />', () => {
  it('offers the sequencing as SVG, PNG and CSV, named as DESIGN.md says', () => {
    renderWithStore(<ExportBar view="sequencing" />);
    const bar = within(screen.getByRole('group', { name: 'Sequencing export' }));
    expect(bar.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Export sequencing as SVG',
      'Export sequencing as PNG',
      'Export sequencing as CSV',
      'Embed sequencing',
    ]);
    expect(bar.getByLabelText('Sequencing PNG scale')).toHaveValue('2');
    expect(bar.getByLabelText('Byte-order mark in sequencing CSV (for Excel)')).not.toBeChecked();
  });

  it('saves the sequencing CSV: one row per condition', async () => {
    const saved = captureDownloads();
    const user = userEvent.setup();
    renderWithStore(<ExportBar view="sequencing" />);
    await user.click(screen.getByRole('button', { name: 'Export sequencing as CSV' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Saved harbour-sequencing-2024-03-02.csv (1 condition).',
      ),
    );
    const [header, ...rows] = parseCsv(await (saved[0]?.blob.text() ?? ''));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.[header?.indexOf('party') ?? -1]).toBe('Southport');
  });
});

describe('<AnalysisControls /> exports', () => {
  it('offers the changes and the disputes as CSV beside the controls', () => {
    renderWithStore(<AnalysisControls />);
    const bar = within(screen.getByRole('group', { name: 'Changes and disputes export' }));
    expect(bar.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Export changes as CSV',
      'Export disputes as CSV',
    ]);
  });

  it('asks for two dates before exporting the changes', async () => {
    const saved = captureDownloads();
    const user = userEvent.setup();
    renderWithStore(<AnalysisControls />);
    await user.click(screen.getByRole('button', { name: 'Export changes as CSV' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Export failed: Choose a from date and a to date under “Change between two dates” to export the changes.',
    );
    expect(saved).toEqual([]);
  });

  it('saves the changes between the compared dates, and the disputes in the window', async () => {
    const saved = captureDownloads();
    const user = userEvent.setup();
    renderWithStore(<AnalysisControls />, {
      view: { change: { from: '2024-02-25', to: '2024-03-02' }, disputeWindow: 14 },
    });
    const status = () =>
      within(screen.getByRole('group', { name: 'Changes and disputes export' })).getByRole(
        'status',
      );
    await user.click(screen.getByRole('button', { name: 'Export changes as CSV' }));
    await waitFor(() =>
      expect(status()).toHaveTextContent(
        'Saved harbour-changes-2024-02-25-to-2024-03-02-2024-03-02.csv (3 changed cells).',
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Export disputes as CSV' }));
    await waitFor(() =>
      expect(status()).toHaveTextContent(
        'Saved harbour-disputes-2024-03-02.csv (1 disputed claim).',
      ),
    );
    expect(saved.map((s) => s.fileName)).toEqual([
      'harbour-changes-2024-02-25-to-2024-03-02-2024-03-02.csv',
      'harbour-disputes-2024-03-02.csv',
    ]);
    const [changeHeader, ...changes] = parseCsv(await (saved[0]?.blob.text() ?? ''));
    expect(changes.map((r) => r[changeHeader?.indexOf('change') ?? -1])).toEqual([
      'appeared',
      'changed',
      'appeared',
    ]);
  });
});
