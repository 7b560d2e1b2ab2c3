// What code-server's extension hosts wrote to disk: <user-data>/logs/<session>/exthost<N>/, one folder per
// extension host it started (a window reload starts a new one). Each holds VS Code's remoteexthost.log, which
// names the event that activated each extension, and the extension's own "Zoom Admin" log.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { publisher: string; name: string };
/** publisher.name, as VS Code names the extension in its logs. */
export const EXTENSION_ID = `${manifest.publisher}.${manifest.name}`;

export interface ExtensionHostLog {
  /** The exthost<N> folder. */
  dir: string;
  /** The activation events VS Code logged for this extension in that host ("onView:…", "onFileSystem:…"). */
  activationEvents: string[];
  /** Lines of the extension's own log that say it activated ("Activated in 12.3 ms"). */
  activatedLines: string[];
}

const read = (file: string): string => (existsSync(file) ? readFileSync(file, 'utf8') : '');
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every extension host code-server has started with this user-data dir, oldest session first. */
export function extensionHostLogs(userDataDir: string): ExtensionHostLog[] {
  const logs = join(userDataDir, 'logs');
  if (!existsSync(logs)) return [];
  const activation = new RegExp(`ExtensionService#_doActivateExtension ${escape(EXTENSION_ID)}, startup: \\w+, activationEvent: '([^']+)'`, 'g');
  const hosts: ExtensionHostLog[] = [];
  for (const session of readdirSync(logs).sort()) {
    const sessionDir = join(logs, session);
    const names = existsSync(sessionDir) ? readdirSync(sessionDir).filter((n) => /^exthost\d+$/.test(n)) : [];
    for (const name of names.sort((a, b) => Number(a.slice(7)) - Number(b.slice(7)))) {
      const dir = join(sessionDir, name);
      hosts.push({
        dir,
        activationEvents: [...read(join(dir, 'remoteexthost.log')).matchAll(activation)].map((m) => m[1]),
        activatedLines: read(join(dir, EXTENSION_ID, 'Zoom Admin.log'))
          .split('\n')
          .filter((l) => /\bActivated in \d/.test(l)),
      });
    }
  }
  return hosts;
}
