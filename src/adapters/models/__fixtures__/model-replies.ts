import type { MockLanguageModelV3 } from 'ai/test';
import type { TModelJudgement } from '../../../core/judgement/model-judgement.js';

export * from '../../../core/judgement/__fixtures__/interview-case.js';

export type TGenerateResult = Awaited<ReturnType<MockLanguageModelV3['doGenerate']>>;

/** What a provider's `doGenerate` returns for a reply: a judgement (as JSON) or any raw text. */
export function generateResult(reply: TModelJudgement | string, tokens = { input: 1200, output: 400 }): TGenerateResult {
  return {
    content: [{ type: 'text', text: typeof reply === 'string' ? reply : JSON.stringify(reply) }],
    finishReason: { unified: 'stop', raw: 'stop' },
    usage: {
      inputTokens: { total: tokens.input, noCache: tokens.input, cacheRead: undefined, cacheWrite: undefined },
      outputTokens: { total: tokens.output, text: tokens.output, reasoning: undefined },
    },
    warnings: [],
  };
}

/** The text a recorded call sent to the model: all messages, or only those of one role. */
export function promptText(
  call: MockLanguageModelV3['doGenerateCalls'][number],
  role?: 'system' | 'user',
): string {
  return call.prompt
    .filter((message) => role === undefined || message.role === role)
    .map((message) =>
      typeof message.content === 'string'
        ? message.content
        : message.content.map((part) => ('text' in part ? part.text : '')).join(''),
    )
    .join('\n');
}
