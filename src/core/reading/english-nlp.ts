import model from 'wink-eng-lite-web-model';
import winkNLP, { type WinkMethods } from 'wink-nlp';

let instance: WinkMethods | undefined;
let firstUnknownId = Number.POSITIVE_INFINITY;

/**
 * The English language model (wink-nlp with its bundled web model: tokens, part of speech,
 * lemmas, negation scope). Loaded once, on first use, so commands that never read an answer
 * never pay for it.
 */
export function englishNlp(): WinkMethods {
  if (!instance) {
    instance = winkNLP(model);
    // Words outside the model's lexicon get ids from here on: the first one read marks the line.
    firstUnknownId = Number(instance.readDoc('qxzvkwjq').tokens().itemAt(0).out(instance.its.uniqueId));
  }
  return instance;
}

/** The word is not in the English lexicon: a name, a term of art or code ("pprof", "zendesk", "kubectl"). */
export function isUnknownWordId(id: number): boolean {
  return id >= firstUnknownId;
}
