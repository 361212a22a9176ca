import { CandorError, type TCandorErrorCode } from './candor-error.js';
import { exceedsJsonDepth } from './limits/exceeds-json-depth.js';
import { jsonDepthProblem } from './limits/json-depth-problem.js';
import { locateJsonError } from './text/locate-json-error.js';

/**
 * JSON.parse with an error a person can act on: the file, the line, the column and what is
 * wrong there. `code` is the CandorError code to throw (which kind of input this is).
 */
export function parseJsonText(text: string, source: string, code: TCandorErrorCode): unknown {
  const stripped = text.replace(/^\uFEFF/, '');
  if (exceedsJsonDepth(stripped)) {
    throw new CandorError(code, `${source}: ${jsonDepthProblem()}`, { location: source });
  }
  try {
    return JSON.parse(stripped);
  } catch (error) {
    if (stripped.trim().length === 0) {
      throw new CandorError(code, `${source}: the file is empty; expected JSON.`, {
        location: source,
        cause: error,
      });
    }
    const location = locateJsonError(stripped);
    if (!location)
      throw new CandorError(code, `${source}: not valid JSON.`, { location: source, cause: error });
    throw new CandorError(
      code,
      `${source}: not valid JSON at line ${location.line}, column ${location.column}: ${location.problem}.`,
      {
        location: `${source}:${location.line}:${location.column}`,
        cause: error,
      },
    );
  }
}
