// Loads the npm package `ws` from tests/interop/node/node_modules, where
// `npm ci --prefix tests/interop/node` installs it, so the server tests need no
// package.json of their own.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const sourceDir = process.env.SOCKSCOPE_SOURCE_DIR || join(here, '..', '..', '..');
const nodeDir = join(sourceDir, 'tests', 'interop', 'node');

let WebSocket;
try {
    WebSocket = createRequire(join(nodeDir, 'package.json'))('ws');
} catch (error) {
    process.stderr.write(`cannot load the npm package "ws" from ${nodeDir} (${error.message}).\n`
        + 'Run: npm ci --prefix tests/interop/node\n');
    process.exit(3);
}

export default WebSocket;
