import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NO_MEDIATOR } from '../../src/domain/meetings-in-range.ts';
import { MeetingsTimeline } from '../../src/views/timeline/meetings-timeline.tsx';
import { makeHarbourDataset } from '../fixtures/dataset-builders.ts';
import { renderWithStore } from '../fixtures/render-with-store.tsx';

const region = () => screen.getByRole('region', { name: 'Mediator meetings timeline' });
const meetingNames = () =>
  within(region())
    .queryAllByRole('button', { name: /^Meeting / })
    .map((b) => b.textContent);

describe('<MeetingsTimeline />', () => {
  it('is a region whose meetings are buttons named with date, place and mediators, lane by lane and left to right', () => {
    renderWithStore(<MeetingsTimeline />);
    expect(meetingNames()).toEqual([
      'Meeting before 2024-03-02, mediated by Coastal League and Island Council',
      'Meeting on 2024-03-01 in Port Vell, mediated by Coastal League',
      'Meeting in February 2024 in Harbour Island, mediated by Island Council',
      'Meeting on 2024-02-20 in Northgate, without a mediator',
    ]);
  });

  it('has a lane per mediator, one for meetings without a mediator, and one for positions', () => {
    renderWithStore(<MeetingsTimeline />);
    for (const lane of ['Coastal League', 'Island Council', 'No mediator', 'Position statements']) {
      expect(within(region()).getByText(lane)).toBeInTheDocument();
    }
  });

  it('draws dates that are not a known day as ranges or open-ended marks', () => {
    renderWithStore(<MeetingsTimeline />);
    const button = (name: RegExp) => within(region()).getByRole('button', { name });
    expect(button(/before 2024-03-02/)).toHaveClass('timeline-mark--open-start');
    expect(button(/February 2024/)).toHaveClass('timeline-mark--range', 'timeline-mark--soft');
    expect(button(/on 2024-03-01/)).toHaveClass('timeline-mark--point');
  });

  it('selects a meeting on click', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<MeetingsTimeline />);
    const meeting = within(region()).getByRole('button', { name: /Port Vell/ });
    await user.click(meeting);
    expect(store.getState().selection).toEqual({ kind: 'meeting', meetingId: 'meeting-port-vell' });
    expect(meeting).toHaveAttribute('aria-pressed', 'true');
  });

  it('zooms with buttons for keyboard users', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<MeetingsTimeline />);
    expect(screen.getByRole('button', { name: 'Reset zoom' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(store.getState().zoom).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(store.getState().zoom).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    await user.click(screen.getByRole('button', { name: 'Reset zoom' }));
    expect(store.getState().zoom).toBeNull();
  });

  it('hides the meetings and lane of an unselected mediator', () => {
    const { store } = renderWithStore(<MeetingsTimeline />);
    act(() => store.getState().toggleMediator('council'));
    expect(meetingNames()).toEqual([
      'Meeting before 2024-03-02, mediated by Coastal League and Island Council',
      'Meeting on 2024-03-01 in Port Vell, mediated by Coastal League',
      'Meeting on 2024-02-20 in Northgate, without a mediator',
    ]);
    expect(within(region()).queryByText('Island Council')).not.toBeInTheDocument();
    expect(region()).toHaveTextContent('3 meetings shown, 1 hidden by the mediator filter');
  });

  it('explains an empty timeline', () => {
    renderWithStore(<MeetingsTimeline />, {
      view: { hiddenMediators: ['league', 'council', NO_MEDIATOR] },
    });
    expect(meetingNames()).toEqual([]);
    expect(within(region()).getByRole('status')).toHaveTextContent('No mediator is selected');
  });

  it('has a brush for a date range, and says which dates the matrix counts', () => {
    const { container } = renderWithStore(<MeetingsTimeline />, {
      view: { range: { from: '2024-02-01', to: '2024-02-29' } },
    });
    expect(container.querySelector('.timeline-brush .overlay')).not.toBeNull();
    expect(region()).toHaveTextContent(
      'The matrix counts positions stated from 2024-02-01 to 2024-02-29.',
    );
    expect(screen.getByRole('button', { name: 'Show all dates in the matrix' })).toBeEnabled();
  });

  it('works on a case with no meetings and no positions', () => {
    renderWithStore(<MeetingsTimeline />, {
      dataset: makeHarbourDataset({ meetings: [], positions: [], events: [] }),
    });
    expect(within(region()).getByRole('status')).toHaveTextContent('no meetings');
  });
});
