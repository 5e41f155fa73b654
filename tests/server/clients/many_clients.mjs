// Many node `ws` clients at once against `sockscope serve`; prints ONE summary JSON line.
//   --mode echo       every client sends one message ("msg-<i>") and expects exactly it back
//   --mode broadcast  once all are open, every client sends "from-<i>" and expects exactly one
//                     message from each other client, and nothing else
//   --mode hold       clients open one after another (each waits for the previous to open or
//                     be refused), then all close; reports each one's HTTP status
// After the expected messages arrive, it keeps listening --linger MS to catch duplicates.
// Summary: {"count","opened","refused","statuses","errors","complete","duplicates",
//           "unexpected","received","elapsedMs"}; exit 0 when every client completed.
import { parseArgs } from 'node:util';
import WebSocket from './loadws.mjs';

const { values: options } = parseArgs({
    options: {
        'url': { type: 'string' },
        'count': { type: 'string', default: '10' },
        'mode': { type: 'string', default: 'echo' },
        'linger': { type: 'string', default: '300' },
        'timeout': { type: 'string', default: '30000' },
    },
});

const count = Number(options.count);
const mode = options.mode;
const started = Date.now();
const clients = [];
const summary = {
    count, opened: 0, refused: 0, statuses: [], errors: [], complete: 0, duplicates: 0, unexpected: 0,
    received: [], elapsedMs: 0,
};
let finished = false;

function finish(exitCode) {
    if (finished)
        return;
    finished = true;
    summary.received = clients.map((client) => client.received.length);
    summary.elapsedMs = Date.now() - started;
    for (const client of clients) {
        if (client.socket.readyState === WebSocket.OPEN)
            client.socket.close(1000);
    }
    process.stdout.write(JSON.stringify(summary) + '\n');
    setTimeout(() => process.exit(exitCode), 200);
}

const timer = setTimeout(() => finish(2), Number(options.timeout));

function expectedFor(index) {
    if (mode === 'echo')
        return [`msg-${index}`];
    if (mode === 'broadcast')
        return clients.map((_, j) => `from-${j}`).filter((_, j) => j !== index);
    return [];
}

function checkComplete() {
    const done = clients.filter((client) => client.done).length;
    summary.complete = done;
    if (done === count) {
        clearTimeout(timer);
        setTimeout(() => finish(summary.duplicates === 0 && summary.unexpected === 0 ? 0 : 1),
            Number(options.linger));
    }
}

function onMessage(client, data) {
    const text = data.toString('utf8');
    if (client.received.includes(text))
        ++summary.duplicates;
    else if (!expectedFor(client.index).includes(text))
        ++summary.unexpected;
    client.received.push(text);
    if (!client.done && expectedFor(client.index).every((message) => client.received.includes(message))) {
        client.done = true;
        checkComplete();
    }
}

function open(index, onSettled) {
    const client = { index, received: [], done: false, status: 0 };
    client.socket = new WebSocket(options.url);
    clients[index] = client;
    client.socket.on('unexpected-response', (request, response) => {
        client.status = response.statusCode;
        summary.statuses[index] = response.statusCode;
        ++summary.refused;
        request.destroy();
        onSettled(client);
    });
    client.socket.on('open', () => {
        client.status = 101;
        summary.statuses[index] = 101;
        ++summary.opened;
        onSettled(client);
    });
    client.socket.on('message', (data) => onMessage(client, data));
    client.socket.on('error', (error) => {
        if (!String(error.message).startsWith('Unexpected server response')) {
            summary.errors.push(`${index}: ${error.message}`);
            onSettled(client);
        }
    });
}

if (mode === 'hold') {
    const next = (index) => {
        if (index === count) {
            clearTimeout(timer);
            finish(0);
            return;
        }
        let settled = false;
        open(index, () => {
            if (!settled) {
                settled = true;
                next(index + 1);
            }
        });
    };
    next(0);
} else {
    let settledCount = 0;
    for (let i = 0; i < count; ++i) {
        open(i, (client) => {
            ++settledCount;
            if (client.status === 101 && mode === 'echo')
                client.socket.send(`msg-${client.index}`);
            if (settledCount === count && mode === 'broadcast') {
                // Everyone is in: now each speaks once.
                for (const other of clients) {
                    if (other.status === 101)
                        other.socket.send(`from-${other.index}`);
                }
            }
            if (settledCount === count && summary.opened < count)
                finish(1);
        });
    }
}
