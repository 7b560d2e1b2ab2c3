// The "Zoom Admin" LogOutputChannel. Every line goes through the redactor (src/redact.ts):
// Authorization headers, Basic/Bearer values, secret-named fields, JWTs and every value registered
// with protect() are masked; emails are masked unless the channel is at Trace. Names cannot be
// recognised by a pattern: callers log Zoom ids, never user or account names.
import * as vscode from 'vscode';
import { Redactor } from './redact';
import type { Logger } from './zoom/types';

export interface ZoomLog extends Logger {
  show(): void;
  /** Masks this exact value in every later line (client secrets and access tokens). */
  protect(value: string | undefined): void;
  /** Logs a warning only the first time this key is seen in the session. */
  warnOnce(key: string, message: string): void;
  /** The file the channel writes (read by the leak test). */
  readonly file: vscode.Uri;
}

export const LOG_NAME = 'Zoom Admin';

export function createLog(context: vscode.ExtensionContext): ZoomLog {
  const channel = vscode.window.createOutputChannel(LOG_NAME, { log: true });
  context.subscriptions.push(channel);
  const redactor = new Redactor();
  const warned = new Set<string>();
  const clean = (m: string) => redactor.redact(m, { keepPersonal: channel.logLevel === vscode.LogLevel.Trace });
  const log: ZoomLog = {
    trace: (m) => channel.trace(clean(m)),
    debug: (m) => channel.debug(clean(m)),
    info: (m) => channel.info(clean(m)),
    warn: (m) => channel.warn(clean(m)),
    error: (m) => channel.error(clean(m)),
    show: () => channel.show(true),
    protect: (value) => redactor.addSecret(value),
    warnOnce: (key, message) => {
      if (warned.has(key)) return;
      warned.add(key);
      log.warn(message);
    },
    // VS Code writes an extension's log channel to <logUri>/<name>.log.
    file: vscode.Uri.joinPath(context.logUri, `${LOG_NAME}.log`),
  };
  return log;
}
