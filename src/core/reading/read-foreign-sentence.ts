import type { TReadAnswerContext, TSentenceCore } from './read-answer.js';
import { readSpanishSentence } from './read-spanish-sentence.js';

type TLanguageRules = {
  /**
   * The candidate denying something of their own: a negator on a first-person verb in the same
   * clause ("no he usado", "nunca lo hice", "je n'ai jamais", "ich habe das nie gemacht"). A
   * negation about someone else ("una familia no habla inglés") is not the candidate's denial.
   * Spanish has none: its grammar reader (readSpanishSentence) knows which verb a negation governs.
   */
  ownNegation?: RegExp;
  /** A first-person action: the pronoun and its verb, or a first-person verb form. */
  firstPerson: RegExp;
  /** First person plural: "hicimos", "nous vérifions", "on note", "wir prüfen". */
  firstPersonPlural: RegExp;
  /** Conditional mood: "haría", "je ferais", "würde". */
  hypothetical: RegExp;
  hedges: RegExp;
  /** A verb in a past tense: something that happened. */
  past: RegExp;
  /**
   * Work handed to someone else: a person or group doing, deciding or owning it ("el equipo de la
   * plataforma se encarga", "mon manager a décidé", "das Team kümmert sich darum"), a decision
   * named as theirs, a vendor used for it, or the candidate never touching it.
   */
  handOff: RegExp;
  /** Numbers spelled out ("doce semanas", "deux heures", "drei Wochen"); "one" alone is a pronoun as often as a number. */
  spelledNumbers: RegExp;
};

