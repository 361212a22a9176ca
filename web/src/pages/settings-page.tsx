import { type FormEvent, useState } from 'react';
import {
  changePassword,
  createApiToken,
  createInvitation,
  listApiTokens,
  revokeApiToken,
} from '../api/candor-api';
import type { TCreatedApiToken, TInvitation } from '../api/types';
import { CopyField, ErrorMessage, Notice, PageHeading, ResourceTable } from '../components/ui';
import { useDocumentTitle, useResource } from '../components/use-resource';
import { describeExpiry, formatDate, formatDateTime } from '../lib/labels';
import { useSession } from '../session';
import { TeamPanel } from './team-panel';
import { WebhooksPanel } from './webhooks-panel';

const ROLE_NAMES = { owner: 'owner', admin: 'admin', member: 'member' } as const;

/** The organisation: the team and invitations, your password, API tokens for scripts and an ATS, webhooks. */
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
            {ROLE_NAMES[session.user.role]}
          </p>
        </div>
      </div>
      <TeamPanel viewerRole={session.user.role} />
      {session.user.role === 'member' ? null : (
        <InviteColleague canInviteAdmins={session.user.role === 'owner'} />
      )}
      <ChangePassword />
      <ApiTokens />
      {session.user.role === 'member' ? null : <WebhooksPanel />}
    </>
  );
}

function ChangePassword() {
  const [error, setError] = useState<unknown>(undefined);
  const [isDone, setIsDone] = useState(false);
  const [isBusy, setIsBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setIsBusy(true);
    setError(undefined);
    setIsDone(false);
    try {
      await changePassword(String(data.get('currentPassword')), String(data.get('newPassword')));
      form.reset();
      setIsDone(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="password-heading">
      <h2 id="password-heading">Your password</h2>
      <p className="muted">Changing it signs you out everywhere else.</p>
      <form className="form form-inline" onSubmit={submit}>
        <div className="field">
          <label htmlFor="current-password">Current password</label>
          <input
            id="current-password"
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            required
          />
        </div>
        <div className="field">
          <label htmlFor="new-password">New password</label>
          <input
            id="new-password"
            name="newPassword"
            type="password"
            autoComplete="new-password"
            minLength={10}
            required
          />
        </div>
        <button type="submit" className="button" disabled={isBusy}>
          {isBusy ? 'Changing…' : 'Change password'}
        </button>
      </form>
      <ErrorMessage error={error} />
      {isDone ? (
        <Notice tone="success">
          <p>Password changed. Your other sessions are signed out.</p>
        </Notice>
      ) : null}
    </section>
  );
}

function InviteColleague({ canInviteAdmins }: { canInviteAdmins: boolean }) {
  const [invitations, setInvitations] = useState<TInvitation[]>([]);
  const [error, setError] = useState<unknown>(undefined);
  const [isBusy, setIsBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const email = String(data.get('email'));
    const role = data.get('role') === 'admin' ? 'admin' : 'member';
    setIsBusy(true);
    setError(undefined);
    try {
      const invitation = await createInvitation(email, role);
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
        {canInviteAdmins ? (
          <div className="field">
            <label htmlFor="invite-role">Role</label>
            <select id="invite-role" name="role" defaultValue="member">
              <option value="member">Member</option>
              <option value="admin">Admin</option>
            </select>
          </div>
        ) : null}
        <button type="submit" className="button" disabled={isBusy}>
          {isBusy ? 'Creating…' : 'Create invitation'}
        </button>
      </form>
      <ErrorMessage error={error} />
      {invitations.map((invitation) => (
        <Notice key={invitation.id} tone="success">
          <p>
            Invitation for <strong>{invitation.email}</strong> ({invitation.role}), expires{' '}
            {describeExpiry(invitation.expiresAt)} ({formatDateTime(invitation.expiresAt)}). Send them this
            link:
          </p>
          <CopyField value={invitation.url} label={`Invitation link for ${invitation.email}`} />
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
    const data = new FormData(form);
    try {
      setCreated(await createApiToken(String(data.get('name')), Number(data.get('expiresInDays') ?? 90)));
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
        <div className="field">
          <label htmlFor="token-expiry">Expires after</label>
          <select id="token-expiry" name="expiresInDays" defaultValue="90">
            <option value="7">7 days</option>
            <option value="30">30 days</option>
            <option value="90">90 days</option>
            <option value="365">1 year</option>
          </select>
        </div>
        <button type="submit" className="button" disabled={isBusy}>
          {isBusy ? 'Creating…' : 'Create token'}
        </button>
      </form>
      <ErrorMessage error={error} />
      {created !== undefined ? (
        <Notice tone="success">
          <p>
            Token <strong>{created.name}</strong> created, working until {formatDate(created.expiresAt)} with
            your role. Copy it now: it is shown only once.
          </p>
          <CopyField value={created.token} label="The new API token" copyLabel="Copy token" />
        </Notice>
      ) : null}
      <ResourceTable
        resource={tokens}
        loadingLabel="Loading tokens…"
        empty="No tokens yet."
        columns={['Name', 'Created', 'Owner', 'Last used', 'Expires']}
        actions
      >
        {(rows) =>
          rows.map((token) => (
            <tr key={token.id}>
              <th scope="row">{token.name}</th>
              <td>{formatDate(token.createdAt)}</td>
              <td>{token.userName}</td>
              <td>{token.lastUsedAt === null ? 'Never' : formatDateTime(token.lastUsedAt)}</td>
              <td>{formatDate(token.expiresAt)}</td>
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
          ))
        }
      </ResourceTable>
    </section>
  );
}
