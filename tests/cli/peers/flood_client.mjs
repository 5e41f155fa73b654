// A node `ws` client that sends every message before reading any: the backpressure tests point
// it at `sockscope serve --echo` and `sockscope mock`, which must answer all of it without
// losing an answer and without their memory growing with the number of messages.
//
// Usage: node flood_client.mjs --url URL --count N [--mcp]
//   plain: sends the texts "1" .. "N", expects them back in order;
//   --mcp: initializes, then sends N tools/call requests (tool `echo`, ids 1..N) and expects N
//          results with ids 1..N in order.
// Prints one JSON line: {"sent": N, "received": M, "inOrder": bool, "firstBad": "...", "ms": T}.
// Exit 0 when every answer came back in order, 1 otherwise, 2 on timeout.
import { parseArgs } from 'node:util';
import WebSocket from '../../server/clients/loadws.mjs';

const { values: options } = parseArgs({
    options: {
        'url': { type: 'string' },
        'count': { type: 'string', default: '1000' },
        'mcp': { type: 'boolean', default: false },
        'timeout': { type: 'string', default: '120000' },
    },
});
const count = Number(options.count);
const started = Date.now();
const socket = new WebSocket(options.url, options.mcp ? ['mcp'] : []);
let received = 0;
let inOrder = true;
let firstBad = null;

function finish(code) {
    process.stdout.write(JSON.stringify({ sent: count, received, inOrder, firstBad, ms: Date.now() - started }) + '\n');
    process.exit(code);
}
setTimeout(() => finish(2), Number(options.timeout));

function flood() {
    // One synchronous loop: nothing is read until every message is handed to the socket.
    for (let i = 1; i <= count; ++i) {
        if (options.mcp)
            socket.send(JSON.stringify({ jsonrpc: '2.0', id: i, method: 'tools/call', params: { name: 'echo', arguments: { text: String(i) } } }));
        else
            socket.send(String(i));
    }
}

let initialized = !options.mcp;
socket.on('open', () => {
    if (options.mcp)
        socket.send(JSON.stringify({ jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'flood', version: '1' } } }));
    else
        flood();
});
socket.on('message', (data) => {
    const text = data.toString();
    if (!initialized) {
        initialized = true;
        socket.send(JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }));
        flood();
        return;
    }
    ++received;
    const expected = String(received);
    const got = options.mcp ? String(JSON.parse(text).id) : text;
    if (inOrder && got !== expected) {
        inOrder = false;
        firstBad = `answer ${received}: ${text.slice(0, 80)}`;
    }
    if (received === count) {
        socket.close(1000);
        finish(inOrder ? 0 : 1);
    }
});
socket.on('close', () => finish(received === count && inOrder ? 0 : 1));
socket.on('error', (error) => {
    firstBad = String(error.message);
    finish(1);
});
