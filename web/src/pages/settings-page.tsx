import { type FormEvent, useState } from 'react';
import { createApiToken, createInvitation, listApiTokens, revokeApiToken } from '../api/candor-api';
import type { TCreatedApiToken, TInvitation } from '../api/types';
import { CopyButton, ErrorMessage, Loading, Notice, PageHeading } from '../components/ui';
import { useDocumentTitle, useResource } from '../components/use-resource';
import { describeExpiry, formatDate, formatDateTime } from '../lib/labels';
import { useSession } from '../session';

/** The organisation: invite colleagues; API tokens for scripts and an ATS. */
export function SettingsPage() {
  useDocumentTitle('Settings');
  const { session } = useSession();
  return (
    <>
      <div className="page-head">
        <div>
          <PageHeading>Settings</PageHeading>
          <p className="page-meta">
            {session.organisation.name} · signed in as {session.user.name} ({session.user.email}),{' '}
            {session.user.role === 'owner' ? 'owner' : 'member'}
          </p>
        </div>
      </div>
      <InviteColleague />
      <ApiTokens />
    </>
  );
}

function InviteColleague() {
  const [invitations, setInvitations] = useState<TInvitation[]>([]);
  const [error, setError] = useState<unknown>(undefined);
  const [isBusy, setIsBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const email = String(new FormData(form).get('email'));
    setIsBusy(true);
    setError(undefined);
    try {
      const invitation = await createInvitation(email);
      setInvitations((current) => [invitation, ...current]);
      form.reset();
    } catch (caught) {
      setError(caught);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite a colleague</h2>
      <p className="muted">
        They get a link to sign up into this organisation and see its jobs, candidates and reports.
      </p>
      <form className="form form-inline" onSubmit={submit}>
        <div className="field">
          <label htmlFor="invite-email">Colleague's email</label>
          <input id="invite-email" name="email" type="email" required autoComplete="off" />
        </div>
        <button type="submit" className="button" disabled={isBusy}>
          {isBusy ? 'Creating…' : 'Create invitation'}
        </button>
      </form>
      <ErrorMessage error={error} />
      {invitations.map((invitation) => (
        <Notice key={invitation.id} tone="success">
          <p>
            Invitation for <strong>{invitation.email}</strong>, expires {describeExpiry(invitation.expiresAt)}{' '}
            ({formatDateTime(invitation.expiresAt)}). Send them this link:
          </p>
          <div className="copy-row">
            <input
              readOnly
              className="link-url"
              value={invitation.url}
              aria-label={`Invitation link for ${invitation.email}`}
              onFocus={(event) => event.currentTarget.select()}
            />
            <CopyButton text={invitation.url} />
          </div>
        </Notice>
      ))}
    </section>
  );
}

function ApiTokens() {
  const tokens = useResource(listApiTokens, 'tokens');
  const [created, setCreated] = useState<TCreatedApiToken | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [isBusy, setIsBusy] = useState(false);

  const revoke = async (tokenId: string, name: string) => {
    if (!window.confirm(`Revoke the token "${name}"? Scripts using it stop working at once.`)) return;
    setError(undefined);
    try {
      await revokeApiToken(tokenId);
      if (created?.id === tokenId) setCreated(undefined);
      await tokens.reload({ quiet: true });
    } catch (caught) {
      setError(caught);
    }
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    setIsBusy(true);
    setError(undefined);
    try {
      setCreated(await createApiToken(String(new FormData(form).get('name'))));
      form.reset();
      await tokens.reload({ quiet: true });
    } catch (caught) {
      setError(caught);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">API tokens</h2>
      <p className="muted">
        For scripts and an applicant tracking system: send the token as <code>Authorization: Bearer …</code>.
        The API is described at <a href="/docs">/docs</a> (OpenAPI: <a href="/openapi.json">/openapi.json</a>
        ).
      </p>
      <form className="form form-inline" onSubmit={submit}>
        <div className="field">
          <label htmlFor="token-name">Token name</label>
          <input id="token-name" name="name" required maxLength={100} placeholder="e.g. ATS sync" />
        </div>
        <button type="submit" className="button" disabled={isBusy}>
          {isBusy ? 'Creating…' : 'Create token'}
        </button>
      </form>
      <ErrorMessage error={error} />
      {created !== undefined ? (
        <Notice tone="success">
          <p>
            Token <strong>{created.name}</strong> created. Copy it now: it is shown only once.
          </p>
          <div className="copy-row">
            <input
              readOnly
              className="link-url"
              value={created.token}
              aria-label="The new API token"
              onFocus={(event) => event.currentTarget.select()}
            />
            <CopyButton text={created.token} label="Copy token" />
          </div>
        </Notice>
      ) : null}
      {tokens.isLoading && tokens.data === undefined ? <Loading label="Loading tokens…" /> : null}
      <ErrorMessage error={tokens.error} />
      {tokens.data !== undefined && tokens.data.length === 0 ? <p className="muted">No tokens yet.</p> : null}
      {tokens.data !== undefined && tokens.data.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.data.map((token) => (
                <tr key={token.id}>
                  <th scope="row">{token.name}</th>
                  <td>{formatDate(token.createdAt)}</td>
                  <td>{token.lastUsedAt === null ? 'Never' : formatDateTime(token.lastUsedAt)}</td>
                  <td>
                    <button
                      type="button"
                      className="button button-quiet button-small button-danger"
                      onClick={() => void revoke(token.id, token.name)}
                      aria-label={`Revoke the token ${token.name}`}
                    >
                      Revoke
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
