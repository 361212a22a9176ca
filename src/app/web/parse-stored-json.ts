import type { z } from 'zod';
import { CandorError } from '../../core/candor-error.js';

/** Reads a JSON column with its domain schema; a corrupt row is a storage failure that names the column. */
export function parseStoredJson<T>(schema: z.ZodType<T>, text: string, column: string): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new CandorError('storage_failed', `${column} is not valid JSON`, { location: column, cause });
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new CandorError(
      'storage_failed',
      `${column} does not match its schema (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''})`,
      { location: column, cause: result.error },
    );
  }
  return result.data;
}
