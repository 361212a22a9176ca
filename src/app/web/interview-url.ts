/** The candidate's interview page for a link token, on the server's public origin. */
export function interviewUrl(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, '')}/interview/${token}`;
}
