import { resolve } from 'node:path';
import { calibrateCases } from '../app/calibrate-cases.js';
import { renderCalibrationText } from '../core/calibration/render-calibration-text.js';
import type { TTerminal } from './terminal.js';

export type TCalibrateOptions = {
  format: 'text' | 'json';
  model: string;
  auditLog: string;
  quiet?: true;
};

export async function runCalibrate(
  folder: string,
  options: TCalibrateOptions,
  terminal: TTerminal,
): Promise<void> {
  const progress = options.quiet ? () => {} : terminal.progress;
  const summary = await calibrateCases({
    folder,
    model: options.model,
    auditLogPath: resolve(options.auditLog),
    onProgress: progress,
  });
  terminal.out(
    options.format === 'json'
      ? `${JSON.stringify({ engine: options.model, ...summary }, null, 2)}\n`
      : renderCalibrationText(summary, options.model === 'offline' ? 'the offline engine' : options.model),
  );
}
