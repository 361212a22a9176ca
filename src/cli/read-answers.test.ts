import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createAnswerReader } from './read-answers.js';

function streams() {
  const input = new PassThrough();
  const output = new PassThrough();
  const written: string[] = [];
  output.on('data', (chunk: Buffer) => written.push(chunk.toString('utf8')));
  return { input, output, written };
}

describe('createAnswerReader from a pipe', () => {
  it('reads one answer per paragraph, keeping the lines of a paragraph', async () => {
    const { input, output } = streams();
    const reader = createAnswerReader({ input, output });
    input.end('first answer\n\nsecond answer,\non two lines\r\n\r\n\n\nthird, at the end of the input');
    expect(await reader.read()).toEqual({ kind: 'answer', text: 'first answer' });
    expect(await reader.read()).toEqual({ kind: 'answer', text: 'second answer,\non two lines' });
    expect(await reader.read()).toEqual({ kind: 'answer', text: 'third, at the end of the input' });
    expect(await reader.read()).toEqual({ kind: 'end' });
    expect(await reader.read()).toEqual({ kind: 'end' });
    reader.close();
  });

  it('waits for the blank line that ends a paragraph', async () => {
    const { input, output } = streams();
    const reader = createAnswerReader({ input, output });
    const reading = reader.read();
    input.write('I deployed it');
    input.write(' myself\nand measured it\n');
    let settled = false;
    void reading.then(() => {
      settled = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    input.write('\n');
    expect(await reading).toEqual({ kind: 'answer', text: 'I deployed it myself\nand measured it' });
    reader.close();
  });

  it('ends a waiting read when interrupted, and shows no prompt', async () => {
    const { input, output, written } = streams();
    const reader = createAnswerReader({ input, output });
    const reading = reader.read();
    reader.interrupt();
    expect(await reading).toEqual({ kind: 'interrupted' });
    reader.close();
    expect(await reader.read()).toEqual({ kind: 'end' });
    expect(written.join('')).toBe('');
  });
});

describe('createAnswerReader, interactive', () => {
  it('takes an empty line straight away as an empty answer, and prompts for each answer', async () => {
    const { input, output, written } = streams();
    const reader = createAnswerReader({ input, output, isInteractive: true });
    const first = reader.read();
    input.write('\n');
    expect(await first).toEqual({ kind: 'answer', text: '' });
    const second = reader.read();
    input.write('a real answer\nwith detail\n\n');
    expect(await second).toEqual({ kind: 'answer', text: 'a real answer\nwith detail' });
    expect(written.join('')).toContain('> ');
    input.end();
    expect(await reader.read()).toEqual({ kind: 'end' });
    reader.close();
  });
});
