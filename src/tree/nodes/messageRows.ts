// The rows a paged folder adds under its items: "Load more", an error with Retry, or "No …".
import * as vscode from 'vscode';
import { errorText, friendlyText } from '../../errorText';
import { ZoomError } from '../../zoom/errors';
import { escapeMarkdown } from '../markdown';
import { DirNode } from './dirNode';
import type { PagedFolder } from './pagedFolder';
import { formatCount } from '../../punctuation';

/** A row under a paged folder's items; its id is the folder's with a suffix no Zoom id can take ("~more"). */
abstract class FolderRow extends DirNode {
  constructor(
    readonly folder: PagedFolder<DirNode>,
    suffix: string,
  ) {
    super(folder.env, folder, `${folder.id}/${suffix}`);
  }
}

export class LoadMoreRow extends FolderRow {
  treeItem(): vscode.TreeItem {
    const pager = this.folder.pager;
    const loading = pager.loading;
    const item = new vscode.TreeItem(loading || !pager.loaded ? vscode.l10n.t('Loading…') : vscode.l10n.t('Load more'));
    if (!pager.loaded) {
      // The first page is on its way: nothing to click yet.
      item.iconPath = new vscode.ThemeIcon('loading~spin');
      item.contextValue = 'zoom.loading';
      return item;
    }
    const shown = formatCount(pager.items.length);
    item.description =
      pager.totalRecords !== undefined ? vscode.l10n.t('{0} of {1} shown', shown, formatCount(pager.totalRecords)) : vscode.l10n.t('{0} shown', shown);
    item.iconPath = new vscode.ThemeIcon(loading ? 'loading~spin' : 'fold-down');
    item.contextValue = 'zoom.loadMore';
    item.tooltip = vscode.l10n.t('Load the next page of {0}. "Load All" loads every remaining page.', this.folder.what);
    item.command = { command: 'zoomAdmin.loadMore', title: vscode.l10n.t('Load More'), arguments: [this] };
    return item;
  }
}

export class ErrorRow extends FolderRow {
  treeItem(): vscode.TreeItem {
    const { pager, what } = this.folder;
    const error = pager.error;
    const title = pager.loaded
      ? vscode.l10n.t('Could not load more {0} (after {1})', what, formatCount(pager.items.length))
      : vscode.l10n.t('Could not load {0}', what);
    const item = new vscode.TreeItem(title);
    item.description = error instanceof ZoomError ? friendlyText(error) : errorText(error);
    item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
    item.contextValue = 'zoom.error';
    const retryArgs = encodeURIComponent(JSON.stringify([this.folder.id]));
    const tooltip = new vscode.MarkdownString();
    tooltip.appendMarkdown(`**${escapeMarkdown(title)}**\n\n`);
    tooltip.appendMarkdown(escapeMarkdown(errorText(error)));
    tooltip.appendMarkdown(`\n\n[${vscode.l10n.t('Retry')}](command:zoomAdmin.retry?${retryArgs}) · `);
    tooltip.appendMarkdown(`[${vscode.l10n.t('Show Log')}](command:zoomAdmin.showLog)`);
    tooltip.isTrusted = { enabledCommands: ['zoomAdmin.retry', 'zoomAdmin.showLog'] };
    item.tooltip = tooltip;
    item.command = { command: 'zoomAdmin.retry', title: vscode.l10n.t('Retry'), arguments: [this] };
    return item;
  }
}

export class PlaceholderRow extends FolderRow {
  treeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.folder.emptyText);
    item.contextValue = 'zoom.placeholder';
    return item;
  }
}

/** A row that runs a command when clicked (search: "Load the rest and search again"). */
export class ActionRow extends DirNode {
  constructor(
    parent: DirNode,
    idSuffix: string,
    private readonly make: () => vscode.TreeItem,
  ) {
    super(parent.env, parent, `${parent.id}/${idSuffix}`);
  }

  treeItem(): vscode.TreeItem {
    const item = this.make();
    item.contextValue ??= 'zoom.action';
    return item;
  }
}
