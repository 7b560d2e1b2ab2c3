// The licenses List users filters by (`license`), and their names as the Zoom portal writes them.
import * as vscode from 'vscode';
import type { License } from './userFilters';

export const LICENSES: readonly License[] = ['zoom_workforce_management', 'zoom_compliance_management'];

export function licenseName(license: License): string {
  return license === 'zoom_workforce_management' ? vscode.l10n.t('Zoom Workforce Management') : vscode.l10n.t('Zoom Compliance Management');
}
