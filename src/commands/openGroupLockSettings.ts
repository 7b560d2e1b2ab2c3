// Zoom: Open Group Lock Settings: the settings a group locks for its members (all, or meeting security).
import type { Accounts } from '../auth/accounts';
import type { ZoomDocuments } from '../documents/register';
import type { DirectoryTree } from '../tree/register';
import { openGroupDocument } from './openGroupSettings';

export function openGroupLockSettings(accounts: Accounts, documents: ZoomDocuments, tree: DirectoryTree) {
  return openGroupDocument('groupLockSettings', accounts, documents, tree);
}
