import { type FormEvent, useState } from 'react';
import { resetPassword } from '../api/candor-api';
import { ErrorMessage, Notice, PageHeading } from '../components/ui';
import { useDocumentTitle } from '../components/use-resource';
import { Link } from '../router';

/** Setting a new password with the one-time link an owner or admin issued. */
export function ResetPasswordPage({ token }: { token: string }) {
  useDocumentTitle('Set a new password');
  const [error, setError] = useState<unknown>(undefined);
  const [isBusy, setIsBusy] = useState(false);
  const [isDone, setIsDone] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get('password'));
    setIsBusy(true);
    setError(undefined);
    try {
      await resetPassword(token, password);
      setIsDone(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setIsBusy(false);
    }
  };

  if (isDone) {
    return (
      <>
        <PageHeading>Password set</PageHeading>
        <Notice tone="success">
          <p>Your new password is set, and every earlier session is signed out.</p>
        </Notice>
        <p className="auth-switch">
          <Link to="/signin">Sign in</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeading>Set a new password</PageHeading>
      <form className="form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="reset-password">New password</label>
          <input
            id="reset-password"
            name="password"
            type="password"
            autoComplete="new-password"
            minLength={10}
            required
          />
          <p className="hint">
            At least 10 characters, and not a common one: a few unrelated words work well.
          </p>
        </div>
        <ErrorMessage error={error} />
        <button type="submit" className="button button-block" disabled={isBusy}>
          {isBusy ? 'Saving…' : 'Set password'}
        </button>
      </form>
    </>
  );
}
