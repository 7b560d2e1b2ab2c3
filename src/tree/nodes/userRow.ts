// One user: from a status list, a group's members or admins, a role's members, or a search.
import * as vscode from 'vscode';
import type { ZoomUser } from '../../zoom/types';
import { scopeId, type Scope, type ZoomObjectRef } from '../../objectRef';
import { userDisplayName } from '../userText';
import { DirNode } from './dirNode';
import { namedTooltip } from './hover';
import { codeSpan, escapeMarkdown } from '../markdown';
import { labelled, listText } from '../../punctuation';

/** What the different user lists have in common (members, admins and role members are subsets). */
export type UserLike = Partial<ZoomUser> & { email: string; name?: string; department?: string };

/** Where a row came from; admins get their own icon. */
export type UserRowKind = 'user' | 'groupAdmin' | 'searchResult';

export class UserRow extends DirNode {
  constructor(
    parent: DirNode,
    readonly scope: Scope,
    readonly user: UserLike,
    readonly kind: UserRowKind = 'user',
    /** For search results: the row in the tree this one stands for, when it is loaded. */
    readonly original?: UserRow,
    id = `${parent.id}/${userKey(user)}`,
  ) {
    super(parent.env, parent, id);
  }

  /** Computed when asked: a tree of 100,000 rows should not hold 100,000 of these. */
  get ref(): ZoomObjectRef {
    const { scope, user } = this;
    return {
      accountKey: scope.accountKey,
      ...(scope.subAccountId ? { subAccountId: scope.subAccountId } : {}),
      type: 'user',
      ...(user.id ? { id: user.id } : {}),
      name: userDisplayName(user),
      email: user.email,
    };
  }

  get pending(): boolean {
    return !this.user.id;
  }

  treeItem(): vscode.TreeItem {
    const { user } = this;
    const name = userDisplayName(user);
    const item = new vscode.TreeItem(name);
    const description = name !== user.email ? [user.email] : [];
    if (this.pending && this.kind !== 'groupAdmin') description.push(vscode.l10n.t('pending: no user ID yet'));
    // A search result may come from a sub account: say which (elsewhere the row sits under it).
    if (this.kind === 'searchResult' && this.scope.subAccountId) description.push(vscode.l10n.t('sub account {0}', this.env.names.subAccountName(this.scope)!));
    item.description = description.join(' · ');
    item.iconPath = this.icon();
    // The icon's meaning in words, for screen readers (the tooltip says the same).
    item.accessibilityInformation = { label: listText([name, user.email !== name ? user.email : undefined, ...this.facts()].filter((f): f is string => !!f)) };
    const base = this.pending ? 'zoom.userNoId' : 'zoom.user';
    item.contextValue = this.kind === 'searchResult' ? `${base}.result` : base;
    return item;
  }

  /** Type and status as words (what the icon shows), as far as the row knows them. */
  private facts(): string[] {
    const { user } = this;
    if (this.kind === 'groupAdmin') return [vscode.l10n.t('Group admin')];
    const status = user.status ?? (this.pending ? 'pending' : undefined);
    return [user.type !== undefined ? typeName(user.type) : undefined, status ? statusName(status) : undefined].filter((f): f is string => !!f);
  }

