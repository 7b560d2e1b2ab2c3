// Where in a settings document a position is: the JSON path of the property there, and the range of
// its key. Shared by the hover, the lock hints and the Explain Setting lenses.
import type { Node } from 'jsonc-parser';
import * as vscode from 'vscode';
import { jsonc } from '../jsonc';

export interface KeyAt {
  path: (string | number)[];
  /** The key's range, when the position is on a property (key or value). */
  range?: vscode.Range;
}

/** The property at a position: on its key, or on a scalar value (then the value's range). */
export function keyAt(document: vscode.TextDocument, position: vscode.Position): KeyAt | undefined {
  const location = jsonc().getLocation(document.getText(), document.offsetAt(position));
  const node: Node | undefined = location.previousNode;
  if (!node || !location.path.length || typeof location.path[location.path.length - 1] !== 'string') return undefined;
  const range = new vscode.Range(document.positionAt(node.offset), document.positionAt(node.offset + node.length));
  return { path: location.path, range };
}

export interface KeyNode {
  path: string[];
  /** The key string's range (with its quotes). */
  range: vscode.Range;
  /** True when the value is an object (a section), not a setting. */
  section: boolean;
}

/** Every key of the document's objects (not inside arrays), in document order; bounded depth. */
export function documentKeys(document: vscode.TextDocument): KeyNode[] {
  const root = jsonc().parseTree(document.getText());
  const out: KeyNode[] = [];
  const walk = (node: Node | undefined, prefix: string[], depth: number) => {
    if (!node || node.type !== 'object' || depth > 16) return;
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (!key || typeof key.value !== 'string') continue;
      const path = [...prefix, key.value];
      out.push({
        path,
        range: new vscode.Range(document.positionAt(key.offset), document.positionAt(key.offset + key.length)),
        section: value?.type === 'object',
      });
      walk(value, path, depth + 1);
    }
  };
  walk(root, [], 0);
  return out;
}
