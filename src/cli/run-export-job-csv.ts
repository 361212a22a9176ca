import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createDatabase } from '../adapters/storage/create-database.js';
import { createKyselyTeamRepository } from '../adapters/storage/create-kysely-team-repository.js';
import { createSessionId } from '../adapters/storage/create-session-id.js';
import { createTokenUseRecorder } from '../app/web/create-token-use-recorder.js';
import type { TWebContext } from '../app/web/web-context.js';
import { exportCandidatesCsv } from '../app/webhooks/export-candidates-csv.js';
import { CandorError } from '../core/candor-error.js';
import type { TTerminal } from './terminal.js';

/**
 * `candor jobs export <id>`: a job's candidates as CSV (as the job page's download), read from the
 * database without the web app, to stdout or a 0600 file. Errors: CandorError 'not_found',
 * 'storage_failed'.
 */
export async function runExportJobCsv(
  id: string,
  options: { database?: string; out?: string; env?: Record<string, string | undefined> },
  terminal: TTerminal,
): Promise<void> {
  const database = await createDatabase({
    url: options.database ?? (options.env ?? process.env).DATABASE_URL,
  });
  try {
    const job = await database.db
      .selectFrom('jobs')
      .select(['organisation_id'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (job === undefined) {
      throw new CandorError('not_found', `No job with id ${id} in ${database.location}`, { location: 'id' });
    }
    const context: TWebContext = {
      db: database.db,
      // Only used to show interview links again, which the CSV leaves out.
      secret: randomBytes(32),
      now: () => new Date(),
      newId: () => createSessionId(),
      randomBytes: (size) => randomBytes(size),
      model: 'offline',
      retentionDays: 180,
      tokenUses: createTokenUseRecorder({
        team: createKyselyTeamRepository(database.db),
        now: () => new Date(),
        log: () => {},
      }),
    };
    const exported = await exportCandidatesCsv(
      context,
      {
        userId: 'command-line',
        organisationId: job.organisation_id,
        email: '',
        name: 'command line',
        role: 'owner',
        via: 'token',
      },
      id,
    );
    if (options.out === undefined) terminal.out(exported.csv);
    else {
      await writeFile(resolve(options.out), exported.csv, { encoding: 'utf8', mode: 0o600 });
      terminal.err(`Wrote ${options.out}\n`);
    }
  } finally {
    await database.close();
  }
}
