import type { TResume } from '../resume.js';

/**
 * The resume's text as a person reading the document sees it: every span the document hid
 * becomes blank space, so hidden keywords ("Kubernetes, Terraform" in white) are never evidence.
 */
export function visibleResumeText(resume: TResume): string {
  let text = resume.text;
  for (const span of resume.hiddenSpans ?? []) text = text.split(span.text).join(' ');
  return text;
}
