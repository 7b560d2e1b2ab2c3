// What the suite saw, for the leak test that runs last (zz-no-secrets.test.ts): every error message
// a test provoked, and every secret or token the simulator issued before a later suite reset it.
// Any suite may record here; values stay in this process only.
export const recordedErrors: string[] = [];
export const recordedSecrets = new Set<string>();

export function recordError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  recordedErrors.push(message);
  return message;
}

export function recordSecrets(values: Iterable<string>): void {
  for (const v of values) if (v) recordedSecrets.add(v);
}
