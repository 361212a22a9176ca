import { reportJsonSchema } from '../core/report/report-schema.js';
import type { TTerminal } from './terminal.js';

export function runSchema(terminal: TTerminal): void {
  terminal.out(`${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
}
