/** Words by which a single requirement marks itself optional: "Kafka (nice to have)", "PhD preferred". */
const NICE_TO_HAVE_WORDING =
  /\b(?:nice[- ]to[- ]have|preferred|preferably|a (?:big |huge |definite |real )?plus|bonus|desirable|ideally|good[- ]to[- ]have|not required|optional)\b/i;

export function isWordedAsNiceToHave(requirement: string): boolean {
  return NICE_TO_HAVE_WORDING.test(requirement);
}
