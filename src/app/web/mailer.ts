/** One plain-text email to one address. */
export type TMail = { to: string; subject: string; text: string };

/**
 * Sends email (the SMTP adapter, src/adapters/mail). Rejects when the mail could not be handed to
 * the mail server; callers log that, never show it.
 */
export type TMailer = { send(mail: TMail): Promise<void> };
