import { describe, expect, it } from 'vitest';
import { EventStreamParser, readEventStream, type TServerEvent } from './event-stream';

function parseAll(chunks: readonly string[]): TServerEvent[] {
  const parser = new EventStreamParser();
  return [...chunks.flatMap((chunk) => parser.push(chunk)), ...parser.end()];
}

describe('EventStreamParser', () => {
  it('reads named events with their data, as the /next stream sends them', () => {
    const stream =
      'event: token\ndata: Tell me\n\nevent: token\ndata:  about a\n\nevent: question\ndata: {"turnId":"t1","text":"Tell me about a","timeWarning":null}\n\n';
    expect(parseAll([stream])).toEqual([
      { event: 'token', data: 'Tell me' },
      { event: 'token', data: ' about a' },
      { event: 'question', data: '{"turnId":"t1","text":"Tell me about a","timeWarning":null}' },
    ]);
  });

  it('keeps the leading space of a token after removing the one the field separator adds', () => {
    expect(parseAll(['event: token\ndata:  world\n\n'])).toEqual([{ event: 'token', data: ' world' }]);
    expect(parseAll(['event: token\ndata:world\n\n'])).toEqual([{ event: 'token', data: 'world' }]);
  });

  it('joins several data lines with newlines (a token that holds a line break)', () => {
    expect(parseAll(['event: token\ndata: first line\ndata: second line\n\n'])).toEqual([
      { event: 'token', data: 'first line\nsecond line' },
    ]);
  });

  it('handles chunks cut anywhere, even inside a field name or between \\r and \\n', () => {
    const stream = 'event: token\r\ndata: Hel\r\n\r\nevent: done\r\ndata: {}\r\n\r\n';
    const expected = [
      { event: 'token', data: 'Hel' },
      { event: 'done', data: '{}' },
    ];
    for (let cut = 1; cut < stream.length; cut++) {
      expect(parseAll([stream.slice(0, cut), stream.slice(cut)])).toEqual(expected);
    }
    expect(parseAll(stream.split(''))).toEqual(expected);
  });

  it('accepts lone \\r line endings', () => {
    expect(parseAll(['event: done\rdata: {}\r\r'])).toEqual([{ event: 'done', data: '{}' }]);
  });

  it('ignores comments, unknown fields and events without data; names unnamed events "message"', () => {
    expect(parseAll([': keep-alive\n\nretry: 1000\nevent: ping\n\nfoo: bar\ndata: plain\n\n'])).toEqual([
      { event: 'message', data: 'plain' },
    ]);
  });

  it('keeps the last event id', () => {
    expect(parseAll(['id: 7\nevent: token\ndata: a\n\n'])).toEqual([{ event: 'token', data: 'a', id: '7' }]);
  });

  it('drops an event the stream cut off before its blank line', () => {
    expect(parseAll(['event: token\ndata: complete\n\nevent: question\ndata: {"turnId"'])).toEqual([
      { event: 'token', data: 'complete' },
    ]);
  });
});

describe('readEventStream', () => {
  it('decodes UTF-8 split across network chunks', async () => {
    const bytes = new TextEncoder().encode('event: token\ndata: Café – naïve ✓\n\n');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const byte of bytes) controller.enqueue(new Uint8Array([byte]));
        controller.close();
      },
    });
    const events: TServerEvent[] = [];
    await readEventStream(body, (event) => events.push(event));
    expect(events).toEqual([{ event: 'token', data: 'Café – naïve ✓' }]);
  });
});
