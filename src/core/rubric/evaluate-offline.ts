import type { TEvaluation, TQuote, TVerdict } from '../evaluation.js';
import type { TJob } from '../job.js';
import type { TResume } from '../resume.js';
import { analyzeInterview } from '../signals/analyze-interview.js';
import { describeHiddenText } from '../signals/describe-hidden-text.js';
import { describeRepeatedAnswers } from '../signals/describe-repeated-answers.js';
import type { TInterviewSignals } from '../signals/signals.js';
import type { TTranscript } from '../transcript.js';
import { assessAnswers } from './assess-answers.js';
import { assessRequirements, type TRequirementFinding } from './assess-requirements.js';
import { decideRecommendation } from './decide-recommendation.js';
import { findRedFlags } from './find-red-flags.js';
import { quoteDecisiveSentence } from './quote-decisive-sentence.js';

export type TEvaluateOfflineInput = {
  job: TJob;
  resume: TResume;
  transcript: TTranscript;
  /** The date of the evaluation (YYYY-MM-DD), so a role "to present" can be counted in years. */
  asOf?: string;
};
export type TEvaluateOfflineResult = { evaluation: TEvaluation; signals: TInterviewSignals };

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function stripFullStop(text: string): string {
  return text.replace(/[.;:\s]+$/, '');
}

function countVerdicts(verdicts: readonly TVerdict[]): Record<TVerdict, number> {
  const counts: Record<TVerdict, number> = { non_answer: 0, weak: 0, adequate: 0, strong: 0 };
  for (const verdict of verdicts) counts[verdict]++;
  return counts;
}

function describeResume(resume: TResume): string {
  const parts: string[] = [];
  const education = resume.claims.find((claim) => claim.kind === 'education');
  if (education) parts.push(`education including "${education.text}"`);
  const years = resume.claims.find((claim) => claim.kind === 'experience_years');
  if (years) parts.push(`"${years.text}"`);
  const roles = resume.claims.filter((claim) => claim.kind === 'role');
  if (roles.length > 0) parts.push(`${plural(roles.length, 'role')} (most recent: "${roles[0]!.text}")`);
  const skills = resume.claims.filter((claim) => claim.kind === 'skill');
  if (skills.length > 0) parts.push(`${plural(skills.length, 'listed skill')}`);
  return parts.length > 0
    ? `The resume lists ${parts.join('; ')}.`
    : 'The resume lists no structured claims.';
}

function describeRequirements(findings: readonly TRequirementFinding[]): string {
  const must = findings.filter((finding) => finding.priority === 'must');
  const count = (status: string) => must.filter((finding) => finding.status === status).length;
  return `Of ${plural(must.length, 'must-have requirement')}: ${count('met')} met, ${count('partial')} partial, ${count('gap')} ${count('gap') === 1 ? 'gap' : 'gaps'}, ${count('unverified')} unverified (claimed on the resume, not tested).`;
}

/**
 * The rubric engine: a whole evaluation from the signals, without a model. Deterministic — the
 * same job, resume and transcript give the same evaluation, and so the same report bytes.
 */
