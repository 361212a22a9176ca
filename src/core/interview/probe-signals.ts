import { readSpanishSentence } from '../reading/read-spanish-sentence.js';
import type { TAnswerSignals } from '../signals/signals.js';
import { splitSentences } from '../text/split-sentences.js';

/** Content words an answer needs before one past action and one concrete detail make it an example. */
const EXAMPLE_MIN_WORDS = 10;

const unique = (values: readonly string[]) => [...new Set(values)];

/**
 * The signals the probe choice reads, whatever language the candidate answered in. The signals of
 * an English answer are the English reader's, unchanged. An answer in another language is read
 * for what holds across languages — measured numbers, durations, names of places, people and
 * tools, length — and, in Spanish, for its grammar (readSpanishSentence, the evaluation's Spanish
 * reader too): the candidate's own verbs
 * in the past ("atendí", "he cuidado"), denials ("no he…", "nunca", "no tengo experiencia"),
 * hedges and measured changes. So a concrete Spanish story is not asked for "un ejemplo
 * concreto", and an honest Spanish "no he…" gets the question about what comes closest.
 *
 * Only the probe choice reads these; the evaluation keeps its own signals.
 */
export function probeSignals(signals: TAnswerSignals, answer: string): TAnswerSignals {
  if (signals.language === 'en' || signals.isNonAnswer || signals.isSkip) return signals;
  const numbers = signals.numbers;
  const named = signals.tools;
  if (signals.language !== 'es') {
    // Other languages: one's own action with a number or a name in a story of some length.
    const gaveExample =
      signals.gaveExample ||
      (signals.firstPersonActions.length > 0 &&
        signals.wordCount >= EXAMPLE_MIN_WORDS &&
        numbers.length + named.length > 0);
    return { ...signals, gaveExample };
  }

  const sentences = splitSentences(answer, { breakLines: true, lowerCaseStarts: true }).map((span) => ({
    text: span.text,
    ...readSpanishSentence(span.text),
  }));
  const spanish = {
    ownActions: sentences.flatMap((sentence) => sentence.ownActions),
    ownPast: sentences.flatMap((sentence) => sentence.ownPast),
    denials: sentences.filter((sentence) => sentence.isDenial).map((sentence) => sentence.text),
    hedges: sentences.flatMap((sentence) => sentence.hedges),
    results: sentences.flatMap((sentence) => sentence.results),
  };
  const results = unique([...signals.results, ...spanish.results]);
  const quantified = results.length > 0 || numbers.length >= 3;
  // A denial stands when nothing in the answer tells of work done: no own past action, no measure.
  const denies = spanish.denials.length > 0 && spanish.ownPast.length === 0 && numbers.length === 0;
  const gaveExample =
    !denies &&
    spanish.ownPast.length > 0 &&
    signals.wordCount >= EXAMPLE_MIN_WORDS &&
    (numbers.length > 0 || named.length > 0 || spanish.ownPast.length >= 2);
  // The English reader found none of the Spanish verbs: they count as its own actions would.
  const ownActions = unique([...signals.firstPersonActions, ...spanish.ownActions]);
  const concreteness =
    signals.concreteness +
    0.5 * Math.max(0, Math.min(ownActions.length, 6) - Math.min(signals.firstPersonActions.length, 6)) +
    2 * Math.max(0, Math.min(results.length, 2) - Math.min(signals.results.length, 2));
  const stance = denies ? 'negative' : signals.stance === 'negative' ? 'affirmative' : signals.stance;
  return {
    ...signals,
    stance,
    hedges: unique([...signals.hedges, ...spanish.hedges]),
    results,
    firstPersonActions: ownActions,
    negations: denies ? spanish.denials : [],
    quantified,
    gaveExample,
    concreteness: Math.round(concreteness * 10) / 10,
    specificity: denies ? signals.specificity : Math.round(Math.min(1, concreteness / 12) * 100) / 100,
    addressesQuestion:
      !denies && (!signals.askedToQuantify || quantified) && (!signals.askedForExample || gaveExample),
  };
}
