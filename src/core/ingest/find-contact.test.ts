import { describe, expect, it } from 'vitest';
import { findContact } from './find-contact.js';

describe('findContact', () => {
  it('finds the name on the first line, and emails, phones and addresses anywhere', () => {
    expect(
      findContact(
        '# María José García-López\nmaria@example.es · +34 612 345 678 · https://maria.dev/cv\nGitHub: github.com/mjgl\nWorked 2015 - 2019 at Acme.',
      ),
    ).toEqual({
      name: 'María José García-López',
      emails: ['maria@example.es'],
      phones: ['+34 612 345 678'],
      urls: ['https://maria.dev/cv', 'github.com/mjgl'],
    });
  });

  it('takes the name from "Name | Title", skips a "Resume" line, and leaves a non-name out', () => {
    expect(findContact('Resume\nPriya Raman | Backend Engineer').name).toBe('Priya Raman');
    expect(findContact('Senior engineer with 10 years of experience').name).toBeNull();
  });

  it('rejoins an address a PDF column wrapped after a hyphen, and ignores email domains', () => {
    expect(findContact('priya.raman@example.com\ngithub.com/priyaraman-\nexample\n').urls).toEqual([
      'github.com/priyaraman-example',
    ]);
  });
});
