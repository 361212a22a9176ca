import { CandorError } from '../candor-error.js';
import type { TJob, TRequirement } from '../job.js';
import type { TClaim, TClaimKind, TResume } from '../resume.js';
import { classifyRequirement, type TRequirementProfile } from './classify-requirement.js';
import { findImpactMeasures } from './find-impact-measures.js';
import {
  CLOSING_MINUTES,
  DEFAULT_BUDGET,
  DEFAULT_CLOSING_QUESTION,
  type TInterviewBudget,
  type TInterviewPlan,
  type TPlannedQuestion,
  type TPlannedQuestionType,
  ZInterviewBudget,
} from './interview-plan.js';
import { matchClaims, matchKeys, type TClaimMatch } from './match-claims.js';
import {
  type TWordedQuestion,
  wordClaimQuestion,
  wordGroupQuestion,
  wordOpenQuestion,
  wordRequirementQuestion,
} from './question-templates.js';
import { SPANISH_CLOSING_QUESTION, wordQuestionInSpanish } from './word-question-in-spanish.js';

export type TPlanInterviewInput = {
  job: TJob;
  resume: TResume;
  /** Overrides of the default budget (7 questions, 25 minutes, 2 probes a question). */
  budget?: Partial<TInterviewBudget>;
  /** The interview's language (ISO 639-1); English by default. */
  language?: string;
};

/** At most this many "Resume" questions: the rest of the budget goes to the job. */
const MAX_RESUME_QUESTIONS = 2;
/** A claim backs a requirement when they share at least one fairly rare keyword. */
const MIN_MATCH_SCORE = 0.5;
/** Requirements this similar may share a question even when the budget is not forcing it. */
const RELATED_SIMILARITY = 0.25;

/** How worth probing a claim is by kind: things the candidate did beat things they list. */
const CLAIM_KIND_WEIGHT: Record<TClaimKind, number> = {
  achievement: 1,
  experience_years: 0.6,
  role: 0.5,
  certification: 0.5,
  skill: 0,
  education: 0,
};

/** The forms a question on a requirement takes. */
type TRequirementForm = 'JD' | 'Behavioral' | 'Situational';

type TDraft = {
  type: TPlannedQuestionType;
  worded: TWordedQuestion;
  requirementIds: string[];
  claimIds: string[];
  /** 0: covers a must-have; 1: a Resume question; 2: the rest. Questions are asked in this order. */
  tier: number;
  /** Position of the first requirement (or claim) it covers, to keep document order within a tier. */
  order: number;
};

function resolveBudget(overrides: Partial<TInterviewBudget> | undefined): TInterviewBudget {
  const result = ZInterviewBudget.safeParse({ ...DEFAULT_BUDGET, ...overrides });
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.join('.') ?? 'budget';
    throw new CandorError(
      'invalid_argument',
      `Invalid interview budget: ${field} ${issue?.message ?? ''}`.trim(),
      {
        location: `budget.${field}`,
      },
    );
  }
  return result.data;
}

/** A group of requirements with what `similarity` needs, computed once per group. */
type TGroup = {
  members: TRequirement[];
  keys: Set<string>;
  kinds: Set<string | undefined>;
};

function similarity(a: TGroup, b: TGroup) {
  const [small, large] = a.keys.size <= b.keys.size ? [a.keys, b.keys] : [b.keys, a.keys];
  let shared = 0;
  for (const key of small) if (large.has(key)) shared++;
  const union = a.keys.size + b.keys.size - shared;
  let sameKind = false;
  for (const kind of a.kinds) if (b.kinds.has(kind)) sameKind = true;
  // Licences and conditions (schedules, eligibility) are asked in their own shape: they share a
  // question only with their own kind, unless nothing else is left to merge.
  const separate = (kinds: Set<string | undefined>) =>
    [...kinds].some((kind) => kind === 'credential' || kind === 'condition');
  const apart =
    !sameKind || a.kinds.size > 1 || b.kinds.size > 1 ? separate(a.kinds) || separate(b.kinds) : false;
  // Pairs first: a question that covers three or four requirements is hard to answer well.
  const sizePenalty = 0.6 * (a.members.length + b.members.length - 2);
  return (union === 0 ? 0 : shared / union) + (sameKind ? 0.2 : 0) - sizePenalty - (apart ? 1.5 : 0);
}

/**
 * Merges the most similar requirements until there are at most `limit` groups. With `force`
 * it merges whatever it must (every must-have needs a question); without, only related ones.
 *
 * Each merge takes the most similar pair (ties: the earliest pair in document order). Every group
 * remembers its best partner among the groups after it, so a merge recomputes only the rows it
 * touched: near n² similarity computations in all rather than n³.
 */
