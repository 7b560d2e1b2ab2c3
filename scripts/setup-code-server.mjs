#!/usr/bin/env node
// Installs code-server and its Debian needs into ~/.cache/zoom-admin-explorer (idempotent; instant when done).
import { ensureCodeServer } from './lib/codeServer.mjs';

const started = Date.now();
try {
  const bin = await ensureCodeServer();
  console.log(`[setup] code-server: ${bin} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
} catch (e) {
  console.error(`[setup] ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}
