// zoomAdmin.refresh: the whole view (title bar, palette), one account, or one folder.
import type { DirectoryTree } from '../tree/register';
import { DirNode } from '../tree/nodes/dirNode';

export function refresh(tree: DirectoryTree) {
  return (node?: unknown): void => tree.refresh(node instanceof DirNode ? node : typeof node === 'string' ? tree.find(node) : undefined);
}