const WRITTEN_RULES: Record<string, TLanguageRules> = {
  es: {
    firstPerson:
      /\b(?:yo\s+\p{L}+|me\s+\p{L}+|lo\s+\p{L}+é|les?\s+(?:digo|explico|pido)|mi\s+papel|\p{L}{3,}(?<!qu|aqu|as|ah|caf|beb|s)[éí])\b/giu,
    firstPersonPlural: /\b(?:nosotros\s+\p{L}+|\p{L}{3,}(?:amos|emos|imos))\b/giu,
    hypothetical: /\b\p{L}+(?:ría|rías|ríamos|rían)\b|\bsi\s+(?:tuviera|pudiera)/iu,
    past: /\b(?:\p{L}{3,}(?:é|ó|aron|ieron|aba|ía)|fue|hubo|hicimos|vi|paré)\b/iu,
    hedges: /\b(?:creo\s+que|quizás?|tal\s+vez|más\s+o\s+menos|no\s+estoy\s+segur[oa]|supongo)\b/giu,
    spelledNumbers:
      /\b(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieci\p{L}+|veinte|veinti\p{L}+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|doscientos|trescientos|quinientos|mil|media\s+docena|docena)(?:\s+y\s+(?:uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve))?\b(?!\s+de\s+(?:ellos|ellas|nosotros))/giu,
    handOff:
      /\b(?:mi|mis|nuestro|nuestra|el|la|los|las|su|sus)\s+(?:jef[ea]s?|gerentes?|director(?:a|es)?|equipos?|proveedor(?:a|es)?|manager|responsables?|departamento|área|consultor(?:a|es)?|abogad[oa]s?|supervisor(?:a|es)?)\b[^.;:!?]{0,60}?\b(?:se\s+encarga(?:n|ba|ron)?|decid(?:e|en|ió|ieron)|llev(?:a|an|ó|aron)|manej(?:a|an|ó)|gestion(?:a|an|ó)|hac(?:e|en)|hizo|ejecut(?:a|an|ó)|despliega(?:n)?|aprueba(?:n)?|aprobó)\b|\b(?:lo|la|eso)\s+(?:decid(?:e|ió)|hac(?:e|en)|hizo|llev(?:a|ó)|manej(?:a|ó)|gestion(?:a|ó))\s+(?:mi|el|la|nuestro|nuestra|un|una|otr[oa])\s+\p{L}+|\b(?:es|era|fue)\s+(?:decisión|cosa|trabajo|responsabilidad)\s+(?:de|del)\s+\p{L}+|\busamos\s+(?:un|una)\s+(?:proveedor|proveedora|empresa|servicio)\b|\bno\s+(?:necesito|tengo\s+que)\s+tocarl[oa]|\bno\s+(?:estuve|estaba)\s+involucrad[oa]/iu,
  },
  fr: {
    ownNegation: /\bje\s+(?:ne|n['’])|\bmoi\s+non\s+plus\b|\bjamais\s+je\b/iu,
    firstPerson:
      /\b(?:je\s+(?:les?\s+|la\s+|l['’]|leur\s+|me\s+|ne\s+)?\p{L}+|j['’]\p{L}+|moi,?\s+je\s+\p{L}+)/giu,
    firstPersonPlural: /\b(?:nous\s+\p{L}+|on\s+(?:les?\s+|la\s+|l['’]|ne\s+|n['’])?\p{L}+)/giu,
    hypothetical: /\b\p{L}+(?:rais|rait|rions|raient)\b|\bsi\s+j['’]avais/iu,
    past: /\b(?:j['’]ai|on\s+a|nous\s+avons|il\s+a|elle\s+a|a\s+été|était|avait)\b/iu,
    hedges: /\b(?:je\s+pense|peut-être|je\s+crois|à\s+peu\s+près|je\s+ne\s+suis\s+pas\s+sûr)\b/giu,
    spelledNumbers:
      /\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|mille|dizaine|douzaine|quinzaine|vingtaine|centaine)(?:[-\s]et[-\s]un(?:e)?|-\p{L}+)?\b(?!\s+d['’]entre)/giu,
    handOff:
      /\b(?:mon|ma|mes|notre|nos|le|la|les|leur|l['’])\s*(?:chefs?|manager|managers|responsables?|directeur|directrice|équipes?|prestataires?|fournisseurs?|service|consultants?|avocats?)\b[^.;:!?]{0,60}?\b(?:s['’]en\s+occupe(?:nt)?|gère(?:nt)?|a\s+décidé|décide(?:nt)?|fait|font|déploie(?:nt)?|valide(?:nt)?)\b|\bc['’](?:est|était)\s+(?:la\s+)?(?:décision|responsabilité|travail)\s+d(?:e|u|['’])\s*\p{L}+|\bon\s+utilise\s+un\s+(?:prestataire|fournisseur)\b|\bje\s+n['’]ai\s+pas\s+besoin\s+d['’]y\s+toucher/iu,
  },
  de: {
    ownNegation:
      /\bich\b[^,.;:!?]{0,40}?\b(?:nicht|nie|niemals|kein\p{L}*|nichts)\b|\b(?:nicht|nie|niemals|kein\p{L}*)\b[^,.;:!?]{0,20}?\bich\b/iu,
    firstPerson: /\b(?:ich\s+\p{L}+|mich\s+\p{L}+)/giu,
    firstPersonPlural: /\b(?:wir\s+\p{L}+)/giu,
    hypothetical: /\b(?:würde|würden|könnte|hätte)\b/iu,
    past: /\b(?:habe|hatte|haben|war|waren|wurde)\b/iu,
    hedges: /\b(?:ich\s+glaube|vielleicht|wahrscheinlich|ungefähr|ich\s+denke)\b/giu,
    spelledNumbers:
      /\b(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\p{L}*zehn|zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|tausend|\p{L}+und(?:zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig))\b(?!\s+von\s+(?:ihnen|uns))/giu,
    handOff:
      /\b(?:mein|meine|unser|unsere|das|der|die)\s+(?:Chef(?:in)?|Manager(?:in)?|Vorgesetzte[rn]?|Team|Abteilung|Dienstleister|Lieferant|Berater(?:in)?|Leiter(?:in)?)\b[^.;:!?]{0,60}?\b(?:kümmert\s+sich|kümmern\s+sich|entscheidet|hat\s+entschieden|macht|machen|übernimmt|übernehmen|betreibt)\b|\b(?:das\s+)?(?:ist|war)\s+(?:die\s+)?(?:Entscheidung|Aufgabe|Sache)\s+(?:von|des|der|meines|meiner)\b|\bwir\s+nutzen\s+(?:einen|eine)\s+(?:Dienstleister|Anbieter)\b|\bmuss\s+ich\s+nicht\s+anfassen/iu,
  },
};

/**
 * JavaScript's `\b` knows only ASCII letters, so "atendí " or "würde " has no word boundary after
 * its last letter; the rules are written with `\b` and compiled with a boundary that knows every
 * letter and digit.
 */
const UNICODE_BOUNDARY = '(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))';

function withUnicodeBoundaries(pattern: RegExp): RegExp {
  const flags = pattern.flags.includes('u') ? pattern.flags : `${pattern.flags}u`;
  return new RegExp(pattern.source.replaceAll('\\b', UNICODE_BOUNDARY), flags);
}

const RULES: Record<string, TLanguageRules> = Object.fromEntries(
  Object.entries(WRITTEN_RULES).map(([language, rules]) => [
    language,
    Object.fromEntries(
      Object.entries(rules).map(([name, pattern]) => [name, withUnicodeBoundaries(pattern)]),
    ) as TLanguageRules,
  ]),
);

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
  const handOff = rules.handOff.exec(text);
  if (language === 'es') {
    // Spanish has a reader of its grammar (verb person and tense, what a negation governs): the
    // candidate's own verbs, stories, denials and the conditional come from it.
    const spanish = readSpanishSentence(text);
    const owned = spanish.ownActions.length > 0;
    return {
      isNegated: spanish.isDenial,
      negatedTerms: spanish.isDenial ? topicTerms : [],
      agent:
        handOff && !owned ? 'other' : owned ? (own.length > 0 || ours.length === 0 ? 'self' : 'we') : 'none',
      isHypothetical: spanish.hypothetical.length > 0 || rules.hypothetical.test(text),
      deflections: handOff ? [handOff[0]] : [],
      ownedActions: spanish.isDenial ? [] : spanish.ownActions,
      namedTerms,
      topicTerms,
      nouns: [],
      isNoneOf: false,
      domainTerms,
      hedges: [...new Set([...text.matchAll(rules.hedges)].map((match) => match[0]).concat(spanish.hedges))],
      spelledNumbers: [...text.matchAll(rules.spelledNumbers)].map((match) => match[0]),
      isProcedure: false,
      isPast: rules.past.test(text) || spanish.ownPast.length > 0,
      ownedPast: spanish.ownPast.length > 0,
      results: spanish.results,
    };
  }
  const isNegated =
    rules.ownNegation?.test(text) === true || /^\W*(?:no|non|nein|nunca|jamais|nie)\b/iu.test(text);
  return {
    isNegated,
    negatedTerms: isNegated ? topicTerms : [],
    agent: handOff && own.length === 0 ? 'other' : own.length > 0 ? 'self' : ours.length > 0 ? 'we' : 'none',
    isHypothetical: rules.hypothetical.test(text),
    deflections: handOff ? [handOff[0]] : [],
    ownedActions: isNegated ? [] : [...own, ...ours],
    namedTerms,
    topicTerms,
    nouns: [],
    isNoneOf: false,
    domainTerms,
    hedges: [...text.matchAll(rules.hedges)].map((match) => match[0]),
    spelledNumbers: [...text.matchAll(rules.spelledNumbers)].map((match) => match[0]),
    isProcedure: false,
    isPast: rules.past.test(text),
    ownedPast: rules.past.test(text) && own.length + ours.length > 0,
  };
}
