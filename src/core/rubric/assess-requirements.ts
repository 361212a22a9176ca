import type { TAnswerAssessment, TQuote, TRequirementAssessment, TRequirementStatus } from '../evaluation.js';
import type { TJob, TRequirement } from '../job.js';
import { classifyRequirement } from '../plan/classify-requirement.js';
import { SPOKEN_LANGUAGE_NAMES } from '../reading/identify-language.js';
import { contentLemmas } from '../reading/read-answer.js';
import type { TResume } from '../resume.js';
import { GENERIC_KEYWORDS } from '../signals/map-turns-to-requirements.js';
import { VERDICT_POINTS } from '../signals/rate-answer.js';
import type { TInterviewSignals } from '../signals/signals.js';
import { visibleResumeText } from '../signals/visible-resume-text.js';
import { findTechnologies } from '../text/find-technologies.js';
import { extractKeywords } from '../text/keywords.js';
import type { TTranscript } from '../transcript.js';
import { countRoleYears } from './count-role-years.js';
import { quoteAnswer } from './quote-answer.js';

export type TRequirementFinding = TRequirementAssessment & {
  /** Tools the requirement names that neither the resume nor the interview shows. */
  missingTools: string[];
  /** 0-based indexes of the answers that are evidence for it. */
  evidenceTurns: number[];
};

function specificOverlap(a: readonly string[], b: ReadonlySet<string>): string[] {
  return a.filter((word) => b.has(word) && !GENERIC_KEYWORDS.has(word));
}

function rankResumeClaims(requirement: TRequirement, resume: TResume): TResume['claims'] {
  const wanted = new Set(requirement.keywords);
  const tools = findTechnologies(requirement.text).map((tool) => tool.toLowerCase());
  return resume.claims
    .map((claim) => {
      const claimTools = findTechnologies(claim.text).map((tool) => tool.toLowerCase());
      const score =
        specificOverlap(claim.keywords, wanted).length +
        2 * claimTools.filter((tool) => tools.includes(tool)).length;
      return { claim, score };
    })
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.claim.id.localeCompare(b.claim.id, 'en', { numeric: true }))
    .slice(0, 3)
    .map(({ claim }) => claim);
}

/** "QTS", "BLS", "RN": a credential's short name, the same wherever the resume lists it. */
function acronymsOf(text: string): string[] {
  return text.match(/\b\p{Lu}{2,6}\b/gu) ?? [];
}

/** "Support Team Lead, 2022-03 to present". */
function describeRole(role: TResume['claims'][number]): string {
  const { title, start, end } = role.details;
  return `${title}, ${start} to ${end}`;
}

/** Languages a requirement asks the candidate to speak ("Bilingual English/Spanish", "Fluent French"). */
const LANGUAGE_ABILITY =
  /\b(?:bilingual|fluen(?:t|cy)|speak(?:s|ing)?|spoken|conversational|native|proficien(?:t|cy)\s+in|languages?)\b/i;

function languagesAskedFor(requirement: TRequirement): string[] {
  if (!LANGUAGE_ABILITY.test(requirement.text)) return [];
  return SPOKEN_LANGUAGE_NAMES.filter((name) => new RegExp(`\\b${name}\\b`, 'i').test(requirement.text));
}

