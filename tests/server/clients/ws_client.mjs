// One node `ws` client for the `sockscope serve` tests. Prints what happens as JSON lines:
//   {"event":"open","protocol":"mcp"}            ("" when the server selected none)
//   {"event":"message","data":"...","binary":false}
//   {"event":"refused","status":503}            (the server answered the upgrade with HTTP)
//   {"event":"close","code":1001,"reason":"..."}
//   {"event":"error","message":"..."}
// Options: --url URL, --send TEXT (repeatable, sent after open), --expect N (close with
// 1000 after N messages), --subprotocol NAME (repeatable), --origin ORIGIN,
// --header "Name: value" (repeatable), --wait-close (stay until the server closes),
// --linger MS (after the expected messages, keep listening MS more before closing, to
// catch extras), --ca FILE (trust this PEM certificate for wss://), --timeout MS (give up: exit 2).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import WebSocket from './loadws.mjs';

const { values: options } = parseArgs({
    options: {
        'url': { type: 'string' },
        'send': { type: 'string', multiple: true, default: [] },
        'expect': { type: 'string', default: '0' },
        'subprotocol': { type: 'string', multiple: true, default: [] },
        'origin': { type: 'string' },
        'header': { type: 'string', multiple: true, default: [] },
        'wait-close': { type: 'boolean', default: false },
        'linger': { type: 'string', default: '0' },
        'ca': { type: 'string' },
        'timeout': { type: 'string', default: '10000' },
    },
});

const print = (object) => process.stdout.write(JSON.stringify(object) + '\n');
const headers = {};
for (const line of options.header) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
}
const expect = Number(options.expect);
const timer = setTimeout(() => {
    print({ event: 'timeout' });
    process.exit(2);
}, Number(options.timeout));

const clientOptions = { headers };
if (options.origin)
    clientOptions.origin = options.origin;
if (options.ca)
    clientOptions.ca = readFileSync(options.ca);
const socket = new WebSocket(options.url, options.subprotocol, clientOptions);
let received = 0;

socket.on('unexpected-response', (request, response) => {
    print({ event: 'refused', status: response.statusCode });
    clearTimeout(timer);
    request.destroy();
    process.exitCode = 0;
});
socket.on('open', () => {
    print({ event: 'open', protocol: socket.protocol });
    for (const text of options.send)
        socket.send(text);
    if (expect === 0 && !options['wait-close'] && options.send.length === 0) {
        clearTimeout(timer);
        socket.close(1000);
    }
});
socket.on('message', (data, isBinary) => {
    print({ event: 'message', data: isBinary ? data.toString('base64') : data.toString('utf8'), binary: isBinary });
    ++received;
    if (received === expect && !options['wait-close']) {
        setTimeout(() => {
            clearTimeout(timer);
            socket.close(1000);
        }, Number(options.linger));
    }
});
socket.on('close', (code, reason) => {
    print({ event: 'close', code, reason: reason.toString('utf8') });
    clearTimeout(timer);
});
socket.on('error', (error) => {
    if (!String(error.message).startsWith('Unexpected server response'))
        print({ event: 'error', message: String(error.message) });
});
