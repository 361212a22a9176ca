import { useState } from 'react';
import { candidateExportUrl, deleteCandidate } from '../api/candor-api';
import { ErrorMessage } from '../components/ui';
import { navigate } from '../router';
import { useSession } from '../session';

/**
 * A candidate's data: everything kept about them as JSON (an access request), and erasing it all
 * (an erasure request; owners and admins), after a confirmation that names what goes.
 */
export function CandidateDataPanel({
  candidateId,
  name,
  jobId,
}: {
  candidateId: string;
  name: string;
  jobId: string;
}) {
  const { session } = useSession();
  const [error, setError] = useState<unknown>(undefined);
  const [isBusy, setIsBusy] = useState(false);
  const canDelete = session.user.role === 'owner' || session.user.role === 'admin';

  const erase = async () => {
    if (
      !window.confirm(
        `Delete ${name} for good? Their resume, interview, report, decisions and links are erased and cannot be restored.`,
      )
    )
      return;
    setIsBusy(true);
    setError(undefined);
    try {
      await deleteCandidate(candidateId);
      navigate(`/jobs/${encodeURIComponent(jobId)}`);
    } catch (caught) {
      setError(caught);
      setIsBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="data-heading" id="data">
      <h2 id="data-heading">Candidate data</h2>
      <p className="muted">
        For a candidate's request: download everything kept about them, or delete it all. Candidates are also
        deleted automatically after the retention period.
      </p>
      <div className="button-row">
        <a className="button button-secondary" href={candidateExportUrl(candidateId)} download>
          Export data (JSON)
        </a>
        {canDelete ? (
          <button
            type="button"
            className="button button-danger"
            onClick={() => void erase()}
            disabled={isBusy}
          >
            {isBusy ? 'Deleting…' : 'Delete candidate'}
          </button>
        ) : null}
      </div>
      <ErrorMessage error={error} />
    </section>
  );
}
