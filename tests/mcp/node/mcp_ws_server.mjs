// An MCP server made with the official MCP TypeScript SDK (`McpServer`), put behind node `ws`
// for the Sockscope MCP tests. The SDK 1.x has no WebSocket server transport, so the small
// WebSocketServerTransport below is the adapter: one JSON-RPC message per text message, binary
// messages closed with 1003, and the subprotocol `mcp` selected exactly when the client offers it.
//
// Usage: node mcp_ws_server.mjs [--port N] [--page-size N]
// Binds 127.0.0.1 (port 0 = any free port) and prints the port on the first line of stdout.
// Each connection gets its own McpServer. tools/list and prompts/list answer in pages of
// --page-size items (default 2) with `nextCursor`, which the SDK's McpServer does not do itself.
//
// Tools (besides the data the tests check):
//   echo {text}                 text content "echo: TEXT"
//   add {a, b}                  text content and structuredContent {sum}
//   fail {message?}             a result with isError: true
//   ask_client {method}         sends roots/list, sampling/createMessage or elicitation/create to
//                               the client and returns its answer as JSON text (isError when the
//                               client answered with a JSON-RPC error)
//   add_tool {name}             registers a new tool: the SDK sends notifications/tools/list_changed
//   log {level?, message}       sends notifications/message
//   slow {steps, delayMs}       sends notifications/progress per step (when the request has a
//                               progressToken); stops when the client cancels
//   last_cancellation           the reason of the last cancellation this connection received
//   server_stats                {connections, initializations} over the server's life
//   drop_connection             answers, then drops the TCP connection without a close frame
// resources/subscribe is acknowledged and followed by one notifications/resources/updated.
import { WebSocketServer } from 'ws';
import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { completable } from '@modelcontextprotocol/sdk/server/completable.js';
import {
    JSONRPCMessageSchema,
    CreateMessageResultSchema,
    ElicitResultSchema,
    ListRootsResultSchema,
    SubscribeRequestSchema,
    UnsubscribeRequestSchema,
    McpError,
    ErrorCode,
} from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';

function option(name, fallback) {
    const at = process.argv.indexOf(`--${name}`);
    return at > 0 && at + 1 < process.argv.length ? process.argv[at + 1] : fallback;
}

const port = Number(option('port', '0'));
const pageSize = Number(option('page-size', '2'));
const stats = { connections: 0, initializations: 0 };

class WebSocketServerTransport {
    constructor(socket) {
        this.socket = socket;
    }

    async start() {
        this.socket.on('message', (data, isBinary) => {
            if (isBinary) {
                this.socket.close(1003, 'MCP messages are text');
                return;
            }
            let message;
            try {
                message = JSONRPCMessageSchema.parse(JSON.parse(data.toString('utf8')));
            } catch (error) {
                this.socket.send(JSON.stringify({
                    jsonrpc: '2.0', id: null,
                    error: { code: ErrorCode.ParseError, message: `Parse error: ${error.message}` },
                }));
                return;
            }
            this.onmessage?.(message);
        });
        this.socket.on('close', () => this.onclose?.());
        this.socket.on('error', error => this.onerror?.(error));
    }

    async send(message) {
        await new Promise((resolve, reject) =>
            this.socket.send(JSON.stringify(message), error => (error ? reject(error) : resolve())));
    }

    async close() {
        this.socket.close(1000, 'server closing');
    }
}

// Answers a list method in pages of `pageSize`, wrapping the McpServer's own handler, which
// always answers everything at once. The SDK keeps handlers in a private map; replacing the
// entry keeps the SDK's request parsing and capability checks in front of it.
function paginate(server, method, key) {
    const handlers = server.server._requestHandlers;
    const original = handlers.get(method);
    handlers.set(method, async (request, extra) => {
        const all = await original(request, extra);
        const cursor = request.params?.cursor;
        const start = cursor === undefined ? 0 : Number(cursor);
        if (!Number.isInteger(start) || start < 0 || start > all[key].length)
            throw new McpError(ErrorCode.InvalidParams, `Invalid cursor: ${cursor}`);
        const page = { ...all, [key]: all[key].slice(start, start + pageSize) };
        if (start + pageSize < all[key].length)
            page.nextCursor = String(start + pageSize);
        return page;
    });
}

