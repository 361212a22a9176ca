/**
 * How much work one request or document may ask for. Each limit is far above any real job
 * description, resume or interview, and low enough that reaching it costs a moment, not the
 * server: checks run before the expensive step (JSON.parse, parsing, planning). Listed in the
 * README (Security → Limits); a document over a limit is refused with `invalid_document`, a
 * request field with `limit_exceeded` (HTTP 422, exit 2), naming the limit and its value.
 */
export const LIMITS = {
  /** Requirements one job may have (bullets of its requirement sections, or an edited list). */
  maxRequirements: 500,
  /** Characters of one requirement. */
  maxRequirementLength: 1_000,
  /** Lines of a job description's text, checked before it is parsed. */
  maxJobLines: 5_000,
  /** Lines of a resume's text, checked before it is parsed. */
  maxResumeLines: 10_000,
  /** Claims one resume may yield (education, roles, skills, achievements…). */
  maxClaims: 1_000,
  /** Characters of one claim (a resume line or bullet). */
  maxClaimLength: 5_000,
  /** Characters of a contact field (name, email, phone, link). */
  maxContactFieldLength: 300,
  /** Nesting depth of a JSON document or request body (objects and arrays), checked before parsing. */
  maxJsonDepth: 64,
  /** Values (objects, arrays and their items) in one JSON request body, checked before parsing. */
  maxJsonValues: 20_000,
  /** Integrity events (paste, blur, focus) sent with one answer. */
  maxEventsPerTurn: 200,
  /** Characters of an integrity event's timestamp. */
  maxEventTimestampLength: 40,
} as const;
