import { describe, expect, it } from 'vitest';
import { hrefOf, matchRoute, type TRoute } from './router';

describe('matchRoute', () => {
  it('reads every page of the app from its address', () => {
    expect(matchRoute('/')).toEqual({ name: 'home' });
    expect(matchRoute('/signin')).toEqual({ name: 'signin' });
    expect(matchRoute('/jobs/')).toEqual({ name: 'jobs' });
    expect(matchRoute('/jobs/new')).toEqual({ name: 'new-job' });
    expect(matchRoute('/jobs/job%201')).toEqual({ name: 'job', jobId: 'job 1' });
    expect(matchRoute('/jobs/j1/compare')).toEqual({ name: 'compare', jobId: 'j1' });
    expect(matchRoute('/candidates/c1')).toEqual({ name: 'candidate', candidateId: 'c1' });
    expect(matchRoute('/settings')).toEqual({ name: 'settings' });
    expect(matchRoute('/interview/abc')).toEqual({ name: 'interview', token: 'abc' });
    expect(matchRoute('/reset-password', '?token=r1')).toEqual({ name: 'reset-password', token: 'r1' });
    expect(matchRoute('/reset-password')).toEqual({ name: 'not-found' });
    expect(matchRoute('/forgot-password')).toEqual({ name: 'forgot-password' });
    expect(matchRoute('/jobs/j1/candidates/c1')).toEqual({ name: 'not-found' });
    expect(matchRoute('/%E0%A4%A')).toEqual({ name: 'not-found' });
  });

  it("takes the colleague's invitation token from the link the server sends", () => {
    expect(matchRoute('/signup', '?invitation=tok')).toEqual({ name: 'signup', invitationToken: 'tok' });
    expect(matchRoute('/signup')).toEqual({ name: 'signup', invitationToken: undefined });
    expect(matchRoute('/signup', '?invitation=')).toEqual({ name: 'signup', invitationToken: undefined });
    expect(matchRoute('/join/tok')).toEqual({ name: 'signup', invitationToken: 'tok' });
  });

  it('is the inverse of hrefOf', () => {
    const routes: TRoute[] = [
      { name: 'jobs' },
      { name: 'new-job' },
      { name: 'forgot-password' },
      { name: 'job', jobId: 'a/b' },
      { name: 'compare', jobId: 'j' },
      { name: 'candidate', candidateId: 'c' },
      { name: 'interview', token: 't-1' },
      { name: 'signup', invitationToken: 'x y' },
    ];
    for (const route of routes) {
      const href = hrefOf(route);
      const [path, query] = href.split('?');
      expect(matchRoute(path!, query ? `?${query}` : '')).toEqual(route);
    }
  });
});
