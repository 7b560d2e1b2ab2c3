// The words a person sees, per display language, taken from the files the extension ships
// (package.nls*.json, l10n/bundle.l10n.zh-cn.json) so the suite follows the translations.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Language = 'en' | 'zh-cn';

const root = join(__dirname, '..', '..', '..');
const read = (...p: string[]): Record<string, string> => JSON.parse(readFileSync(join(root, ...p), 'utf8')) as Record<string, string>;

export interface Labels {
  language: Language;
  /** Manifest string (package.nls key) in this language. */
  nls(key: string): string;
  /** Runtime string (vscode.l10n.t message) in this language, placeholders filled. */
  t(message: string, ...args: (string | number)[]): string;
  /** A palette entry: "Zoom: <title>". */
  command(nlsKey: string): string;
}

export function labelsFor(language: Language): Labels {
  const nls = read(language === 'en' ? 'package.nls.json' : `package.nls.${language}.json`);
  const bundle = language === 'en' ? {} : read('l10n', `bundle.l10n.${language}.json`);
  const labels: Labels = {
    language,
    nls: (key) => {
      if (!(key in nls)) throw new Error(`package.nls${language === 'en' ? '' : `.${language}`}.json has no key ${key}`);
      return nls[key];
    },
    t: (message, ...args) => {
      if (language !== 'en' && !(message in bundle)) throw new Error(`l10n/bundle.l10n.${language}.json has no translation of ${JSON.stringify(message)}`);
      const text = language === 'en' ? message : bundle[message];
      return text.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));
    },
    command: (key) => `Zoom: ${labels.nls(key)}`,
  };
  return labels;
}

/** What the Chinese run must show, written out from the glossary: proof that the lookups above are really Chinese. */
export const CHINESE = { viewTitle: '目录', signIn: '登录', active: '活动', inactive: '不活动', pending: '待定', users: '用户', groups: '组' };
