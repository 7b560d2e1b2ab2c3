// Where in a settings document a position is: the JSON path of the property there, and the range of
// its key. Shared by the hover, the lock hints and the Explain Setting lenses.
import { getLocation, type Node } from 'jsonc-parser';
import * as vscode from 'vscode';

export interface KeyAt {
  path: (string | number)[];
  /** The key's range, when the position is on a property (key or value). */
  range?: vscode.Range;
}

/** The property at a position: on its key, or on a scalar value (then the value's range). */
export function keyAt(document: vscode.TextDocument, position: vscode.Position): KeyAt | undefined {
  const location = getLocation(document.getText(), document.offsetAt(position));
  const node: Node | undefined = location.previousNode;
  if (!node || !location.path.length || typeof location.path[location.path.length - 1] !== 'string') return undefined;
  const range = new vscode.Range(document.positionAt(node.offset), document.positionAt(node.offset + node.length));
  return { path: location.path, range };
}
