import { useEffect, useState } from 'react';
import { fetchJob } from '../api/candor-api';
import { candidatesCsvUrl } from '../api/webhooks-api';
import { ErrorMessage, Loading, Notice, PageHeading } from '../components/ui';
import { useDocumentTitle, useResource } from '../components/use-resource';
import { formatDate } from '../lib/labels';
import { Link } from '../router';
import { DeleteJobPanel } from './delete-job-panel';
import { JobCandidates } from './job-candidates';
import { PlanEditor } from './plan-editor';
import { RequirementsEditor } from './requirements-editor';

/** One job: its candidates (live), its requirements and its interview plan. */
export function JobPage({ jobId }: { jobId: string }) {
  const job = useResource(() => fetchJob(jobId), jobId);
  useDocumentTitle(job.data?.title ?? 'Job');
  // "Job created" shows once: the address loses its ?created=1 so a reload or a shared link does not repeat it.
  const [isNew] = useState(() => new URLSearchParams(window.location.search).has('created'));
  useEffect(() => {
    if (isNew) window.history.replaceState(null, '', window.location.pathname);
  }, [isNew]);

  if (job.data === undefined) {
    return (
      <>
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <Link to="/jobs">Jobs</Link>
        </nav>
        {job.isLoading ? <Loading label="Loading the job…" /> : null}
        <ErrorMessage error={job.error} />
      </>
    );
  }
  const detail = job.data;
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/jobs">Jobs</Link>
      </nav>
      <div className="page-head">
        <div>
          <PageHeading>{detail.title}</PageHeading>
          <p className="page-meta">
            Created {formatDate(detail.createdAt)} · {detail.job.requirements.length} requirements ·{' '}
            {detail.plan.questions.length} planned questions
          </p>
        </div>
      </div>
      {isNew ? (
        <Notice tone="success">
          <p>
            Job created. Check the <a href="#requirements">extracted requirements</a> and the{' '}
            <a href="#plan">interview plan</a>, then upload resumes to add candidates.
          </p>
        </Notice>
      ) : null}
      <nav aria-label="On this page" className="local-nav">
        <a href="#candidates">Candidates</a>
        <a href="#requirements">Requirements</a>
        <a href="#plan">Interview plan</a>
        <a href="#description">Job description</a>
        <Link to={`/jobs/${encodeURIComponent(jobId)}/compare`}>Compare candidates</Link>
        <a href={candidatesCsvUrl(jobId)} download>
          Download candidates (CSV)
        </a>
      </nav>
      <JobCandidates jobId={jobId} />
      <RequirementsEditor job={detail} onSaved={job.setData} />
      <PlanEditor job={detail} onSaved={job.setData} />
      <section className="panel" aria-labelledby="description-heading" id="description">
        <h2 id="description-heading">Job description</h2>
        <details>
          <summary>Show the description as Candor read it</summary>
          <pre className="document-text">{detail.job.text}</pre>
        </details>
      </section>
      <DeleteJobPanel jobId={jobId} title={detail.title} />
    </>
  );
}
