// zoomAdmin.showLog: the "Zoom Admin" output channel (linked from error rows).
import type { ZoomLog } from '../log';

export function showLog(log: ZoomLog) {
  return (): void => log.show();
}
