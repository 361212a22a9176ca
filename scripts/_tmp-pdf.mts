import { writeFileSync } from 'node:fs';
import { getDocumentProxy } from 'unpdf';
import { createChromiumPdfRenderer } from '../src/adapters/render-pdf.ts';
import { evaluateCandidate } from '../src/app/evaluate-candidate.ts';
import { loadJob } from '../src/app/load-job.ts';
import { loadResume } from '../src/app/load-resume.ts';
import { loadTranscript } from '../src/app/load-transcript.ts';
import { renderHtml } from '../src/core/report/render-html.ts';
const root = '/work/wt/room/examples/';
const evaluation = await evaluateCandidate({
  job: (await loadJob(root + 'job.md')).job,
  resume: (await loadResume(root + 'resume.pdf')).resume,
  transcript: await loadTranscript(root + 'transcript.json'),
});
const html = renderHtml(evaluation);
writeFileSync('/tmp/room/report.html', html);
const pdf = await createChromiumPdfRenderer()!(html);
writeFileSync('/tmp/room/report.pdf', pdf);
const doc = await getDocumentProxy(new Uint8Array(pdf));
console.log('pages', doc.numPages);
