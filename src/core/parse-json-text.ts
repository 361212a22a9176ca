import { CandorError, type TCandorErrorCode } from './candor-error.js';

/** Line and column (1-based) of a character offset in `text`. */
export function locateOffset(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}

/**
 * The offset of the first syntax error in `text`, by a small recursive-descent scan (Node 20's
 * JSON.parse does not always say where it failed). -1 when the text is valid JSON.
 */
export function findJsonErrorOffset(text: string): number {
  let index = 0;
  const skipSpace = () => {
    while (index < text.length && ' \t\n\r'.includes(text[index]!)) index++;
  };
  const fail = (): never => {
    throw index;
  };
  const expect = (literal: string) => {
    for (const character of literal) {
      if (text[index] !== character) fail();
      index++;
    }
  };
  const parseString = () => {
    index++;
    while (index < text.length) {
      const character = text[index]!;
      if (character === '"') {
        index++;
        return;
      }
      if (character === '\\') {
        index++;
        if (text[index] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(index + 1, index + 5))) fail();
          index += 5;
        } else if ('"\\/bfnrt'.includes(text[index] ?? '')) index++;
        else fail();
      } else if (character.charCodeAt(0) < 0x20) fail();
      else index++;
    }
    fail();
  };
  const parseValue = (): void => {
    skipSpace();
    const character = text[index];
    if (character === '{') {
      index++;
      skipSpace();
      if (text[index] === '}') {
        index++;
        return;
      }
      for (;;) {
        skipSpace();
        if (text[index] !== '"') fail();
        parseString();
        skipSpace();
        expect(':');
        parseValue();
        skipSpace();
        if (text[index] === ',') index++;
        else if (text[index] === '}') {
          index++;
          return;
        } else fail();
      }
    } else if (character === '[') {
      index++;
      skipSpace();
      if (text[index] === ']') {
        index++;
        return;
      }
      for (;;) {
        parseValue();
        skipSpace();
        if (text[index] === ',') index++;
        else if (text[index] === ']') {
          index++;
          return;
        } else fail();
      }
    } else if (character === '"') parseString();
    else if (character === 't') expect('true');
    else if (character === 'f') expect('false');
    else if (character === 'n') expect('null');
    else {
      const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(index));
      if (!number) fail();
      index += number![0].length;
    }
  };
  try {
    parseValue();
    skipSpace();
    if (index < text.length) fail();
    return -1;
  } catch (offset) {
    if (typeof offset === 'number') return offset;
    throw offset;
  }
}

/**
 * JSON.parse with an error a person can act on: the file, the line and the column.
 * `code` is the CandorError code to throw (which kind of input this is).
 */
export function parseJsonText(text: string, source: string, code: TCandorErrorCode): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    if (text.trim().length === 0) {
      throw new CandorError(code, `${source}: the file is empty; expected JSON.`, {
        location: source,
        cause: error,
      });
    }
    const stripped = text.replace(/^\uFEFF/, '');
    const offset = findJsonErrorOffset(stripped);
    const { line, column } = locateOffset(stripped, offset < 0 ? stripped.length : offset);
    const found =
      offset >= stripped.length || offset < 0
        ? 'the text ends too early'
        : `unexpected ${JSON.stringify(stripped[offset])}`;
    throw new CandorError(code, `${source}: not valid JSON at line ${line}, column ${column}: ${found}.`, {
      location: `${source}:${line}:${column}`,
      cause: error,
    });
  }
}
