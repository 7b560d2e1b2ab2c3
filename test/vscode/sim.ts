// The simulator's control API (test/sandbox/CONTROL.md) for suites running in the extension host.
// The harness starts the simulator and passes its URL in ZOOM_SIM_URL. Types come from the simulator itself.
import { controlClient } from '../sandbox/controlClient';
import type { AccountInfo, LoggedRequest } from '../sandbox/server';

export type SimAccount = AccountInfo;
export type SimRequest = LoggedRequest;

export function simUrl(): string {
  const url = process.env.ZOOM_SIM_URL;
  if (!url) throw new Error('ZOOM_SIM_URL is not set: run these tests with `npm run test:vscode` (or test:desktop), which starts the simulator.');
  return url.replace(/\/$/, '');
}

export const sim = { url: simUrl, ...controlClient(simUrl) };
