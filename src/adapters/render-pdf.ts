import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where Debian's chromium lives; the PDF download needs it. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

export type TPdfRenderer = (html: string) => Promise<Uint8Array>;

/**
 * A PDF renderer over headless Chromium (print to PDF), or undefined when Chromium is not
 * installed: Candor never fakes a PDF. Each render runs in a fresh profile that is deleted
 * afterwards, with a time limit; callers bound how many run at once (the server queues them per
 * organisation). Chromium keeps its sandbox where the system allows it: as root, or when a
 * sandboxed start fails for want of a usable sandbox, it runs with --no-sandbox and `log` says why (once).
 */
export function createChromiumPdfRenderer(
  chromiumPath: string = DEFAULT_CHROMIUM_PATH,
  timeoutMs = 60_000,
  log: (message: string) => void = (message) => process.stderr.write(`candor: ${message}\n`),
): TPdfRenderer | undefined {
  if (!existsSync(chromiumPath)) return undefined;
  // Chromium refuses to start as root with its sandbox on.
  let sandboxArgs: string[] = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  let isSandboxSettled = sandboxArgs.length > 0;
  if (isSandboxSettled) log('PDF rendering: Chromium runs without its sandbox because Candor runs as root.');
  const render = async (html: string): Promise<Uint8Array> => {
    try {
      const pdf = await renderOnce(html);
      isSandboxSettled = true;
      return pdf;
    } catch (error) {
      const detail = (error as Error).message;
      if (isSandboxSettled || !/sandbox|namespace|setuid|zygote/i.test(detail)) throw error;
      isSandboxSettled = true;
      sandboxArgs = ['--no-sandbox'];
      log(`PDF rendering: Chromium's sandbox is not usable here (${detail}); running it without.`);
      return renderOnce(html);
    }
  };
  const renderOnce = async (html: string): Promise<Uint8Array> => {
    const directory = await mkdtemp(join(tmpdir(), 'candor-pdf-'));
    try {
      const input = join(directory, 'report.html');
      const output = join(directory, 'report.pdf');
      await writeFile(input, html, 'utf8');
      await new Promise<void>((resolve, reject) => {
        const child = spawn(
          chromiumPath,
          [
            '--headless',
            ...sandboxArgs,
            '--disable-gpu',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            `--user-data-dir=${join(directory, 'profile')}`,
            '--no-pdf-header-footer',
            `--print-to-pdf=${output}`,
            pathToFileURL(input).href,
          ],
          { stdio: ['ignore', 'ignore', 'pipe'] },
        );
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => {
          stderr = (stderr + chunk.toString('utf8')).slice(-2000);
        });
        const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
        child.on('error', (error) => {
          clearTimeout(timer);
          reject(error);
        });
        child.on('close', (code, signal) => {
          clearTimeout(timer);
          if (code === 0) resolve();
          else
            reject(
              new Error(`chromium exited with ${signal ?? code}: ${stderr.trim().split('\n').at(-1) ?? ''}`),
            );
        });
      });
      const pdf = await readFile(output);
      if (!pdf.subarray(0, 5).equals(Buffer.from('%PDF-')))
        throw new Error('chromium wrote something that is not a PDF');
      return new Uint8Array(pdf);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  };
  return render;
}