function groupRequirements(
  requirements: readonly TRequirement[],
  limit: number,
  force: boolean,
  profiles: Map<string, TRequirementProfile>,
  keysOf: Map<string, Set<string>>,
): TRequirement[][] {
  if (limit <= 0) return [];
  const position = new Map(requirements.map((requirement, index) => [requirement.id, index]));
  const groups: (TGroup | undefined)[] = requirements.map((requirement) => ({
    members: [requirement],
    keys: keysOf.get(requirement.id) ?? new Set<string>(),
    kinds: new Set([profiles.get(requirement.id)?.kind]),
  }));
  const count = groups.length;
  let alive = count;
  // best[a]: the most similar group after a (ties: the earliest), or none.
  const bestScore = new Float64Array(count).fill(Number.NEGATIVE_INFINITY);
  const bestPartner = new Int32Array(count).fill(-1);
  const recompute = (a: number) => {
    const group = groups[a];
    bestScore[a] = Number.NEGATIVE_INFINITY;
    bestPartner[a] = -1;
    if (group === undefined) return;
    for (let b = a + 1; b < count; b++) {
      const other = groups[b];
      if (other === undefined) continue;
      const score = similarity(group, other);
      if (bestPartner[a] === -1 || score > (bestScore[a] ?? 0)) {
        bestScore[a] = score;
        bestPartner[a] = b;
      }
    }
  };
  for (let a = 0; a < count; a++) recompute(a);
  while (alive > limit) {
    // The first two groups unless some pair scores above -1, as a scan from -1 would pick.
    let i = -1;
    let j = -1;
    let score = -1;
    for (let a = 0; a < count; a++) {
      if (groups[a] === undefined) continue;
      if (i === -1) i = a;
      else if (j === -1) j = a;
      if (bestPartner[a] !== -1 && (bestScore[a] ?? 0) > score) {
        score = bestScore[a] ?? 0;
        i = a;
        j = bestPartner[a] ?? -1;
      }
    }
    if (!force && score < RELATED_SIMILARITY) break;
    const first = groups[i];
    const second = groups[j];
    if (first === undefined || second === undefined) break;
    groups[i] = {
      members: [...first.members, ...second.members].sort(
        (x, y) => (position.get(x.id) ?? 0) - (position.get(y.id) ?? 0),
      ),
      keys: new Set([...first.keys, ...second.keys]),
      kinds: new Set([...first.kinds, ...second.kinds]),
    };
    groups[j] = undefined;
    alive--;
    const merged = groups[i];
    if (merged === undefined) break;
    recompute(i);
    for (let a = 0; a < j; a++) {
      if (a === i || groups[a] === undefined) continue;
      const partner = bestPartner[a];
      if (partner === i || partner === j) {
        recompute(a);
      } else if (a < i) {
        const candidate = groups[a];
        if (candidate === undefined) continue;
        const withMerged = similarity(candidate, merged);
        if (withMerged > (bestScore[a] ?? 0) || (withMerged === bestScore[a] && i < (partner ?? -1))) {
          bestScore[a] = withMerged;
          bestPartner[a] = i;
        }
      }
    }
  }
  return groups
    .filter((group): group is TGroup => group !== undefined)
    .slice(0, limit)
    .map((group) => group.members);
}

function claimsFor(
  requirementIds: readonly string[],
  matches: readonly TClaimMatch[],
  claims: readonly TClaim[],
) {
  const best = new Map<string, number>();
  for (const match of matches) {
    if (!requirementIds.includes(match.requirementId) || match.score < MIN_MATCH_SCORE) continue;
    best.set(match.claimId, Math.max(best.get(match.claimId) ?? 0, match.score));
  }
  const order = new Map(claims.map((claim, index) => [claim.id, index]));
  return [...best.entries()]
    .sort((a, b) => b[1] - a[1] || (order.get(a[0]) ?? 0) - (order.get(b[0]) ?? 0))
    .slice(0, 3)
    .map(([id]) => id)
    .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

/** The claims most worth a "Resume" question: things the candidate did that back must-haves. */
function rankClaims(job: TJob, claims: readonly TClaim[], matches: readonly TClaimMatch[]): TClaim[] {
  const priority = new Map(job.requirements.map((requirement) => [requirement.id, requirement.priority]));
  const scored = claims
    .map((claim, index) => {
      let score = 0;
      for (const match of matches) {
        if (match.claimId !== claim.id || match.score < MIN_MATCH_SCORE) continue;
        score += match.score * (priority.get(match.requirementId) === 'must' ? 2 : 1);
      }
      return { claim, index, score: score * CLAIM_KIND_WEIGHT[claim.kind] };
    })
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index);
  const chosen: TClaim[] = [];
  for (const { claim } of scored) {
    if (chosen.length === MAX_RESUME_QUESTIONS) break;
    // A second claim that says much the same as the first would waste a question.
    const keys = matchKeys(claim.keywords, claim.text);
    const isNearDuplicate = chosen.some((other) => {
      const otherKeys = matchKeys(other.keywords, other.text);
      let shared = 0;
      for (const key of keys) if (otherKeys.has(key)) shared++;
      return shared / Math.max(1, Math.min(keys.size, otherKeys.size)) > 0.5;
    });
    if (!isNearDuplicate) chosen.push(claim);
  }
  return chosen;
}

