import { type FormEvent, useState } from 'react';
import { forgotPassword } from '../api/candor-api';
import { ApiError } from '../api/client';
import { ErrorMessage, Notice, PageHeading } from '../components/ui';
import { useDocumentTitle } from '../components/use-resource';
import { Link } from '../router';

/**
 * "Forgot your password?": asks the server to mail a reset link. Its answer is the same whether or
 * not the email has an account; a server without email says so (ask an owner or admin instead).
 */
export function ForgotPasswordPage() {
  useDocumentTitle('Forgot your password?');
  const [error, setError] = useState<unknown>(undefined);
  const [isBusy, setIsBusy] = useState(false);
  const [answer, setAnswer] = useState<{ tone: 'success' | 'warning'; text: string } | undefined>(undefined);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get('email'));
    setIsBusy(true);
    setError(undefined);
    try {
      setAnswer({ tone: 'success', text: await forgotPassword(email) });
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 501)
        setAnswer({ tone: 'warning', text: caught.detail });
      else setError(caught);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <>
      <PageHeading>Forgot your password?</PageHeading>
      {answer === undefined ? (
        <form className="form" onSubmit={submit}>
          <p className="hint">
            Enter the email you sign in with: if it has an account, a reset link goes to it.
          </p>
          <div className="field">
            <label htmlFor="forgot-email">Email</label>
            <input id="forgot-email" name="email" type="email" autoComplete="username" required />
          </div>
          <ErrorMessage error={error} />
          <button type="submit" className="button button-block" disabled={isBusy}>
            {isBusy ? 'Sending…' : 'Send a reset link'}
          </button>
        </form>
      ) : (
        <Notice tone={answer.tone}>
          <p>{answer.text}</p>
        </Notice>
      )}
      <p className="auth-switch">
        <Link to="/signin">Back to sign in</Link>
      </p>
    </>
  );
}
