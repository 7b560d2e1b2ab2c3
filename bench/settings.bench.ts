// `npm run bench -- settings`: opening a group's settings with its locks inside a real VS Code
// (code-server) against the simulator at 20 ms latency: time until the document and its 🔒 hints are
// there, and how many requests that made. The measuring code runs in the extension host
// (test/vscode/settings/bench.test.ts).
import { relayExtensionHostBench } from './harness';

relayExtensionHostBench('settings bench');
