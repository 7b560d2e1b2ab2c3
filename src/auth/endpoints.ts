// Where credentials and tokens are sent: zoomAdmin.apiBaseUrl and zoomAdmin.oauthBaseUrl.
// Read with inspect() and only from user settings or the default, so a cloned repository's
// .vscode/settings.json can never redirect a token, even if the manifest scope changed later.
import * as vscode from 'vscode';
import { checkBaseUrl } from '../zoom/urls';
import type { ZoomLog } from '../log';

export interface Endpoints {
  apiBaseUrl: string;
  oauthBaseUrl: string;
}

type EndpointKey = keyof Endpoints;
const SECTION = 'zoomAdmin';
const KEYS: readonly EndpointKey[] = ['apiBaseUrl', 'oauthBaseUrl'];
export const DEFAULT_ENDPOINTS: Endpoints = { apiBaseUrl: 'https://api.zoom.us/v2', oauthBaseUrl: 'https://zoom.us' };

export class EndpointSettings implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<Endpoints>();
  /** Fires when a base URL in effect changes; clients must be rebuilt. */
  readonly onDidChange = this.emitter.event;
  private readonly warnedValues = new Set<string>();
  private readonly subscription: vscode.Disposable;
  private value: Endpoints;

  constructor(private readonly log: ZoomLog) {
    this.value = this.read();
    this.subscription = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!KEYS.some((k) => e.affectsConfiguration(`${SECTION}.${k}`))) return;
      const next = this.read();
      if (next.apiBaseUrl === this.value.apiBaseUrl && next.oauthBaseUrl === this.value.oauthBaseUrl) return;
      this.value = next;
      this.log.info(`Endpoints changed: API ${next.apiBaseUrl}, OAuth ${next.oauthBaseUrl}`);
      this.emitter.fire(next);
    });
  }

  get current(): Endpoints {
    return this.value;
  }

  private read(): Endpoints {
    const config = vscode.workspace.getConfiguration(SECTION);
    const result = { ...DEFAULT_ENDPOINTS };
    for (const key of KEYS) {
      const setting = `${SECTION}.${key}`;
      const inspected = config.inspect<unknown>(key);
      if (inspected?.workspaceValue !== undefined || inspected?.workspaceFolderValue !== undefined) {
        this.log.warnOnce(`workspace:${setting}`, `Ignoring the workspace value of ${setting}: only user settings may say where credentials go.`);
      }
      const raw = inspected?.globalValue ?? inspected?.defaultValue ?? DEFAULT_ENDPOINTS[key];
      const fallback = DEFAULT_ENDPOINTS[key];
      const checked = typeof raw === 'string' ? checkBaseUrl(raw, setting) : undefined;
      if (checked?.ok) {
        result[key] = checked.url;
      } else {
        const reason = checked ? refusalReason(checked.problem, setting) : vscode.l10n.t('{0} is not a text value.', setting);
        this.refuse(setting, JSON.stringify(raw) ?? 'undefined', reason, fallback);
      }
    }
    return result;
  }

  /** A bad value is refused once per value, with the reason, and the default kept. */
  private refuse(setting: string, value: string, reason: string, fallback: string): void {
    const seen = `${setting}=${value}`;
    if (this.warnedValues.has(seen)) return;
    this.warnedValues.add(seen);
    this.log.warn(`Refused ${setting}: ${reason} Using ${fallback}.`);
    void vscode.window.showWarningMessage(
      vscode.l10n.t('The setting {0} was not used: {1} Using the default {2} until it is fixed in your user settings.', setting, reason, fallback),
    );
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}

/** checkBaseUrl's English reason, translated by its problem. */
function refusalReason(problem: 'invalid' | 'insecure' | 'credentials' | 'query', setting: string): string {
  switch (problem) {
    case 'invalid':
      return vscode.l10n.t('{0} is not a valid URL.', setting);
    case 'credentials':
      return vscode.l10n.t('{0} must not contain a user name or password.', setting);
    case 'query':
      return vscode.l10n.t('{0} must not contain a query (?…) or fragment (#…).', setting);
    case 'insecure':
      return vscode.l10n.t('{0} must start with https:// (http:// is allowed only for 127.0.0.1, localhost and [::1]).', setting);
  }
}
