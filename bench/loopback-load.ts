import { Agent, request } from 'node:http';

export type TLoadResult = { requests: number; seconds: number; perSecond: number; failed: number };

/**
 * A small, bounded load generator: `requests` GETs of `path` on 127.0.0.1:`port` over
 * `connections` keep-alive connections, each sending its next request when its last answer is
 * read. Counts answers that were not 200 (or did not come) as failed.
 */
export async function runLoad(input: {
  port: number;
  path: string;
  headers?: Record<string, string>;
  requests: number;
  connections: number;
}): Promise<TLoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: input.connections });
  let sent = 0;
  let failed = 0;
  const one = () =>
    new Promise<void>((resolve) => {
      const outgoing = request(
        { host: '127.0.0.1', port: input.port, path: input.path, headers: input.headers ?? {}, agent },
        (response) => {
          if (response.statusCode !== 200) failed++;
          response.on('end', resolve).on('error', () => {
            failed++;
            resolve();
          });
          response.resume();
        },
      );
      outgoing.on('error', () => {
        failed++;
        resolve();
      });
      outgoing.end();
    });
  const connection = async () => {
    while (sent < input.requests) {
      sent++;
      await one();
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: input.connections }, connection));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { requests: input.requests, seconds, perSecond: input.requests / seconds, failed };
}
