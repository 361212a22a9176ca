import { type FormEvent, useState } from 'react';
import { listDecisions, recordDecision } from '../api/candor-api';
import type { TDecision, TDecisionKind, TRecommendation } from '../api/types';
import { Badge, ErrorMessage, Loading, Notice } from '../components/ui';
import { useResource } from '../components/use-resource';
import {
  DECISION_LABELS,
  DECISION_TONES,
  formatDateTime,
  isOverrideOf,
  RECOMMENDATION_TONES,
} from '../lib/labels';

const DECISIONS: readonly TDecisionKind[] = ['advance', 'hold', 'reject'];
const DECISION_HINTS: Record<TDecisionKind, string> = {
  advance: 'Move to the next stage',
  hold: 'Decide later, or keep as a backup',
  reject: 'Do not continue',
};

/** The recruiter's decision with a reason, marked as an override when it differs from the AI's recommendation. */
export function DecisionPanel({
  candidateId,
  recommendation,
  onDecided,
}: {
  candidateId: string;
  recommendation: TRecommendation | null;
  onDecided: (decision: TDecision) => void;
}) {
  const history = useResource(() => listDecisions(candidateId), candidateId);
  const [choice, setChoice] = useState<TDecisionKind | undefined>(undefined);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const [isBusy, setIsBusy] = useState(false);
  const [recorded, setRecorded] = useState<TDecision | undefined>(undefined);
  const willOverride = choice !== undefined && isOverrideOf(choice, recommendation);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (choice === undefined) {
      setError(new Error('Choose advance, hold or reject.'));
      return;
    }
    setIsBusy(true);
    setError(undefined);
    try {
      const decision = await recordDecision(candidateId, choice, reason.trim());
      setRecorded(decision);
      setChoice(undefined);
      setReason('');
      onDecided(decision);
      await history.reload({ quiet: true });
    } catch (caught) {
      setError(caught);
    } finally {
      setIsBusy(false);
    }
  };

  const decisions = [...(history.data ?? [])].sort((a, b) => b.decidedAt.localeCompare(a.decidedAt));

  const [latest, ...earlier] = decisions;

  return (
    <section className="panel decision-panel" id="decision" aria-labelledby="decision-heading">
      <h2 id="decision-heading">Your decision</h2>
      <p className="muted">
        {recommendation === null ? (
          'There is no AI recommendation yet. You can still record a decision.'
        ) : (
          <>
            The AI recommends <Badge tone={RECOMMENDATION_TONES[recommendation]}>{recommendation}</Badge>. The
            decision is yours: one that differs is recorded as an override, with your reason.
          </>
        )}
      </p>
      {history.isLoading && history.data === undefined ? <Loading label="Loading decisions…" /> : null}
      <ErrorMessage error={history.error} />
      {latest !== undefined ? (
        <div className="current-decision">
          <p className="current-decision-label">Current decision</p>
          <DecisionEntry decision={latest} />
        </div>
      ) : null}
      {recorded !== undefined ? (
        <Notice tone="success">
          <p>
            Decision recorded: {DECISION_LABELS[recorded.decision]}
            {recorded.isOverride ? ' (override of the AI recommendation)' : ''}.
          </p>
        </Notice>
      ) : null}
      <form className="form decision-form" onSubmit={submit}>
        <fieldset className="decision-choices">
          <legend>{latest === undefined ? 'Decision' : 'Change the decision'}</legend>
          {DECISIONS.map((decision) => (
            <label key={decision} className={`decision-choice tone-${DECISION_TONES[decision]}`}>
              <input
                type="radio"
                name="decision"
                value={decision}
                checked={choice === decision}
                onChange={() => setChoice(decision)}
              />
              <span className="decision-choice-label">{DECISION_LABELS[decision]}</span>
              <span className="decision-choice-hint">{DECISION_HINTS[decision]}</span>
            </label>
          ))}
        </fieldset>
        <p className="override-preview" aria-live="polite">
          {willOverride && recommendation !== null ? (
            <>
              <span className="override-marker">Override</span> {DECISION_LABELS[choice]} differs from the
              AI's recommendation ({recommendation}); say why below.
            </>
          ) : null}
        </p>
        <div className="field">
          <label htmlFor="decision-reason">Reason</label>
          <textarea
            id="decision-reason"
            rows={3}
            required
            maxLength={2000}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            aria-describedby="decision-reason-hint"
          />
          <p className="hint" id="decision-reason-hint">
            Kept with the decision, for your colleagues and for the candidate if they ask.
          </p>
        </div>
        <ErrorMessage error={error} />
        <div className="actions">
          <button type="submit" className="button" disabled={isBusy}>
            {isBusy ? 'Recording…' : 'Record decision'}
          </button>
        </div>
      </form>
      {earlier.length > 0 ? (
        <>
          <h3>Earlier decisions</h3>
          <ol className="decision-history">
            {earlier.map((decision) => (
              <li key={`${decision.decidedAt}-${decision.decidedBy}`}>
                <DecisionEntry decision={decision} />
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}

function DecisionEntry({ decision }: { decision: TDecision }) {
  return (
    <div className="decision-entry">
      <p className="decision-entry-head">
        <Badge tone={DECISION_TONES[decision.decision]}>{DECISION_LABELS[decision.decision]}</Badge>
        {decision.isOverride ? <span className="override-marker">Override</span> : null}
        <span className="muted">
          {decision.decidedBy} ·{' '}
          <time dateTime={decision.decidedAt}>{formatDateTime(decision.decidedAt)}</time>
        </span>
      </p>
      <p className="decision-reason">{decision.reason}</p>
    </div>
  );
}
