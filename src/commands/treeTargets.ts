// The rows a tree command acts on: the clicked row and, with multi-select, every selected row;
// from the palette or a key binding, the view's selection.
import type { DirectoryTree } from '../tree/register';

export function treeTargets(tree: DirectoryTree, node?: unknown, nodes?: unknown): unknown[] {
  if (Array.isArray(nodes) && nodes.length > 0) return nodes;
  if (node !== undefined && node !== null) return [node];
  return [...tree.view.selection];
}
