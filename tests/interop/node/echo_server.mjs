// A WebSocket peer built on node `ws` (from npm), for Sockscope's interop and
// command-line tests. Nobody here wrote the library, which is the point.
//
// It listens on 127.0.0.1 (port 0 unless --port), prints the port as the FIRST line of
// standard output, and echoes every message with its type. A few text messages are commands:
//
//   __request__          reply with a JSON object: the request path, headers ([name, value]
//                        pairs, in order) and the negotiated subprotocol (null when none)
//   __big__ N            reply with a text message of N bytes
//   __close__ CODE [R]   close with CODE and reason R
//   __drop__             drop the TCP connection without a close frame
//
// Options: --subprotocol NAME (repeatable; selected only when the client offered it),
// --require-bearer TOKEN (otherwise HTTP 401 with a body), --max-size BYTES,
// --tls-cert FILE --tls-key FILE (wss), --no-pong (autoPong: false, so pings go unanswered),
// --stop-reading (stop reading from the socket after the handshake), --exit-on-stdin-eof
// (exit when standard input ends, so a test runner that dies takes its servers with it).

import { readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { parseArgs } from 'node:util';

let WebSocketServer;
try {
    ({ WebSocketServer } = await import('ws'));
} catch (error) {
    process.stderr.write(`echo_server.mjs: cannot load the npm package "ws" (${error.message}).\n`
        + 'Run: npm ci --prefix tests/interop/node\n');
    process.exit(3);
}

export const REFUSAL_BODY = 'missing or wrong bearer token\n';

const { values: options } = parseArgs({
    options: {
        'port': { type: 'string', default: '0' },
        'subprotocol': { type: 'string', multiple: true, default: [] },
        'require-bearer': { type: 'string' },
        'max-size': { type: 'string', default: String(64 * 1024 * 1024) },
        'tls-cert': { type: 'string' },
        'tls-key': { type: 'string' },
        'no-pong': { type: 'boolean', default: false },
        'stop-reading': { type: 'boolean', default: false },
        'exit-on-stdin-eof': { type: 'boolean', default: false },
    },
});

const httpServer = options['tls-cert']
    ? createHttpsServer({ cert: readFileSync(options['tls-cert']), key: readFileSync(options['tls-key']) })
    : createHttpServer();

const supported = new Set(options.subprotocol);

const wss = new WebSocketServer({
    server: httpServer,
    maxPayload: Number(options['max-size']),
    autoPong: !options['no-pong'],
    perMessageDeflate: false,
    // Select exactly what the client offered (MCP's rule for "mcp"), never more.
    handleProtocols: (offered) => {
        for (const name of offered) {
            if (supported.has(name))
                return name;
        }
        return false;
    },
    verifyClient: options['require-bearer'] === undefined ? undefined : (info, done) => {
        if (info.req.headers.authorization === `Bearer ${options['require-bearer']}`)
            done(true);
        else
            done(false, 401, REFUSAL_BODY, { 'WWW-Authenticate': 'Bearer realm="sockscope-test"' });
    },
});

function pairs(rawHeaders) {
    const result = [];
    for (let i = 0; i + 1 < rawHeaders.length; i += 2)
        result.push([rawHeaders[i], rawHeaders[i + 1]]);
    return result;
}

function command(ws, request, text) {
    const words = text.split(' ');
    switch (words[0]) {
    case '__request__':
        ws.send(JSON.stringify({ path: request.url, headers: pairs(request.rawHeaders), subprotocol: ws.protocol || null }));
        return true;
    case '__big__':
        ws.send('x'.repeat(Number(words[1])));
        return true;
    case '__close__':
        ws.close(Number(words[1]), words.slice(2).join(' '));
        return true;
    case '__drop__':
        ws.terminate();
        return true;
    default:
        return false;
    }
}

wss.on('connection', (ws, request) => {
    if (options['stop-reading']) {
        request.socket.pause();
        // ws resumes the socket when it sees no backpressure; keep it paused.
        request.socket.resume = () => request.socket;
        return;
    }
    ws.on('message', (data, isBinary) => {
        if (!isBinary && data.length >= 2 && data[0] === 0x5f && data[1] === 0x5f && command(ws, request, data.toString()))
            return;
        ws.send(data, { binary: isBinary });
    });
    ws.on('error', () => {});
});

httpServer.listen(Number(options.port), '127.0.0.1', () => {
    process.stdout.write(`${httpServer.address().port}\n`);
});

for (const name of ['SIGTERM', 'SIGINT'])
    process.on(name, () => process.exit(0));
if (options['exit-on-stdin-eof']) {
    process.stdin.on('end', () => process.exit(0));
    process.stdin.on('error', () => process.exit(0));
    process.stdin.resume();
}
