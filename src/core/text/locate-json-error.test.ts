import { describe, expect, it } from 'vitest';
import { locateJsonError } from './locate-json-error.js';

describe('locateJsonError', () => {
  it('finds nothing wrong in valid JSON', () => {
    expect(locateJsonError('{"a": [1, -2.5e3, true, null, "\\u00e9\\n"], "b": {}}')).toBeNull();
  });

  it.each([
    ['{"a": x}', 1, 7, "unexpected 'x' where a value should be"],
    ['{"a": 1,\n}', 1, 8, "a trailing comma before '}' (JSON does not allow one)"],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, "a missing ',' before this property (expected ',' or '}')"],
    ['[1, 2', 1, 6, "expected ',' or ']' but found the end of the file"],
    ["{'a': 1}", 1, 2, 'property names must be in double quotes'],
    [
      '{"a": "line\nbreak"}',
      1,
      12,
      'a line break inside a string (a string must close on the line it opens)',
    ],
    ['{"a": 1} trailing', 1, 10, "unexpected 't' after the end of the JSON value"],
    ['{"a": "\\x"}', 1, 8, "an invalid escape '\\x' in a string"],
  ])('locates the error in %j', (text, line, column, problem) => {
    expect(locateJsonError(text)).toEqual({ line, column, problem });
  });
});
