/** What a heading in a job description announces. */
export type TJobSectionKind = 'must' | 'nice' | 'other' | 'unknown';

const NICE =
  /\b(?:nice[- ]to[- ]haves?|preferred|bonus(?: points)?|pluses|plus|good[- ]to[- ]haves?|desirable|desired|extra credit|optional|ideally|would be great|stand out)\b/;
const MUST =
  /\b(?:requirements?|required|qualifications?|responsibilit(?:y|ies)|duties|must[- ]haves?|skills|experience|competenc(?:y|ies)|expectations|what (?:you will|you'll|youll|you) (?:do|bring|need|have|work on)|what we(?:'re| are)? looking for|what you bring|what it takes|who you are|about you|you (?:have|bring|will|should have|are)|your (?:profile|background|experience|skills|responsibilities|role|mission|day)|in this role|you'll need|key (?:skills|responsibilities)|tech(?:nical)? (?:skills|requirements)|minimum|basic)\b/;
const OTHER =
  /\b(?:about (?:us|the company|the team|company|[a-z]+ (?:inc|ltd|labs|gmbh))|benefits|perks|what we offer|we offer|compensation|salary|pay|how to apply|apply|equal (?:opportunity|employment)|eeo|diversity|location|our (?:culture|values|mission|story|team|company)|why (?:join|work)|life at|interview process|hiring process|who we are|the team|logistics|next steps|legal|privacy|disclaimer|accommodations?)\b/;

export function normaliseHeading(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^a-z0-9' &/-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Classifies a heading's words: must-have requirements, nice-to-haves, something else, or unknown. */
/** Spanish section names (accents are dropped by normaliseHeading: "se valorará" → "se valorar"). */
const NICE_ES = /\b(?:se valorar|valorables?|deseables?|se valora|plus)\b/;
const MUST_ES =
  /\b(?:requisitos|funciones|responsabilidades|tareas|perfil|qu buscamos|buscamos|imprescindibles?)\b/;
const OTHER_ES =
  /\b(?:ofrecemos|beneficios|sobre nosotros|qui nes somos|salario|c mo postular|c mo aplicar)\b/;

export function classifyJobHeading(heading: string): TJobSectionKind {
  const words = normaliseHeading(heading);
  if (NICE.test(words) || NICE_ES.test(words)) return 'nice';
  if (OTHER_ES.test(words)) return 'other';
  if (MUST_ES.test(words)) return 'must';
  if (OTHER.test(words) && !/\babout you\b/.test(words)) return 'other';
  if (MUST.test(words)) return 'must';
  return 'unknown';
}

/**
 * Whether a plain line (no Markdown, no colon, not all capitals) is a heading on its own:
 * only when the whole line is a known section name, so a requirement without a bullet
 * ("Experience with AWS", "Strong communication skills") is never taken for one.
 */
export function isPlainJobHeading(line: string): boolean {
  const words = normaliseHeading(line);
  if (
    /^(?:preferred|desirable|desired|bonus(?: points)?|pluses|a plus|nice[- ]to[- ]haves?|good[- ]to[- ]haves?|assets|extra credit|preferred (?:qualifications|skills|experience)|desired (?:qualifications|skills|experience))$/.test(
      words,
    )
  )
    return true;
  return /^(?:(?:key|core|basic|minimum|required|preferred|desired|additional|technical|essential|general|main|your|the|our|job|role|bonus)\s+)*(?:requirements|qualifications|responsibilities|duties|skills|experience|nice[- ]to[- ]haves?|must[- ]haves?|bonus(?: points)?|benefits|perks|compensation|how to apply|who you are|the role|about (?:us|you|the role|the team|the company|the job|the position)|what (?:you will|you'll|you) (?:do|bring|need)|what we offer|what we(?:'re| are) looking for|skills (?:and|&) (?:experience|qualifications)|qualifications (?:and|&) (?:skills|experience)|requirements (?:and|&) qualifications)$/.test(
    words,
  );
}
