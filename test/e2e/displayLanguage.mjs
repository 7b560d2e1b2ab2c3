// Makes code-server run in a display language whose language pack it cannot download (no Marketplace
// here). code-server 4.100 takes the locale from --locale, but the workbench only switches
// (vscode.env.language, and with it extensions' package.nls.<lang>.json and l10n bundles) when
// <user-data>/languagepacks.json lists a pack for it. We write that entry, pointing at a translation
// file with no workbench strings: VS Code's own UI stays English, extensions get the language.
import { writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TRANSLATIONS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'empty.i18n.json');
const PACK = { id: 'zoom-admin-tools-test.e2e-display-language', version: '1.0.0' };

/** The same shape VS Code's language pack cache writes (hash = md5 of the pack ids and versions). */
export function useDisplayLanguage(userDataDir, language) {
  const hash = createHash('md5').update(PACK.id).update(PACK.version).digest('hex');
  const entry = {
    hash,
    extensions: [{ extensionIdentifier: { id: PACK.id }, version: PACK.version }],
    translations: { vscode: TRANSLATIONS },
    label: language,
  };
  writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify({ [language]: entry }));
  return ['--locale', language];
}
