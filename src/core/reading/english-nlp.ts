import model from 'wink-eng-lite-web-model';
import winkNLP, { type WinkMethods } from 'wink-nlp';

let instance: WinkMethods | undefined;

/**
 * The English language model (wink-nlp with its bundled web model: tokens, part of speech,
 * lemmas, negation scope). Loaded once, on first use, so commands that never read an answer
 * never pay for it.
 */
export function englishNlp(): WinkMethods {
  instance ??= winkNLP(model);
  return instance;
}
