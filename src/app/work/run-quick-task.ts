import { CandorError } from '../../core/candor-error.js';
import { analyzeAnswer, type TAnalyzeAnswerInput } from '../../core/signals/analyze-answer.js';
import type { TCpuTaskOutcome } from './cpu-task.js';

// The reader's models (wink-nlp's English model, the tagger) load when this thread starts, not
// with the first candidate's answer: reading one answer here loads them all.
analyzeAnswer({
  turn: 1,
  turnId: 'T1',
  question: 'Tell me about a project you led.',
  answer: 'Last year I led the migration of our billing service to Go and cut its p99 latency by 40%.',
  topicText: 'Go billing',
});

/**
 * The quick pool's worker entry point (piscina calls the default export): reads one interview
 * answer (analyzeAnswer) off the server's event loop. Errors travel as data, as in runCpuTask.
 */
export default function runQuickTask(input: TAnalyzeAnswerInput): TCpuTaskOutcome {
  try {
    return { ok: true, value: analyzeAnswer(input) };
  } catch (error) {
    if (CandorError.isInstance(error)) {
      return {
        ok: false,
        code: error.code,
        message: error.message,
        ...(error.location === undefined ? {} : { location: error.location }),
      };
    }
    return { ok: false, code: 'internal', message: error instanceof Error ? error.message : String(error) };
  }
}
