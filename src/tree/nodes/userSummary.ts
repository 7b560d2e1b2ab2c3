// The account's counts on the Users folder, from GET /users/summary (/accounts/{id}/users/summary for
// a sub account): asked once per expansion after a refresh. A missing scope, or any other failure,
// only hides the counts; the tooltip says why (naming the scope to add).
import * as vscode from 'vscode';
import { errorText } from '../../errorText';
import { ZoomApiError } from '../../zoom/errors';
import type { ZoomUserSummary } from '../../zoom/types';
import { apiScope, type Scope } from '../../objectRef';
import type { TreeEnv } from '../env';
import { escapeMarkdown } from '../markdown';
import { formatCount, labelled } from '../../punctuation';

type State = { counts: ZoomUserSummary } | { missingScope: string } | { error: string };

export class UserSummary {
  private state: State | undefined;
  private loading = false;

  constructor(
    private readonly env: TreeEnv,
    private readonly scope: Scope,
    private readonly changed: () => void,
  ) {}

  /** Starts the request unless it was made since the last reset. */
  load(): void {
    if (this.loading || this.state) return;
    this.loading = true;
    void this.env.loads
      .track(this.env.client(this.scope).userSummary(apiScope(this.scope)))
      .then(
        (counts) => ({ counts }),
        (error: unknown): State => {
          const granular = `user:read:summary:${this.scope.subAccountId ? 'master' : 'admin'}`;
          if (error instanceof ZoomApiError && (error.kind === 'missingScopes' || error.kind === 'missingScopesUnknown')) {
            return { missingScope: error.missingScopes[0] ?? granular };
          }
          this.env.log.warn(`User summary of ${this.scope.subAccountId ?? this.scope.accountKey} failed: ${errorText(error)}`);
          return { error: errorText(error) };
        },
      )
      .then((state) => {
        if (!this.loading) return; // reset meanwhile
        this.loading = false;
        this.state = state;
        this.changed();
      });
  }

  reset(): void {
    this.loading = false;
    this.state = undefined;
  }

  get counts(): ZoomUserSummary | undefined {
    return this.state && 'counts' in this.state ? this.state.counts : undefined;
  }

  /** "1,580 licensed · 1,000 basic · 45 pending · 12 rooms", or undefined while unknown or hidden. */
  description(): string | undefined {
    const c = this.counts;
    if (!c) return undefined;
    const n = (v: unknown) => formatCount(typeof v === 'number' && Number.isFinite(v) ? v : 0);
    return vscode.l10n.t(
      '{0} licensed · {1} basic · {2} pending · {3} rooms',
      n(c.licensed_users_count),
      n(c.basic_users_count),
      n(c.pending_users_count),
      n(c.room_users_count),
    );
  }

  tooltip(): vscode.MarkdownString | undefined {
    const state = this.state;
    if (!state) return undefined;
    const md = new vscode.MarkdownString();
    if ('missingScope' in state) {
      md.appendMarkdown(escapeMarkdown(vscode.l10n.t('The counts need the scope {0}: add it to the Zoom app, then sign in again.', state.missingScope)));
      return md;
    }
    if ('error' in state) {
      md.appendMarkdown(escapeMarkdown(vscode.l10n.t('The counts could not be loaded: {0}', state.error)));
      return md;
    }
    const c = state.counts;
    const rows: [string, unknown][] = [
      [vscode.l10n.t('Licensed'), c.licensed_users_count],
      [vscode.l10n.t('Basic'), c.basic_users_count],
      [vscode.l10n.t('No Meetings License'), c.join_only_users_count],
      [vscode.l10n.t('On-premises'), c.on_prem_users_count],
      [vscode.l10n.t('Rooms'), c.room_users_count],
      [vscode.l10n.t('Pending'), c.pending_users_count],
      [vscode.l10n.t('Total'), c.total_users_count],
    ];
    md.appendMarkdown(`**${escapeMarkdown(vscode.l10n.t('User summary'))}**\n\n`);
    for (const [label, value] of rows) {
      if (typeof value === 'number' && Number.isFinite(value)) md.appendMarkdown(`${labelled(escapeMarkdown(label), escapeMarkdown(formatCount(value)))}  \n`);
    }
    return md;
  }
}
