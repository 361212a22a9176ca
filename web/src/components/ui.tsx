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
