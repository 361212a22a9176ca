import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real HTTP server on 127.0.0.1 speaking the OpenAI Chat Completions protocol
 * (`POST …/chat/completions`), answering each request with the next scripted reply. Used through
 * `@ai-sdk/openai-compatible`, it exercises the real wire path: request bodies, status codes,
 * retry headers, timeouts and server-sent-event streaming.
 */
export type TScriptedReply =
  /** A completion whose message content is `content`; streamed as SSE chunks when the request asks for `stream: true`. */
  | {
      kind: 'content';
      content: string;
      usage?: { promptTokens: number; completionTokens: number };
      /** Characters per streamed chunk (default 16). */
      chunkSize?: number;
      /** Wait this long before answering. */
      delayMs?: number;
      finishReason?: 'stop' | 'length';
    }
  /**
   * An OpenAI-style error body `{ error: { message, type, code } }` with this status. 429 and 5xx
   * replies carry `retry-after-ms` (default 10) so the AI SDK's backoff stays short in tests;
   * pass `retryAfterMs: null` to leave the header out (the SDK then waits 2 s, 4 s, …).
   */
  | { kind: 'error'; status: number; message?: string; retryAfterMs?: number | null }
  /** Any status and body, sent as is (e.g. a 200 whose body is not a chat completion). */
  | { kind: 'raw'; status: number; body: string; contentType?: string }
  /** Read the request and never answer (the client's timeout must end it). */
  | { kind: 'hang' };

export type TRecordedRequest = {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  /** The parsed JSON body (undefined when it was not JSON). */
  body: TChatCompletionRequest | undefined;
  rawBody: string;
};

/** The parts of a Chat Completions request tests look at. */
export type TChatCompletionRequest = {
  model: string;
  messages: { role: string; content: unknown }[];
  stream?: boolean;
  temperature?: number;
  response_format?: { type: string; json_schema?: { name?: string; schema?: unknown; strict?: boolean } };
  [key: string]: unknown;
};

export type TScript =
  | readonly TScriptedReply[]
  | ((request: TRecordedRequest, index: number) => TScriptedReply);

export type TScriptedOpenAIServer = {
  /** e.g. `http://127.0.0.1:41234/v1`, for `openai-compatible:<baseURL>#<model>`. */
  baseURL: string;
  /** Every request received, in order. */
  requests: TRecordedRequest[];
  close(): Promise<void>;
};

const MODEL = 'scripted-model';

/**
 * Starts the server on an ephemeral port. With an array script, request N gets reply N; requests
 * beyond the script get a 500 saying so. Close it in `afterEach`: `close()` also ends hanging
 * requests.
 */
export async function startScriptedOpenAIServer(script: TScript): Promise<TScriptedOpenAIServer> {
  const requests: TRecordedRequest[] = [];
  const server = createServer((request, response) => {
    void handle(request, response);
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const rawBody = await readBody(request);
    const path = (request.url ?? '/').split('?')[0]!;
    const recorded: TRecordedRequest = {
      method: request.method ?? 'GET',
      path,
      headers: request.headers,
      body: parseJson(rawBody),
      rawBody,
    };
    if (request.method !== 'POST' || !path.endsWith('/chat/completions')) {
      sendError(response, 404, `No route for ${request.method} ${path}`, null);
      return;
    }
    const index = requests.length;
    requests.push(recorded);
    const reply =
      typeof script === 'function'
        ? script(recorded, index)
        : (script[index] ?? {
            kind: 'error',
            status: 500,
            message: `No scripted reply for request ${index + 1}`,
            retryAfterMs: null,
          });
    await answer(reply, recorded, response);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function answer(
  reply: TScriptedReply,
  request: TRecordedRequest,
  response: ServerResponse,
): Promise<void> {
  switch (reply.kind) {
    case 'hang':
      return;
    case 'raw':
      response.writeHead(reply.status, { 'content-type': reply.contentType ?? 'application/json' });
      response.end(reply.body);
      return;
    case 'error':
      sendError(
        response,
        reply.status,
        reply.message ?? `Scripted error ${reply.status}`,
        reply.retryAfterMs === undefined && (reply.status === 429 || reply.status >= 500)
          ? 10
          : (reply.retryAfterMs ?? null),
      );
      return;
    case 'content': {
      if (reply.delayMs !== undefined) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
      if (response.destroyed) return;
      const usage = {
        prompt_tokens: reply.usage?.promptTokens ?? 100,
        completion_tokens: reply.usage?.completionTokens ?? 50,
        total_tokens: (reply.usage?.promptTokens ?? 100) + (reply.usage?.completionTokens ?? 50),
      };
      const finishReason = reply.finishReason ?? 'stop';
      const id = 'chatcmpl-scripted';
      const created = 1_700_000_000;
      const model = request.body?.model ?? MODEL;
      if (request.body?.stream === true) {
        response.writeHead(200, {
          'content-type': 'text/event-stream',
          'cache-control': 'no-cache',
          connection: 'keep-alive',
        });
        const chunk = (
          delta: Record<string, unknown>,
          finish: string | null,
          extra: Record<string, unknown> = {},
        ) =>
          `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta, finish_reason: finish }], ...extra })}\n\n`;
        response.write(chunk({ role: 'assistant', content: '' }, null));
        const size = reply.chunkSize ?? 16;
        for (let start = 0; start < reply.content.length; start += size) {
          response.write(chunk({ content: reply.content.slice(start, start + size) }, null));
        }
        response.write(chunk({}, finishReason, { usage }));
        response.end('data: [DONE]\n\n');
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          id,
          object: 'chat.completion',
          created,
          model,
          choices: [
            { index: 0, message: { role: 'assistant', content: reply.content }, finish_reason: finishReason },
          ],
          usage,
        }),
      );
      return;
    }
    default: {
      const unreachable: never = reply;
      throw new Error(`Unknown scripted reply ${JSON.stringify(unreachable)}`);
    }
  }
}

function sendError(
  response: ServerResponse,
  status: number,
  message: string,
  retryAfterMs: number | null,
): void {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (retryAfterMs !== null) headers['retry-after-ms'] = String(retryAfterMs);
  response.writeHead(status, headers);
  response.end(
    JSON.stringify({
      error: { message, type: status === 429 ? 'rate_limit_exceeded' : 'server_error', code: null },
    }),
  );
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function parseJson(text: string): TChatCompletionRequest | undefined {
  try {
    return JSON.parse(text) as TChatCompletionRequest;
  } catch {
    return undefined;
  }
}
