// `npm run bench -- tree`: the directory tree inside a real VS Code (code-server) against the
// simulator: time and requests to show the first page of Users, and to load every one of 100,000
// users into the tree, with the extension host's memory before and after. The measuring code runs
// in the extension host (test/vscode/tree/bench.test.ts); this process starts the harness with
// ZOOM_BENCH set, relays its "BENCH {json}" lines as tables, and fails if the harness fails.
import { relayExtensionHostBench } from './harness';

relayExtensionHostBench('tree bench');
