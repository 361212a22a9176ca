/** One server-sent event: its type (`message` when the stream names none) and its data lines joined. */
export type TServerEvent = { event: string; data: string; id?: string };

/**
 * An incremental text/event-stream parser (the WHATWG rules): feed it text as it arrives, in
 * chunks cut anywhere (even between \r and \n), and it returns the events each chunk completes.
 * Comments (`:`) and retry fields are ignored; an event is dispatched on a blank line, and one
 * without data lines is dropped, as EventSource does.
 */
export class EventStreamParser {
  private buffer = '';
  private eventType = '';
  private dataLines: string[] = [];
  private lastEventId: string | undefined;
  private hasData = false;
  /** A chunk ended on \r: a \n at the start of the next chunk belongs to the same line break. */
  private isAfterCarriageReturn = false;

  push(chunk: string): TServerEvent[] {
    let text = chunk;
    if (this.isAfterCarriageReturn && text.startsWith('\n')) text = text.slice(1);
    this.isAfterCarriageReturn = false;
    this.buffer += text;
    const events: TServerEvent[] = [];
    for (;;) {
      const match = /\r\n|\r|\n/.exec(this.buffer);
      if (match === null) break;
      // A lone \r at the very end may be the first half of \r\n: finish the line, remember it.
      if (match[0] === '\r' && match.index === this.buffer.length - 1) this.isAfterCarriageReturn = true;
      const line = this.buffer.slice(0, match.index);
      this.buffer = this.buffer.slice(match.index + match[0].length);
      const event = this.processLine(line);
      if (event !== undefined) events.push(event);
    }
    return events;
  }

  /** The end of the stream: an unterminated last event is discarded, as the spec says. */
  end(): TServerEvent[] {
    this.buffer = '';
    this.reset();
    return [];
  }

  private processLine(line: string): TServerEvent | undefined {
    if (line === '') return this.dispatch();
    if (line.startsWith(':')) return undefined;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'event':
        this.eventType = value;
        break;
      case 'data':
        this.dataLines.push(value);
        this.hasData = true;
        break;
      case 'id':
        if (!value.includes('\0')) this.lastEventId = value;
        break;
      default:
        break;
    }
    return undefined;
  }

  private dispatch(): TServerEvent | undefined {
    if (!this.hasData) {
      this.reset();
      return undefined;
    }
    const event: TServerEvent = {
      event: this.eventType === '' ? 'message' : this.eventType,
      data: this.dataLines.join('\n'),
      ...(this.lastEventId !== undefined ? { id: this.lastEventId } : {}),
    };
    this.reset();
    return event;
  }

  private reset(): void {
    this.eventType = '';
    this.dataLines = [];
    this.hasData = false;
  }
}

/** Reads a fetch Response body as server-sent events, calling `onEvent` for each one in order. */
export async function readEventStream(
  body: ReadableStream<Uint8Array>,
  onEvent: (event: TServerEvent) => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parser = new EventStreamParser();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      for (const event of parser.push(decoder.decode(value, { stream: true }))) onEvent(event);
    }
    for (const event of parser.push(decoder.decode())) onEvent(event);
    parser.end();
  } finally {
    reader.releaseLock();
  }
}
