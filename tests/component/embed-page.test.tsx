import { screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/app.tsx';
import type { EmbedRequest } from '../../src/store/embed-param.ts';
import { makeHarbourDataset } from '../fixtures/dataset-builders.ts';
import { renderWithStore } from '../fixtures/render-with-store.tsx';

function renderEmbed(embed: EmbedRequest, view = {}) {
  return renderWithStore(<App embed={embed} />, { dataset: makeHarbourDataset(), view });
}

// The embed page and the message are lazily loaded: load them once up front, so that a slow
// first transform does not count against each query's timeout.
beforeAll(async () => {
  await Promise.all([
    import('../../src/views/embed/embed-page.tsx'),
    import('../../src/views/embed/embed-problem.tsx'),
    import('../../src/views/sequencing/sequencing-view.tsx'),
  ]);
});

const here = () => `${window.location.origin}${window.location.pathname}`;

describe('<App embed={…} /> (embed mode)', () => {
  it('shows the matrix alone: heading, grid, legend, sources and a link to the dashboard', async () => {
    renderEmbed({ kind: 'view', view: 'matrix' }, { hiddenMediators: ['council'] });
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Harbour access talks — Positions matrix',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('grid', { name: 'Positions matrix' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Legend' })).toBeInTheDocument();
    expect(
      screen.getByText(/^Mediators: Coastal League, meetings without a mediator/),
    ).toBeVisible();
    const sources = screen.getByText('Sources:').closest('p');
    expect(sources).toHaveTextContent(
      'Sources: Northland rules out quota talks (Northern Times); Harbour talks resume (Coastal Herald, 2024-03-02).',
    );
    expect(
      within(sources as HTMLElement).getByRole('link', { name: 'Harbour talks resume' }),
    ).toHaveAttribute('href', 'https://example.org/harbour');
    const link = screen.getByRole('link', { name: 'Open the full dashboard' });
    expect(link).toHaveAttribute('href', `${here()}?hide-mediator=council`);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener');
    // Set by an effect after the page renders; on a loaded machine it can come a moment later.
    await waitFor(() => expect(document.title).toBe('Harbour access talks — Positions matrix'));
  });

  it('leaves out the filters, the sorting, the other views, the exports and the workspace', async () => {
    renderEmbed({ kind: 'view', view: 'matrix' });
    await screen.findByRole('grid', { name: 'Positions matrix' });
    expect(screen.queryByRole('region', { name: 'Filters' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Mediator meetings timeline' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Evidence' })).toBeNull();
    expect(screen.queryByLabelText('Sort parties')).toBeNull();
    expect(screen.queryByRole('group', { name: /export$/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^(Export|Embed)/ })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Your work' })).toBeNull();
  });

  it('shows the timeline alone with its legend and no brush hint', async () => {
    renderEmbed({ kind: 'view', view: 'timeline' });
    const region = await screen.findByRole('region', { name: 'Mediator meetings timeline' });
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: 'Harbour access talks — Mediator meetings timeline',
      }),
    ).toBeInTheDocument();
    expect(within(region).getByText(/^Marks: a dot is a meeting/)).toBeInTheDocument();
    expect(region).not.toHaveTextContent('Drag across the lanes');
    expect(
      within(region).queryByRole('button', { name: 'Show all dates in the matrix' }),
    ).toBeNull();
    expect(screen.queryByRole('grid')).toBeNull();
    expect(screen.getByText('Sources:').closest('p')).toHaveTextContent(
      'League envoy convenes both sides',
    );
  });

  it('shows the sequencing alone with its legend', async () => {
    renderEmbed({ kind: 'view', view: 'sequencing' });
    const region = await screen.findByRole('region', { name: 'Sequencing' });
    expect(within(region).getByRole('list', { name: 'Legend' })).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Harbour access talks — Sequencing' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('grid')).toBeNull();
    expect(screen.getByText('Sources:').closest('p')).toHaveTextContent('Harbour talks resume');
  });

  it('shows the full dashboard and says which values `embed` takes when it names no view', async () => {
    renderEmbed({ kind: 'unknown', value: 'map<b>' });
    // Other alerts (the workspace's, without storage here) may come first: this one by its words.
    const message = await screen.findByText(/^The link’s embed parameter is/, undefined, {
      timeout: 5000,
    });
    expect(message.closest('[role="alert"]')).toHaveTextContent(
      'The link’s embed parameter is "map<b>", which names no view that can be shown alone: use embed=matrix, embed=timeline or embed=sequencing. The full dashboard is shown instead.',
    );
    expect(screen.getByRole('region', { name: 'Filters' })).toBeInTheDocument();
    expect(screen.getByRole('grid', { name: 'Positions matrix' })).toBeInTheDocument();
    expect(document.querySelector('b')).toBeNull();
  });
});
