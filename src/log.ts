// STUB (issue 4 replaces it): the "Zoom Admin" LogOutputChannel with redaction.
import * as vscode from 'vscode';
import type { Logger } from './zoom/types';

export interface ZoomLog extends Logger {
  show(): void;
}

export function createLog(context: vscode.ExtensionContext): ZoomLog {
  const channel = vscode.window.createOutputChannel('Zoom Admin', { log: true });
  context.subscriptions.push(channel);
  return {
    trace: (m) => channel.trace(m),
    debug: (m) => channel.debug(m),
    info: (m) => channel.info(m),
    warn: (m) => channel.warn(m),
    error: (m) => channel.error(m),
    show: () => channel.show(true),
  };
}
