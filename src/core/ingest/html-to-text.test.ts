import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text.js';

describe('htmlToText', () => {
  it('keeps headings, bullets and numbered items as light Markdown, decoding entities', () => {
    expect(
      htmlToText(
        '<p>We build&nbsp;boats &amp; ships.</p><h3>What you will do</h3><ul><li>Own SLOs</li><li>Run <b>EKS</b><ul><li>nested</li></ul></li></ul><ol><li>First</li><li>Second</li></ol>',
      ),
    ).toBe(
      'We build boats & ships.\n\n### What you will do\n- Own SLOs\n- Run EKS\n  - nested\n1. First\n2. Second',
    );
  });

  it('puts each table row on one line, and reads layout tables cell by cell', () => {
    const roles =
      '<table><tr><th><p>Role</p></th><th><p>Dates</p></th></tr><tr><td><p>Analyst</p></td><td><p>2019 – 2022</p></td></tr></table>';
    expect(htmlToText(roles)).toBe('Role | Dates\nAnalyst | 2019 – 2022');
    const layout = '<table><tr><td><p>Skills</p><p>Go</p></td><td><p>Summary</p></td></tr></table>';
    expect(htmlToText(layout)).toBe('Skills\nGo\nSummary');
  });

  it('keeps a link address hidden behind words, and drops scripts and styles', () => {
    expect(
      htmlToText(
        '<p><a href="https://www.linkedin.com/in/jo">LinkedIn</a> <a href="https://jo.dev">jo.dev</a></p><script>alert(1)</script><style>p{}</style>',
      ),
    ).toBe('LinkedIn (https://www.linkedin.com/in/jo) jo.dev');
  });
});
