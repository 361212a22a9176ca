import { describe, expect, it } from 'vitest';
import { CANDIDATE, resume } from './__fixtures__/interview-case.js';
import { createRedactor } from './redact.js';

describe('createRedactor', () => {
  it('replaces the name, email, phone and URL, and restores them exactly', () => {
    const redactor = createRedactor(resume.contact);
    const redacted = redactor.redact(resume.text);
    for (const detail of [
      CANDIDATE.name,
      'Maya',
      'Okafor',
      CANDIDATE.email,
      CANDIDATE.phone,
      CANDIDATE.url,
      '010-2299',
    ]) {
      expect(redacted).not.toContain(detail);
    }
    expect(redacted).toContain('[CANDIDATE_NAME]');
    expect(redacted).toContain('[EMAIL_1] · [PHONE_1] · [URL_1]');
    expect(redactor.restore(redacted)).toBe(resume.text);
  });

  it('replaces first and last names as whole, capitalised words only', () => {
    const redactor = createRedactor({ name: 'Will May', emails: [], phones: [], urls: [] });
    const text = "Will May joined in May. Will's code will ship; may it pass. Willow and Mayfield stay.";
    const redacted = redactor.redact(text);
    expect(redacted).toBe(
      "[CANDIDATE_NAME] joined in [CANDIDATE_LAST_NAME]. [CANDIDATE_FIRST_NAME]'s code will ship; may it pass. Willow and Mayfield stay.",
    );
    expect(redactor.restore(redacted)).toBe(text);
  });

  it('gives each spelling its own placeholder so restoring keeps the original case', () => {
    const redactor = createRedactor({ name: 'Maya Okafor', emails: [], phones: [], urls: [] });
    const text = 'MAYA OKAFOR\nMaya Okafor, known as Maya';
    const redacted = redactor.redact(text);
    expect(redacted).toBe('[CANDIDATE_NAME]\n[CANDIDATE_NAME_2], known as [CANDIDATE_FIRST_NAME]');
    expect(redactor.restore(redacted)).toBe(text);
  });

  it('finds the phone written another way, and other emails and links in the text', () => {
    const redactor = createRedactor(resume.contact);
    const text = 'Call 555.010.2299 or write to maya@work.example or see https://example.com/portfolio.';
    const redacted = redactor.redact(text);
    expect(redacted).toBe('Call [PHONE_1] or write to [EMAIL_1] or see [URL_1].');
    expect(redactor.restore(redacted)).toBe(text);
  });

  it('restores placeholders a model wrote back, and leaves unknown ones alone', () => {
    const redactor = createRedactor(resume.contact);
    redactor.redact(`${CANDIDATE.name} <${CANDIDATE.email}>`);
    expect(redactor.restore('[CANDIDATE_NAME] gave [EMAIL_1]; [EMAIL_7] is unknown')).toBe(
      `${CANDIDATE.name} gave ${CANDIDATE.email}; [EMAIL_7] is unknown`,
    );
  });

  it('does nothing without contact details', () => {
    const redactor = createRedactor({ name: null, emails: [], phones: [], urls: [] });
    expect(redactor.redact('I built 3 services in 2021.')).toBe('I built 3 services in 2021.');
  });
});
