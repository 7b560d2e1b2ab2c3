// A cancellable progress notification for work that makes many requests: the work gets an
// AbortSignal (cancel aborts every queued request) and a report(done, total) that moves the bar.
import { setMaxListeners } from 'node:events';
import * as vscode from 'vscode';

export type ReportProgress = (done: number, total: number) => void;

export function withRequestProgress<T>(title: string, work: (signal: AbortSignal, report: ReportProgress) => Promise<T>): Thenable<T> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
    const controller = new AbortController();
    // Every queued request listens to this one signal (hundreds at once is the point).
    setMaxListeners(0, controller.signal);
    const cancel = token.onCancellationRequested(() => controller.abort());
    let reported = 0;
    try {
      return await work(controller.signal, (done, total) => {
        const percent = (done / Math.max(1, total)) * 100;
        progress.report({ message: vscode.l10n.t('{0} of {1} requests', done, total), increment: Math.max(0, percent - reported) });
        reported = Math.max(reported, percent);
      });
    } finally {
      cancel.dispose();
    }
  });
}
