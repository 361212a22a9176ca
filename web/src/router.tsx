import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from 'react';

/** Every page of the app, as the URL names it. */
export type TRoute =
  | { name: 'home' }
  | { name: 'signin' }
  | { name: 'signup'; invitationToken: string | undefined }
  | { name: 'reset-password'; token: string }
  | { name: 'forgot-password' }
  | { name: 'jobs' }
  | { name: 'new-job' }
  | { name: 'job'; jobId: string }
  | { name: 'compare'; jobId: string }
  | { name: 'candidate'; candidateId: string }
  | { name: 'settings' }
  | { name: 'interview'; token: string }
  | { name: 'not-found' };

/** The URL a route lives at (the inverse of matchRoute). */
export function hrefOf(route: TRoute): string {
  switch (route.name) {
    case 'home':
      return '/';
    case 'signin':
      return '/signin';
    case 'signup':
      return route.invitationToken
        ? `/signup?invitation=${encodeURIComponent(route.invitationToken)}`
        : '/signup';
    case 'reset-password':
      return `/reset-password?token=${encodeURIComponent(route.token)}`;
    case 'forgot-password':
      return '/forgot-password';
    case 'jobs':
      return '/jobs';
    case 'new-job':
      return '/jobs/new';
    case 'job':
      return `/jobs/${encodeURIComponent(route.jobId)}`;
    case 'compare':
      return `/jobs/${encodeURIComponent(route.jobId)}/compare`;
    case 'candidate':
      return `/candidates/${encodeURIComponent(route.candidateId)}`;
    case 'settings':
      return '/settings';
    case 'interview':
      return `/interview/${encodeURIComponent(route.token)}`;
    case 'not-found':
      return '/';
    default: {
      const unknownRoute: never = route;
      return String(unknownRoute);
    }
  }
}

/** The route for a path and query string. Invitation and interview links accept a few spellings. */
export function matchRoute(pathname: string, search = ''): TRoute {
  const parts = pathname
    .split('/')
    .filter((part) => part !== '')
    .map((part) => safeDecode(part));
  const query = new URLSearchParams(search);
  const [first, second, third] = parts;
  if (parts.length === 0) return { name: 'home' };
  if (first === 'signin' && parts.length === 1) return { name: 'signin' };
  if (first === 'signup' && parts.length <= 2) {
    const token = second ?? query.get('invitation') ?? query.get('token') ?? undefined;
    return { name: 'signup', invitationToken: token || undefined };
  }
  if ((first === 'join' || first === 'invitations' || first === 'invite') && second && parts.length === 2) {
    return { name: 'signup', invitationToken: second };
  }
  if (first === 'forgot-password' && parts.length === 1) return { name: 'forgot-password' };
  if (first === 'reset-password' && parts.length === 1) {
    const token = query.get('token');
    if (token) return { name: 'reset-password', token };
  }
  if (first === 'jobs') {
    if (parts.length === 1) return { name: 'jobs' };
    if (second === 'new' && parts.length === 2) return { name: 'new-job' };
    if (second && parts.length === 2) return { name: 'job', jobId: second };
    if (second && third === 'compare' && parts.length === 3) return { name: 'compare', jobId: second };
  }
  if (first === 'candidates' && second && parts.length === 2)
    return { name: 'candidate', candidateId: second };
  if (first === 'settings' && parts.length === 1) return { name: 'settings' };
  if ((first === 'interview' || first === 'i') && second && parts.length === 2) {
    return { name: 'interview', token: second };
  }
  return { name: 'not-found' };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

function snapshot(): string {
  return window.location.pathname + window.location.search;
}

/** Goes to a URL inside the app without reloading. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.scrollTo(0, 0);
  for (const listener of listeners) listener();
}

/** The current route; re-renders when the URL changes. */
export function useRoute(): TRoute {
  const location = useSyncExternalStore(subscribe, snapshot, () => '/');
  const queryStart = location.indexOf('?');
  return queryStart === -1
    ? matchRoute(location)
    : matchRoute(location.slice(0, queryStart), location.slice(queryStart));
}

type TLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

/** An ordinary link (open in new tab, copy address all work) that navigates in-app on a plain click. */
export function Link({ to, onClick, ...rest }: TLinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey ||
      rest.target === '_blank'
    ) {
      return;
    }
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={handleClick} {...rest} />;
}
