// The commands' error policy, in one place (as vscode-azext-utils' registerCommand holds it): a
// command says in its own words what failed (failWith), and the registry (src/commands/index.ts)
// runs every command through guarded(), which shows those words, logs the failure, and returns
// undefined. A cancellation shows nothing, unless the command says what it left undone. Any other
// error (a caller's wrong argument, a bug) is logged and reaches the caller as before: VS Code
// names the command, a test or extension sees the rejection. Below the layers, so that the helpers
// a command uses (src/documents/open.ts) can fail in their own words too.
import * as vscode from 'vscode';
import type { ZoomLog } from './log';
import { isCancellation } from './zoom/errors';

/** A failure worded for the user by the command that met it; `information` for a cancellation it reports. */
export class CommandFailure extends Error {
  constructor(
    message: string,
    readonly cause: unknown,
    readonly level: 'error' | 'information' = 'error',
  ) {
    super(message);
    this.name = 'CommandFailure';
  }
}

/**
 * `task`'s result; when it fails, a CommandFailure in the command's words. A cancellation stays a
 * cancellation (nothing is shown), or becomes the information `cancelled` when given.
 */
export async function failWith<T>(task: Thenable<T>, words: (error: unknown) => string, cancelled?: () => string): Promise<T> {
  try {
    return await task;
  } catch (error) {
    if (!isCancellation(error)) throw new CommandFailure(words(error), error);
    throw cancelled ? new CommandFailure(cancelled(), error, 'information') : error;
  }
}

/** An error's own message, or a thrown non-Error as text: for logs, and for failures whose words are the error's (documents name their object). */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The command `run` under the error policy, for vscode.commands.registerCommand. Several failures
 * at once (an AggregateError: both sides of a diff) are each shown.
 */
export function guarded<A extends unknown[], R>(id: string, run: (...args: A) => R | Thenable<R>, log: ZoomLog): (...args: A) => Promise<R | undefined> {
  return async (...args) => {
    try {
      return await run(...args);
    } catch (error) {
      if (isCancellation(error)) {
        log.debug(`${id} cancelled`);
        return undefined;
      }
      const failures = error instanceof AggregateError ? (error.errors as unknown[]) : [error];
      for (const failure of failures) {
        const cause = failure instanceof CommandFailure ? failure.cause : failure;
        if (failure instanceof CommandFailure && failure.level === 'information') log.info(`${id} cancelled`);
        else log.error(`${id} failed: ${logText(cause)}`);
      }
      if (!failures.every((f) => f instanceof CommandFailure)) throw error;
      for (const failure of failures) {
        void (failure.level === 'information' ? vscode.window.showInformationMessage(failure.message) : vscode.window.showErrorMessage(failure.message));
      }
      return undefined;
    }
  };
}

/**
 * The technical side for the log (the redactor masks secrets and emails). A document's error names
 * its object, and the log carries ids, never names: only its code is logged.
 */
function logText(cause: unknown): string {
  if (cause instanceof vscode.FileSystemError) return `FileSystemError ${cause.code}`;
  return messageOf(cause);
}
