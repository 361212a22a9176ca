import { describe, expect, it } from 'vitest';
import { RECOMMENDATIONS } from '../../core/evaluation.js';
import { decisionForRecommendation } from './decision-for-recommendation.js';
import { deriveCsrfToken } from './derive-csrf-token.js';
import { deriveLinkToken } from './derive-link-token.js';
import { describeIntegritySignals } from './describe-integrity-signals.js';
import { hashPassword } from './hash-password.js';
import { hashToken } from './hash-token.js';
import { verifyPassword } from './verify-password.js';
import { safeFileName } from './with-uploaded-file.js';

describe('passwords', () => {
  it('hashes with scrypt and a random salt, and verifies only the right password', async () => {
    const first = await hashPassword('correct horse battery staple');
    const second = await hashPassword('correct horse battery staple');
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{86}$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword('correct horse battery staple', first)).toBe(true);
    expect(await verifyPassword('correct horse battery stapl', first)).toBe(false);
    expect(await verifyPassword('correct horse battery staple', 'plain-text')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$abc$8$1$c2FsdA$aGFzaA')).toBe(false);
  });
});

describe('tokens', () => {
  const secret = new Uint8Array(32).fill(1);

  it('derives interview link tokens of 160 bits from the secret, the candidate and a nonce', () => {
    const token = deriveLinkToken(secret, 'candidate-1', 'nonce-1');
    expect(token).toMatch(/^[a-z2-7]{32}$/);
    expect(deriveLinkToken(secret, 'candidate-1', 'nonce-1')).toBe(token);
    expect(deriveLinkToken(secret, 'candidate-1', 'nonce-2')).not.toBe(token);
    expect(deriveLinkToken(secret, 'candidate-2', 'nonce-1')).not.toBe(token);
    expect(deriveLinkToken(new Uint8Array(32).fill(2), 'candidate-1', 'nonce-1')).not.toBe(token);
  });

  it('stores SHA-256 hashes, and derives CSRF tokens per session', () => {
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(deriveCsrfToken(secret, 'session-a')).not.toBe(deriveCsrfToken(secret, 'session-b'));
    expect(deriveCsrfToken(secret, 'session-a')).toMatch(/^[\w-]{43}$/);
  });
});

describe('safeFileName', () => {
  it('keeps the last path segment without control characters', () => {
    expect(safeFileName('resume.pdf')).toBe('resume.pdf');
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Users\\me\\CV final.docx')).toBe('CV final.docx');
    expect(safeFileName('bad\u0000name\n.md')).toBe('badname.md');
    expect(safeFileName('..')).toBe('upload');
    expect(safeFileName('')).toBe('upload');
    expect(safeFileName(`${'a'.repeat(300)}.pdf`)).toHaveLength(200);
  });
});

describe('decisionForRecommendation', () => {
  it('maps every recommendation to the decision it amounts to', () => {
    expect(RECOMMENDATIONS.map(decisionForRecommendation)).toEqual(['advance', 'advance', 'hold', 'reject']);
  });
});

describe('describeIntegritySignals', () => {
  const turn = (id: string, extra: object = {}) => ({
    id,
    type: 'JD' as const,
    question: 'Q?',
    answer: 'A.',
    requirementIds: [],
    claimIds: [],
    ...extra,
  });

  it('says nothing when the room saw nothing', () => {
    expect(describeIntegritySignals({ version: 1, turns: [turn('T1', { responseMs: 60_000 })] })).toEqual([]);
  });

  it('names tab changes, pastes and very slow answers, as prompts rather than verdicts', () => {
    const [note] = describeIntegritySignals({
      version: 1,
      turns: [
        turn('T1', {
          events: [
            { kind: 'blur', at: 'x' },
            { kind: 'focus', at: 'y' },
            { kind: 'blur', at: 'z' },
          ],
        }),
        turn('T2', { events: [{ kind: 'paste', at: 'x', characters: 120 }] }),
        turn('T3', { responseMs: 25 * 60_000 }),
      ],
    });
    expect(note).toContain('left the interview tab while answering T1 (2×)');
    expect(note).toContain('pasted text into T2 (120 characters)');
    expect(note).toContain('took long to answer T3 (25 min)');
    expect(note).toContain('never a reason to reject');
  });
});
