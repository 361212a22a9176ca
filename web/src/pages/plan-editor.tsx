import { useState } from 'react';
import { updatePlan } from '../api/candor-api';
import { ApiError } from '../api/client';
import type { TInterviewPlan, TJobDetail, TPlannedQuestion, TPlannedQuestionType } from '../api/types';
import { ErrorMessage, Notice } from '../components/ui';
import { plural } from '../lib/report-words';

const QUESTION_TYPES: readonly TPlannedQuestionType[] = ['JD', 'Resume', 'Behavioral', 'Situational'];
const QUESTION_TYPE_LABELS: Record<TPlannedQuestionType, string> = {
  JD: 'Job description',
  Resume: 'Resume',
  Behavioral: 'Behavioural',
  Situational: 'Situational',
};

type TDraftQuestion = TPlannedQuestion & { key: number };
let nextKey = 1;

/** The requirements no planned question tests. */
export function findUncoveredRequirements(plan: TInterviewPlan): TInterviewPlan['requirements'] {
  const covered = new Set(plan.questions.flatMap((question) => question.requirementIds));
  return plan.requirements.filter((requirement) => !covered.has(requirement.id));
}

/** The interview plan: read it, or edit questions, their requirements, rubrics and the budget. */
export function PlanEditor({ job, onSaved }: { job: TJobDetail; onSaved: (job: TJobDetail) => void }) {
  const [isEditing, setIsEditing] = useState(false);
  const [savedAt, setSavedAt] = useState<number | undefined>(undefined);
  const plan = job.plan;
  const uncovered = findUncoveredRequirements(plan);

  return (
    <section className="panel" aria-labelledby="plan-heading" id="plan">
      <div className="panel-head">
        <h2 id="plan-heading">Interview plan</h2>
        <p className="panel-meta">
          {plural(plan.questions.length, 'question')} · {plan.budget.minutes} minutes · up to{' '}
          {plural(plan.budget.maxProbesPerQuestion, 'follow-up')} each
        </p>
      </div>
      {savedAt !== undefined && !isEditing ? (
        <Notice tone="success">
          <p>Plan saved. New interviews follow it; interviews already under way keep their plan.</p>
        </Notice>
      ) : null}
      {isEditing ? (
        <PlanForm
          job={job}
          onCancel={() => setIsEditing(false)}
          onSaved={(saved) => {
            setIsEditing(false);
            setSavedAt(Date.now());
            onSaved(saved);
          }}
        />
      ) : (
        <>
          <p className="muted">
            Must-haves come first. After each answer Candor may ask a follow-up: a broader question after a
            non-answer, a request for a specific example after a vague one, for the measurable impact after an
            example without results
            {plan.impact.measures.length > 0 ? ` (${plan.impact.measures.join(', ')})` : ''}, what comes
            closest after an honest "I haven't". No follow-up is asked twice.
          </p>
          <p className="muted">
            Candidates get these questions word for word, in{' '}
            {plan.language === 'es' ? 'Spanish' : plan.language === 'en' ? 'English' : plan.language} (with a
            model, reworded within what each tests). Until you edit the plan, each candidate's interview also
            asks up to two questions about their own resume. It ends with: “{plan.closingQuestion}”
          </p>
          <ol className="plan-list">
            {plan.questions.map((question) => (
              <li key={question.id} className="plan-question">
                <div className="plan-question-head">
                  <span className="question-id">{question.id}</span>
                  <span className="tag">{QUESTION_TYPE_LABELS[question.type]}</span>
                  <span className="plan-minutes">{question.minutes} min</span>
                </div>
                <p className="plan-question-text">{question.text}</p>
                {question.requirementIds.length > 0 ? (
                  <p className="plan-tests">
                    Tests{' '}
                    {question.requirementIds.map((id) => {
                      const requirement = plan.requirements.find((candidate) => candidate.id === id);
                      return (
                        <span key={id} className="requirement-chip" title={requirement?.text}>
                          {id}
                          {requirement ? <span className="visually-hidden">: {requirement.text}</span> : null}
                        </span>
                      );
                    })}
                  </p>
                ) : null}
                <details className="rubric">
                  <summary>Rubric</summary>
                  <dl>
                    <dt>Strong</dt>
                    <dd>{question.rubric.strong}</dd>
                    <dt>Adequate</dt>
                    <dd>{question.rubric.adequate}</dd>
                    <dt>Weak</dt>
                    <dd>{question.rubric.weak}</dd>
                  </dl>
                </details>
              </li>
            ))}
            <li className="plan-question plan-closing">
              <div className="plan-question-head">
                <span className="question-id">End</span>
                <span className="tag">Closing, not scored</span>
              </div>
              <p className="plan-question-text">{plan.closingQuestion}</p>
            </li>
          </ol>
          {uncovered.length > 0 ? (
            <div className="alert alert-warning">
              <p>
                No question tests{' '}
                {uncovered.map((requirement, index) => (
                  <span key={requirement.id}>
                    {index > 0 ? ', ' : ''}
                    <strong>{requirement.id}</strong> ({requirement.text})
                  </span>
                ))}
                . The report will mark {uncovered.length === 1 ? 'it' : 'them'} unverified unless the resume
                or an answer shows {uncovered.length === 1 ? 'it' : 'them'}.
              </p>
            </div>
          ) : null}
          <div className="actions">
            <button type="button" className="button button-secondary" onClick={() => setIsEditing(true)}>
              Edit plan
            </button>
          </div>
        </>
      )}
    </section>
  );
}

