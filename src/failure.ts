// A failure worded for the user by the command that met it (failWith), which the command registry
// (src/commands/guarded.ts) shows and logs. Here, below the layers, so that the helpers a command
// uses (src/documents/open.ts) can fail in their own words too.
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

/** An error's own message, for failures whose words are the error's (documents name their object). */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
