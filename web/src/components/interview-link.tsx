import { useId, useState } from 'react';
import { createInterviewLink, revokeInterviewLink } from '../api/candor-api';
import type { TCandidateSummary } from '../api/types';
import { candidateName, describeExpiry, formatDateTime } from '../lib/labels';
import { CopyButton, ErrorMessage } from './ui';

type TLinkState = NonNullable<TCandidateSummary['invitation']>;

/** How long a new link stays valid: the API takes 1 to 60 days; a week unless chosen otherwise. */
export const LINK_LIFETIME_DAYS = [1, 3, 7, 14, 30, 60] as const;

/** Whether the candidate still needs a link: no interview started or finished yet. */
export function needsInterviewLink(candidate: Pick<TCandidateSummary, 'status'>): boolean {
  return candidate.status === 'new' || candidate.status === 'invited';
}

/**
 * The candidate's interview link: create it, copy it, see when it expires, revoke it. `layout`
 * "full" shows the address itself (the candidate page); "compact" only the buttons (a table cell).
 */
export function InterviewLinkControl({
  candidate,
  layout,
  onChange,
}: {
  candidate: TCandidateSummary;
  layout: 'compact' | 'full';
  onChange: () => void;
}) {
  const [link, setLink] = useState<TLinkState | null>(candidate.invitation);
  const [error, setError] = useState<unknown>(undefined);
  const [isBusy, setIsBusy] = useState(false);
  const [lastSeen, setLastSeen] = useState(candidate.invitation);
  const [days, setDays] = useState(7);
  const lifetimeId = useId();
  // The server's word wins whenever it changes (polling, another recruiter).
  if (candidate.invitation !== lastSeen) {
    setLastSeen(candidate.invitation);
    setLink(candidate.invitation);
  }
  const name = candidateName(candidate);

  if (!needsInterviewLink(candidate) && layout === 'compact') {
    return (
      <span className="muted">Interview {candidate.status === 'in_progress' ? 'under way' : 'done'}</span>
    );
  }

  const isExpired = link !== null && new Date(link.expiresAt).getTime() <= Date.now();
  const isActive = link !== null && !link.revoked && !isExpired;

  const create = async () => {
    setIsBusy(true);
    setError(undefined);
    try {
      const created = await createInterviewLink(candidate.id, days);
      setLink({ url: created.url, expiresAt: created.expiresAt, revoked: false });
      onChange();
    } catch (caught) {
      setError(caught);
    } finally {
      setIsBusy(false);
    }
  };

  const revoke = async () => {
    if (!window.confirm(`Revoke the interview link for ${name}? The link stops working at once.`)) return;
    setIsBusy(true);
    setError(undefined);
    try {
      await revokeInterviewLink(candidate.id);
      setLink((current) => (current === null ? null : { ...current, revoked: true }));
      onChange();
    } catch (caught) {
      setError(caught);
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <div className={`link-control link-control-${layout}`}>
      {isActive && link !== null ? (
        <>
          {layout === 'full' ? (
            <div className="field field-inline">
              <label htmlFor={`link-${candidate.id}`}>Interview link</label>
              <input
                id={`link-${candidate.id}`}
                className="link-url"
                readOnly
                value={link.url}
                onFocus={(event) => event.currentTarget.select()}
              />
            </div>
          ) : null}
          <div className="link-actions">
            <CopyButton text={link.url} label={layout === 'full' ? 'Copy link' : 'Copy link'} />
            <button
              type="button"
              className="button button-quiet button-small"
              onClick={revoke}
              disabled={isBusy}
              aria-label={`Revoke the interview link for ${name}`}
            >
              Revoke
            </button>
          </div>
          <p className="link-expiry">
            <time dateTime={link.expiresAt} title={formatDateTime(link.expiresAt)}>
              Expires {describeExpiry(link.expiresAt)}
            </time>
          </p>
        </>
      ) : (
        <div className="link-actions">
          <label htmlFor={lifetimeId} className="link-lifetime">
            <span className="visually-hidden">Link for {name} valid for</span>
            <select
              id={lifetimeId}
              value={days}
              onChange={(event) => setDays(Number(event.currentTarget.value))}
              disabled={isBusy}
            >
              {LINK_LIFETIME_DAYS.map((option) => (
                <option key={option} value={option}>
                  {option === 1 ? '1 day' : `${option} days`}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={create}
            disabled={isBusy}
            aria-label={`${link === null ? 'Create an interview link' : 'Create a new interview link'} for ${name}`}
          >
            {isBusy ? 'Creating…' : link === null ? 'Create link' : 'New link'}
          </button>
          {link !== null ? (
            <span className="link-expiry">{link.revoked ? 'Link revoked' : 'Link expired'}</span>
          ) : null}
        </div>
      )}
      <ErrorMessage error={error} />
    </div>
  );
}
