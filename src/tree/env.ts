// What every node of the directory tree shares, one part per job: the signed-in accounts and the
// log, the change event the view listens to, the loads in flight, the names looked up for
// tooltips, and the Users filters.
import * as vscode from 'vscode';
import type { Accounts } from '../auth/accounts';
import type { ZoomLog } from '../log';
import type { ZoomApi } from '../zoom/api';
import { LoadTracker } from './loads';
import { NameCache } from './names';
import type { Scope } from '../objectRef';
import type { DirNode } from './nodes/dirNode';
import { UserFilterStore } from './userFilters';

export const VIEW_ID = 'zoomAdmin.directory';

export class TreeEnv {
  /** Fired with the node whose rows changed (undefined: the roots). */
  readonly changes = new vscode.EventEmitter<DirNode | undefined>();
  readonly loads = new LoadTracker();
  /** Group, role and sub account names by scope, filled as their lists load; used by user rows. */
  readonly names = new NameCache();
  readonly filters = new UserFilterStore();

  constructor(
    readonly accounts: Accounts,
    readonly log: ZoomLog,
  ) {}

  client(scope: Scope): ZoomApi {
    return this.accounts.client(scope.accountKey);
  }

  /** Forgets the names and filters of an account that was signed out. */
  forgetAccount(accountKey: string): void {
    this.names.forget(accountKey);
    this.filters.forget(accountKey);
  }
}
