// `npm run mock-api`: the mock backend as a standalone HTTP server on 127.0.0.1:$PORT (default 8787).
import { startMockServer } from './node/http-server';

const port = Number(process.env.PORT ?? 8787);
const started = Date.now();
const server = await startMockServer({ port, size: process.env.MOCK_SIZE ? Number(process.env.MOCK_SIZE) : undefined });
console.log(`Mock API on ${server.url}/api (${server.store.state.callbacks.size} callbacks, seed ${server.store.meta.seed}, ready in ${Date.now() - started} ms)`);
console.log('Demo users: sup-1 (supervisor), ag-1…ag-4 (agents). Send X-User-Id. Docs: docs/api.md');
