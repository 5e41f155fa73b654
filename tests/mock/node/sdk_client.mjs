// Drives `sockscope mock` with the official MCP TypeScript SDK client (Client +
// WebSocketClientTransport, subprotocol "mcp"), for tests/mock/tst_mocksdkinterop.cpp.
//
// Usage: node sdk_client.mjs URL SCENARIO
//   default  every tool of the built-in configuration, resources, prompts, ping, completion,
//            logging, progress, bad arguments, cancellation
//   paging   tools/list, resources/list and prompts/list page by page with nextCursor
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

const [url, scenario = 'default'] = process.argv.slice(2);

function emit(line) {
    process.stdout.write(JSON.stringify(line) + '\n');
}

async function step(name, run) {
    try {
        const result = await run();
        emit({ step: name, result });
    } catch (error) {
        emit({ step: name, error: { code: error.code ?? null, message: String(error.message ?? error), data: error.data ?? null } });
    }
}

const notifications = [];
const client = new Client({ name: 'sockscope-mock-interop', version: '1.0.0' }, { capabilities: {} });
client.fallbackNotificationHandler = async (notification) => {
    notifications.push(notification.method);
};
const transport = new WebSocketClientTransport(new URL(url));

await step('initialize', async () => {
    await client.connect(transport);
    return {
        serverVersion: client.getServerVersion(),
        capabilities: client.getServerCapabilities(),
        instructions: client.getInstructions() ?? null,
    };
});

if (scenario === 'default') {
    await step('tools/list', () => client.listTools());
    await step('tools/call echo', () => client.callTool({ name: 'echo', arguments: { text: 'hello' } }));
    await step('tools/call add', () => client.callTool({ name: 'add', arguments: { a: 2, b: 3.5 } }));
    await step('tools/call greet', () => client.callTool({ name: 'greet', arguments: { name: 'Ada', style: 'plain' } }));
    await step('tools/call slow', async () => {
        const progress = [];
        const result = await client.callTool({ name: 'slow', arguments: {} }, undefined, {
            onprogress: (p) => progress.push(p),
        });
        return { result, progress };
    });
    await step('tools/call wait', () => client.callTool({ name: 'wait', arguments: {} }));
    await step('tools/call fail', () => client.callTool({ name: 'fail', arguments: { reason: 'testing' } }));
    await step('tools/call reject', () => client.callTool({ name: 'reject', arguments: {} }));
    for (let i = 1; i <= 4; ++i)
        await step(`tools/call cycle ${i}`, () => client.callTool({ name: 'cycle', arguments: {} }));
    await step('tools/call add bad type', () => client.callTool({ name: 'add', arguments: { a: 'two', b: 3 } }));
    await step('tools/call add missing', () => client.callTool({ name: 'add', arguments: { a: 2 } }));
    await step('tools/call greet enum', () => client.callTool({ name: 'greet', arguments: { name: 'Ada', style: 'loud' } }));
    await step('tools/call unknown', () => client.callTool({ name: 'no_such_tool', arguments: {} }));
    await step('resources/list', () => client.listResources());
    await step('resources/read text', () => client.readResource({ uri: 'sockscope://readme' }));
    await step('resources/read blob', () => client.readResource({ uri: 'sockscope://pixel.png' }));
    await step('resources/templates/list', () => client.listResourceTemplates());
    await step('resources/read template', () => client.readResource({ uri: 'sockscope://notes/42' }));
    await step('resources/read unknown', () => client.readResource({ uri: 'sockscope://missing' }));
    await step('prompts/list', () => client.listPrompts());
    await step('prompts/get greeting', () => client.getPrompt({ name: 'greeting', arguments: { name: 'Ada' } }));
    await step('prompts/get review_code', () =>
        client.getPrompt({ name: 'review_code', arguments: { code: 'int x;', language: 'c++' } }));
    await step('prompts/get missing argument', () => client.getPrompt({ name: 'greeting', arguments: {} }));
    await step('completion/complete', () =>
        client.complete({ ref: { type: 'ref/prompt', name: 'review_code' }, argument: { name: 'language', value: 'py' } }));
    await step('logging/setLevel', () => client.setLoggingLevel('debug'));
    await step('ping', () => client.ping());
    await step('cancel slow', async () => {
        const controller = new AbortController();
        const progress = [];
        const call = client.callTool({ name: 'slow', arguments: {} }, undefined, {
            signal: controller.signal,
            onprogress: (p) => {
                progress.push(p);
                controller.abort('the test cancels after the first step');
            },
        });
        try {
            await call;
            return { completed: true, progress };
        } catch (error) {
            return { completed: false, progress, message: String(error.message ?? error) };
        }
    });
    // Still answering after the cancellation: the session stays usable.
    await step('ping after cancel', () => client.ping());
} else if (scenario === 'paging') {
    for (const [name, list, key] of [
        ['tools/list', (cursor) => client.listTools(cursor ? { cursor } : undefined), 'tools'],
        ['resources/list', (cursor) => client.listResources(cursor ? { cursor } : undefined), 'resources'],
        ['prompts/list', (cursor) => client.listPrompts(cursor ? { cursor } : undefined), 'prompts'],
    ]) {
        await step(name, async () => {
            const pages = [];
            let cursor;
            for (let page = 0; page < 20; ++page) {
                const result = await list(cursor);
                pages.push(result[key].map((item) => item.name));
                cursor = result.nextCursor;
                if (!cursor)
                    break;
            }
            return { pages };
        });
    }
    await step('tools/list bad cursor', () => client.listTools({ cursor: 'not-a-cursor' }));
}

emit({ step: 'notifications', result: notifications });
await client.close();
emit({ step: 'done' });
