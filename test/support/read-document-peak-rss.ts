/**
 * Run as a child process by tests: reads the document at argv[2] with readDocument and prints one
 * JSON line: the outcome (text length, or the error's code and message) and the process's peak
 * resident memory in MB, so a test can bound what reading a hostile file costs in memory.
 */
import { readDocument } from '../../src/adapters/documents/read-document.js';
import { CandorError } from '../../src/core/candor-error.js';

const path = process.argv[2] ?? '';
let outcome: Record<string, unknown>;
try {
  const document = await readDocument(path);
  outcome = { ok: true, length: document.text.length };
} catch (error) {
  outcome = CandorError.isInstance(error)
    ? { ok: false, code: error.code, message: error.message }
    : { ok: false, code: 'unexpected', message: String(error) };
}
console.log(JSON.stringify({ ...outcome, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
