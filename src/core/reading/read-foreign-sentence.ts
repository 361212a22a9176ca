import type { TReadAnswerContext, TSentenceCore } from './read-answer.js';

type TLanguageRules = {
  /** Words that deny. */
  negators: RegExp;
  /** A first-person action: the pronoun and its verb, or a first-person verb form. */
  firstPerson: RegExp;
  /** First person plural: "hicimos", "nous vérifions", "on note", "wir prüfen". */
  firstPersonPlural: RegExp;
  /** Conditional mood: "haría", "je ferais", "würde". */
  hypothetical: RegExp;
  hedges: RegExp;
  /** A verb in a past tense: something that happened. */
  past: RegExp;
};

const RULES: Record<string, TLanguageRules> = {
  es: {
    negators: /\b(?:no|nunca|jamás|nada|ningún|ninguna|ninguno|tampoco)\b/iu,
    firstPerson:
      /\b(?:yo\s+\p{L}+|me\s+\p{L}+|lo\s+\p{L}+é|les?\s+(?:digo|explico|pido)|mi\s+papel|\p{L}{3,}(?<!qu|aqu|as|ah|caf|beb|s)[éí])\b/giu,
    firstPersonPlural: /\b(?:nosotros\s+\p{L}+|\p{L}{3,}(?:amos|emos|imos))\b/giu,
    hypothetical: /\b\p{L}+(?:ría|rías|ríamos|rían)\b|\bsi\s+(?:tuviera|pudiera)/iu,
    past: /\b(?:\p{L}{3,}(?:é|ó|aron|ieron|aba|ía)|fue|hubo|hicimos|vi|paré)\b/iu,
    hedges: /\b(?:creo\s+que|quizás?|tal\s+vez|más\s+o\s+menos|no\s+estoy\s+segur[oa]|supongo)\b/giu,
  },
  fr: {
    negators: /\b(?:ne|n['’]|pas|jamais|rien|aucun|aucune|personne|non)\b/iu,
    firstPerson:
      /\b(?:je\s+(?:les?\s+|la\s+|l['’]|leur\s+|me\s+|ne\s+)?\p{L}+|j['’]\p{L}+|moi,?\s+je\s+\p{L}+)/giu,
    firstPersonPlural: /\b(?:nous\s+\p{L}+|on\s+(?:les?\s+|la\s+|l['’]|ne\s+|n['’])?\p{L}+)/giu,
    hypothetical: /\b\p{L}+(?:rais|rait|rions|raient)\b|\bsi\s+j['’]avais/iu,
    past: /\b(?:j['’]ai|on\s+a|nous\s+avons|il\s+a|elle\s+a|a\s+été|était|avait)\b/iu,
    hedges: /\b(?:je\s+pense|peut-être|je\s+crois|à\s+peu\s+près|je\s+ne\s+suis\s+pas\s+sûr)\b/giu,
  },
  de: {
    negators: /\b(?:nicht|nie|niemals|kein|keine|keinen|keiner|nichts)\b/iu,
    firstPerson: /\b(?:ich\s+\p{L}+|mich\s+\p{L}+)/giu,
    firstPersonPlural: /\b(?:wir\s+\p{L}+)/giu,
    hypothetical: /\b(?:würde|würden|könnte|hätte)\b/iu,
    past: /\b(?:habe|hatte|haben|war|waren|wurde)\b/iu,
    hedges: /\b(?:ich\s+glaube|vielleicht|wahrscheinlich|ungefähr|ich\s+denke)\b/giu,
  },
};

/** Acronyms, codes and names written inside a sentence ("E-stop", "HACCP", "Food Code", "CPOMS"). */
function findNamedTerms(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(/(?<=[\s(«"“])(\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*)*)/gu))
    names.add(match[1]!);
  for (const match of text.matchAll(/\b(\p{Lu}{2,}[\p{L}\d]*|\p{L}+-\p{L}+|\p{L}+\d+\p{L}*)\b/gu))
    names.add(match[1]!);
  return [...names];
}

/**
 * A sentence in Spanish, French or German, read for what can be read without a full model of the
 * language: negation, first-person actions, the conditional, hedges, named terms and the words it
 * shares with the question and the job. In any other language only names and topic words are read.
 * Never a judgement of the language itself.
 */
export function readForeignSentence(
  text: string,
  language: string,
  context: TReadAnswerContext,
): TSentenceCore {
  const rules = RULES[language];
  const words = text.toLowerCase().match(/[\p{L}\d]+(?:[-'’][\p{L}\d]+)*/gu) ?? [];
  // Without a model of the language, its longer words stand in for its terms of substance.
  const domainTerms = [...new Set(words.filter((word) => word.length >= 5 && !/\d/.test(word)))];
  const topicTerms = [
    ...new Set(words.filter((word) => context.topicLemmas.has(word) || context.domainLemmas.has(word))),
  ];
  const namedTerms = findNamedTerms(text);
  if (!rules) {
    return {
      isNegated: false,
      negatedTerms: [],
      agent: 'none',
      isHypothetical: false,
      deflections: [],
      ownedActions: [],
      namedTerms,
      topicTerms,
      nouns: [],
      isNoneOf: false,
      domainTerms: [],
      hedges: [],
      spelledNumbers: [],
      isProcedure: false,
      isPast: false,
      ownedPast: false,
    };
  }
  const own = [...text.matchAll(rules.firstPerson)].map((match) => match[0]);
  const ours = [...text.matchAll(rules.firstPersonPlural)].map((match) => match[0]);
  const isNegated =
    rules.negators.test(text) && (own.length > 0 || /^\W*(?:no|non|nein|nunca|jamais|nie)\b/iu.test(text));
  return {
    isNegated,
    negatedTerms: isNegated ? topicTerms : [],
    agent: own.length > 0 ? 'self' : ours.length > 0 ? 'we' : 'none',
    isHypothetical: rules.hypothetical.test(text),
    deflections: [],
    ownedActions: isNegated ? [] : [...own, ...ours],
    namedTerms,
    topicTerms,
    nouns: [],
    isNoneOf: false,
    domainTerms,
    hedges: [...text.matchAll(rules.hedges)].map((match) => match[0]),
    spelledNumbers: [],
    isProcedure: false,
    isPast: rules.past.test(text),
    ownedPast: rules.past.test(text) && own.length + ours.length > 0,
  };
}
