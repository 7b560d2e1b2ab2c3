// The commands' one error policy (src/failure.ts, guarded), called directly with a fake command and
// a log that records its lines: a command's own words are shown at their level and logged by
// command id; a cancellation shows nothing; each failure of an AggregateError is shown; any other
// error is logged and reaches the caller; a FileSystemError is logged by its code only, since its
// message names the object. Runs in the extension host because src/failure.ts uses `vscode`.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CommandFailure, failWith, guarded } from '../../src/failure';
import type { ZoomLog } from '../../src/log';
import { cancellationError } from '../../src/zoom/errors';

const ID = 'zoomAdmin.testCommand';

/** A ZoomLog that keeps its lines as "<level> <message>". */
function recordingLog(): ZoomLog & { lines: string[] } {
  const lines: string[] = [];
  const at = (level: string) => (message: string) => void lines.push(`${level} ${message}`);
  return {
    lines,
    trace: at('trace'),
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    show: () => undefined,
    protect: () => undefined,
    warnOnce: (_key, message) => at('warn')(message),
    file: vscode.Uri.file('/dev/null'),
  };
}

interface Outcome {
  result?: unknown;
  thrown?: unknown;
  /** The messages shown, as "<error|information> <words>". */
  shown: string[];
  lines: string[];
}

/** Runs `run` as the command ID under guarded(), recording what it returned or threw, showed and logged. */
async function underPolicy(run: (...args: unknown[]) => unknown, ...args: unknown[]): Promise<Outcome> {
  const window = vscode.window as { showErrorMessage: unknown; showInformationMessage: unknown };
  const original = { error: window.showErrorMessage, information: window.showInformationMessage };
  const shown: string[] = [];
  window.showErrorMessage = async (message: string) => void shown.push(`error ${message}`);
  window.showInformationMessage = async (message: string) => void shown.push(`information ${message}`);
  const log = recordingLog();
  try {
    return { result: await guarded(ID, run, log)(...args), shown, lines: log.lines };
  } catch (thrown) {
    return { thrown, shown, lines: log.lines };
  } finally {
    window.showErrorMessage = original.error;
    window.showInformationMessage = original.information;
  }
}

suite('Commands: the error policy (guarded)', () => {
  test('a command that succeeds: its arguments reach it, its result is returned, nothing is shown or logged', async () => {
    const outcome = await underPolicy(async (a, b) => `${String(a)}+${String(b)}`, 'one', 'two');
    assert.deepEqual(outcome, { result: 'one+two', shown: [], lines: [] });
  });

  test('a CommandFailure: its words are shown as an error, its cause is logged by command id, and the command returns undefined', async () => {
    const outcome = await underPolicy(() => {
      throw new CommandFailure('Could not open the group.', new Error('HTTP 404 code 4130'));
    });
    assert.deepEqual(outcome, { result: undefined, shown: ['error Could not open the group.'], lines: [`error ${ID} failed: HTTP 404 code 4130`] });
  });

  test('an information-level CommandFailure (a cancellation the command reports): shown as information, logged as cancelled', async () => {
    const outcome = await underPolicy(() => failWith(Promise.reject(cancellationError(AbortSignal.abort())), String, () => 'The export stopped at 10 users.'));
    assert.deepEqual(outcome, { result: undefined, shown: ['information The export stopped at 10 users.'], lines: [`info ${ID} cancelled`] });
  });

  test('a cancellation: nothing is shown, it is logged at debug, and the command returns undefined', async () => {
    const outcome = await underPolicy(() => failWith(Promise.reject(cancellationError(AbortSignal.abort())), () => 'never shown'));
    assert.deepEqual(outcome, { result: undefined, shown: [], lines: [`debug ${ID} cancelled`] });
  });

  test('an AggregateError of CommandFailures (both sides of a diff): each is shown and logged', async () => {
    const outcome = await underPolicy(async () => {
      throw new AggregateError([
        new CommandFailure('Left side failed.', new Error('left cause')),
        new CommandFailure('Right side failed.', new Error('right cause')),
      ]);
    });
    assert.deepEqual(outcome, {
      result: undefined,
      shown: ['error Left side failed.', 'error Right side failed.'],
      lines: [`error ${ID} failed: left cause`, `error ${ID} failed: right cause`],
    });
  });

  test('any other error (a bug, a wrong argument): logged and re-thrown to the caller, nothing shown', async () => {
    const bug = new TypeError('x is not a function');
    assert.deepEqual(
      await underPolicy(() => {
        throw bug;
      }),
      { thrown: bug, shown: [], lines: [`error ${ID} failed: x is not a function`] },
    );
    // An AggregateError with one such error among CommandFailures is re-thrown whole, each part logged.
    const mixed = new AggregateError([new CommandFailure('Left side failed.', new Error('left cause')), 'not an Error']);
    assert.deepEqual(await underPolicy(() => Promise.reject(mixed)), {
      thrown: mixed,
      shown: [],
      lines: [`error ${ID} failed: left cause`, `error ${ID} failed: not an Error`],
    });
  });

  test('a FileSystemError is logged by its code only: its message names the object, the log names ids', async () => {
    const uri = vscode.Uri.parse('zoom-admin:/acct/groups/g1/Secret Team Name · settings.json');
    const cause = vscode.FileSystemError.FileNotFound(uri);
    assert.match(cause.message, /Secret Team Name/, 'the error itself names the object');
    const outcome = await underPolicy(() => {
      throw new CommandFailure('The group Secret Team Name is gone.', cause);
    });
    assert.deepEqual(outcome, {
      result: undefined,
      shown: ['error The group Secret Team Name is gone.'],
      lines: [`error ${ID} failed: FileSystemError FileNotFound`],
    });
  });
});
