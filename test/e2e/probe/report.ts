// What the exports probe (extension.ts) writes and the end-to-end scenario reads. No vscode here:
// the scenario runs in plain Node.

/** In the workspace folder the probe's window has open. */
export const PROBE_REPORT_FILE = '.zoom-admin-probe.json';
/** The probe's one command, run from the palette by its title. */
export const PROBE_COMMAND_TITLE = 'Zoom Probe: Walk the Exports of Zoom Admin Explorer';

export interface ProbeReport {
  found: boolean;
  active: boolean;
  /** typeof exports. */
  exportsType: string;
  /** Objects visited. */
  objects: number;
  /** Paths of every function reachable (methods included). */
  functions: string[];
  /** Constructor names of the objects reached. */
  kinds: string[];
  /** Every string reachable: the suite checks none holds a secret or token (never printed). */
  strings: string[];
}
