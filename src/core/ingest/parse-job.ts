/**
 * Job ingestion's two entry points: a job description's text (Markdown, plain text, or the text
 * of a PDF or Word file) and a schema.org JobPosting. Both are pure: documents are read by
 * `readDocument` (src/adapters/documents) and chosen between by `loadJob` (src/app).
 */
export { parseJobPosting } from './parse-job-posting.js';
export { parseJobText } from './parse-job-text.js';