function PlanForm({
  job,
  onCancel,
  onSaved,
}: {
  job: TJobDetail;
  onCancel: () => void;
  onSaved: (job: TJobDetail) => void;
}) {
  const plan = job.plan;
  const [budget, setBudget] = useState(plan.budget);
  const [closingQuestion, setClosingQuestion] = useState(plan.closingQuestion);
  const [questions, setQuestions] = useState<TDraftQuestion[]>(() =>
    plan.questions.map((question) => ({ ...question, key: nextKey++ })),
  );
  const [error, setError] = useState<unknown>(undefined);
  const [isBusy, setIsBusy] = useState(false);

  const update = (key: number, change: Partial<TPlannedQuestion>) =>
    setQuestions((current) =>
      current.map((question) => (question.key === key ? { ...question, ...change } : question)),
    );

  const move = (index: number, by: -1 | 1) =>
    setQuestions((current) => {
      const target = index + by;
      if (target < 0 || target >= current.length) return current;
      const next = [...current];
      [next[index], next[target]] = [next[target]!, next[index]!];
      return next;
    });

  const save = async () => {
    setIsBusy(true);
    setError(undefined);
    try {
      const edited: TInterviewPlan = {
        ...plan,
        budget,
        closingQuestion: closingQuestion.trim(),
        // Ids follow the asking order, so the plan reads Q1, Q2, … after a reorder.
        questions: questions.map(({ key: _key, ...question }, index) => ({
          ...question,
          id: `Q${index + 1}`,
        })),
      };
      onSaved(await updatePlan(job.id, edited));
    } catch (caught) {
      setError(caught);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <form
      className="plan-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <fieldset className="budget">
        <legend>Budget</legend>
        <div className="field">
          <label htmlFor="budget-questions">Questions at most</label>
          <input
            id="budget-questions"
            type="number"
            min={1}
            max={30}
            value={budget.maxQuestions}
            onChange={(event) =>
              setBudget({ ...budget, maxQuestions: event.currentTarget.valueAsNumber || 1 })
            }
          />
        </div>
        <div className="field">
          <label htmlFor="budget-minutes">Minutes in all</label>
          <input
            id="budget-minutes"
            type="number"
            min={5}
            max={180}
            value={budget.minutes}
            onChange={(event) => setBudget({ ...budget, minutes: event.currentTarget.valueAsNumber || 5 })}
          />
        </div>
        <div className="field">
          <label htmlFor="budget-probes">Follow-ups per question</label>
          <input
            id="budget-probes"
            type="number"
            min={0}
            max={5}
            value={budget.maxProbesPerQuestion}
            onChange={(event) =>
              setBudget({ ...budget, maxProbesPerQuestion: event.currentTarget.valueAsNumber || 0 })
            }
          />
        </div>
      </fieldset>
      <ol className="plan-edit-list">
        {questions.map((question, index) => (
          <li key={question.key} className="plan-edit-question">
            <fieldset>
              <legend className="question-legend">Question {index + 1}</legend>
              <div className="field">
                <label htmlFor={`question-text-${question.key}`}>Question</label>
                <textarea
                  id={`question-text-${question.key}`}
                  rows={3}
                  required
                  value={question.text}
                  onChange={(event) => update(question.key, { text: event.currentTarget.value })}
                />
              </div>
              <div className="field-row">
                <div className="field">
                  <label htmlFor={`question-type-${question.key}`}>Type</label>
                  <select
                    id={`question-type-${question.key}`}
                    value={question.type}
                    onChange={(event) =>
                      update(question.key, { type: event.currentTarget.value as TPlannedQuestionType })
                    }
                  >
                    {QUESTION_TYPES.map((type) => (
                      <option key={type} value={type}>
                        {QUESTION_TYPE_LABELS[type]}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={`question-minutes-${question.key}`}>Minutes</label>
                  <input
                    id={`question-minutes-${question.key}`}
                    type="number"
                    min={1}
                    step={0.5}
                    value={question.minutes}
                    onChange={(event) =>
                      update(question.key, { minutes: event.currentTarget.valueAsNumber || 1 })
                    }
                  />
                </div>
              </div>
              {plan.requirements.length > 0 ? (
                <fieldset className="checkbox-group">
                  <legend>Tests requirements</legend>
                  {plan.requirements.map((requirement) => (
                    <label key={requirement.id} title={requirement.text}>
                      <input
                        type="checkbox"
                        checked={question.requirementIds.includes(requirement.id)}
                        onChange={(event) => {
                          const isChecked = event.currentTarget.checked;
                          update(question.key, {
                            requirementIds: isChecked
                              ? [...question.requirementIds, requirement.id].sort(byIdNumber)
                              : question.requirementIds.filter((id) => id !== requirement.id),
                          });
                        }}
                      />
                      <span>
                        <strong>{requirement.id}</strong> {requirement.text}
                      </span>
                    </label>
                  ))}
                </fieldset>
              ) : null}
              <details className="rubric">
                <summary>Rubric: what each kind of answer shows</summary>
                {(['strong', 'adequate', 'weak'] as const).map((level) => (
                  <div className="field" key={level}>
                    <label htmlFor={`rubric-${level}-${question.key}`}>{capitalise(level)} answer</label>
                    <textarea
                      id={`rubric-${level}-${question.key}`}
                      rows={2}
                      required
                      value={question.rubric[level]}
                      onChange={(event) =>
                        update(question.key, {
                          rubric: { ...question.rubric, [level]: event.currentTarget.value },
                        })
                      }
                    />
                  </div>
                ))}
              </details>
              <div className="actions actions-small">
                <button
                  type="button"
                  className="button button-quiet button-small"
                  onClick={() => move(index, -1)}
                  disabled={index === 0}
                >
                  Move up
                  <span className="visually-hidden"> question {index + 1}</span>
                </button>
                <button
                  type="button"
                  className="button button-quiet button-small"
                  onClick={() => move(index, 1)}
                  disabled={index === questions.length - 1}
                >
                  Move down
                  <span className="visually-hidden"> question {index + 1}</span>
                </button>
                <button
                  type="button"
                  className="button button-quiet button-small button-danger"
                  onClick={() =>
                    setQuestions((current) => current.filter((other) => other.key !== question.key))
                  }
                  disabled={questions.length === 1}
                  aria-label={`Remove question ${index + 1}`}
                >
                  Remove
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="actions">
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            setQuestions((current) => [
              ...current,
              {
                key: nextKey++,
                id: `Q${current.length + 1}`,
                type: 'JD',
                text: '',
                requirementIds: [],
                claimIds: [],
                minutes: 3,
                rubric: {
                  strong: 'A specific example with the candidate’s own actions and a measurable result.',
                  adequate: 'A relevant approach, described in general terms.',
                  weak: 'No example, or an answer that does not address the question.',
                },
              },
            ])
          }
        >
          Add question
        </button>
      </div>
      <div className="field">
        <label htmlFor="closing-question">Closing question (not scored)</label>
        <textarea
          id="closing-question"
          rows={2}
          required
          value={closingQuestion}
          onChange={(event) => setClosingQuestion(event.currentTarget.value)}
        />
      </div>
      <ErrorMessage error={error}>
        {ApiError.isInstance(error) && error.field ? <p className="hint">Field: {error.field}</p> : null}
      </ErrorMessage>
      <div className="actions">
        <button type="submit" className="button" disabled={isBusy}>
          {isBusy ? 'Saving…' : 'Save plan'}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function byIdNumber(a: string, b: string): number {
  return Number(a.slice(1)) - Number(b.slice(1));
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}
