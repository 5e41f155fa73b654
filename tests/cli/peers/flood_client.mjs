// A node `ws` client that sends every message before reading any (it reads nothing until the server
// has stopped reading or everything is sent): the backpressure tests point
// it at `sockscope serve --echo` and `sockscope mock`, which must answer all of it without
// losing an answer and without their memory growing with the number of messages.
//
// Usage: node flood_client.mjs --url URL --count N [--mcp] [--pad BYTES]
//   plain: sends the texts "1" .. "N" (each followed by a space and BYTES "x"), expects them back
//          in order;
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
        'pad': { type: 'string', default: '0' },
    },
});
const count = Number(options.count);
// Plain messages: "i" and a space with this many "x" after it, so the answers outgrow what the
// kernel's socket buffers hold and the server's queue must fill.
const padding = Number(options.pad) > 0 ? ' ' + 'x'.repeat(Number(options.pad)) : '';
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
    // Reading stops until the server has stopped reading in turn (its answers wait for a reader
    // that does not read: backpressure), or has read everything; without the pause, how soon the
    // answers are read would depend on the machine's load and the server might never wait.
    socket.pause();
    for (let i = 1; i <= count; ++i) {
        if (options.mcp)
            socket.send(JSON.stringify({ jsonrpc: '2.0', id: i, method: 'tools/call', params: { name: 'echo', arguments: { text: String(i) } } }));
        else
            socket.send(String(i) + padding);
    }
    let last = -1;
    let still = 0;
    const watch = setInterval(() => {
        const unsent = socket.bufferedAmount;
        still = unsent === last ? still + 1 : 0;
        last = unsent;
        // 0: all sent; unchanged for 300 ms: the server stopped reading.
        if (unsent === 0 || still >= 6) {
            clearInterval(watch);
            socket.resume();
        }
    }, 50);
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
    // A server's own notifications (the mock's "alive" log message every 30 s, on a slow run)
    // answer nothing: only responses count.
    const message = options.mcp ? JSON.parse(text) : null;
    if (message && message.id === undefined)
        return;
    ++received;
    const expected = String(received);
    const got = options.mcp ? String(message.id) : text.split(' ')[0];
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