  /**
   * Not active: the status's icon (pending, inactive); active: the type's (licensed, basic, no meetings
   * license). Each has its own colour, contributed in package.json so themes can change it.
   */
  private icon(): vscode.ThemeIcon {
    const { user } = this;
    if (this.kind === 'groupAdmin') return new vscode.ThemeIcon('shield');
    if (user.status === 'pending' || (!user.id && this.kind === 'user')) return new vscode.ThemeIcon('mail', new vscode.ThemeColor('zoomAdmin.user.pending'));
    if (user.status === 'inactive') return new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('zoomAdmin.user.inactive'));
    if (user.type === 2) return new vscode.ThemeIcon('star-full', new vscode.ThemeColor('zoomAdmin.user.licensed'));
    if (user.type === 1) return new vscode.ThemeIcon('person', new vscode.ThemeColor('zoomAdmin.user.basic'));
    return new vscode.ThemeIcon('circle-large-outline', new vscode.ThemeColor('zoomAdmin.user.noMeetingsLicense'));
  }

  /** Built on hover only (TreeDataProvider.resolveTreeItem): with 100,000 rows it is most of a row's cost. */
  tooltip(name = userDisplayName(this.user)): vscode.MarkdownString {
    const { user, env, scope } = this;
    const text = (value: unknown) => (value !== undefined && value !== '' ? escapeMarkdown(value) : undefined);
    const lines: [string, string | undefined][] = [
      [vscode.l10n.t('User ID'), user.id ? codeSpan(user.id) : text(vscode.l10n.t('none yet (pending invitation)'))],
      [vscode.l10n.t('Email'), text(user.email)],
      [vscode.l10n.t('Type'), text(user.type !== undefined ? typeName(user.type) : undefined)],
      [vscode.l10n.t('Status'), text(user.status ? statusName(user.status) : undefined)],
      [vscode.l10n.t('Role'), text(user.role_id ? (env.names.nameOf(scope, 'role', user.role_id) ?? user.role_id) : undefined)],
      [vscode.l10n.t('Department'), text(user.dept ?? user.department)],
      [vscode.l10n.t('Time zone'), text(user.timezone)],
      [vscode.l10n.t('Last login'), text(user.last_login_time ? new Date(user.last_login_time).toLocaleString(vscode.env.language) : undefined)],
      [vscode.l10n.t('Client version'), text(user.last_client_version)],
      [
        vscode.l10n.t('Groups'),
        text(Array.isArray(user.group_ids) ? listText(user.group_ids.map((id) => env.names.nameOf(scope, 'group', String(id)) ?? String(id))) : undefined),
      ],
    ];
    const md = namedTooltip(name);
    if (this.pending && this.kind !== 'groupAdmin')
      md.appendMarkdown(`${escapeMarkdown(vscode.l10n.t('Invitation pending: this user has not accepted the invitation to the account yet.'))}\n\n`);
    for (const [label, value] of lines) if (value) md.appendMarkdown(`${labelled(escapeMarkdown(label), value)}  \n`);
    const attributes = Array.isArray(user.custom_attributes) ? user.custom_attributes.filter((a) => a?.name || a?.key) : [];
    if (attributes.length > 0) {
      md.appendMarkdown(`\n${labelled(escapeMarkdown(vscode.l10n.t('Custom attributes')), '')}  \n`);
      for (const a of attributes) md.appendMarkdown(`${labelled(escapeMarkdown(a.name || a.key), escapeMarkdown(a.value))}  \n`);
    }
    if (scope.subAccountId) {
      const name = this.env.names.subAccountName(scope)!;
      md.appendMarkdown(escapeMarkdown(vscode.l10n.t('Sub account {0}', name === scope.subAccountId ? name : `${name} (${scope.subAccountId})`)));
    }
    return md;
  }
}

/** A user's key in ids: the user ID, or the email for pending users and group admins (no ID). */
export function userKey(user: { id?: string; email: string }): string {
  return user.id ?? user.email;
}

/** The id a user would have in its status list: `<scope>/users/<status>/<key>`. */
export function statusRowId(scope: Scope, status: string, user: { id?: string; email: string }): string {
  return `${scopeId(scope)}/users/${status}/${userKey(user)}`;
}

/** Words for the values of a user's type and status, as Zoom documents them. */
const TYPE_NAMES: Record<number, () => string> = {
  1: () => vscode.l10n.t('Basic'),
  2: () => vscode.l10n.t('Licensed'),
  4: () => vscode.l10n.t('No Meetings License'),
  99: () => vscode.l10n.t('None'),
};
const STATUS_NAMES: Record<string, () => string> = {
  active: () => vscode.l10n.t('Active'),
  inactive: () => vscode.l10n.t('Inactive'),
  pending: () => vscode.l10n.t('Pending'),
};

/** The word for a value Zoom sent, or undefined for one we have no word for (own keys only: "constructor" is no status). */
function wordFor(words: Record<string | number, () => string>, value: string | number): string | undefined {
  return Object.hasOwn(words, value) ? words[value]() : undefined;
}

export function typeName(type: number): string {
  return wordFor(TYPE_NAMES, type) ?? String(type);
}

export function statusName(status: string): string {
  return wordFor(STATUS_NAMES, status) ?? status;
}
