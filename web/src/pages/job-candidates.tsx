import { type ChangeEvent, type DragEvent, useId, useState } from 'react';
import { listCandidates, uploadResumes } from '../api/candor-api';
import type { TCandidateSummary, TUploadCandidatesResult } from '../api/types';
import { CandidateToolbar } from '../components/candidate-toolbar';
import { InterviewLinkControl } from '../components/interview-link';
import { Badge, ErrorMessage, Loading, Notice } from '../components/ui';
import { usePolling, useResource } from '../components/use-resource';
import { matchesCandidateFilter, type TCandidateFilter } from '../lib/candidate-filter';
import {
  CANDIDATE_STATUS_TONES,
  candidateName,
  DECISION_LABELS,
  DECISION_TONES,
  describeCandidateStatus,
  isInvitationExpired,
  RECOMMENDATION_TONES,
} from '../lib/labels';
import { plural } from '../lib/report-words';
import { sortCandidates, type TCandidateSort, type TCandidateSortKey } from '../lib/sort-candidates';
import { Link } from '../router';

const RESUME_FILE_TYPES = '.pdf,.docx,.md,.markdown,.txt,.json,application/pdf,text/plain,text/markdown';
/** How often the candidates table refreshes while the page is visible. */
export const POLL_INTERVAL_MS = 3000;

/** The job's candidates: upload resumes, send links, and watch the interviews live. */
export function JobCandidates({ jobId }: { jobId: string }) {
  const candidates = useResource(() => listCandidates(jobId), jobId);
  usePolling(() => void candidates.reload({ quiet: true }), POLL_INTERVAL_MS, candidates.data !== undefined);

  return (
    <section className="panel" aria-labelledby="candidates-heading" id="candidates">
      <div className="panel-head">
        <h2 id="candidates-heading">Candidates</h2>
        {candidates.data !== undefined && candidates.data.length > 1 ? (
          <Link
            to={`/jobs/${encodeURIComponent(jobId)}/compare`}
            className="button button-secondary button-small"
          >
            Compare side by side
          </Link>
        ) : null}
      </div>
      <ResumeUpload jobId={jobId} onUploaded={() => void candidates.reload({ quiet: true })} />
      {candidates.isLoading && candidates.data === undefined ? <Loading label="Loading candidates…" /> : null}
      <ErrorMessage error={candidates.error} />
      {candidates.data !== undefined ? (
        <CandidatesTable
          candidates={candidates.data}
          onChange={() => void candidates.reload({ quiet: true })}
        />
      ) : null}
    </section>
  );
}

