// `npm run bench -- flows`: how many source files and functions of the extension three everyday actions run
// (sign in; Users › Active › Load more; Open Group Settings from the palette), measured inside a real VS Code
// (test/vscode/flows/bench.test.ts) with V8's precise coverage traced through the bundle's source map.
import { relayExtensionHostBench } from './harness';

relayExtensionHostBench('flows bench');
