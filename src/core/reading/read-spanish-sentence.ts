import nlp from 'es-compromise';

/** What one Spanish sentence says the candidate did, denies, hedges or would do. Every string is a slice of it. */
export type TSpanishSentence = {
  /** The candidate's own verbs, singular or plural ("atendí", "revisamos", "ayudo"), outside denials. */
  ownActions: string[];
  /** Of those, the ones that tell something that happened ("atendí", "he cuidado", "hicimos"): a story. */
  ownPast: string[];
  /** The sentence denies experience ("No he trabajado con…", "Nunca he…", "No tengo experiencia…") and tells nothing the candidate did. */
  isDenial: boolean;
  /** "creo que", "quizás", "no estoy segura": the candidate is unsure. */
  hedges: string[];
  /** The candidate's verbs in the conditional ("haría", "llamaría"): what they would do. */
  hypothetical: string[];
  /** A change told with a measure: "de 12 a 4", "redujimos las caídas a la mitad". */
  results: string[];
};

type TTerm = { text: string; tags: string[] };

/** Words that deny when they govern the candidate's verb, or open the answer. */
const NEGATORS = new Set(['no', 'nunca', 'jamás', 'tampoco']);
/** "No tengo experiencia", "sin experiencia", "ninguna experiencia", "no me ha tocado". */
const DENIAL_PHRASE =
  /(?<![\p{L}])(?:(?:sin|ninguna|nada\s+de)\s+experiencia|no\s+(?:me\s+ha\s+tocado|he\s+tenido\s+(?:la\s+)?ocasión)|(?:todavía|aún)\s+no)(?![\p{L}])/iu;
/** The answer opens on a no: "No.", "No, la verdad", "Nunca", "Todavía no". */
const OPENING_NO =
  /^\W*(?:(?:pues|bueno|la\s+verdad|sinceramente|honestamente)[\s,.]*)*(?:no|nunca|jamás|todavía\s+no|aún\s+no)(?![\p{L}])/iu;
const HEDGES =
  /(?<![\p{L}])(?:creo\s+que|quizás?|tal\s+vez|a\s+lo\s+mejor|puede\s+que|más\s+o\s+menos|no\s+estoy\s+segur[oa]|supongo|no\s+recuerdo|no\s+me\s+acuerdo|me\s+parece\s+que|igual)(?![\p{L}])/giu;
/** Verbs of a measured change, by their stems ("redujimos", "bajó", "aumenté", "mejoramos", "ahorré"). */
const CHANGE_VERB =
  /(?<![\p{L}])(?:redu[cjz]|baj|aument|sub|mejor|disminu|ahorr|recort|duplic|tripl|increment|acort|elimin)\p{L}*/iu;
/** "de 12 a 4", "desde 40 minutos hasta 15", "a la mitad". */
const FROM_TO =
  /(?<![\p{L}])(?:de|desde)\s+(?:un[oa]?s?\s+)?\d[\d.,]*\s*%?(?:\s+\p{L}+){0,3}\s+(?:a|hasta)\s+(?:un[oa]?s?\s+)?\d[\d.,]*(?:\s*%)?/iu;
const SHARE = /(?<![\p{L}])(?:a\s+la\s+mitad|el\s+doble|el\s+triple)(?![\p{L}])|\d\s*%/iu;
/** Verbs of opinion and doubt are hedges, not actions ("creo", "supongo", "pienso"). */
const OPINION_VERBS = new Set(['creo', 'supongo', 'pienso', 'imagino', 'diría', 'sé', 'recuerdo']);

/** Words the tagger may take for prepositions that join clauses: a verb may follow them. */
const CONJUNCTIONS = new Set(['que', 'y', 'e', 'o', 'u', 'pero', 'cuando', 'si', 'porque', 'pues', 'luego']);

const isFirstPerson = (term: TTerm) =>
  term.tags.includes('FirstPerson') || term.tags.includes('FirstPersonPlural');
