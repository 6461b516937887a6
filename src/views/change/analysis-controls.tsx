import { useState } from 'react';
import type { ChangeEvent } from 'react';
import { isIsoDay } from '../../domain/iso-day.ts';
import { selectStanceChanges } from '../../store/analysis-selectors.ts';
import { selectIndex } from '../../store/selectors.ts';
import { useDashboard } from '../../store/store-context.tsx';
import { MAX_DISPUTE_WINDOW } from '../../store/view-state.ts';
import { ExportBar } from '../export/export-bar.tsx';

/** The two date inputs; their drafts restart whenever the store's dates change (e.g. Back). */
function ChangeDates({ from, to }: { from: string; to: string }) {
  const setChange = useDashboard((s) => s.setChange);
  const index = useDashboard(selectIndex);
  const [draft, setDraft] = useState({ from, to });
  const update = (side: 'from' | 'to') => (e: ChangeEvent<HTMLInputElement>) => {
    const next = { ...draft, [side]: e.target.value };
    setDraft(next);
    // Comparing starts once both days are set, and stops when either is cleared.
    if (isIsoDay(next.from) && isIsoDay(next.to)) setChange(next);
    else if (next.from === '' || next.to === '') setChange(null);
  };
  return (
    <>
      <label>
        From date
        <input
          type="date"
          value={draft.from}
          min={index?.firstDay}
          max={index?.lastDay}
          onChange={update('from')}
        />
      </label>
      <label>
        To date
        <input
          type="date"
          value={draft.to}
          min={index?.firstDay}
          max={index?.lastDay}
          onChange={update('to')}
        />
      </label>
    </>
  );
}

/**
 * The matrix's analysis controls: "Change between two dates" (two date inputs; cells that
 * changed then show an arrow and both stances) and the window within which two reports that
 * disagree make a cell "disputed"; beside them, the changes and disputes as CSV.
 */
export function AnalysisControls() {
  const change = useDashboard((s) => s.change);
  const setChange = useDashboard((s) => s.setChange);
  const disputeWindow = useDashboard((s) => s.disputeWindow);
  const setDisputeWindow = useDashboard((s) => s.setDisputeWindow);
  const changes = useDashboard(selectStanceChanges);
  const [windowDraft, setWindowDraft] = useState<string | undefined>(undefined);
  let summary: string | undefined;
  if (change && changes) {
    const count = (kind: string) => [...changes.values()].filter((c) => c.change === kind).length;
    summary = `Between ${change.from} and ${change.to}: ${count('changed')} changed, ${count(
      'appeared',
    )} appeared, ${count('disappeared')} disappeared.`;
  }
  return (
    <div className="analysis-controls">
      <fieldset className="analysis-controls__group">
        <legend>Change between two dates</legend>
        <ChangeDates
          key={`${change?.from}|${change?.to}`}
          from={change?.from ?? ''}
          to={change?.to ?? ''}
        />
        <button type="button" onClick={() => setChange(null)} disabled={!change}>
          Stop comparing dates
        </button>
        <p className="analysis-controls__summary" aria-live="polite">
          {summary}
        </p>
      </fieldset>
      <label className="analysis-controls__window">
        Dispute window (days)
        <input
          type="number"
          min={0}
          max={MAX_DISPUTE_WINDOW}
          step={1}
          value={windowDraft ?? String(disputeWindow)}
          onChange={(e) => {
            setWindowDraft(e.target.value);
            const days = Number(e.target.value);
            if (e.target.value !== '' && Number.isInteger(days)) setDisputeWindow(days);
          }}
          onBlur={() => setWindowDraft(undefined)}
        />
      </label>
      <ExportBar view="analysis" />
    </div>
  );
}