/** Spreads the budget's minutes (less the closing question's) over the questions, in half minutes. */
function allocateMinutes(count: number, budget: TInterviewBudget): number[] {
  const halves = Math.floor((budget.minutes - CLOSING_MINUTES) * 2);
  const base = Math.floor(halves / count);
  const extra = halves % count;
  return Array.from({ length: count }, (_, index) => (base + (index < extra ? 1 : 0)) / 2);
}

function hasPurpose(topic: string): boolean {
  return /\b(?:for|in|into|to|on|under)\b/.test(topic);
}

/**
 * Plans a structured interview from a job's requirements and a resume's claims. Deterministic:
 * the same input gives the same plan.
 *
 * - Must-haves come first, and every must-have is covered: when the budget has fewer questions
 *   than must-haves, the most closely related ones share a question.
 * - Claims that back the job's requirements get "Resume" questions (two at most).
 * - One must-have is asked as a Behavioral question and one as a Situational question where
 *   requirements of a fitting kind exist; soft skills are always Behavioral.
 * - Nice-to-haves take the questions that are left.
 */
export function planInterview(input: TPlanInterviewInput): TInterviewPlan {
  const { job, resume } = input;
  const budget = resolveBudget(input.budget);
  const profiles = new Map(
    job.requirements.map((requirement) => [requirement.id, classifyRequirement(requirement.text)]),
  );
  const keysOf = new Map(
    job.requirements.map((requirement) => [
      requirement.id,
      matchKeys(requirement.keywords, requirement.text),
    ]),
  );
  const position = new Map(job.requirements.map((requirement, index) => [requirement.id, index]));
  const matches = matchClaims(job.requirements, resume.claims);
  const musts = job.requirements.filter((requirement) => requirement.priority === 'must');
  const nices = job.requirements.filter((requirement) => requirement.priority === 'nice');

  // One Resume question is kept even when must-haves fill the budget (from four questions up):
  // checking what the resume claims is half of a screen.
  const claimCandidates = rankClaims(job, resume.claims, matches);
  const reservedForResume = claimCandidates.length > 0 && budget.maxQuestions >= 4 ? 1 : 0;
  const mustGroups = groupRequirements(
    musts,
    budget.maxQuestions - reservedForResume,
    true,
    profiles,
    keysOf,
  );
  let remaining = budget.maxQuestions - mustGroups.length;

  // The slots left go to Resume questions and nice-to-haves, alternating, Resume first.
  let resumeSlots = 0;
  let niceSlots = 0;
  for (let slot = 0; remaining > 0; slot++) {
    const wantsResume = resumeSlots < claimCandidates.length;
    const wantsNice = niceSlots < nices.length;
    if (!wantsResume && !wantsNice) break;
    if (wantsResume && (slot % 2 === 0 || !wantsNice)) resumeSlots++;
    else niceSlots++;
    remaining--;
  }
  const niceGroups = groupRequirements(nices, niceSlots, false, profiles, keysOf);

  // Which groups take the Behavioral and Situational forms.
  const single = (group: readonly TRequirement[]) => (group.length === 1 ? group[0] : undefined);
  const kindOf = (requirement: TRequirement | undefined) =>
    requirement === undefined ? undefined : profiles.get(requirement.id)?.kind;
  const forms = new Map<TRequirement[], TRequirementForm>();
  for (const group of [...mustGroups, ...niceGroups])
    if (kindOf(single(group)) === 'soft') forms.set(group, 'Behavioral');
  const hasForm = (type: TRequirementForm) => [...forms.values()].includes(type);
  const pick = (
    groups: TRequirement[][],
    test: (requirement: TRequirement, profile: TRequirementProfile) => boolean,
  ) =>
    groups.find((group) => {
      const requirement = single(group);
      const profile = requirement === undefined ? undefined : profiles.get(requirement.id);
      return (
        requirement !== undefined && profile !== undefined && !forms.has(group) && test(requirement, profile)
      );
    });
  if (!hasForm('Behavioral')) {
    const group = pick(mustGroups, (_, profile) => profile.kind === 'experience');
    if (group !== undefined) forms.set(group, 'Behavioral');
  }
  const situational =
    pick(mustGroups, (_, profile) => profile.kind === 'knowledge' && hasPurpose(profile.topic)) ??
    pick(mustGroups, (_, profile) => profile.kind === 'knowledge') ??
    pick(niceGroups, (_, profile) => profile.kind === 'knowledge' || profile.kind === 'experience') ??
    pick(mustGroups, (_, profile) => profile.kind === 'experience');
  if (situational !== undefined) forms.set(situational, 'Situational');

  const drafts: TDraft[] = [];
  const addGroup = (group: TRequirement[], tier: number) => {
    const requirementIds = group.map((requirement) => requirement.id);
    const first = group[0];
    if (first === undefined) return;
    const form = forms.get(group) ?? 'JD';
    const worded =
      group.length === 1
        ? wordRequirementQuestion(profiles.get(first.id) ?? classifyRequirement(first.text), first.text, form)
        : wordGroupQuestion(
            group.map((requirement) => profiles.get(requirement.id) ?? classifyRequirement(requirement.text)),
          );
    drafts.push({
      type: form,
      worded,
      requirementIds,
      claimIds: claimsFor(requirementIds, matches, resume.claims),
      tier,
      order: position.get(first.id) ?? 0,
    });
  };
  for (const group of mustGroups) addGroup(group, 0);
  claimCandidates.slice(0, resumeSlots).forEach((claim, index) => {
    const backed = matches
      .filter((match) => match.claimId === claim.id && match.score >= MIN_MATCH_SCORE)
      .sort(
        (a, b) =>
          b.score - a.score || (position.get(a.requirementId) ?? 0) - (position.get(b.requirementId) ?? 0),
      )
      .slice(0, 3)
      .map((match) => match.requirementId)
      .sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
    const coversMust = backed.some((id) => musts.some((requirement) => requirement.id === id));
    drafts.push({
      type: 'Resume',
      worded: wordClaimQuestion(claim),
      requirementIds: backed,
      claimIds: [claim.id],
      tier: coversMust ? 1 : 2,
      order: index,
    });
  });
  for (const group of niceGroups) addGroup(group, 3);
  if (drafts.length === 0) {
    drafts.push({
      type: 'Behavioral',
      worded: wordOpenQuestion(),
      requirementIds: [],
      claimIds: [],
      tier: 0,
      order: 0,
    });
  }

  drafts.sort((a, b) => a.tier - b.tier || a.order - b.order);
  const minutes = allocateMinutes(drafts.length, budget);
  const language = input.language ?? 'en';
  // In Spanish the questions quote what they are about; topics and rubrics stay for the recruiter.
  const textOf = (draft: TDraft) => {
    if (language !== 'es') return draft.worded.text;
    const requirements = draft.requirementIds.flatMap((id) => {
      const requirement = job.requirements.find((candidate) => candidate.id === id);
      if (requirement === undefined) return [];
      return [{ text: requirement.text, profile: profiles.get(id) ?? classifyRequirement(requirement.text) }];
    });
    const claim = resume.claims.find((candidate) => candidate.id === draft.claimIds[0]);
    return wordQuestionInSpanish({
      type: draft.type,
      requirements: draft.type === 'Resume' ? [] : requirements,
      ...(draft.type === 'Resume' && claim !== undefined ? { claim } : {}),
    });
  };
  const questions: TPlannedQuestion[] = drafts.map((draft, index) => ({
    id: `Q${index + 1}`,
    type: draft.type,
    text: textOf(draft),
    topic: draft.worded.topic,
    requirementIds: draft.requirementIds,
    claimIds: draft.claimIds,
    rubric: draft.worded.rubric,
    minutes: minutes[index] ?? 1,
  }));

  const referenced = new Set(questions.flatMap((question) => question.claimIds));
  return {
    version: 1,
    jobTitle: job.title,
    budget,
    questions,
    closingQuestion: language === 'es' ? SPANISH_CLOSING_QUESTION : DEFAULT_CLOSING_QUESTION,
    language,
    impact: findImpactMeasures(job.text),
    requirements: job.requirements.map((requirement) => ({
      id: requirement.id,
      text: requirement.text,
      priority: requirement.priority,
      keywords: [...requirement.keywords],
    })),
    claims: resume.claims
      .filter((claim) => referenced.has(claim.id))
      .map((claim) => ({ id: claim.id, kind: claim.kind, text: claim.text, keywords: [...claim.keywords] })),
  };
}