function CandidatesTable({
  candidates,
  onChange,
}: {
  candidates: TCandidateSummary[];
  onChange: () => void;
}) {
  const [sort, setSort] = useState<TCandidateSort | undefined>(undefined);
  const [filter, setFilter] = useState<TCandidateFilter>('all');
  const [text, setText] = useState('');
  if (candidates.length === 0) {
    return <p className="muted">No candidates yet. Upload their resumes above; each becomes a candidate.</p>;
  }
  const shown = sortCandidates(
    candidates.filter((candidate) => matchesCandidateFilter(candidate, filter, text)),
    sort,
  );
  const now = Date.now();
  const header = (key: TCandidateSortKey, label: string) => {
    const isActive = sort?.key === key;
    return (
      <th
        scope="col"
        aria-sort={isActive ? sort.direction : 'none'}
        className={isActive ? 'is-sorted' : undefined}
      >
        <button
          type="button"
          className="sort-button"
          onClick={() =>
            setSort((current) =>
              current?.key === key
                ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
                : { key, direction: key === 'candidate' || key === 'status' ? 'ascending' : 'descending' },
            )
          }
        >
          {label}
          <span className="sort-indicator" aria-hidden="true">
            {isActive ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      </th>
    );
  };
  return (
    <>
      <CandidateToolbar
        text={text}
        onTextChange={setText}
        filter={filter}
        onFilterChange={setFilter}
        shown={shown.length}
        total={candidates.length}
      />
      <div className="table-wrap">
        <table className="data-table responsive-table candidates-table">
          <caption className="visually-hidden">
            Candidates at a glance: interview status, the AI's recommendation, must-haves met, red flags,
            questions answered and your decision. Select a column heading to sort.
          </caption>
          <thead>
            <tr>
              {header('candidate', 'Candidate')}
              {header('status', 'Status')}
              {header('recommendation', 'Recommendation')}
              {header('mustHaves', 'Must-haves met')}
              {header('flags', 'Red flags')}
              {header('answered', 'Answered')}
              {header('decision', 'Decision')}
              <th scope="col">Interview link</th>
            </tr>
          </thead>
          <tbody aria-live="polite" aria-relevant="text">
            {shown.length === 0 ? (
              <tr>
                <td colSpan={8} className="muted">
                  No candidate matches.{' '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      setFilter('all');
                      setText('');
                    }}
                  >
                    Show all
                  </button>
                </td>
              </tr>
            ) : null}
            {shown.map((candidate) => (
              <tr key={candidate.id} data-candidate-id={candidate.id}>
                <th scope="row" data-label="Candidate">
                  <Link to={`/candidates/${encodeURIComponent(candidate.id)}`}>
                    {candidateName(candidate)}
                  </Link>
                  {candidate.name ? <span className="file-name">{candidate.fileName}</span> : null}
                </th>
                <td data-label="Status">
                  <Badge
                    tone={
                      isInvitationExpired(candidate, now)
                        ? 'caution'
                        : CANDIDATE_STATUS_TONES[candidate.status]
                    }
                  >
                    {describeCandidateStatus(candidate, now)}
                  </Badge>
                  {candidate.status === 'in_progress' && candidate.progress !== null ? (
                    <progress
                      className="mini-progress"
                      max={Math.max(candidate.progress.planned, 1)}
                      value={candidate.progress.answered}
                      aria-label={`${candidate.progress.answered} of ${candidate.progress.planned} questions answered`}
                    />
                  ) : null}
                </td>
                <td data-label="Recommendation">
                  {candidate.recommendation === null ? (
                    <span className="muted">—</span>
                  ) : (
                    <Badge tone={RECOMMENDATION_TONES[candidate.recommendation]}>
                      {candidate.recommendation}
                    </Badge>
                  )}
                </td>
                <td data-label="Must-haves met" className="nowrap">
                  {candidate.mustHaves === null ? (
                    <span className="muted">—</span>
                  ) : (
                    <span className="must-haves">
                      <meter
                        min={0}
                        max={Math.max(candidate.mustHaves.total, 1)}
                        value={candidate.mustHaves.met}
                        aria-hidden="true"
                      />
                      <span>
                        {candidate.mustHaves.met} of {candidate.mustHaves.total}
                      </span>
                    </span>
                  )}
                </td>
                <td data-label="Red flags">
                  {candidate.redFlagCount === null ? (
                    <span className="muted">—</span>
                  ) : (
                    candidate.redFlagCount
                  )}
                </td>
                <td data-label="Answered" className="nowrap">
                  {candidate.progress === null ? (
                    <span className="muted">—</span>
                  ) : (
                    `${candidate.progress.answered} of ${candidate.progress.planned}`
                  )}
                </td>
                <td data-label="Decision">
                  {candidate.decision === null ? (
                    <span className="muted">—</span>
                  ) : (
                    <>
                      <Badge tone={DECISION_TONES[candidate.decision.decision]}>
                        {DECISION_LABELS[candidate.decision.decision]}
                      </Badge>
                      {candidate.decision.isOverride ? (
                        <span className="override-marker">Override</span>
                      ) : null}
                    </>
                  )}
                </td>
                <td data-label="Interview link">
                  <InterviewLinkControl candidate={candidate} layout="compact" onChange={onChange} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function ResumeUpload({ jobId, onUploaded }: { jobId: string; onUploaded: () => void }) {
  const inputId = useId();
  const [isBusy, setIsBusy] = useState(false);
  const [isDragging, setIsDragging] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [result, setResult] = useState<TUploadCandidatesResult | undefined>(undefined);

  const upload = async (files: File[]) => {
    if (files.length === 0) return;
    setIsBusy(true);
    setError(undefined);
    setResult(undefined);
    try {
      setResult(await uploadResumes(jobId, files));
      onUploaded();
    } catch (caught) {
      setError(caught);
    } finally {
      setIsBusy(false);
    }
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.currentTarget.files ?? []);
    event.currentTarget.value = '';
    void upload(files);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setIsDragging(false);
    void upload(Array.from(event.dataTransfer.files));
  };

  return (
    <div className="upload">
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping files is a mouse shortcut; the file input inside is the keyboard path. */}
      <div
        className={`drop-zone${isDragging ? ' is-dragging' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setIsDragging(true);
        }}
        onDragLeave={() => setIsDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={inputId} className="drop-zone-label">
          <span className="drop-zone-title">Add candidates: upload resumes</span>
          <span className="hint">
            Choose one or many files, or drop them here. PDF, Word (.docx), Markdown, text or JSON Resume.
          </span>
        </label>
        <input
          id={inputId}
          type="file"
          multiple
          accept={RESUME_FILE_TYPES}
          onChange={onChange}
          disabled={isBusy}
          aria-describedby={`${inputId}-status`}
        />
      </div>
      <div id={`${inputId}-status`}>
        {isBusy ? <Loading label="Reading the resumes…" /> : null}
        <ErrorMessage error={error} />
        {result !== undefined && result.created.length > 0 ? (
          <Notice tone="success">
            <p>Added {plural(result.created.length, 'candidate')}. Create each one's interview link below.</p>
          </Notice>
        ) : null}
        {result !== undefined && result.rejected.length > 0 ? (
          <div className="alert alert-warning" role="alert">
            <p>{plural(result.rejected.length, 'file was', 'files were')} not added:</p>
            <ul>
              {result.rejected.map((rejected) => (
                <li key={rejected.fileName}>
                  <strong>{rejected.fileName}</strong>: {rejected.problem}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </div>
  );
}