const clean = (text: string) => text.replace(/[^\p{L}\d'’-]+$/u, '').replace(/^[^\p{L}\d]+/u, '');

/**
 * Reads one Spanish sentence with es-compromise's Spanish morphology, for what English rules miss:
 * the candidate's own verbs and whether they tell something that happened ("atendí", "registré",
 * "he cuidado", "hicimos"), denials of experience ("no he…", "nunca", "no tengo experiencia", a
 * sentence opening on "no"), hedges, the conditional and measured changes. General rules of the
 * language — verb person and tense, negation governing a verb — never a list of expected answers.
 * The evaluation (readForeignSentence) and the probe choice (probeSignals) both read Spanish here.
 *
 * @example
 *   readSpanishSentence('Atendí a 20 residentes por turno.').ownPast   // ['Atendí']
 *   readSpanishSentence('No he trabajado nunca con demencia.').isDenial // true
 */
export function readSpanishSentence(sentence: string): TSpanishSentence {
  const reading: TSpanishSentence = {
    ownActions: [],
    ownPast: [],
    isDenial: false,
    hedges: [...sentence.matchAll(HEDGES)].map((match) => match[0]),
    hypothetical: [],
    results: [],
  };
  const terms: TTerm[] = (nlp(sentence).json() as { terms: TTerm[] }[]).flatMap((part) => part.terms);
  let isDenial = DENIAL_PHRASE.test(sentence) || OPENING_NO.test(sentence);
  const own: TTerm[] = [];
  const past: TTerm[] = [];
  terms.forEach((term, at) => {
    const word = clean(term.text).toLowerCase();
    if (!term.tags.includes('Verb') || NEGATORS.has(word) || OPINION_VERBS.has(word)) return;
    const before = terms[at - 1];
    const auxiliary = before !== undefined && /^(?:he|hemos)$/i.test(clean(before.text));
    // "en equipo", "la cena": a word after a preposition or an article is a noun, whatever its ending.
    if (
      before !== undefined &&
      !auxiliary &&
      !CONJUNCTIONS.has(clean(before.text).toLowerCase()) &&
      /Preposition|Determiner/.test(before.tags.join(','))
    )
      return;
    if (term.tags.includes('Auxiliary') || term.tags.includes('Modal')) {
      // "tengo" in "no tengo experiencia" is the verb the negation governs.
      if (!/^(?:tengo|tenemos)$/i.test(word)) return;
    }
    // The candidate's verb: first person, or a participle after "he"/"hemos".
    const isPerfect = term.tags.includes('Perfecto') && auxiliary;
    if (!isFirstPerson(term) && !isPerfect) return;
    if (term.tags.includes('Perfecto') && !auxiliary) return;
    // A negation governs the verb when it stands just before it, or before its auxiliary or pronoun.
    const governing = terms.slice(Math.max(0, at - 3), at).map((t) => clean(t.text).toLowerCase());
    const negated =
      governing.some((w) => NEGATORS.has(w)) &&
      governing
        .slice(governing.findIndex((w) => NEGATORS.has(w)) + 1)
        .every((w) =>
          /^(?:he|hemos|me|te|lo|la|los|las|le|les|se|nos|tengo|tenemos|había|habíamos)$/.test(w),
        );
    const followedByNever = clean(terms[at + 1]?.text ?? '').toLowerCase() === 'nunca';
    if (negated || followedByNever) {
      isDenial = true;
      return;
    }
    if (term.tags.includes('Conditional')) {
      reading.hypothetical.push(clean(term.text));
      return;
    }
    own.push(term);
    if (term.tags.includes('PastTense') || isPerfect) past.push(term);
  });
  // A sentence that tells what the candidate did is no denial, whatever else it says ("no
  // respiraba, así que llamé…"); one that only denies is.
  reading.isDenial = isDenial && past.length === 0;
  reading.ownActions.push(...own.map((term) => clean(term.text)));
  reading.ownPast.push(...past.map((term) => clean(term.text)));
  const change = FROM_TO.exec(sentence) ?? (CHANGE_VERB.test(sentence) ? SHARE.exec(sentence) : null);
  if (change !== null) reading.results.push(change[0]);
  else if (CHANGE_VERB.test(sentence) && /\d/.test(sentence))
    reading.results.push(CHANGE_VERB.exec(sentence)![0]);
  return reading;
}