function createServer(socket) {
    const server = new McpServer(
        { name: 'sockscope-test-server', version: '1.0.0' },
        {
            capabilities: { logging: {}, completions: {}, resources: { subscribe: true } },
            instructions: 'A test server for Sockscope.',
        });
    let lastCancellation = null;
    const text = value => ({ content: [{ type: 'text', text: value }] });

    server.registerTool('echo', {
        description: 'Echoes the text back',
        inputSchema: { text: z.string() },
    }, async ({ text: value }) => text(`echo: ${value}`));

    server.registerTool('add', {
        description: 'Adds two numbers',
        inputSchema: { a: z.number(), b: z.number() },
        outputSchema: { sum: z.number() },
    }, async ({ a, b }) => ({ ...text(String(a + b)), structuredContent: { sum: a + b } }));

    server.registerTool('fail', {
        description: 'Always reports a tool error',
        inputSchema: { message: z.string().optional() },
    }, async ({ message }) => ({ ...text(message ?? 'the tool failed on purpose'), isError: true }));

    server.registerTool('ask_client', {
        description: 'Sends a request to the client and returns its answer',
        inputSchema: { method: z.enum(['roots/list', 'sampling/createMessage', 'elicitation/create']) },
    }, async ({ method }) => {
        try {
            let result;
            if (method === 'roots/list') {
                result = await server.server.request({ method }, ListRootsResultSchema);
            } else if (method === 'sampling/createMessage') {
                result = await server.server.request({
                    method,
                    params: { messages: [{ role: 'user', content: { type: 'text', text: 'Say hi' } }], maxTokens: 10 },
                }, CreateMessageResultSchema);
            } else {
                result = await server.server.request({
                    method,
                    params: {
                        mode: 'form',
                        message: 'Your name?',
                        requestedSchema: { type: 'object', properties: { name: { type: 'string' } } },
                    },
                }, ElicitResultSchema);
            }
            return text(JSON.stringify(result));
        } catch (error) {
            return { ...text(error.message), isError: true };
        }
    });

    server.registerTool('add_tool', {
        description: 'Registers another tool, which makes the server send notifications/tools/list_changed',
        inputSchema: { name: z.string() },
    }, async ({ name }) => {
        server.registerTool(name, { description: 'Added at run time' }, async () => text(`I am ${name}`));
        return text(`added ${name}`);
    });

    server.registerTool('log', {
        description: 'Sends a notifications/message',
        inputSchema: { message: z.string(), level: z.string().optional() },
    }, async ({ message, level }) => {
        await server.server.sendLoggingMessage({ level: level ?? 'info', logger: 'test', data: message });
        return text('logged');
    });

    server.registerTool('slow', {
        description: 'Reports progress step by step; stops when cancelled',
        inputSchema: { steps: z.number().int(), delayMs: z.number().int() },
    }, async ({ steps, delayMs }, extra) => {
        const token = extra._meta?.progressToken;
        for (let step = 1; step <= steps; ++step) {
            await new Promise(resolve => setTimeout(resolve, delayMs));
            if (extra.signal.aborted) {
                lastCancellation = String(extra.signal.reason ?? '');
                throw new Error('cancelled');
            }
            if (token !== undefined) {
                await extra.sendNotification({
                    method: 'notifications/progress',
                    params: { progressToken: token, progress: step, total: steps, message: `step ${step}` },
                });
            }
        }
        return text(`done after ${steps} steps`);
    });

    server.registerTool('last_cancellation', {
        description: 'The reason of the last cancelled request on this connection',
    }, async () => text(JSON.stringify({ reason: lastCancellation })));

    server.registerTool('server_stats', {
        description: 'Connections and initializations since the server started',
    }, async () => text(JSON.stringify(stats)));

    server.registerTool('drop_connection', {
        description: 'Answers, then drops the connection without a close frame',
    }, async () => {
        setTimeout(() => socket.terminate(), 50);
        return text('dropping');
    });

    server.registerResource('greeting', 'sockscope://greeting', {
        description: 'A fixed text', mimeType: 'text/plain',
    }, async uri => ({ contents: [{ uri: uri.href, mimeType: 'text/plain', text: 'Hello from the MCP SDK' }] }));

    server.registerResource('item', new ResourceTemplate('sockscope://items/{id}', { list: undefined }), {
        description: 'One item by id', mimeType: 'text/plain',
    }, async (uri, { id }) => ({ contents: [{ uri: uri.href, mimeType: 'text/plain', text: `item ${id}` }] }));

    const names = ['Ada', 'Alan', 'Grace'];
    server.registerPrompt('greet', {
        description: 'Greets someone',
        argsSchema: { name: completable(z.string(), value => names.filter(name => name.startsWith(value))) },
    }, ({ name }) => ({
        messages: [{ role: 'user', content: { type: 'text', text: `Please greet ${name}` } }],
    }));
    for (const name of ['summarise', 'translate'])
        server.registerPrompt(name, { description: `A ${name} prompt` }, () => ({
            messages: [{ role: 'user', content: { type: 'text', text: name } }],
        }));

    // McpServer has no subscriptions of its own: acknowledge, then report one update.
    server.server.setRequestHandler(SubscribeRequestSchema, async request => {
        setTimeout(() => server.server.sendResourceUpdated({ uri: request.params.uri }).catch(() => {}), 10);
        return {};
    });
    server.server.setRequestHandler(UnsubscribeRequestSchema, async () => ({}));

    paginate(server, 'tools/list', 'tools');
    paginate(server, 'prompts/list', 'prompts');
    server.server.oninitialized = () => ++stats.initializations;
    return server;
}

const wss = new WebSocketServer({
    host: '127.0.0.1',
    port,
    handleProtocols: protocols => (protocols.has('mcp') ? 'mcp' : false),
});
wss.on('connection', async socket => {
    ++stats.connections;
    const server = createServer(socket);
    await server.connect(new WebSocketServerTransport(socket));
});
wss.on('listening', () => process.stdout.write(`${wss.address().port}\n`));
for (const signal of ['SIGINT', 'SIGTERM'])
    process.on(signal, () => {
        for (const client of wss.clients)
            client.terminate();
        wss.close(() => process.exit(0));
    });
