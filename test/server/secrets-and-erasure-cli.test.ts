/**
 * The built `candor` as an operator runs it: the server secret outside the database (a 0600 file
 * beside it, an older database's secret moved there), private data files, start-up checks of the
 * environment, and the erasure and export commands on the SQLite file.
 */
import { createHash, createHmac } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/adapters/storage/create-database.js';
import { runCli } from '../cli/run-cli.js';
import { isBuilt, startServe } from './serve-process.js';

const JOB = readFileSync(new URL('../../examples/job.md', import.meta.url), 'utf8');
const RESUME = readFileSync(new URL('../../examples/resume.md', import.meta.url), 'utf8').replace(
  '# Priya Raman',
  '# Ottoline Marker',
);
const PASSWORD = 'correct horse battery staple';

/** The link token as Candor derives it (derive-link-token.ts), from a secret and what the database holds. */
function linkToken(secret: Uint8Array, candidateId: string, nonce: string): string {
  const mac = createHmac('sha256', secret).update(`interview-link\0${candidateId}\0${nonce}`).digest();
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of mac.subarray(0, 20)) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

async function call(
  base: string,
  cookie: { value: string; csrf: string },
  method: string,
  path: string,
  body?: unknown,
) {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (cookie.value) headers.cookie = cookie.value;
  if (cookie.csrf && method !== 'GET') headers['x-csrf-token'] = cookie.csrf;
  let payload: string | FormData | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const response = await fetch(`${base}${path}`, { method, headers, body: payload });
  const set = response.headers.getSetCookie()[0];
  if (set !== undefined) cookie.value = set.split(';')[0] ?? '';
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text.length === 0 ? undefined : JSON.parse(text);
}

describe.skipIf(!isBuilt())('the operator’s side of secrets and erasure', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'candor-secure-'));
  });
  afterEach(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('refuses a bad environment variable or a missing public URL with exit 2, naming it', {
    timeout: 120_000,
  }, async () => {
    const database = join(folder, 'data', 'candor.sqlite');
    for (const value of ['abc', '0']) {
      const result = await runCli(['serve', '--port', '0', '--database', database], {
        env: { CANDOR_RETENTION_DAYS: value },
      });
      expect(result.code, value).toBe(2);
      expect(result.stderr).toContain('CANDOR_RETENTION_DAYS');
    }
    const port = await runCli(['serve', '--database', database], { env: { PORT: 'http' } });
    expect(port.code).toBe(2);
    expect(port.stderr).toContain('PORT');
    const open = await runCli(['serve', '--port', '0', '--host', '0.0.0.0', '--database', database], {
      env: { CANDOR_PUBLIC_URL: undefined },
    });
    expect(open.code).toBe(2);
    expect(open.stderr).toContain('--public-url');
    expect(open.stderr).not.toMatch(/\n\s+at /);
  });

  it('keeps the secret in a 0600 file beside a private database, moves an old one out, and erases from the command line', {
    timeout: 180_000,
  }, async () => {
    const data = join(folder, 'data');
    const path = join(data, 'candor.sqlite');
    // A database from before: its secret in the settings table.
    const legacy = Buffer.alloc(32, 7).toString('base64');
    const old = await createDatabase({ url: path });
    await old.db
      .insertInto('settings')
      .values({ key: 'secret', value: legacy, created_at: '2026-01-01T00:00:00Z' })
      .execute();
    await old.close();

    const server = await startServe(['--database', path]);
    let candidateId: string;
    let jobId: string;
    try {
      expect(server.stderr()).toContain('Moved the server secret out of the database');
      const base = server.url;
      const cookie = { value: '', csrf: '' };
      const session = await call(base, cookie, 'POST', '/api/auth/signup', {
        email: 'ada@example.com',
        password: PASSWORD,
        name: 'Ada',
      });
      cookie.csrf = session.csrfToken;
      const job = await call(base, cookie, 'POST', '/api/jobs', { text: JOB });
      jobId = job.id;
      const form = new FormData();
      form.append('files', new File([RESUME], 'resume.md'));
      const upload = await call(base, cookie, 'POST', `/api/jobs/${job.id}/candidates`, form);
      candidateId = upload.created[0].id;
      const link = await call(base, cookie, 'POST', `/api/candidates/${candidateId}/invitation`, {});
      // Links are built on the loopback port, never on the Host header a client sends.
      const forged = await fetch(`${base}/api/candidates/${candidateId}`, {
        headers: { cookie: cookie.value, host: 'evil.example' },
      });
      const shown = (await forged.json()) as { invitation: { url: string } };
      expect(shown.invitation.url.startsWith(`${base}/interview/`)).toBe(true);
      const page = await fetch(`${base}/`);
      expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");

      const secretFile = join(data, 'secret.key');
      const secret = new Uint8Array(Buffer.from(readFileSync(secretFile, 'utf8').trim(), 'base64'));
      expect(Buffer.from(secret).toString('base64')).toBe(legacy);
      const raw = new Database(path, { readonly: true });
      try {
        expect(raw.prepare("select * from settings where key = 'secret'").all()).toEqual([]);
        const stored = raw.prepare('select candidate_id, nonce, token_hash from interview_links').get() as {
          candidate_id: string;
          nonce: string;
          token_hash: string;
        };
        // The file's secret opens the link; nothing in the database does.
        expect(linkToken(secret, stored.candidate_id, stored.nonce)).toBe(link.token);
        expect(createHash('sha256').update(link.token).digest('hex')).toBe(stored.token_hash);
        for (const row of raw.prepare('select value from settings').all() as { value: string }[]) {
          const guess = linkToken(
            new Uint8Array(Buffer.from(row.value, 'base64')),
            stored.candidate_id,
            stored.nonce,
          );
          expect(guess).not.toBe(link.token);
        }
      } finally {
        raw.close();
      }
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    expect(statSync(data).mode & 0o777).toBe(0o700);
    for (const name of readdirSync(data)) expect(statSync(join(data, name)).mode & 0o077, name).toBe(0);
    expect(readFileSync(path).includes(Buffer.from(legacy))).toBe(false);

    const exported = await runCli(['candidates', 'export', candidateId, '--database', path]);
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout).candidate.name).toBe('Ottoline Marker');
    const erased = await runCli(['candidates', 'delete', candidateId, '--database', path]);
    expect(erased.code).toBe(0);
    expect(erased.stdout).toContain(`Erased candidate ${candidateId}`);
    for (const name of readdirSync(data)) {
      expect(readFileSync(join(data, name)).includes(Buffer.from('Ottoline Marker')), name).toBe(false);
    }
    const again = await runCli(['candidates', 'delete', candidateId, '--database', path]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`No candidate or interview with id ${candidateId}`);
    const jobDeleted = await runCli(['jobs', 'delete', jobId, '--database', path]);
    expect(jobDeleted.code).toBe(0);
    expect(jobDeleted.stdout).toContain('erased its 0 candidates');
  });
});
