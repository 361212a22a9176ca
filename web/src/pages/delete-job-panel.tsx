import { useState } from 'react';
import { deleteJob } from '../api/candor-api';
import { ErrorMessage } from '../components/ui';
import { navigate } from '../router';
import { useSession } from '../session';

/** Deleting a job with all its candidates (owners and admins), after a confirmation. */
export function DeleteJobPanel({ jobId, title }: { jobId: string; title: string }) {
  const { session } = useSession();
  const [error, setError] = useState<unknown>(undefined);
  const [isBusy, setIsBusy] = useState(false);
  if (session.user.role === 'member') return null;

  const erase = async () => {
    if (
      !window.confirm(
        `Delete the job "${title}" and every candidate of it for good? Resumes, interviews and reports are erased.`,
      )
    )
      return;
    setIsBusy(true);
    setError(undefined);
    try {
      await deleteJob(jobId);
      navigate('/jobs');
    } catch (caught) {
      setError(caught);
      setIsBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="delete-job-heading">
      <h2 id="delete-job-heading">Delete this job</h2>
      <p className="muted">
        The job, its plan and all its candidates' data are erased and cannot be restored.
      </p>
      <button type="button" className="button button-danger" onClick={() => void erase()} disabled={isBusy}>
        {isBusy ? 'Deleting…' : 'Delete job'}
      </button>
      <ErrorMessage error={error} />
    </section>
  );
}
