import { listJobs } from '../api/candor-api';
import { ErrorMessage, Loading, PageHeading } from '../components/ui';
import { useDocumentTitle, useResource } from '../components/use-resource';
import { formatDate } from '../lib/labels';
import { plural } from '../lib/report-words';
import { Link } from '../router';

export function JobsPage() {
  useDocumentTitle('Jobs');
  const jobs = useResource(listJobs, 'jobs');

  return (
    <>
      <div className="page-head">
        <PageHeading>Jobs</PageHeading>
        <Link to="/jobs/new" className="button">
          New job
        </Link>
      </div>
      {jobs.isLoading && jobs.data === undefined ? <Loading label="Loading jobs…" /> : null}
      <ErrorMessage error={jobs.error} />
      {jobs.data !== undefined && jobs.data.length === 0 ? (
        <div className="empty">
          <h2>No jobs yet</h2>
          <p>
            Start a hiring round: paste or upload a job description, review its requirements, then add
            candidates.
          </p>
          <Link to="/jobs/new" className="button">
            Create your first job
          </Link>
        </div>
      ) : null}
      {jobs.data !== undefined && jobs.data.length > 0 ? (
        <ul className="job-list">
          {jobs.data.map((job) => (
            <li key={job.id} className="job-card">
              <h2 className="job-card-title">
                <Link to={`/jobs/${encodeURIComponent(job.id)}`}>{job.title}</Link>
              </h2>
              <p className="job-card-meta">
                <span>{plural(job.candidateCount, 'candidate')}</span>
                <span>{job.evaluatedCount} evaluated</span>
                <span>Created {formatDate(job.createdAt)}</span>
              </p>
              {job.evaluatedCount > 1 ? (
                <Link className="job-card-compare" to={`/jobs/${encodeURIComponent(job.id)}/compare`}>
                  Compare candidates
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
