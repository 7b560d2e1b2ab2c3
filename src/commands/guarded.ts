// The commands' error policy, in one place (as vscode-azext-utils' registerCommand holds it): a
// command says in its own words what failed (failWith, src/failure.ts), and the registry shows those
// words, logs the failure, and the command returns undefined. A cancellation shows nothing, unless
// the command says what it left undone. Any other error (a caller's wrong argument, a bug) is logged
// and reaches the caller as before: VS Code names the command, a test or extension sees the rejection.
import * as vscode from 'vscode';
import { CommandFailure, messageOf } from '../failure';
import type { ZoomLog } from '../log';
import { isCancellation } from '../zoom/errors';

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
