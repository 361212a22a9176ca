import { countTokens } from 'gpt-tokenizer';

/** Special tokens in candidate text (`<|im_start|>`…) are counted as the plain text they are. */
const AS_PLAIN_TEXT = { disallowedSpecial: new Set<string>() };

/**
 * How many tokens `text` takes, by the o200k_base encoding (GPT-4o and later). Other providers'
 * tokenizers differ by a few per cent either way: this is an estimate for budgets and benches,
 * not a bill.
 */
export function estimateTokens(text: string): number {
  return text.length === 0 ? 0 : countTokens(text, AS_PLAIN_TEXT);
}
