export type TJsonErrorLocation = { line: number; column: number; problem: string };

/**
 * Where and why `text` is not valid JSON, found by scanning it (the engine's own message gives a
 * position only sometimes, and its wording differs between Node versions). Lines and columns
 * count from 1, as editors show them. Returns null when the text is valid JSON.
 */
export function locateJsonError(text: string): TJsonErrorLocation | null {
  const failure = scan(text);
  if (!failure) return null;
  const before = text.slice(0, failure.offset);
  const line = before.split('\n').length;
  const column = failure.offset - (before.lastIndexOf('\n') + 1) + 1;
  return { line, column, problem: failure.problem };
}

type TFailure = { offset: number; problem: string };

function describe(character: string | undefined): string {
  if (character === undefined) return 'the end of the file';
  if (character === '\n') return 'a line break';
  return `'${character}'`;
}

function scan(text: string): TFailure | null {
  const stack: Array<'{' | '['> = [];
  let index = 0;
  // What the grammar allows next: a value, an object key (or '}' right after '{'), a ':', or ',' / a closing bracket.
  let expecting: 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'after-value' = 'value';

  const skipWhitespace = () => {
    while (index < text.length && ' \t\n\r'.includes(text[index]!)) index++;
  };

  while (true) {
    skipWhitespace();
    const character = text[index];
    if (expecting === 'after-value') {
      if (stack.length === 0) {
        return character === undefined
          ? null
          : { offset: index, problem: `unexpected ${describe(character)} after the end of the JSON value` };
      }
      const open = stack.at(-1)!;
      if (character === ',') {
        const commaAt = index;
        index++;
        skipWhitespace();
        if (text[index] === '}' || text[index] === ']') {
          return {
            offset: commaAt,
            problem: `a trailing comma before '${text[index]}' (JSON does not allow one)`,
          };
        }
        expecting = open === '{' ? 'key' : 'value';
        continue;
      }
      if ((open === '{' && character === '}') || (open === '[' && character === ']')) {
        stack.pop();
        index++;
        continue;
      }
      const closer = open === '{' ? '}' : ']';
      const isAnotherValue = character !== undefined && /["{[\d-]|t|f|n/.test(character);
      return {
        offset: index,
        problem: isAnotherValue
          ? `a missing ',' before this ${open === '{' ? 'property' : 'value'} (expected ',' or '${closer}')`
          : `expected ',' or '${closer}' but found ${describe(character)}`,
      };
    }
    if (expecting === 'colon') {
      if (character !== ':')
        return {
          offset: index,
          problem: `expected ':' after the property name but found ${describe(character)}`,
        };
      index++;
      expecting = 'value';
      continue;
    }
    if (expecting === 'key' || expecting === 'key-or-close') {
      if (expecting === 'key-or-close' && character === '}') {
        stack.pop();
        index++;
        expecting = 'after-value';
        continue;
      }
      if (character !== '"') {
        return {
          offset: index,
          problem:
            character === "'" || (character !== undefined && /[A-Za-z_$]/.test(character))
              ? 'property names must be in double quotes'
              : `expected a property name in double quotes but found ${describe(character)}`,
        };
      }
      const failure = scanString();
      if (failure) return failure;
      expecting = 'colon';
      continue;
    }
    // A value.
    if (expecting === 'value-or-close' && character === ']') {
      stack.pop();
      index++;
      expecting = 'after-value';
      continue;
    }
    if (character === undefined)
      return { offset: index, problem: 'the file ends before the JSON is complete' };
    if (character === '{') {
      stack.push('{');
      index++;
      expecting = 'key-or-close';
      continue;
    }
    if (character === '[') {
      stack.push('[');
      index++;
      expecting = 'value-or-close';
      continue;
    }
    if (character === '"') {
      const failure = scanString();
      if (failure) return failure;
      expecting = 'after-value';
      continue;
    }
    const literal = /^(?:true|false|null)/.exec(text.slice(index, index + 5));
    if (literal) {
      index += literal[0].length;
      expecting = 'after-value';
      continue;
    }
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(index, index + 400));
    if (number && !/[\w.]/.test(text[index + number[0].length] ?? '')) {
      index += number[0].length;
      expecting = 'after-value';
      continue;
    }
    if (character === "'")
      return { offset: index, problem: 'text must be in double quotes, not single quotes' };
    return { offset: index, problem: `unexpected ${describe(character)} where a value should be` };
  }

  function scanString(): TFailure | null {
    const opening = index;
    index++;
    while (index < text.length) {
      const character = text[index]!;
      if (character === '"') {
        index++;
        return null;
      }
      if (character === '\\') {
        const escaped = text[index + 1];
        if (escaped === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(index + 2, index + 6))) index += 6;
        else if (escaped !== undefined && '"\\/bfnrt'.includes(escaped)) index += 2;
        else return { offset: index, problem: `an invalid escape '\\${escaped ?? ''}' in a string` };
        continue;
      }
      if (character < ' ') {
        return {
          offset: index,
          problem: `${character === '\n' ? 'a line break' : 'a control character'} inside a string (a string must close on the line it opens)`,
        };
      }
      index++;
    }
    return { offset: opening, problem: 'a string that is never closed' };
  }
}
