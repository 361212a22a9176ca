import zxcvbnCore from '@zxcvbn-ts/core';
import zxcvbnCommon from '@zxcvbn-ts/language-common';
import { CandorError } from '../../core/candor-error.js';

type TZxcvbn = InstanceType<typeof zxcvbnCore.ZxcvbnFactory>;
let checker: TZxcvbn | undefined;

/** zxcvbn's score (0–4) a password needs: 3 is "safely unguessable" (about 10^8 guesses or more). */
export const MIN_PASSWORD_SCORE = 3;

/**
 * Refuses a password that is common or easy to guess (zxcvbn with its list of common passwords,
 * names and keyboard patterns; the user's own email and name count as guessable too), or shorter
 * than 10 characters. Errors: CandorError 'invalid_argument' on `field`.
 */
export function checkPasswordStrength(
  password: string,
  userInputs: readonly string[] = [],
  field = 'password',
): void {
  if (password.length < 10) {
    throw new CandorError('invalid_argument', 'The password is too short: use at least 10 characters.', {
      location: field,
    });
  }
  checker ??= new zxcvbnCore.ZxcvbnFactory({
    dictionary: { ...zxcvbnCommon.dictionary },
    graphs: zxcvbnCommon.adjacencyGraphs,
  });
  const inputs = userInputs
    .flatMap((input) => [input, ...input.split(/[@\s.]+/)])
    .filter((input) => input.length > 2);
  const result = checker.check(password.slice(0, 100), inputs);
  if (result.score < MIN_PASSWORD_SCORE) {
    throw new CandorError(
      'invalid_argument',
      'This password is too common or easy to guess: use a longer one, such as a few unrelated words.',
      { location: field },
    );
  }
}
