// What the simulator saw, for tests to assert on. Never holds secrets: no headers, no bodies,
// and query parameters that could carry credentials are masked.

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
  /** Simulator clock, epoch ms. */
  at: number;
  /** Account of the credentials or bearer token used, when known. */
  accountId?: string;
  /** Fault rules that fired on this request. */
  faults?: string[];
}

const SECRET_PARAMS = /secret|password|access_token|refresh_token|^code$|^token$/i;
const MAX_ENTRIES = 200_000;

export function safeQuery(query: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of query) out[k] = SECRET_PARAMS.test(k) ? '[redacted]' : v;
  return out;
}

export class RequestLog {
  private entries: LoggedRequest[] = [];

  add(entry: LoggedRequest): void {
    if (this.entries.length >= MAX_ENTRIES) this.entries.splice(0, MAX_ENTRIES / 2);
    this.entries.push(entry);
  }

  all(): LoggedRequest[] {
    return this.entries.slice();
  }

  clear(): void {
    this.entries = [];
  }
}
