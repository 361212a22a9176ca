import type { TTurnEvent } from '../api/types';

/** The most events one answer carries (the API refuses more). */
export const MAX_EVENTS_PER_ANSWER = 500;

/**
 * Collects the integrity signals of one answer: pastes (with how many characters) and the window
 * losing or regaining focus (another tab, another app). They go to the server with the answer and
 * are shown to the recruiter as signals to check, never as an automatic rejection.
 */
export class IntegrityRecorder {
  private events: TTurnEvent[] = [];
  private readonly now: () => Date;

  constructor(now: () => Date = () => new Date()) {
    this.now = now;
  }

  recordPaste(text: string): void {
    this.push({ kind: 'paste', at: this.now().toISOString(), characters: text.length });
  }

  recordBlur(): void {
    // Two blurs in a row (window blur, then the tab hidden) are one departure.
    if (this.events.at(-1)?.kind === 'blur') return;
    this.push({ kind: 'blur', at: this.now().toISOString() });
  }

  recordFocus(): void {
    // A focus only means something after a blur.
    if (this.events.at(-1)?.kind !== 'blur') return;
    this.push({ kind: 'focus', at: this.now().toISOString() });
  }

  /** The events so far, without clearing them (an answer that fails to send keeps its events). */
  peek(): TTurnEvent[] {
    return [...this.events];
  }

  /** Starts over for the next question. */
  reset(): void {
    this.events = [];
  }

  private push(event: TTurnEvent): void {
    if (this.events.length < MAX_EVENTS_PER_ANSWER) this.events.push(event);
  }
}
