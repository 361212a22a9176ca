import { useState } from 'react';
import { createPasswordReset, listTeam, removeTeamMember, updateTeamMember } from '../api/candor-api';
import type { TPasswordReset, TTeamMember, TUser } from '../api/types';
import { CopyField, ErrorMessage, Notice, ResourceTable } from '../components/ui';
import { useResource } from '../components/use-resource';
import { formatDate, formatDateTime } from '../lib/labels';

const ROLE_LABELS: Record<TTeamMember['role'], string> = { owner: 'Owner', admin: 'Admin', member: 'Member' };

/** Whether `viewer` may disable, remove or reset the password of `member` (the server decides too). */
export function canManage(viewer: TUser['role'], member: TTeamMember): boolean {
  if (member.isYou || member.role === 'owner') return false;
  return viewer === 'owner' || (viewer === 'admin' && member.role === 'member');
}

/** The organisation's people: roles, disable or remove, and one-time password reset links. */
export function TeamPanel({ viewerRole }: { viewerRole: TUser['role'] }) {
  const team = useResource(listTeam, 'team');
  const [error, setError] = useState<unknown>(undefined);
  const [reset, setReset] = useState<TPasswordReset | undefined>(undefined);

  const act = async (run: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await run();
      await team.reload({ quiet: true });
    } catch (caught) {
      setError(caught);
    }
  };

  const remove = (member: TTeamMember) => {
    if (!window.confirm(`Remove ${member.name} (${member.email})? Their account and API tokens are deleted.`))
      return;
    void act(() => removeTeamMember(member.id));
  };
  const toggle = (member: TTeamMember) => {
    if (
      !member.disabled &&
      !window.confirm(`Disable ${member.name}? They are signed out and their tokens stop.`)
    )
      return;
    void act(() => updateTeamMember(member.id, { disabled: !member.disabled }));
  };
  const issueReset = (member: TTeamMember) =>
    void act(async () => {
      setReset(await createPasswordReset(member.id));
    });

  return (
    <section className="panel" aria-labelledby="team-heading">
      <h2 id="team-heading">Team</h2>
      <p className="muted">
        The owner manages everyone and chooses admins; admins invite members, disable or remove them and issue
        password reset links; members work on jobs and candidates. Deleting candidates and jobs takes an owner
        or an admin.
      </p>
      <ErrorMessage error={error} />
      {reset !== undefined ? (
        <Notice tone="success">
          <p>
            Password reset link for <strong>{reset.email}</strong>, valid once until{' '}
            {formatDateTime(reset.expiresAt)}. Hand it to them yourself:
          </p>
          <CopyField value={reset.url} label={`Password reset link for ${reset.email}`} />
        </Notice>
      ) : null}
      <ResourceTable
        resource={team}
        loadingLabel="Loading the team…"
        columns={['Name', 'Email', 'Role', 'Joined']}
        actions
      >
        {(rows) =>
          rows.map((member) => (
            <tr key={member.id}>
              <th scope="row">
                {member.name}
                {member.isYou ? ' (you)' : ''}
                {member.disabled ? ' · disabled' : ''}
              </th>
              <td>{member.email}</td>
              <td>
                {viewerRole === 'owner' && member.role !== 'owner' ? (
                  <select
                    aria-label={`Role of ${member.name}`}
                    value={member.role}
                    onChange={(event) =>
                      void act(() =>
                        updateTeamMember(member.id, {
                          role: event.currentTarget.value as 'admin' | 'member',
                        }),
                      )
                    }
                  >
                    <option value="admin">Admin</option>
                    <option value="member">Member</option>
                  </select>
                ) : (
                  ROLE_LABELS[member.role]
                )}
              </td>
              <td>{formatDate(member.createdAt)}</td>
              <td>
                {canManage(viewerRole, member) ? (
                  <span className="button-row">
                    <button
                      type="button"
                      className="button button-quiet button-small"
                      onClick={() => issueReset(member)}
                      aria-label={`Password reset link for ${member.name}`}
                    >
                      Reset password
                    </button>
                    <button
                      type="button"
                      className="button button-quiet button-small"
                      onClick={() => toggle(member)}
                      aria-label={`${member.disabled ? 'Enable' : 'Disable'} ${member.name}`}
                    >
                      {member.disabled ? 'Enable' : 'Disable'}
                    </button>
                    <button
                      type="button"
                      className="button button-quiet button-small button-danger"
                      onClick={() => remove(member)}
                      aria-label={`Remove ${member.name}`}
                    >
                      Remove
                    </button>
                  </span>
                ) : null}
              </td>
            </tr>
          ))
        }
      </ResourceTable>
    </section>
  );
}
