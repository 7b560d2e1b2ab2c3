// Where things are: the repository and the extension's published identity.
import os from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const MANIFEST = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
/** The folder name VS Code gives an installed copy: publisher.name-version. */
export const EXTENSION_FOLDER = `${MANIFEST.publisher}.${MANIFEST.name}-${MANIFEST.version}`;
/** Where code-server and the `npm start` profile live: outside the repo, so fresh clones reuse them. */
export const CACHE_ROOT = process.env.ZOOM_ADMIN_CACHE ?? path.join(os.homedir(), '.cache', 'zoom-admin-explorer');