export function evaluateOffline({
  job,
  resume,
  transcript,
  asOf,
}: TEvaluateOfflineInput): TEvaluateOfflineResult {
  const signals = analyzeInterview({ job, resume, transcript });
  const answers = assessAnswers(job, transcript, signals);
  const requirements = assessRequirements(job, resume, transcript, signals, answers, asOf);
  const redFlags = findRedFlags(job, transcript, signals, answers);
  const scored = answers.filter((answer) => answer.type !== 'Closing');
  const decision = decideRecommendation({
    verdicts: scored.map((answer) => answer.verdict),
    turnRequirements: scored.map((answer) => answer.requirementIds),
    skipped: scored.map((answer) => signals.answers[answer.turn - 1]!.isSkip),
    requirements,
    redFlags,
  });
  const counts = countVerdicts(scored.map((answer) => answer.verdict));

  const interviewSentence =
    scored.length === 0
      ? 'The transcript holds no scored answers.'
      : `Across ${plural(scored.length, 'answer')} the interview produced ${counts.strong} strong, ${counts.adequate} adequate, ${counts.weak} weak and ${plural(counts.non_answer, 'non-answer')}.`;
  const flagSentence =
    redFlags.length === 0
      ? 'No red flags were raised.'
      : `Red flags for review: ${redFlags.map((flag) => flag.kind.replaceAll('_', ' ')).join(', ')}.`;
  const name = resume.contact.name;
  const summary = [
    `${name ?? 'The candidate'} was evaluated for ${job.title}.`,
    describeResume(resume),
    interviewSentence,
    describeRequirements(requirements),
    flagSentence,
  ].join(' ');

  const interviewBacked = requirements.filter(
    (finding) => finding.status === 'met' || finding.status === 'partial',
  );
  const resumeBacked = requirements.filter((finding) => finding.status === 'unverified');
  const strengths = [
    ...interviewBacked.map((finding) => ({
      requirementId: finding.requirementId,
      title: stripFullStop(finding.requirement),
      text: `${finding.note}${finding.interviewEvidence[0] ? ` The candidate said: "${finding.interviewEvidence[0].text}" (turn ${finding.interviewEvidence[0].turn}).` : ''}`,
    })),
    ...resumeBacked.map((finding) => ({
      requirementId: finding.requirementId,
      title: stripFullStop(finding.requirement),
      text: `The resume claims it ("${finding.resumeEvidence[0]!.text}"); the interview did not test it, so it is unverified.`,
    })),
  ];
  const gaps = [
    ...requirements
      .filter((finding) => finding.status === 'gap')
      .map((finding) => ({
        requirementId: finding.requirementId,
        title: stripFullStop(finding.requirement),
        text:
          finding.note +
          (finding.interviewEvidence[0]
            ? ` The candidate said: "${finding.interviewEvidence[0].text}" (turn ${finding.interviewEvidence[0].turn}).`
            : ''),
      })),
    ...requirements
      .filter((finding) => finding.status !== 'gap' && finding.missingTools.length > 0)
      .flatMap((finding) =>
        finding.missingTools.map((tool) => ({
          requirementId: finding.requirementId,
          title: tool,
          text: `Named in "${stripFullStop(finding.requirement)}"; neither the resume nor the interview shows ${tool}.`,
        })),
      ),
  ];
  const overview =
    `${describeRequirements(requirements)} ${resumeBacked.length > 0 ? `${plural(resumeBacked.length, 'requirement')} rest${resumeBacked.length === 1 ? 's' : ''} on the resume alone.` : ''}`.trim();

  const quoteOf = (answer: (typeof scored)[number]) =>
    quoteDecisiveSentence(answer.answer, signals.answers[answer.turn - 1]!);
  // Technical skills: what the answers showed, and what the resume claimed but the interview did not show.
  const shownTools = [...new Set(signals.answers.flatMap((answer) => answer.tools))];
  const technicalEvidence: TQuote[] = scored
    .filter((answer) => answer.verdict === 'strong' || answer.verdict === 'adequate')
    .slice(0, 3)
    .map((answer) => ({ source: 'transcript', turn: answer.turn, text: quoteOf(answer) }));
  const weakestTechnical = scored.find(
    (answer) => answer.verdict === 'non_answer' || answer.verdict === 'weak',
  );
  if (technicalEvidence.length === 0 && weakestTechnical) {
    technicalEvidence.push({
      source: 'transcript',
      turn: weakestTechnical.turn,
      text: quoteOf(weakestTechnical),
    });
  }
  const technicalSummary = [
    counts.strong + counts.adequate > 0
      ? `${counts.strong + counts.adequate} of ${scored.length} answers showed working knowledge with concrete content.`
      : `None of the ${scored.length} answers showed working knowledge with concrete content: they were non-answers, general statements, or missed what was asked.`,
    shownTools.length > 0
      ? `Tools and techniques the candidate named: ${shownTools.join(', ')}.`
      : 'The answers named no specific tools or techniques.',
    signals.undemonstratedClaims.length > 0
      ? `The resume claims more than the interview showed (${plural(signals.undemonstratedClaims.length, 'claim')} on probed topics were not borne out).`
      : '',
  ]
    .filter((part) => part.length > 0)
    .join(' ');

  // Communication: whether answers address what was asked and how clearly; never grammar or accent.
  const addressed = scored.filter((answer) => signals.answers[answer.turn - 1]!.addressesQuestion);
  const clearest = [...scored]
    .filter((answer) => answer.verdict !== 'non_answer')
    .sort((a, b) => {
      const sa = signals.answers[a.turn - 1]!;
      const sb = signals.answers[b.turn - 1]!;
      return sb.relevance + sb.specificity - (sa.relevance + sa.specificity) || a.turn - b.turn;
    })[0];
  const missed = scored.find(
    (answer) => !signals.answers[answer.turn - 1]!.addressesQuestion && answer.verdict !== 'non_answer',
  );
  const communicationEvidence: TQuote[] = [];
  if (clearest)
    communicationEvidence.push({
      source: 'transcript',
      turn: clearest.turn,
      text: quoteOf(clearest),
    });
  if (missed && missed !== clearest)
    communicationEvidence.push({ source: 'transcript', turn: missed.turn, text: quoteOf(missed) });
  const communicationSummary =
    `${addressed.length} of ${scored.length} answers addressed what was asked${counts.non_answer > 0 ? `; ${plural(counts.non_answer, 'question')} got no answer` : ''}. ` +
    (addressed.length * 2 >= scored.length
      ? 'The candidate generally engaged with the questions and explained their reasoning.'
      : 'Answers often stayed general or did not respond to the specific request (an example, a number).') +
    ' Spelling, grammar, accent and fluency are not assessed: only whether the content answers the question.';

  const justification = [
    interviewSentence,
    describeRequirements(requirements),
    // The rules in prose: "… → at best Do Not Recommend." reads as a plain sentence here.
    ...decision.reasons.map((reason) => `${reason.replace(/\s*→[^→]*$/, '')}.`),
    strengths.length > 0 && decision.recommendation === 'Do Not Recommend'
      ? `In the candidate's favour: ${strengths
          .slice(0, 2)
          .map((strength) => strength.title)
          .join('; ')}${resumeBacked.length > 0 ? ' (on the resume)' : ''}.`
      : '',
    redFlags.length > 0 ? 'Red flags are listed for a human to review; none is a rejection on its own.' : '',
  ]
    .filter((part) => part.length > 0)
    .join(' ');

  const evaluation: TEvaluation = {
    schemaVersion: 1,
    candidate: { name },
    job: { title: job.title },
    engine: { kind: 'offline', model: 'offline' },
    summary,
    alignment: { overview, strengths, gaps },
    requirements: requirements.map(
      ({ missingTools: _missing, evidenceTurns: _turns, ...assessment }) => assessment,
    ),
    technicalSkills: { summary: technicalSummary, evidence: technicalEvidence },
    communication: { summary: communicationSummary, evidence: communicationEvidence },
    redFlags,
    answers,
    recommendation: decision.recommendation,
    justification,
    policy: decision.ceiling,
    notes: [...describeHiddenText(resume), ...describeRepeatedAnswers(transcript)],
  };
  return { evaluation, signals };
}
