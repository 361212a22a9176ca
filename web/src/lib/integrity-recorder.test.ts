import { describe, expect, it } from 'vitest';
import { IntegrityRecorder, MAX_EVENTS_PER_ANSWER } from './integrity-recorder';

function clock() {
  let seconds = 0;
  return () => new Date(Date.UTC(2025, 0, 1, 9, 0, seconds++));
}

describe('IntegrityRecorder', () => {
  it('records pastes with their length, and each departure and return once', () => {
    const recorder = new IntegrityRecorder(clock());
    recorder.recordFocus(); // no departure yet: nothing to record
    recorder.recordPaste('Limiting context size in a large language model');
    recorder.recordBlur();
    recorder.recordBlur(); // window blur then tab hidden: one departure
    recorder.recordFocus();
    recorder.recordFocus();
    expect(recorder.peek()).toEqual([
      { kind: 'paste', at: '2025-01-01T09:00:00.000Z', characters: 47 },
      { kind: 'blur', at: '2025-01-01T09:00:01.000Z' },
      { kind: 'focus', at: '2025-01-01T09:00:02.000Z' },
    ]);
  });

  it('keeps its events when peeked (a failed send retries with them) and clears them on reset', () => {
    const recorder = new IntegrityRecorder(clock());
    recorder.recordPaste('x');
    expect(recorder.peek()).toHaveLength(1);
    expect(recorder.peek()).toHaveLength(1);
    recorder.reset();
    expect(recorder.peek()).toEqual([]);
  });

  it('stops at the number of events the API accepts', () => {
    const recorder = new IntegrityRecorder(clock());
    for (let index = 0; index < MAX_EVENTS_PER_ANSWER + 20; index++) recorder.recordPaste('x');
    expect(recorder.peek()).toHaveLength(MAX_EVENTS_PER_ANSWER);
  });
});
