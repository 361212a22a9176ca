import { useCallback, useEffect, useState } from 'react';
import { fetchSession, signOut as signOutCall } from './api/candor-api';
import { ApiError, setCsrfToken, setUnauthorizedHandler } from './api/client';
import type { TSessionInfo } from './api/types';
import { ErrorMessage, Loading } from './components/ui';
import { CandidatePage } from './pages/candidate-page';
import { ComparePage } from './pages/compare-page';
import { ForgotPasswordPage } from './pages/forgot-password-page';
import { InterviewRoomPage } from './pages/interview-room-page';
import { JobPage } from './pages/job-page';
import { JobsPage } from './pages/jobs-page';
import { NewJobPage } from './pages/new-job-page';
import { NotFoundPage } from './pages/not-found-page';
import { ResetPasswordPage } from './pages/reset-password-page';
import { SettingsPage } from './pages/settings-page';
import { SignInPage } from './pages/sign-in-page';
import { SignUpPage } from './pages/sign-up-page';
import { Link, navigate, type TRoute, useRoute } from './router';
import { SessionContext } from './session';

type TSessionState =
  | { kind: 'loading' }
  | { kind: 'signed-out' }
  | { kind: 'signed-in'; session: TSessionInfo }
  | { kind: 'error'; error: unknown };

/** The whole app: the candidate's interview room stands alone; every other page is the recruiter's. */
export function App() {
  const route = useRoute();
  if (route.name === 'interview') return <InterviewRoomPage token={route.token} />;
  return <RecruiterApp route={route} />;
}

function RecruiterApp({ route }: { route: Exclude<TRoute, { name: 'interview' }> }) {
  const [state, setState] = useState<TSessionState>({ kind: 'loading' });

  const loadSession = useCallback(async () => {
    try {
      const session = await fetchSession();
      setCsrfToken(session.csrfToken);
      setState({ kind: 'signed-in', session });
    } catch (error) {
      if (ApiError.isInstance(error) && (error.status === 401 || error.status === 403)) {
        setCsrfToken(undefined);
        setState({ kind: 'signed-out' });
      } else {
        setState({ kind: 'error', error });
      }
    }
  }, []);

  useEffect(() => {
    void loadSession();
    setUnauthorizedHandler(() => {
      setCsrfToken(undefined);
      setState({ kind: 'signed-out' });
    });
    return () => setUnauthorizedHandler(undefined);
  }, [loadSession]);

  const onSignedIn = useCallback((session: TSessionInfo) => {
    setCsrfToken(session.csrfToken);
    setState({ kind: 'signed-in', session });
    navigate('/jobs', { replace: true });
  }, []);

  const signOut = useCallback(async () => {
    try {
      await signOutCall();
    } finally {
      setCsrfToken(undefined);
      setState({ kind: 'signed-out' });
      navigate('/signin');
    }
  }, []);

  const isPublicPage =
    route.name === 'signin' ||
    route.name === 'signup' ||
    route.name === 'reset-password' ||
    route.name === 'forgot-password';

  useEffect(() => {
    if (state.kind === 'signed-out' && !isPublicPage) navigate('/signin', { replace: true });
    if (
      state.kind === 'signed-in' &&
      ((isPublicPage && route.name !== 'reset-password') || route.name === 'home')
    )
      navigate('/jobs', { replace: true });
  }, [state.kind, isPublicPage, route.name]);

  if (state.kind === 'loading') {
    return (
      <main className="page page-narrow" id="main">
        <Loading />
      </main>
    );
  }
  if (state.kind === 'error') {
    return (
      <main className="page page-narrow" id="main">
        <h1>Candor is not answering</h1>
        <ErrorMessage error={state.error}>
          <button type="button" className="button" onClick={() => void loadSession()}>
            Try again
          </button>
        </ErrorMessage>
      </main>
    );
  }
  if (state.kind === 'signed-out' || isPublicPage) {
    return (
      <div className="auth-layout">
        <main className="auth-card" id="main">
          <p className="brand brand-large" aria-hidden="true">
            <span className="brand-mark" /> Candor
          </p>
          {route.name === 'signup' ? (
            <SignUpPage invitationToken={route.invitationToken} onSignedIn={onSignedIn} />
          ) : route.name === 'reset-password' ? (
            <ResetPasswordPage token={route.token} />
          ) : route.name === 'forgot-password' ? (
            <ForgotPasswordPage />
          ) : (
            <SignInPage onSignedIn={onSignedIn} />
          )}
        </main>
      </div>
    );
  }
  return (
    <SessionContext.Provider value={{ session: state.session, signOut }}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader route={route} session={state.session} onSignOut={signOut} />
      <main id="main" className={route.name === 'compare' ? 'page page-wide' : 'page'}>
        <RecruiterPage route={route} />
      </main>
    </SessionContext.Provider>
  );
}

function RecruiterPage({ route }: { route: Exclude<TRoute, { name: 'interview' }> }) {
  switch (route.name) {
    case 'home':
    case 'jobs':
    case 'signin':
    case 'signup':
    case 'reset-password':
    case 'forgot-password':
      return <JobsPage />;
    case 'new-job':
      return <NewJobPage />;
    case 'job':
      return <JobPage key={route.jobId} jobId={route.jobId} />;
    case 'compare':
      return <ComparePage key={route.jobId} jobId={route.jobId} />;
    case 'candidate':
      return <CandidatePage key={route.candidateId} candidateId={route.candidateId} />;
    case 'settings':
      return <SettingsPage />;
    case 'not-found':
      return <NotFoundPage />;
    default: {
      const unknownRoute: never = route;
      return unknownRoute;
    }
  }
}

function AppHeader({
  route,
  session,
  onSignOut,
}: {
  route: TRoute;
  session: TSessionInfo;
  onSignOut: () => Promise<void>;
}) {
  const isJobs =
    route.name === 'jobs' ||
    route.name === 'job' ||
    route.name === 'new-job' ||
    route.name === 'compare' ||
    route.name === 'candidate';
  return (
    <header className="app-header">
      <div className="app-header-inner">
        <Link to="/jobs" className="brand">
          <span className="brand-mark" aria-hidden="true" /> Candor
        </Link>
        <nav aria-label="Main" className="main-nav">
          <Link to="/jobs" aria-current={isJobs ? 'page' : undefined}>
            Jobs
          </Link>
          <Link to="/settings" aria-current={route.name === 'settings' ? 'page' : undefined}>
            Settings
          </Link>
        </nav>
        <div className="account">
          <span className="account-name">
            {session.user.name}
            <span className="account-org"> · {session.organisation.name}</span>
          </span>
          <button type="button" className="button button-quiet button-small" onClick={() => void onSignOut()}>
            Sign out
          </button>
        </div>
      </div>
    </header>
  );
}
