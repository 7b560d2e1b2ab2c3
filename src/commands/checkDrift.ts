// Zoom: Check Drift: every object of a snapshot folder whose live settings or locks differ from its
// file (and groups Zoom has that the snapshot lacks), with the count of changed keys; choosing one
// opens Compare with Live Settings. Returns the list (tests, scripts).
import * as vscode from 'vscode';
import type { Accounts } from '../auth/accounts';
import { errorText } from '../errorText';
import { withRequestProgress } from '../settings/progress';
import { liveBody } from '../settings/snapshot/collect';
import { changedKeys, INDEX_FILE, parseIndex, parseSnapshot, type SnapshotBody } from '../settings/snapshot/files';
import { listText } from '../punctuation';
import { failWith } from '../failure';

export interface Drift {
  file?: vscode.Uri;
  id: string;
  name: string;
  /** Dotted paths under settings. / lock_settings.; empty with `problem`. */
  changed: string[];
  problem?: string;
}

const decoder = new TextDecoder();

export function checkDrift(accounts: Accounts) {
  return async (arg?: unknown): Promise<Drift[] | undefined> => {
    const folder =
      arg instanceof vscode.Uri
        ? arg
        : (
            await vscode.window.showOpenDialog({
              canSelectFolders: true,
              canSelectFiles: false,
              openLabel: vscode.l10n.t('Check Drift'),
            })
          )?.[0];
    if (!folder) return undefined;
    const index = parseIndex(
      await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, INDEX_FILE)).then(
        (b) => decoder.decode(b),
        () => '',
      ),
    );
    if (!index) {
      void vscode.window.showErrorMessage(
        vscode.l10n.t('{0} is not a settings snapshot folder (it has no {1}).', vscode.workspace.asRelativePath(folder), INDEX_FILE),
      );
      return undefined;
    }
    if (!accounts.get(index.account.key)) {
      void vscode.window.showErrorMessage(
        vscode.l10n.t('This snapshot was read from Zoom account {0}, which is not signed in. Sign in to it (Zoom: Sign In) first.', index.account.name),
      );
      return undefined;
    }
    const client = accounts.client(index.account.key);
    const files = (
      await Promise.all(
        index.files.map(async (f) => {
          const uri = vscode.Uri.joinPath(folder, ...f.file.split('/'));
          const body = parseSnapshot(
            await vscode.workspace.fs.readFile(uri).then(
              (b) => decoder.decode(b),
              () => '',
            ),
          );
          return body && { uri, body };
        }),
      )
    ).filter((f): f is { uri: vscode.Uri; body: SnapshotBody } => !!f);
    const drift = await failWith(
      withRequestProgress(vscode.l10n.t('Comparing {0} with Zoom', index.account.name), async (signal, report) => {
        let done = 0;
        const total = files.length * 2 + 1;
        const tick = <T>(p: Promise<T>) => p.finally(() => report((done += 2), total));
        const scope = index.account.subAccountId ? { subAccountId: index.account.subAccountId } : undefined;
        const [perFile, groups] = await Promise.all([
          Promise.all(
            files.map(({ uri, body }) =>
              tick(liveBody(client, body.object, signal)).then(
                (live): Drift => ({ file: uri, id: body.object.id, name: body.object.name, changed: changedKeys(body, live) }),
                (error: unknown): Drift => {
                  if (signal.aborted) throw error;
                  return { file: uri, id: body.object.id, name: body.object.name, changed: [], problem: errorText(error) };
                },
              ),
            ),
          ),
          client.listGroups(scope).all(signal),
        ]);
        const known = new Set(files.map((f) => f.body.object.id));
        const added = groups
          .filter((g) => !known.has(g.id))
          .map((g): Drift => ({ id: g.id, name: g.name ?? g.id, changed: [], problem: vscode.l10n.t('new in Zoom: not in the snapshot') }));
        return [...perFile.filter((d) => d.changed.length || d.problem), ...added];
      }),
      (error) => vscode.l10n.t('Could not check drift: {0}', errorText(error)),
    );
    if (!drift.length) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('No drift: the live settings of all {0} objects match the snapshot of {1}.', files.length, index.time),
      );
      return drift;
    }
    void showDrift(drift, index.time);
    return drift;
  };
}

async function showDrift(drift: Drift[], time: string): Promise<void> {
  const picked = await vscode.window.showQuickPick(
    drift.map((d) => ({
      label: d.name,
      description: d.problem ?? (d.changed.length === 1 ? vscode.l10n.t('1 changed key') : vscode.l10n.t('{0} changed keys', d.changed.length)),
      detail: listText(d.changed.length > 8 ? [...d.changed.slice(0, 8), '…'] : d.changed),
      drift: d,
    })),
    {
      title: vscode.l10n.t('Check Drift'),
      placeHolder: vscode.l10n.t('Differ from the snapshot of {0}: choose one to see the difference', time),
      matchOnDetail: true,
    },
  );
  if (picked?.drift.file) await vscode.commands.executeCommand('zoomAdmin.compareWithLive', picked.drift.file);
}
