// The mock API as a plain HTTP server (node:http + msw's getResponse; no request interception).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import { createHandlers } from '../handlers/all-handlers';
import type { MockStore } from '../store/mock-store';
import { memoryStore, type FreshOptions } from '../store/open-store';

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PATCH, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, X-User-Id, If-Match, Idempotency-Key',
  'Access-Control-Expose-Headers': 'ETag, Idempotent-Replayed',
  'Access-Control-Max-Age': '600',
};

export interface MockServer {
  url: string;
  store: MockStore;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<ArrayBuffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const all = Buffer.concat(chunks);
  return all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength);
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body?: Buffer | string) {
  res.writeHead(status, { ...CORS, ...headers });
  res.end(body);
}

export async function startMockServer(options: FreshOptions & { port?: number; host?: string } = {}): Promise<MockServer> {
  const host = options.host ?? '127.0.0.1';
  const store = memoryStore(options);
  const handlers = createHandlers(Promise.resolve(store));
  const server = createServer((req, res) => {
    void (async () => {
      if (req.method === 'OPTIONS') return send(res, 204, {});
      const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
      const baseUrl = `http://${req.headers.host ?? host}`;
      const request = new Request(new URL(req.url ?? '/', baseUrl), { method: req.method, headers, body });
      const response = await getResponse(handlers, request, { baseUrl });
      if (!response) {
        const error = { error: { code: 'not-found', message: `There is no endpoint ${req.method} ${req.url}; the API lives under /api.` } };
        return send(res, 404, { 'Content-Type': 'application/json' }, JSON.stringify(error));
      }
      send(res, response.status, Object.fromEntries(response.headers), Buffer.from(await response.arrayBuffer()));
    })().catch((error: unknown) => {
      console.error('[mock-api]', error);
      if (!res.headersSent) send(res, 500, { 'Content-Type': 'application/json' }, JSON.stringify({ error: { code: 'internal', message: 'The mock server failed.' } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 8787, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    store,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
