/**
 * Renders examples/resume.md to examples/resume.pdf the way a candidate would make one: as a web
 * page printed to PDF by Chromium. Run: `npx tsx scripts/make-example-pdf.ts` (needs /usr/bin/chromium).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createChromiumPdfRenderer } from '../src/adapters/render-pdf.js';

const examples = fileURLToPath(new URL('../examples/', import.meta.url));
const markdown = readFileSync(join(examples, 'resume.md'), 'utf8');

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

const body: string[] = [];
let inList = false;
for (const line of markdown.split('\n')) {
  const bullet = /^- (.*)$/.exec(line);
  if (!bullet && inList) {
    body.push('</ul>');
    inList = false;
  }
  const heading = /^(#{1,3}) (.*)$/.exec(line);
  if (heading) body.push(`<h${heading[1]!.length}>${escapeHtml(heading[2]!)}</h${heading[1]!.length}>`);
  else if (bullet) {
    if (!inList) body.push('<ul>');
    inList = true;
    body.push(`<li>${escapeHtml(bullet[1]!)}</li>`);
  } else if (line.trim().length > 0) body.push(`<p>${escapeHtml(line)}</p>`);
}
if (inList) body.push('</ul>');

const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Resume</title>
<style>body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:10.5pt;margin:0 8mm;color:#111}
h1{font-size:20pt;margin:0 0 2mm}h2{font-size:12pt;border-bottom:1px solid #999;margin:6mm 0 2mm}
h3{font-size:10.5pt;margin:3mm 0 1mm}ul{margin:0;padding-left:5mm}p{margin:1mm 0}</style></head>
<body>${body.join('\n')}</body></html>`;

const renderPdf = createChromiumPdfRenderer();
if (renderPdf === undefined)
  throw new Error('Chromium is not installed at /usr/bin/chromium (apt-get install chromium).');
writeFileSync(join(examples, 'resume.pdf'), await renderPdf(html));
console.log(`Wrote ${join(examples, 'resume.pdf')}`);
