import { type ReactNode, useEffect, useRef, useState } from 'react';
import { describeError } from '../api/client';
import type { TTone } from '../lib/labels';

export function Badge({ tone, children, size }: { tone: TTone; children: ReactNode; size?: 'large' }) {
  return <span className={`badge tone-${tone}${size === 'large' ? ' badge-large' : ''}`}>{children}</span>;
}

/** An error the user should read: announced by screen readers, with the server's `detail`. */
export function ErrorMessage({ error, children }: { error: unknown; children?: ReactNode }) {
  if (error === undefined || error === null) return null;
  return (
    <div className="alert alert-error" role="alert">
      <p>{describeError(error)}</p>
      {children}
    </div>
  );
}

export function Notice({
  children,
  tone = 'info',
}: {
  children: ReactNode;
  tone?: 'info' | 'success' | 'warning';
}) {
  return (
    <div className={`alert alert-${tone}`} role="status">
      {children}
    </div>
  );
}

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" /> {label}
    </p>
  );
}

/** Puts the keyboard focus on the page heading when a page opens, so screen readers announce it. */
export function PageHeading({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}

/** Copies text to the clipboard, with a visible and announced "Copied". */
export function CopyButton({
  text,
  label = 'Copy link',
  className,
}: {
  text: string;
  label?: string;
  className?: string;
}) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), 2500);
    return () => window.clearTimeout(timer);
  }, [state]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <button type="button" className={className ?? 'button button-secondary button-small'} onClick={copy}>
        {state === 'copied' ? 'Copied' : label}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {state === 'copied'
          ? 'Copied to the clipboard'
          : state === 'failed'
            ? 'Copy failed: select the link and copy it'
            : ''}
      </span>
    </>
  );
}

/** A value to copy (a link, a token, a secret): a read-only field that selects itself, and a copy button. */
export function CopyField({ value, label, copyLabel }: { value: string; label: string; copyLabel?: string }) {
  return (
    <div className="copy-row">
      <input
        readOnly
        className="link-url"
        value={value}
        aria-label={label}
        onFocus={(event) => event.currentTarget.select()}
      />
      <CopyButton text={value} {...(copyLabel === undefined ? {} : { label: copyLabel })} />
    </div>
  );
}

/**
 * A loaded list as a table: the spinner on the first load, the error, a line when it is empty,
 * else the table with its column headings (and a hidden "Actions" heading when rows have buttons).
 */
export function ResourceTable<T>({
  resource,
  loadingLabel,
  empty,
  columns,
  actions = false,
  children,
}: {
  resource: { data: readonly T[] | undefined; error: unknown; isLoading: boolean };
  loadingLabel: string;
  /** What an empty list says; without it an empty list shows its headings. */
  empty?: string;
  columns: readonly string[];
  actions?: boolean;
  children: (rows: readonly T[]) => ReactNode;
}) {
  const rows = resource.data;
  return (
    <>
      {resource.isLoading && rows === undefined ? <Loading label={loadingLabel} /> : null}
      <ErrorMessage error={resource.error} />
      {rows !== undefined && rows.length === 0 && empty !== undefined ? (
        <p className="muted">{empty}</p>
      ) : null}
      {rows !== undefined && (rows.length > 0 || empty === undefined) ? (
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
                {actions ? (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>{children(rows)}</tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
