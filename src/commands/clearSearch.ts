// zoomAdmin.clearSearch: removes the "Search" root and the view's message.
import type { DirectoryTree } from '../tree/register';

export function clearSearch(tree: DirectoryTree) {
  return (): void => tree.clearSearch();
}
