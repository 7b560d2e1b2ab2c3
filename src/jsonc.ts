// jsonc-parser, loaded when a document is first formatted or a settings key first looked up (src/zoom/lazyRequire.ts).
import type * as Jsonc from 'jsonc-parser';
import { lazyRequire } from './zoom/lazyRequire';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- required on first use, see lazyRequire
export const jsonc = lazyRequire(() => require('jsonc-parser') as typeof Jsonc);
