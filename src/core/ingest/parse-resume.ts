/**
 * Resume ingestion's two entry points: a resume's text (Markdown, plain text, or the text of a
 * PDF or Word file) and a JSON Resume. Both are pure: documents are read by `readDocument`
 * (src/adapters/documents) and chosen between by `loadResume` (src/app).
 */
export { parseJsonResume } from './parse-json-resume.js';
export { parseResumeText } from './parse-resume-text.js';
