// zoomAdmin.loadMore (the "Load more" row) and zoomAdmin.retry (an error row, or its tooltip link
// with the folder id): both fetch the next page, or the page that failed, of one folder.
import type { DirectoryTree } from '../tree/register';

export function loadMore(tree: DirectoryTree) {
  return (node?: unknown): Promise<void> => tree.loadMore(node);
}
