import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real HTTP server on 127.0.0.1 speaking one model provider's own protocol, answering each
 * request with the next scripted reply:
 * - `openai-chat` (the default): OpenAI Chat Completions, `POST …/chat/completions`, as OpenAI,
 *   vLLM, LM Studio and llama.cpp's server speak it;
 * - `ollama`: the same protocol as Ollama's OpenAI-compatible endpoint answers it;
 * - `openai-responses`: OpenAI's Responses API, `POST …/responses` (what the AI SDK's `openai(…)` calls);
 * - `anthropic`: Anthropic Messages, `POST …/messages` (text, or a `tool_use` block when the
 *   request forces a tool, as the SDK's JSON-tool mode does);
 * - `google`: Gemini `POST …/models/{model}:generateContent` and `:streamGenerateContent?alt=sse`.
 * Each protocol's replies, server-sent events and error bodies follow that provider's documented
 * shapes, so the AI SDK's real providers exercise the real wire path: request bodies, status codes,
 * retry headers, timeouts and streaming.
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

export type TProtocol = 'openai-chat' | 'ollama' | 'openai-responses' | 'anthropic' | 'google';

export type TScriptedOpenAIServer = {
  protocol: TProtocol;
  /**
   * The provider's base URL setting: `http://127.0.0.1:<port>/v1` (`/v1beta` for Google), for
   * `openai-compatible:<baseURL>#<model>` or OPENAI_BASE_URL, ANTHROPIC_BASE_URL,
   * GOOGLE_GENERATIVE_AI_BASE_URL.
   */
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
export async function startScriptedOpenAIServer(
  script: TScript,
  protocol: TProtocol = 'openai-chat',
): Promise<TScriptedOpenAIServer> {
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
    const route = ROUTES[protocol](path);
    if (request.method !== 'POST' || route === undefined) {
      sendError(protocol, response, 404, `No route for ${request.method} ${path}`, null);
      return;
    }
    if (route.stream) recorded.body = { ...recorded.body!, stream: true };
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
    await answer(protocol, reply, recorded, response);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    protocol,
    baseURL: `http://127.0.0.1:${port}/${protocol === 'google' ? 'v1beta' : 'v1'}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Which paths each protocol serves, and whether the path itself asks for a stream (Gemini). */
const ROUTES: Record<TProtocol, (path: string) => { stream: boolean } | undefined> = {
  'openai-chat': (path) => (path.endsWith('/chat/completions') ? { stream: false } : undefined),
  ollama: (path) => (path.endsWith('/chat/completions') ? { stream: false } : undefined),
  'openai-responses': (path) => (path.endsWith('/responses') ? { stream: false } : undefined),
  anthropic: (path) => (path.endsWith('/messages') ? { stream: false } : undefined),
  google: (path) => {
    const method = path.match(/\/models\/[^/:]+:(generateContent|streamGenerateContent)$/)?.[1];
    return method === undefined ? undefined : { stream: method === 'streamGenerateContent' };
  },
};

type TContentReply = Extract<TScriptedReply, { kind: 'content' }>;

async function answer(
  protocol: TProtocol,
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
        protocol,
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
      const stream = request.body?.stream === true;
      if (stream) {
        response.writeHead(200, {
          'content-type': 'text/event-stream',
          'cache-control': 'no-cache',
          connection: 'keep-alive',
        });
      } else {
        response.writeHead(200, { 'content-type': 'application/json' });
      }
      const encode = ENCODERS[protocol];
      if (stream) {
        for (const event of encode.stream(reply, request)) response.write(event);
        response.end();
      } else {
        response.end(JSON.stringify(encode.body(reply, request)));
      }
      return;
    }
    default: {
      const unreachable: never = reply;
      throw new Error(`Unknown scripted reply ${JSON.stringify(unreachable)}`);
    }
  }
}

type TEncoder = {
  body(reply: TContentReply, request: TRecordedRequest): unknown;
  stream(reply: TContentReply, request: TRecordedRequest): string[];
};

const CREATED = 1_700_000_000;
const tokens = (reply: TContentReply) => ({
  input: reply.usage?.promptTokens ?? 100,
  output: reply.usage?.completionTokens ?? 50,
});
const pieces = (reply: TContentReply) => {
  const size = reply.chunkSize ?? 16;
  const list: string[] = [];
  for (let start = 0; start < reply.content.length; start += size)
    list.push(reply.content.slice(start, start + size));
  return list;
};
const modelOf = (request: TRecordedRequest) =>
  typeof request.body?.model === 'string' ? request.body.model : MODEL;
/** A named server-sent event, as OpenAI's Responses API and Anthropic send them. */
const namedEvent = (data: { type: string; [key: string]: unknown }) =>
  `event: ${data.type}\ndata: ${JSON.stringify(data)}\n\n`;

function chatEncoder(fingerprint: string | undefined): TEncoder {
  const usageOf = (reply: TContentReply) => {
    const { input, output } = tokens(reply);
    return { prompt_tokens: input, completion_tokens: output, total_tokens: input + output };
  };
  const id = 'chatcmpl-scripted';
  const extra = fingerprint === undefined ? {} : { system_fingerprint: fingerprint };
  return {
    body: (reply, request) => ({
      id,
      object: 'chat.completion',
      created: CREATED,
      model: modelOf(request),
      ...extra,
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: reply.content },
          finish_reason: reply.finishReason ?? 'stop',
        },
      ],
      usage: usageOf(reply),
    }),
    stream: (reply, request) => {
      const chunk = (
        delta: Record<string, unknown>,
        finish: string | null,
        more: Record<string, unknown> = {},
      ) =>
        `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created: CREATED, model: modelOf(request), ...extra, choices: [{ index: 0, delta, finish_reason: finish }], ...more })}\n\n`;
      return [
        chunk({ role: 'assistant', content: '' }, null),
        ...pieces(reply).map((piece) => chunk({ content: piece }, null)),
        chunk({}, reply.finishReason ?? 'stop', { usage: usageOf(reply) }),
        'data: [DONE]\n\n',
      ];
    },
  };
}

const responsesEncoder: TEncoder = (() => {
  const id = 'resp_scripted';
  const messageId = 'msg_scripted';
  const response = (reply: TContentReply, request: TRecordedRequest, status: string) => {
    const { input, output } = tokens(reply);
    const done = status !== 'in_progress';
    return {
      id,
      object: 'response',
      created_at: CREATED,
      status,
      model: modelOf(request),
      output: done
        ? [
            {
              type: 'message',
              id: messageId,
              status: 'completed',
              role: 'assistant',
              content: [{ type: 'output_text', text: reply.content, annotations: [], logprobs: [] }],
            },
          ]
        : [],
      incomplete_details: reply.finishReason === 'length' ? { reason: 'max_output_tokens' } : null,
      usage: done
        ? {
            input_tokens: input,
            input_tokens_details: { cached_tokens: 0 },
            output_tokens: output,
            output_tokens_details: { reasoning_tokens: 0 },
            total_tokens: input + output,
          }
        : null,
    };
  };
  return {
    body: (reply, request) =>
      response(reply, request, reply.finishReason === 'length' ? 'incomplete' : 'completed'),
    stream: (reply, request) => {
      let sequence = 0;
      const event = (data: Record<string, unknown> & { type: string }) =>
        namedEvent({ ...data, sequence_number: sequence++ });
      const finished = reply.finishReason === 'length' ? 'incomplete' : 'completed';
      return [
        event({ type: 'response.created', response: response(reply, request, 'in_progress') }),
        event({
          type: 'response.output_item.added',
          output_index: 0,
          item: { type: 'message', id: messageId, status: 'in_progress', role: 'assistant', content: [] },
        }),
        event({
          type: 'response.content_part.added',
          item_id: messageId,
          output_index: 0,
          content_index: 0,
          part: { type: 'output_text', text: '', annotations: [] },
        }),
        ...pieces(reply).map((delta) =>
          event({
            type: 'response.output_text.delta',
            item_id: messageId,
            output_index: 0,
            content_index: 0,
            delta,
            logprobs: [],
          }),
        ),
        event({
          type: 'response.output_text.done',
          item_id: messageId,
          output_index: 0,
          content_index: 0,
          text: reply.content,
          logprobs: [],
        }),
        event({
          type: 'response.output_item.done',
          output_index: 0,
          item: {
            type: 'message',
            id: messageId,
            status: 'completed',
            role: 'assistant',
            content: [{ type: 'output_text', text: reply.content, annotations: [] }],
          },
        }),
        event({ type: `response.${finished}`, response: response(reply, request, finished) }),
      ];
    },
  };
})();

const anthropicEncoder: TEncoder = (() => {
  const stopReason = (reply: TContentReply, tool: boolean) =>
    reply.finishReason === 'length' ? 'max_tokens' : tool ? 'tool_use' : 'end_turn';
  /** The tool a request forces (`any` with one tool, or `tool`), as the SDK's JSON-tool mode does. */
  const forcedTool = (request: TRecordedRequest) => {
    const choice = request.body?.tool_choice as { type?: string; name?: string } | undefined;
    const tools = (request.body?.tools as { name?: string }[] | undefined) ?? [];
    if (choice?.type === 'tool') return choice.name;
    return choice?.type === 'any' && tools.length === 1 ? tools[0]!.name : undefined;
  };
  const parsed = (text: string) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
  };
  return {
    body: (reply, request) => {
      const { input, output } = tokens(reply);
      const tool = forcedTool(request);
      const toolInput = tool === undefined ? undefined : parsed(reply.content);
      return {
        id: 'msg_scripted',
        type: 'message',
        role: 'assistant',
        model: modelOf(request),
        content:
          tool !== undefined && toolInput !== undefined
            ? [{ type: 'tool_use', id: 'toolu_scripted', name: tool, input: toolInput }]
            : [{ type: 'text', text: reply.content }],
        stop_reason: stopReason(reply, tool !== undefined && toolInput !== undefined),
        stop_sequence: null,
        usage: { input_tokens: input, output_tokens: output },
      };
    },
    stream: (reply, request) => {
      const { input, output } = tokens(reply);
      return [
        namedEvent({
          type: 'message_start',
          message: {
            id: 'msg_scripted',
            type: 'message',
            role: 'assistant',
            model: modelOf(request),
            content: [],
            stop_reason: null,
            stop_sequence: null,
            usage: { input_tokens: input, output_tokens: 1 },
          },
        }),
        namedEvent({ type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }),
        'event: ping\ndata: {"type": "ping"}\n\n',
        ...pieces(reply).map((text) =>
          namedEvent({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text } }),
        ),
        namedEvent({ type: 'content_block_stop', index: 0 }),
        namedEvent({
          type: 'message_delta',
          delta: { stop_reason: stopReason(reply, false), stop_sequence: null },
          usage: { output_tokens: output },
        }),
        namedEvent({ type: 'message_stop' }),
      ];
    },
  };
})();

const googleEncoder: TEncoder = (() => {
  const usage = (reply: TContentReply) => {
    const { input, output } = tokens(reply);
    return { promptTokenCount: input, candidatesTokenCount: output, totalTokenCount: input + output };
  };
  const finish = (reply: TContentReply) => (reply.finishReason === 'length' ? 'MAX_TOKENS' : 'STOP');
  const model = (request: TRecordedRequest) => request.path.match(/\/models\/([^/:]+):/)?.[1] ?? MODEL;
  return {
    body: (reply, request) => ({
      candidates: [
        {
          content: { role: 'model', parts: [{ text: reply.content }] },
          finishReason: finish(reply),
          index: 0,
        },
      ],
      usageMetadata: usage(reply),
      modelVersion: model(request),
      responseId: 'scripted',
    }),
    stream: (reply, request) => {
      const list = pieces(reply);
      return list.map((text, index) => {
        const last = index === list.length - 1;
        const chunk = {
          candidates: [
            {
              content: { role: 'model', parts: [{ text }] },
              index: 0,
              ...(last ? { finishReason: finish(reply) } : {}),
            },
          ],
          ...(last ? { usageMetadata: usage(reply) } : {}),
          modelVersion: model(request),
          responseId: 'scripted',
        };
        return `data: ${JSON.stringify(chunk)}\r\n\r\n`;
      });
    },
  };
})();

const ENCODERS: Record<TProtocol, TEncoder> = {
  'openai-chat': chatEncoder(undefined),
  ollama: chatEncoder('fp_ollama'),
  'openai-responses': responsesEncoder,
  anthropic: anthropicEncoder,
  google: googleEncoder,
};

/** Each provider's error body, with `retry-after-ms` (honoured by the AI SDK) when asked. */
function sendError(
  protocol: TProtocol,
  response: ServerResponse,
  status: number,
  message: string,
  retryAfterMs: number | null,
): void {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (retryAfterMs !== null) headers['retry-after-ms'] = String(retryAfterMs);
  response.writeHead(status, headers);
  const body =
    protocol === 'anthropic'
      ? {
          type: 'error',
          error: {
            type:
              status === 429
                ? 'rate_limit_error'
                : status === 401
                  ? 'authentication_error'
                  : status >= 500
                    ? 'api_error'
                    : 'invalid_request_error',
            message,
          },
        }
      : protocol === 'google'
        ? {
            error: {
              code: status,
              message,
              status:
                status === 429
                  ? 'RESOURCE_EXHAUSTED'
                  : status === 401
                    ? 'UNAUTHENTICATED'
                    : status >= 500
                      ? 'INTERNAL'
                      : 'INVALID_ARGUMENT',
            },
          }
        : { error: { message, type: status === 429 ? 'rate_limit_exceeded' : 'server_error', code: null } };
  response.end(JSON.stringify(body));
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
