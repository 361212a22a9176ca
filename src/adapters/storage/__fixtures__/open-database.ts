/**
 * Run as a child process by the storage-fault tests (as another user, when the tests run as
 * root): opens the database at argv[2] with createDatabase and prints its error's code and
 * message as JSON, or `opened`.
 */
import { CandorError } from '../../../core/candor-error.js';
import { createDatabase } from '../create-database.js';

try {
  const database = await createDatabase({ url: process.argv[2] });
  await database.close();
  process.stdout.write('opened\n');
} catch (error) {
  process.stdout.write(
    `${JSON.stringify({
      code: CandorError.isInstance(error) ? error.code : 'unexpected',
      message: error instanceof Error ? error.message : String(error),
    })}\n`,
  );
}
