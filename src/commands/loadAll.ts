// zoomAdmin.loadAll: every remaining page of a folder, under a cancellable progress.
import type { DirectoryTree } from '../tree/register';

export function loadAll(tree: DirectoryTree) {
  return (node?: unknown): Promise<void> => tree.loadAll(node);
}
