import { useState } from 'react';
import { fetchComparison } from '../api/candor-api';
import type { TComparison } from '../api/types';
import { CandidateToolbar } from '../components/candidate-toolbar';
import { StatusBadge } from '../components/report-view';
import { Badge, ErrorMessage, Loading, PageHeading } from '../components/ui';
import { useDocumentTitle, usePolling, useResource } from '../components/use-resource';
import { matchesCandidateFilter, type TCandidateFilter } from '../lib/candidate-filter';
import {
  candidateLabel,
  DEFAULT_SORT,
  nextSort,
  sortRows,
  type TComparisonRow,
  type TSort,
  type TSortKey,
} from '../lib/compare-rows';
import {
  CANDIDATE_STATUS_TONES,
  DECISION_LABELS,
  DECISION_TONES,
  describeCandidateStatus,
  RECOMMENDATION_TONES,
  STATUS_SYMBOLS,
} from '../lib/labels';
import { PRIORITY_LABELS, plural, STATUS_LABELS, STATUS_ORDER } from '../lib/report-words';
import { Link } from '../router';
import { POLL_INTERVAL_MS } from './job-candidates';

/** The candidates of one job side by side: recommendation, requirement coverage, flags, decision; sortable. */
export function ComparePage({ jobId }: { jobId: string }) {
  const comparison = useResource(() => fetchComparison(jobId), jobId);
  usePolling(
    () => void comparison.reload({ quiet: true }),
    POLL_INTERVAL_MS * 2,
    comparison.data !== undefined,
  );
  useDocumentTitle(comparison.data ? `Compare · ${comparison.data.job.title}` : 'Compare candidates');
  const [sort, setSort] = useState<TSort>(DEFAULT_SORT);
  const [filter, setFilter] = useState<TCandidateFilter>('all');
  const [text, setText] = useState('');

  if (comparison.data === undefined) {
    return (
      <>
        {comparison.isLoading ? <Loading label="Loading the comparison…" /> : null}
        <ErrorMessage error={comparison.error} />
      </>
    );
  }
  const data = comparison.data;
  const jobHref = `/jobs/${encodeURIComponent(jobId)}`;
  const rows = sortRows(
    data.rows.filter((row) => matchesCandidateFilter(row.candidate, filter, text)),
    sort,
  );
  const evaluated = data.rows.filter((row) => row.candidate.recommendation !== null).length;

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/jobs">Jobs</Link>
        <span aria-hidden="true"> › </span>
        <Link to={jobHref}>{data.job.title}</Link>
      </nav>
      <div className="page-head">
        <div>
          <PageHeading>Compare candidates</PageHeading>
          <p className="page-meta">
            {data.job.title} · {data.rows.length} candidates, {evaluated} evaluated. Select a column heading
            to sort.
          </p>
        </div>
      </div>
      {data.rows.length > 0 ? (
        <CandidateToolbar
          text={text}
          onTextChange={setText}
          filter={filter}
          onFilterChange={setFilter}
          shown={rows.length}
          total={data.rows.length}
        />
      ) : null}
      {data.rows.length === 0 ? (
        <p className="muted">
          No candidates yet. <Link to={jobHref}>Upload resumes on the job page.</Link>
        </p>
      ) : (
        <ComparisonTable
          data={data}
          rows={rows}
          sort={sort}
          onSort={(key) => setSort((current) => nextSort(current, key))}
        />
      )}
      <section className="panel" aria-labelledby="requirements-key-heading">
        <h2 id="requirements-key-heading">Requirements</h2>
        <ol className="requirements-key">
          {data.requirements.map((requirement) => (
            <li key={requirement.id}>
              <span className="requirement-id">{requirement.id}</span> {requirement.text}{' '}
              <span className="priority-label">{PRIORITY_LABELS[requirement.priority]}</span>
            </li>
          ))}
        </ol>
        <ul className="legend legend-inline">
          {STATUS_ORDER.map((status) => (
            <li key={status}>
              <StatusBadge status={status} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function ComparisonTable({
  data,
  rows,
  sort,
  onSort,
}: {
  data: TComparison;
  rows: TComparisonRow[];
  sort: TSort;
  onSort: (key: TSortKey) => void;
}) {
  const header = (key: TSortKey, label: string, title?: string) => {
    const isActive = sort.key === key;
    return (
      <th
        scope="col"
        aria-sort={isActive ? sort.direction : 'none'}
        className={isActive ? 'is-sorted' : undefined}
      >
        <button type="button" className="sort-button" onClick={() => onSort(key)} title={title}>
          {label}
          <span className="sort-indicator" aria-hidden="true">
            {isActive ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      </th>
    );
  };
  return (
    <div className="table-wrap">
      <table className="data-table compare-table">
        <caption className="visually-hidden">
          Candidates side by side, sorted by {describeSort(sort, data)}
        </caption>
        <thead>
          <tr>
            {header('candidate', 'Candidate')}
            {header('recommendation', 'Recommendation')}
            {header('mustHaves', 'Must-haves met')}
            {data.requirements.map((requirement) => (
              <th
                key={requirement.id}
                scope="col"
                aria-sort={sort.key === `requirement:${requirement.id}` ? sort.direction : 'none'}
                className={`requirement-col priority-${requirement.priority}${sort.key === `requirement:${requirement.id}` ? ' is-sorted' : ''}`}
              >
                <button
                  type="button"
                  className="sort-button"
                  onClick={() => onSort(`requirement:${requirement.id}`)}
                  title={`${requirement.text} (${PRIORITY_LABELS[requirement.priority]})`}
                >
                  {requirement.id}
                  {requirement.priority === 'must' ? (
                    <span className="must-dot">
                      <span aria-hidden="true">*</span>
                      <span className="visually-hidden"> (must-have)</span>
                    </span>
                  ) : null}
                  <span className="visually-hidden">: {requirement.text}</span>
                  {/* Requirement columns are narrow: their arrow shows only once sorted by. */}
                  {sort.key === `requirement:${requirement.id}` ? (
                    <span className="sort-indicator" aria-hidden="true">
                      {sort.direction === 'ascending' ? '▲' : '▼'}
                    </span>
                  ) : null}
                </button>
              </th>
            ))}
            {header('flags', 'Red flags')}
            {header('answered', 'Answered')}
            {header('decision', 'Decision')}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <ComparisonRow key={row.candidate.id} row={row} data={data} />
          ))}
        </tbody>
      </table>
      <p className="hint">* must-have requirement</p>
    </div>
  );
}

function ComparisonRow({ row, data }: { row: TComparisonRow; data: TComparison }) {
  const { candidate } = row;
  const isEvaluated = candidate.recommendation !== null;
  return (
    <tr data-candidate-id={candidate.id}>
      <th scope="row">
        <Link to={`/candidates/${encodeURIComponent(candidate.id)}`}>{candidateLabel(row)}</Link>
        {!isEvaluated ? (
          <span className="row-status">
            <Badge tone={CANDIDATE_STATUS_TONES[candidate.status]}>
              {describeCandidateStatus(candidate)}
            </Badge>
          </span>
        ) : null}
      </th>
      <td>
        {candidate.recommendation === null ? (
          <span className="muted">—</span>
        ) : (
          <Badge tone={RECOMMENDATION_TONES[candidate.recommendation]}>{candidate.recommendation}</Badge>
        )}
      </td>
      <td className="nowrap">
        {isEvaluated ? (
          <span className="must-haves">
            <meter min={0} max={Math.max(row.mustHaveTotal, 1)} value={row.mustHaveMet} aria-hidden="true" />
            <span>
              {row.mustHaveMet} of {row.mustHaveTotal}
            </span>
          </span>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      {data.requirements.map((requirement) => {
        const status = row.coverage[requirement.id];
        return (
          <td key={requirement.id} className="coverage-cell">
            {status === undefined ? (
              <span className="muted">—</span>
            ) : (
              <span
                className={`chip status-chip chip-square status-${status}`}
                title={`${requirement.id} ${requirement.text}: ${STATUS_LABELS[status]}`}
              >
                <span aria-hidden="true">{STATUS_SYMBOLS[status]}</span>
                <span className="visually-hidden">{STATUS_LABELS[status]}</span>
              </span>
            )}
          </td>
        );
      })}
      <td>
        {!isEvaluated ? (
          <span className="muted">—</span>
        ) : row.redFlags.length === 0 ? (
          'None'
        ) : (
          <details className="flag-details">
            <summary>{plural(row.redFlags.length, 'red flag')}</summary>
            <ul className="flag-list">
              {row.redFlags.map((flag) => (
                <li key={flag}>{flag}</li>
              ))}
            </ul>
          </details>
        )}
      </td>
      <td className="nowrap">
        {candidate.progress === null ? (
          <span className="muted">—</span>
        ) : (
          `${candidate.progress.answered} of ${candidate.progress.planned}`
        )}
      </td>
      <td>
        {candidate.decision === null ? (
          <Link to={`/candidates/${encodeURIComponent(candidate.id)}#decision`} className="decide-link">
            Decide
          </Link>
        ) : (
          <span className="decision-cell">
            <Badge tone={DECISION_TONES[candidate.decision.decision]}>
              {DECISION_LABELS[candidate.decision.decision]}
            </Badge>
            {candidate.decision.isOverride ? <span className="override-marker">Override</span> : null}
          </span>
        )}
      </td>
    </tr>
  );
}

function describeSort(sort: TSort, data: TComparison): string {
  const labels: Record<string, string> = {
    candidate: 'name',
    recommendation: 'recommendation',
    mustHaves: 'must-haves met',
    flags: 'red flags',
    answered: 'questions answered',
    decision: 'decision',
  };
  const label = sort.key.startsWith('requirement:')
    ? `requirement ${sort.key.slice('requirement:'.length)} (${data.requirements.find((r) => `requirement:${r.id}` === sort.key)?.text ?? ''})`
    : labels[sort.key];
  return `${label}, ${sort.direction}`;
}
