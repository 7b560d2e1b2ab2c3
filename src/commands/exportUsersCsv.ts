// zoomAdmin.exportUsersCsv: asks for the account, the status and the file (or takes the first two
// from the row, or as { accountKey, subAccountId?, status }), then streams every page of those users
// to a UTF-8 CSV (host keys only when the user says so) with a progress notification that can cancel. The file is always the one chosen in
// the save dialog: any extension or command link can run a command, and a directory of the company's
// users must not land where they say. Only the tests (ExtensionMode.Test) may pass { uri, hostKeys }.
import * as os from 'node:os';
import * as vscode from 'vscode';
import { errorText } from '../errorText';
import type { UserStatus } from '../zoom/types';
import { StatusFolder, USER_STATUSES } from '../tree/nodes/usersFolder';
import { statusName } from '../tree/nodes/userRow';
import type { DirectoryTree } from '../tree/register';
import { exportUsersCsv as runExport } from '../tree/usersCsvExport';
import { failWith } from '../failure';
import { pickAccount } from '../auth/pickAccount';
import { testOnly } from '../testMode';
import { formatCount } from '../punctuation';

type StatusChoice = UserStatus | 'all';

interface ExportArgs {
  accountKey: string;
  subAccountId?: string;
  status: StatusChoice;
  /** Honoured in ExtensionMode.Test only, like hostKeys: both replace a question. */
  uri?: vscode.Uri | string;
  hostKeys?: boolean;
}

export interface ExportOptions {
  /** True in ExtensionMode.Test: an argument's `uri` and `hostKeys` replace the save dialog and the host key question. */
  acceptUri: boolean;
  /** Remembers the folder of the last export, where the next save dialog starts. */
  state: vscode.Memento;
}

/** globalState key: the folder (URI string) the last export was saved in. */
const LAST_FOLDER_KEY = 'zoomAdmin.lastExportFolder';

export function exportUsersCsv(tree: DirectoryTree, options: ExportOptions) {
  return async (arg?: unknown): Promise<{ count: number; uri: string } | undefined> => {
    const given = isExportArgs(arg) ? arg : undefined;
    const title = vscode.l10n.t('Zoom: Export Users to CSV');
    const scope = given
      ? {
          accountKey: given.accountKey,
          ...(given.subAccountId ? { subAccountId: given.subAccountId } : {}),
          label: tree.accounts.get(given.accountKey)?.label ?? given.accountKey,
        }
      : await pickAccount(tree.accounts, arg, { title, subAccounts: tree.lists });
    if (!scope || !tree.accounts.get(scope.accountKey)) return undefined;
    const status = given?.status ?? (arg instanceof StatusFolder ? arg.status : await pickStatus(title));
    if (!status) return undefined;
    // In the tests an export given as arguments leaves host keys out unless it says otherwise; a caller outside them is asked.
    const hostKeys = testOnly(options.acceptUri && given !== undefined, given?.hostKeys === true) ?? (await askHostKeys(title));
    if (hostKeys === undefined) return undefined;
    const testUri = testOnly(options.acceptUri, given?.uri);
    const uri = testUri !== undefined ? toUri(testUri) : await askFile(title, status, options.state);
    if (!uri) return undefined;

    const statuses = status === 'all' ? USER_STATUSES : [status];
    const count = await failWith(
      vscode.window.withProgress(
        {
          location: vscode.ProgressLocation.Notification,
          cancellable: true,
          title: vscode.l10n.t('Exporting {0} users of {1}', status === 'all' ? vscode.l10n.t('all') : statusName(status), scope.label),
        },
        (progress, token) => {
          const abort = new AbortController();
          token.onCancellationRequested(() => abort.abort());
          let last = 0;
          return tree.env.loads.track(
            runExport(tree.env, {
              scope,
              statuses,
              uri,
              hostKeys,
              signal: abort.signal,
              onProgress: (written, total) => {
                const increment = total ? ((written - last) / total) * 100 : undefined;
                last = written;
                progress.report({
                  increment,
                  message: total !== undefined ? vscode.l10n.t('{0} of {1}', formatCount(written), formatCount(total)) : formatCount(written),
                });
              },
            }),
          );
        },
      ),
      (error) => vscode.l10n.t('Could not export the users to CSV; no file was written. {0}', errorText(error)),
      () => vscode.l10n.t('Export cancelled; no file was written.'),
    );
    const open = vscode.l10n.t('Open File');
    void vscode.window
      .showInformationMessage(vscode.l10n.t('Exported {0} users to {1}.', formatCount(count), uri.fsPath || uri.toString()), open)
      .then((choice) => choice === open && vscode.commands.executeCommand('vscode.open', uri));
    return { count, uri: uri.toString() };
  };
}

/**
 * The save dialog, starting in the folder of the last export, else the home folder: never the
 * workspace, so a list of users does not end up committed to a repository by accident.
 */
async function askFile(title: string, status: StatusChoice, state: vscode.Memento): Promise<vscode.Uri | undefined> {
  const last = state.get<string>(LAST_FOLDER_KEY);
  const folder = last ? vscode.Uri.parse(last) : vscode.Uri.file(os.homedir());
  const uri = await vscode.window.showSaveDialog({
    title,
    saveLabel: vscode.l10n.t('Export'),
    filters: { [vscode.l10n.t('CSV files')]: ['csv'] },
    defaultUri: vscode.Uri.joinPath(folder, `zoom-users-${status}.csv`),
  });
  if (uri) await state.update(LAST_FOLDER_KEY, vscode.Uri.joinPath(uri, '..').toString());
  return uri;
}

/** Off unless chosen: a host key lets its holder claim host in that user's meetings. */
async function askHostKeys(title: string): Promise<boolean | undefined> {
  const items: (vscode.QuickPickItem & { hostKeys: boolean })[] = [
    { label: vscode.l10n.t('Without host keys'), detail: vscode.l10n.t('Every other field List users returns'), hostKeys: false },
    {
      label: vscode.l10n.t('Include host keys'),
      detail: vscode.l10n.t("A host key lets whoever holds it claim host in that user's meetings: keep the file private"),
      hostKeys: true,
    },
  ];
  return (await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('Include host keys?') }))?.hostKeys;
}

async function pickStatus(title: string): Promise<StatusChoice | undefined> {
  const items: { label: string; status: StatusChoice }[] = [
    ...USER_STATUSES.map((status) => ({ label: statusName(status), status })),
    { label: vscode.l10n.t('All (active, inactive and pending)'), status: 'all' },
  ];
  return (await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('Which users?') }))?.status;
}

function isExportArgs(arg: unknown): arg is ExportArgs {
  const a = arg as Partial<ExportArgs> | undefined;
  return typeof a?.accountKey === 'string' && (a.status === 'all' || USER_STATUSES.includes(a.status as UserStatus));
}

function toUri(uri: vscode.Uri | string): vscode.Uri {
  return typeof uri === 'string' ? (/^[a-z][\w+.-]*:/i.test(uri) && !/^[a-z]:[\\/]/i.test(uri) ? vscode.Uri.parse(uri) : vscode.Uri.file(uri)) : uri;
}
