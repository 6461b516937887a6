import { render, screen, within } from '@testing-library/react';
import { buildCaseDataset } from '../../src/cases/build-case-dataset.ts';
import { App } from '../../src/app.tsx';
import { createDashboardStore } from '../../src/store/dashboard-store.ts';
import { DashboardStoreProvider } from '../../src/store/store-context.tsx';
import { makeCaseFiles } from '../fixtures/tiny-case.ts';

function renderApp(datasets = [tinyDataset()]) {
  return render(
    <DashboardStoreProvider value={createDashboardStore(datasets)}>
      <App />
    </DashboardStoreProvider>,
  );
}

function tinyDataset() {
  const build = buildCaseDataset(makeCaseFiles());
  if (!build.ok) throw new Error('tiny case does not build');
  return build.dataset;
}

describe('<App />', () => {
  it('shows the case title as the only level-one heading', () => {
    renderApp();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Harbour access talks');
  });

  it('lists the sources with publisher and date', () => {
    renderApp();
    const sources = screen.getByRole('region', { name: 'Sources' });
    expect(within(sources).getByText('Harbour talks resume')).toBeInTheDocument();
    expect(within(sources).getByText('2024-03-02')).toHaveAttribute('datetime', '2024-03-02');
  });

  it('lists parties with their people, mediators and issues from the dataset', () => {
    renderApp();
    const parties = within(screen.getByRole('region', { name: 'Parties' }));
    expect(parties.getByText('Northland')).toBeInTheDocument();
    expect(parties.getByText('Ada Lind')).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Mediators' })).getByText('Coastal League'),
    ).toBeInTheDocument();
    const issues = within(screen.getByRole('region', { name: 'Issues' })).getAllByRole('listitem');
    expect(issues.map((li) => li.textContent)).toEqual(['Harbour access', 'Fishing quota']);
  });

  it('renders article text as text, never as HTML', () => {
    const dataset = tinyDataset();
    dataset.sources = dataset.sources.map((s) => ({
      ...s,
      title: '<img src=x onerror=alert(1)>Report',
    }));
    const { container } = renderApp([dataset]);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>Report')).toBeInTheDocument();
  });

  it('lays out the filters, the matrix, the evidence, the timeline and the comparison', async () => {
    renderApp();
    // The comparison loads after first paint.
    expect(await screen.findByRole('heading', { name: 'Compare two parties' })).toBeInTheDocument();
    for (const name of ['Filters', 'Positions', 'Evidence', 'Mediator meetings timeline']) {
      expect(screen.getByRole('region', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('heading', { name: 'Compare two parties' })).toBeInTheDocument();
    // Each landmark's name is unique even as a substring, as browser tests match names.
    expect(screen.getAllByRole('region', { name: /parties/i })).toHaveLength(1);
    expect(screen.getByRole('grid', { name: 'Positions matrix' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Coastal League' })).toBeChecked();
    expect(
      screen.getByRole('button', {
        name: 'Meeting on 2024-03-01 in Port Vell, mediated by Coastal League',
      }),
    ).toBeInTheDocument();
  });

  it('says so when no case is loaded', () => {
    renderApp([]);
    expect(screen.getByRole('status')).toHaveTextContent('No case is loaded');
  });
});
