import type { TResume } from '../../core/resume.js';

/** No resume: a job's own plan covers the job alone; each candidate's plan adds their resume. */
export const EMPTY_RESUME: TResume = {
  contact: { name: null, emails: [], phones: [], urls: [] },
  text: '',
  claims: [],
};
