/**
 * An SMTP URL as it may be shown in logs and errors: the scheme, the user and the host, never the
 * password (nor anything of a URL that does not parse, where a password could sit anywhere).
 */
export function redactSmtpUrl(url: string): string {
  try {
    const parsed = new URL(url.trim());
    const user = parsed.username === '' ? '' : `${parsed.username}${parsed.password === '' ? '' : ':…'}@`;
    return `${parsed.protocol}//${user}${parsed.host}`;
  } catch {
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.trim());
    return scheme === null ? '…' : `${scheme[1]}://…`;
  }
}
