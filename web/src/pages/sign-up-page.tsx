import { type FormEvent, useState } from 'react';
import { fetchInvitation, signUp } from '../api/candor-api';
import type { TSessionInfo } from '../api/types';
import { ErrorMessage, PageHeading } from '../components/ui';
import { useDocumentTitle, useResource } from '../components/use-resource';
import { Link } from '../router';

/** The first user creates the organisation; a colleague with an invitation link joins it. */
export function SignUpPage({
  invitationToken,
  onSignedIn,
}: {
  invitationToken: string | undefined;
  onSignedIn: (session: TSessionInfo) => void;
}) {
  const isJoining = invitationToken !== undefined;
  useDocumentTitle(isJoining ? 'Join your team' : 'Create your organisation');
  const [error, setError] = useState<unknown>(undefined);
  const [isBusy, setIsBusy] = useState(false);
  // The invitation names the organisation and the email invited, which is pre-filled.
  const invitation = useResource(
    () => (invitationToken === undefined ? Promise.resolve(undefined) : fetchInvitation(invitationToken)),
    invitationToken ?? '',
  );
  const invited = invitation.data;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setIsBusy(true);
    setError(undefined);
    try {
      const session = await signUp({
        name: String(form.get('name')),
        email: String(form.get('email')),
        password: String(form.get('password')),
        ...(isJoining ? { invitationToken } : { organisationName: String(form.get('organisationName')) }),
      });
      onSignedIn(session);
    } catch (caught) {
      setError(caught);
      setIsBusy(false);
    }
  };

  return (
    <>
      <PageHeading>{isJoining ? 'Join your team on Candor' : 'Create your organisation'}</PageHeading>
      <p className="muted">
        {!isJoining
          ? 'The first account creates the organisation; invite colleagues from Settings afterwards.'
          : invited !== undefined
            ? `You were invited to join ${invited.organisationName} as ${invited.role === 'admin' ? 'an admin' : 'a member'}. Choose your name and password to join.`
            : 'You were invited to an organisation. Choose your name and password to join it.'}
      </p>
      {isJoining ? <ErrorMessage error={invitation.error} /> : null}
      <form className="form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="signup-name">Your name</label>
          <input id="signup-name" name="name" autoComplete="name" required maxLength={200} />
        </div>
        {isJoining ? null : (
          <div className="field">
            <label htmlFor="signup-organisation">Organisation</label>
            <input
              id="signup-organisation"
              name="organisationName"
              autoComplete="organization"
              required
              maxLength={200}
            />
          </div>
        )}
        <div className="field">
          <label htmlFor="signup-email">Work email</label>
          <input
            id="signup-email"
            name="email"
            type="email"
            autoComplete="email"
            required
            key={invited?.email ?? 'email'}
            defaultValue={invited?.email ?? ''}
            aria-describedby={invited !== undefined ? 'signup-email-hint' : undefined}
          />
          {invited !== undefined ? (
            <p className="hint" id="signup-email-hint">
              The invitation is for this email.
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="signup-password">Password</label>
          <input
            id="signup-password"
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={10}
            maxLength={200}
            aria-describedby="signup-password-hint"
          />
          <p className="hint" id="signup-password-hint">
            At least 10 characters.
          </p>
        </div>
        <ErrorMessage error={error} />
        <button type="submit" className="button button-block" disabled={isBusy}>
          {isBusy ? 'Creating your account…' : isJoining ? 'Join' : 'Create organisation'}
        </button>
      </form>
      <p className="auth-switch">
        Already have an account? <Link to="/signin">Sign in</Link>
      </p>
    </>
  );
}
