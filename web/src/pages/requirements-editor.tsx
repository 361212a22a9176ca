import { useState } from 'react';
import { updateRequirements } from '../api/candor-api';
import type { TJobDetail, TRequirement, TRequirementPriority } from '../api/types';
import { ErrorMessage, Notice } from '../components/ui';
import { PRIORITY_LABELS } from '../lib/report-words';

type TDraftRequirement = {
  key: number;
  id: string | undefined;
  text: string;
  priority: TRequirementPriority;
};

let nextKey = 1;

function toDrafts(requirements: readonly TRequirement[]): TDraftRequirement[] {
  return requirements.map((requirement) => ({
    key: nextKey++,
    id: requirement.id,
    text: requirement.text,
    priority: requirement.priority,
  }));
}

function isSame(drafts: readonly TDraftRequirement[], requirements: readonly TRequirement[]): boolean {
  return (
    drafts.length === requirements.length &&
    drafts.every((draft, index) => {
      const requirement = requirements[index];
      return (
        requirement !== undefined &&
        draft.id === requirement.id &&
        draft.text === requirement.text &&
        draft.priority === requirement.priority
      );
    })
  );
}

/**
 * The requirements Candor extracted, for the recruiter to correct: reword, re-prioritise, add,
 * remove. Saving re-makes the interview plan from them.
 */
export function RequirementsEditor({
  job,
  onSaved,
}: {
  job: TJobDetail;
  onSaved: (job: TJobDetail) => void;
}) {
  const requirements = job.job.requirements;
  const [drafts, setDrafts] = useState(() => toDrafts(requirements));
  const [error, setError] = useState<unknown>(undefined);
  const [isBusy, setIsBusy] = useState(false);
  const [savedAt, setSavedAt] = useState<number | undefined>(undefined);
  const isDirty = !isSame(drafts, requirements);
  const mustCount = drafts.filter((draft) => draft.priority === 'must').length;

  const update = (key: number, change: Partial<TDraftRequirement>) => {
    setSavedAt(undefined);
    setDrafts((current) => current.map((draft) => (draft.key === key ? { ...draft, ...change } : draft)));
  };

  const save = async () => {
    setIsBusy(true);
    setError(undefined);
    try {
      const saved = await updateRequirements(
        job.id,
        drafts
          .filter((draft) => draft.text.trim() !== '')
          .map((draft) => ({
            ...(draft.id ? { id: draft.id } : {}),
            text: draft.text.trim(),
            priority: draft.priority,
          })),
      );
      setDrafts(toDrafts(saved.job.requirements));
      setSavedAt(Date.now());
      onSaved(saved);
    } catch (caught) {
      setError(caught);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="requirements-heading" id="requirements">
      <div className="panel-head">
        <h2 id="requirements-heading">Requirements</h2>
        <p className="panel-meta">
          {mustCount} must-have · {drafts.length - mustCount} nice-to-have
        </p>
      </div>
      <p className="muted">
        Extracted from the job description. Every interview question and every report judgement is tied to
        these: correct them before you invite candidates. Saving re-makes the interview plan.
      </p>
      {drafts.length === 0 ? <p className="muted">No requirements were found. Add them here.</p> : null}
      <ol className="requirement-list">
        {drafts.map((draft, index) => {
          const label = draft.id ?? `New requirement ${index + 1}`;
          return (
            <li key={draft.key} className={`requirement-row priority-${draft.priority}`}>
              <span className="requirement-id" aria-hidden="true">
                {draft.id ?? 'new'}
              </span>
              <label className="visually-hidden" htmlFor={`requirement-${draft.key}`}>
                {label} text
              </label>
              <textarea
                id={`requirement-${draft.key}`}
                rows={Math.max(1, Math.ceil(draft.text.length / 70))}
                value={draft.text}
                maxLength={1000}
                onChange={(event) => update(draft.key, { text: event.currentTarget.value })}
              />
              <label className="visually-hidden" htmlFor={`priority-${draft.key}`}>
                {label} priority
              </label>
              <select
                id={`priority-${draft.key}`}
                value={draft.priority}
                onChange={(event) =>
                  update(draft.key, { priority: event.currentTarget.value as TRequirementPriority })
                }
              >
                <option value="must">{capitalise(PRIORITY_LABELS.must)}</option>
                <option value="nice">{capitalise(PRIORITY_LABELS.nice)}</option>
              </select>
              <button
                type="button"
                className="button button-quiet button-small"
                aria-label={`Remove ${label}`}
                onClick={() => {
                  setSavedAt(undefined);
                  setDrafts((current) => current.filter((other) => other.key !== draft.key));
                }}
              >
                Remove
              </button>
            </li>
          );
        })}
      </ol>
      <ErrorMessage error={error} />
      {savedAt !== undefined && !isDirty ? (
        <Notice tone="success">
          <p>Requirements saved; the interview plan below was re-made from them.</p>
        </Notice>
      ) : null}
      <div className="actions">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setSavedAt(undefined);
            setDrafts((current) => [
              ...current,
              { key: nextKey++, id: undefined, text: '', priority: 'must' },
            ]);
          }}
        >
          Add requirement
        </button>
        <button type="button" className="button" onClick={save} disabled={!isDirty || isBusy}>
          {isBusy ? 'Saving…' : 'Save requirements'}
        </button>
        {isDirty ? (
          <button
            type="button"
            className="button button-quiet"
            onClick={() => setDrafts(toDrafts(requirements))}
          >
            Discard changes
          </button>
        ) : null}
      </div>
    </section>
  );
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}
