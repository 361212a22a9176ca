import { type FormEvent, useState } from 'react';
import { createJobFromFile, createJobFromText } from '../api/candor-api';
import { ErrorMessage, PageHeading } from '../components/ui';
import { useDocumentTitle } from '../components/use-resource';
import { Link, navigate } from '../router';

const JOB_FILE_TYPES = '.md,.markdown,.txt,.pdf,.docx,.json,.html,text/plain,text/markdown,application/pdf';

/** A job from a pasted or uploaded description; Candor extracts the requirements and plans the interview. */
export function NewJobPage() {
  useDocumentTitle('New job');
  const [source, setSource] = useState<'paste' | 'file'>('paste');
  const [error, setError] = useState<unknown>(undefined);
  const [isBusy, setIsBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const title = String(form.get('title') ?? '').trim() || undefined;
    const language = String(form.get('language') ?? 'en');
    setError(undefined);
    setIsBusy(true);
    try {
      let job: Awaited<ReturnType<typeof createJobFromText>>;
      if (source === 'file') {
        const file = form.get('file');
        if (!(file instanceof File) || file.size === 0)
          throw new Error('Choose a job description file to upload.');
        job = await createJobFromFile(file, title, language);
      } else {
        job = await createJobFromText(String(form.get('text') ?? ''), title, language);
      }
      navigate(`/jobs/${encodeURIComponent(job.id)}?created=1`);
    } catch (caught) {
      setError(caught);
      setIsBusy(false);
    }
  };

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/jobs">Jobs</Link>
      </nav>
      <PageHeading>New job</PageHeading>
      <p className="lead">
        Paste or upload the job description. Candor extracts its requirements and plans a structured
        interview; you can review and edit both next.
      </p>
      <form className="form form-wide" onSubmit={submit}>
        <div className="field">
          <label htmlFor="job-title">Job title</label>
          <input id="job-title" name="title" maxLength={200} aria-describedby="job-title-hint" />
          <p className="hint" id="job-title-hint">
            Optional: taken from the description when left empty.
          </p>
        </div>
        <div className="field">
          <label htmlFor="job-language">Interview language</label>
          <select id="job-language" name="language" defaultValue="en" aria-describedby="job-language-hint">
            <option value="en">English</option>
            <option value="es">Spanish (Español)</option>
          </select>
          <p className="hint" id="job-language-hint">
            Questions, follow-ups and the candidate's interview room use this language.
          </p>
        </div>
        <fieldset className="segmented">
          <legend>Job description</legend>
          <label>
            <input
              type="radio"
              name="source"
              value="paste"
              checked={source === 'paste'}
              onChange={() => setSource('paste')}
            />
            Paste text
          </label>
          <label>
            <input
              type="radio"
              name="source"
              value="file"
              checked={source === 'file'}
              onChange={() => setSource('file')}
            />
            Upload a file
          </label>
        </fieldset>
        {source === 'paste' ? (
          <div className="field">
            <label htmlFor="job-text">Description text</label>
            <textarea
              id="job-text"
              name="text"
              rows={16}
              required
              maxLength={200_000}
              className="textarea-document"
            />
          </div>
        ) : (
          <div className="field">
            <label htmlFor="job-file">Description file</label>
            <input
              id="job-file"
              name="file"
              type="file"
              accept={JOB_FILE_TYPES}
              required
              aria-describedby="job-file-hint"
            />
            <p className="hint" id="job-file-hint">
              Markdown, text, PDF, Word (.docx) or schema.org JobPosting JSON.
            </p>
          </div>
        )}
        <ErrorMessage error={error} />
        <div className="actions">
          <button type="submit" className="button" disabled={isBusy}>
            {isBusy ? 'Reading the description…' : 'Create job'}
          </button>
          <Link to="/jobs" className="button button-quiet">
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
