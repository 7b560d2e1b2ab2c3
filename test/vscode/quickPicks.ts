// Answers the extension's quick picks in the extension host: while installed, each
// vscode.window.showQuickPick call (the tests and the extension share one `vscode` API object)
// is recorded with its items and options and answered by the next answer in line, instead of
// waiting for a person. More calls than answers fail the test (recorded, answered with Escape).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export interface AskedPick {
  items: vscode.QuickPickItem[];
  options: vscode.QuickPickOptions | undefined;
}

/** Chooses an item of a pick (undefined: Escape); may assert on what was offered. */
export type PickAnswer = (items: vscode.QuickPickItem[], options: vscode.QuickPickOptions | undefined) => vscode.QuickPickItem | undefined;

export interface QuickPickAnswers extends vscode.Disposable {
  readonly asked: AskedPick[];
  /** Fails unless every answer was used, naming the placeholders of the picks shown. */
  assertAllUsed(): void;
}

export function answerQuickPicks(...answers: PickAnswer[]): QuickPickAnswers {
  const window = vscode.window as { showQuickPick: unknown };
  const original = window.showQuickPick;
  const asked: AskedPick[] = [];
  const errors: unknown[] = [];
  window.showQuickPick = async (items: readonly vscode.QuickPickItem[] | Thenable<readonly vscode.QuickPickItem[]>, options?: vscode.QuickPickOptions) => {
    const list = [...(await items)];
    asked.push({ items: list, options });
    const answer = answers[asked.length - 1];
    if (!answer) {
      errors.push(new Error(`an unexpected quick pick: ${options?.placeHolder ?? options?.title ?? '(no placeholder)'}`));
      return undefined;
    }
    try {
      return answer(list, options);
    } catch (error) {
      errors.push(error);
      return undefined;
    }
  };
  return {
    asked,
    assertAllUsed() {
      if (errors.length) throw errors[0];
      assert.equal(asked.length, answers.length, `quick picks shown: ${asked.map((a) => a.options?.placeHolder ?? a.options?.title).join(' | ')}`);
    },
    dispose() {
      window.showQuickPick = original;
    },
  };
}

/** Runs `run` with its quick picks answered in turn; fails unless each answer was used. */
export async function withPicks<T>(answers: PickAnswer[], run: () => Thenable<T>): Promise<T> {
  const picks = answerQuickPicks(...answers);
  try {
    return await run();
  } finally {
    picks.dispose();
    picks.assertAllUsed();
  }
}

/** The answer that picks the item with this label (fails listing the labels offered). */
export function pickLabel(label: string): PickAnswer {
  return (items) => {
    const found = items.find((i) => i.label === label);
    assert.ok(found, `no "${label}" in the pick; it offers: ${items.map((i) => i.label).join(', ')}`);
    return found;
  };
}
