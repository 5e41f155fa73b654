// Drives a RecordedServer (core/replay) with the official MCP TypeScript SDK client (Client +
// WebSocketClientTransport, subprotocol "mcp"), for tests/replay/tst_recordedserver.cpp:
// initialize, list the tools, call `echo`, call `slow` without arguments and with progress
// (each progress the SDK's onprogress sees is listed), then a call nothing was recorded for.
//
// Usage: node sdk_replay_client.mjs URL
//
// The SDK comes from tests/mcp/node/node_modules (installed by `npm ci --prefix tests/mcp/node`),
// found through SOCKSCOPE_SOURCE_DIR. Every step prints one JSON line on stdout:
//   {"step": NAME, "result": ...} or {"step": NAME, "error": {"code", "message"}}
// and the last line is {"step": "done"}. The test asserts on the lines; this script judges nothing.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const sourceDir = process.env.SOCKSCOPE_SOURCE_DIR;
if (!sourceDir) {
    console.error('SOCKSCOPE_SOURCE_DIR is not set');
    process.exit(2);
}
const modules = path.join(sourceDir, 'tests', 'mcp', 'node', 'node_modules');
const load = (relative) => import(pathToFileURL(path.join(modules, relative)).href);

const { WebSocket } = await load('ws/wrapper.mjs');
// Node 20 has no global WebSocket; the SDK's transport expects one (node 22 has it built in).
globalThis.WebSocket ??= WebSocket;
const { Client } = await load('@modelcontextprotocol/sdk/dist/esm/client/index.js');
const { WebSocketClientTransport } = await load('@modelcontextprotocol/sdk/dist/esm/client/websocket.js');

const [url] = process.argv.slice(2);

function emit(line) {
    process.stdout.write(JSON.stringify(line) + '\n');
}

async function step(name, run) {
    try {
        emit({ step: name, result: await run() });
    } catch (error) {
        emit({ step: name, error: { code: error.code ?? null, message: String(error.message ?? error) } });
    }
}

const client = new Client({ name: 'sockscope-replay-interop', version: '1.0.0' }, { capabilities: {} });
const transport = new WebSocketClientTransport(new URL(url));

await step('initialize', async () => {
    await client.connect(transport);
    return { serverVersion: client.getServerVersion(), capabilities: client.getServerCapabilities() };
});
await step('tools/list', () => client.listTools());
await step('tools/call echo', () => client.callTool({ name: 'echo', arguments: { text: 'hello' } }));
{
    const name = 'tools/call slow with progress';
    const progress = [];
    try {
        const result = await client.callTool({ name: 'slow' }, undefined, { onprogress: (p) => progress.push(p) });
        emit({ step: name, result, progress });
    } catch (error) {
        emit({ step: name, error: { code: error.code ?? null, message: String(error.message ?? error) }, progress });
    }
}
await step('tools/call unrecorded', () => client.callTool({ name: 'echo', arguments: { text: 'never recorded' } }));
await client.close();
emit({ step: 'done' });