/** The requirement-by-requirement evidence matrix. */
export function assessRequirements(
  job: TJob,
  resume: TResume,
  transcript: TTranscript,
  signals: TInterviewSignals,
  answers: readonly TAnswerAssessment[],
  /** The date of the evaluation (YYYY-MM-DD): a role "to present" lasts until then. */
  asOf?: string,
): TRequirementFinding[] {
  const resumeTools = new Set(findTechnologies(visibleResumeText(resume)).map((tool) => tool.toLowerCase()));
  return job.requirements.map((requirement) => {
    const wanted = new Set(requirement.keywords);
    const requirementTools = findTechnologies(requirement.text);
    const evidenceTurns = transcript.turns.flatMap((turn, index) => {
      // A skipped question is no evidence either way; the closing question tests nothing.
      if (turn.type === 'Closing' || signals.answers[index]!.isSkip) return [];
      if (signals.turnRequirements[index]!.includes(requirement.id)) return [index];
      // Unprompted evidence: an answer elsewhere that speaks to this requirement concretely.
      const answerSignals = signals.answers[index]!;
      const sharesTool = answerSignals.tools.some((tool) =>
        requirementTools.some((wantedTool) => wantedTool.toLowerCase() === tool.toLowerCase()),
      );
      const shared = specificOverlap(extractKeywords(turn.answer), wanted);
      const verdict = answers[index]!.verdict;
      return (sharesTool || shared.length >= 2) && (verdict === 'adequate' || verdict === 'strong')
        ? [index]
        : [];
    });
    // A language the job asks for is shown by substantive answers given in it; the requirement is
    // met when every language it names was spoken ("Bilingual English/Spanish" needs both).
    const languages = languagesAskedFor(requirement);
    const spokenTurns = languages.map((name) =>
      transcript.turns.flatMap((turn, index) =>
        turn.type !== 'Closing' &&
        signals.answers[index]!.languageName === name &&
        (answers[index]!.verdict === 'adequate' || answers[index]!.verdict === 'strong')
          ? [index]
          : [],
      ),
    );
    // One answer in each language is the evidence: the first given in it.
    const languageTurns =
      languages.length > 0 && spokenTurns.every((turns) => turns.length > 0)
        ? [...new Set(spokenTurns.map((turns) => turns[0]!))].sort((a, b) => a - b)
        : [];
    for (const index of languageTurns) if (!evidenceTurns.includes(index)) evidenceTurns.push(index);
    evidenceTurns.sort((a, b) => a - b);
    const interviewTools = new Set(
      evidenceTurns.flatMap((index) => signals.answers[index]!.tools.map((tool) => tool.toLowerCase())),
    );
    const allAnswerTools = new Set(
      signals.answers.flatMap((answer) => answer.tools.map((tool) => tool.toLowerCase())),
    );
    const unshown = requirementTools.filter((tool) => {
      const key = tool.toLowerCase();
      return !resumeTools.has(key) && !interviewTools.has(key) && !allAnswerTools.has(key);
    });
    // "Go or Java", "AWS or GCP": alternatives, so one shown is enough.
    const isAlternatives = /\b(?:or|either|at\s+least\s+one|such\s+as|e\.g\.|any)\b/i.test(requirement.text);
    const missingTools = isAlternatives && unshown.length < requirementTools.length ? [] : unshown;
    const resumeClaims = rankResumeClaims(requirement, resume);
    const resumeEvidence: TQuote[] = resumeClaims.map((claim) => ({ source: 'resume', text: claim.text }));
    // Best answers first: the matrix shows what the candidate could do before what they could not.
    const interviewEvidence: TQuote[] = [...evidenceTurns]
      .sort((a, b) => VERDICT_POINTS[answers[b]!.verdict] - VERDICT_POINTS[answers[a]!.verdict] || a - b)
      .filter((index) => transcript.turns[index]!.answer.trim().length > 0)
      .slice(0, 4)
      .map((index) => ({
        source: 'transcript' as const,
        turn: index + 1,
        text: quoteAnswer(
          transcript.turns[index]!.answer,
          (sentence) => specificOverlap(extractKeywords(sentence), wanted).length > 0,
        ),
      }));

    // What the interview says about it. Met only through an adequate or better answer of the
    // candidate's own experience (not "what I would do if I had to"); an answer that denies it
    // ("Honestly, I haven't run one"), or a denial of its words anywhere, makes it a gap — unless
    // an answer on it shows otherwise; two answers that contradict each other on it leave it a gap.
    const isDirect = (index: number) => signals.turnRequirements[index]!.includes(requirement.id);
    const qualifies = (index: number) => {
      const answerSignals = signals.answers[index]!;
      const verdict = answers[index]!.verdict;
      return (
        (verdict === 'adequate' || verdict === 'strong') &&
        !answerSignals.askedHypothetically &&
        answerSignals.stance !== 'negative'
      );
    };
    const wantedLemmas = new Set(contentLemmas(requirement.text));
    const deniedIn = transcript.turns.flatMap((turn, index) => {
      if (turn.type === 'Closing') return [];
      const answerSignals = signals.answers[index]!;
      if (isDirect(index) && answerSignals.stance === 'negative') return [index];
      // Denied words: two of the requirement's, or one name ("I haven't run FEA").
      const denied = answerSignals.deniedTerms.filter(
        ({ term }) => wantedLemmas.has(term) && !GENERIC_KEYWORDS.has(term) && term.length >= 3,
      );
      const deniesWords =
        denied.length >= 2 ||
        denied.some(
          ({ term }) =>
            requirementTools.some((tool) => tool.toLowerCase() === term) ||
            (/^[a-z]{2,5}$/.test(term) && requirement.text.includes(term.toUpperCase())),
        );
      return deniesWords ? [index] : [];
    });
    const contradicted = signals.contradictions.some(
      (contradiction) =>
        contradiction.kind === 'interview' &&
        contradiction.evidence.some(
          (quote) =>
            contentLemmas(quote.text).filter((l) => wantedLemmas.has(l) && !GENERIC_KEYWORDS.has(l)).length >=
            1,
        ),
    );
    const supporting = evidenceTurns.filter(qualifies);
    // The question that asks about it most directly (two or more of its own words, more than any
    // answer that supports it was asked about): when that answer hands the work to someone else or
    // denies it, answers that only touch the requirement cannot make it met.
    const directness = (index: number) =>
      specificOverlap(extractKeywords(transcript.turns[index]!.question), wanted).length;
    const mostDirect = evidenceTurns.reduce<number | undefined>(
      (found, index) => (found === undefined || directness(index) > directness(found) ? index : found),
      undefined,
    );
    const dodgedDirectly =
      mostDirect !== undefined &&
      directness(mostDirect) >= 2 &&
      supporting.every((index) => directness(index) < directness(mostDirect)) &&
      answers[mostDirect]!.verdict === 'weak' &&
      (signals.answers[mostDirect]!.deflections.length > 0 ||
        signals.answers[mostDirect]!.stance === 'negative');
    const best =
      evidenceTurns.length === 0
        ? -1
        : Math.max(...evidenceTurns.map((index) => VERDICT_POINTS[answers[index]!.verdict]));
    const supportBest =
      supporting.length === 0
        ? -1
        : Math.max(...supporting.map((index) => VERDICT_POINTS[answers[index]!.verdict]));
    const profile = classifyRequirement(requirement.text);
    // "3+ years supervising hourly teams": the resume's matching roles and their dates.
    const roleYears =
      profile.kind === 'years' && profile.years !== undefined
        ? countRoleYears(extractKeywords(profile.topic), resume, asOf)
        : undefined;
    const enoughYears =
      roleYears !== undefined && roleYears.years >= (profile.years ?? Number.POSITIVE_INFINITY);
    const credential =
      profile.kind === 'credential'
        ? resumeClaims.find(
            (claim) =>
              claim.kind === 'certification' ||
              claim.kind === 'education' ||
              acronymsOf(claim.text).some((acronym) => acronymsOf(requirement.text).includes(acronym)),
          )
        : undefined;
    const allToolsMissing = requirementTools.length > 0 && missingTools.length === requirementTools.length;
    let status: TRequirementStatus;
    let note: string;
    let shownByRoles = false;
    const turnList = (indexes: readonly number[]) => indexes.map((index) => index + 1).join(', ');
    if (contradicted) {
      status = 'gap';
      note =
        'The candidate contradicted themselves on it in the interview (see Potential Red Flags); the later account denies it.';
    } else if (languageTurns.length > 0) {
      status = 'met';
      note = `Shown in the interview: the candidate answered in ${languages.join(' and ')} (turn ${turnList(languageTurns)}).`;
    } else if (deniedIn.length > 0 && !supporting.some(isDirect)) {
      status = 'gap';
      note = `The candidate said they have not done it (turn ${turnList(deniedIn)}).`;
    } else if (dodgedDirectly && supportBest >= VERDICT_POINTS.adequate) {
      status = 'partial';
      note = `Asked about directly (turn ${mostDirect + 1}), the candidate ${signals.answers[mostDirect]!.stance === 'negative' ? 'said they have not done it' : 'handed it to someone else'}; other answers only touch it (turn ${turnList(supporting)}).`;
    } else if (supportBest >= VERDICT_POINTS.strong) {
      status = 'met';
      note = `Demonstrated in the interview (turn ${turnList(supporting)}) with a strong answer.`;
    } else if (supportBest === VERDICT_POINTS.adequate) {
      status = resumeEvidence.length > 0 ? 'met' : 'partial';
      note =
        status === 'met'
          ? `An adequate answer in the interview (turn ${turnList(supporting)}) supports what the resume claims.`
          : `An adequate answer in the interview (turn ${turnList(supporting)}); the resume does not mention it.`;
    } else if (best >= VERDICT_POINTS.adequate) {
      status = 'partial';
      note = `Only a hypothetical answer in the interview (turn ${turnList(evidenceTurns)}): what the candidate would do, not what they have done.`;
    } else if (best >= 0) {
      status = 'gap';
      note = `Probed in the interview (turn ${turnList(evidenceTurns)}); no answer was better than ${best === 0 ? 'a non-answer' : 'weak'}.`;
    } else if (allToolsMissing) {
      status = 'gap';
      note = `Neither the resume nor the interview shows ${missingTools.join(' or ')}.`;
    } else if (credential !== undefined) {
      // A licence, certification or degree is checked against its document, never in an
      // interview: the resume listing it, with nothing in the interview against it, meets it.
      status = 'met';
      note = `The resume lists it ("${credential.text}"); check the document itself, which an interview cannot do.`;
    } else if (enoughYears) {
      status = 'met';
      shownByRoles = true;
      note = `The resume's dated roles (${roleYears.roles.map(describeRole).join('; ')}) cover the ${profile.years}+ years asked; the interview did not test it.`;
    } else if (resumeEvidence.length > 0) {
      status = 'unverified';
      note = 'Claimed on the resume; the interview did not test it.';
    } else {
      status = 'gap';
      note = 'Neither the resume nor the interview shows it.';
    }
    // A requirement that names tools is not met while some of them are shown nowhere.
    if (status === 'met' && missingTools.length > 0 && !allToolsMissing) status = 'partial';
    if (missingTools.length > 0 && !allToolsMissing) {
      note += ` Not shown anywhere: ${missingTools.join(', ')}.`;
    }
    return {
      requirementId: requirement.id,
      requirement: requirement.text,
      priority: requirement.priority,
      status,
      resumeEvidence:
        shownByRoles && roleYears !== undefined
          ? [
              ...roleYears.roles.map((role) => ({ source: 'resume' as const, text: role.text })),
              ...resumeEvidence.filter((quote) => !roleYears.roles.some((role) => role.text === quote.text)),
            ].slice(0, 3)
          : resumeEvidence,
      interviewEvidence,
      note,
      missingTools,
      evidenceTurns,
    };
  });
}
