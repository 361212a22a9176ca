import { type FormEvent, useState } from 'react';
import { signIn } from '../api/candor-api';
import type { TSessionInfo } from '../api/types';
import { ErrorMessage, PageHeading } from '../components/ui';
import { useDocumentTitle } from '../components/use-resource';
import { Link } from '../router';

export function SignInPage({ onSignedIn }: { onSignedIn: (session: TSessionInfo) => void }) {
  useDocumentTitle('Sign in');
  const [error, setError] = useState<unknown>(undefined);
  const [isBusy, setIsBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setIsBusy(true);
    setError(undefined);
    try {
      onSignedIn(await signIn({ email: String(form.get('email')), password: String(form.get('password')) }));
    } catch (caught) {
      setError(caught);
      setIsBusy(false);
    }
  };

  return (
    <>
      <PageHeading>Sign in</PageHeading>
      <form className="form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="signin-email">Email</label>
          <input id="signin-email" name="email" type="email" autoComplete="username" required />
        </div>
        <div className="field">
          <label htmlFor="signin-password">Password</label>
          <input
            id="signin-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
          />
          <p className="hint">
            <Link to="/forgot-password">Forgot your password?</Link>
          </p>
        </div>
        <ErrorMessage error={error} />
        <button type="submit" className="button button-block" disabled={isBusy}>
          {isBusy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p className="auth-switch">
        New to Candor? <Link to="/signup">Create an organisation</Link>
      </p>
    </>
  );
}
