// The token source a signed-in account's client uses. It reads the account's secrets only on the
// first request (activation stays free of I/O), then delegates to the real source, and reports
// whether the account can still get tokens so the status bar can ask for new credentials.
import type { AccessToken, TokenSource } from '../zoom/types';
import { ZoomAuthError } from '../zoom/errors';

/** Whether the account can still get tokens (false: only new credentials help). */
export type HealthReport = (ok: boolean) => void;

export class AccountTokenSource implements TokenSource {
  private source: TokenSource | undefined;
  private loading: Promise<TokenSource> | undefined;

  constructor(
    private readonly load: () => Promise<TokenSource>,
    private readonly report: HealthReport,
  ) {}

  async getToken(signal?: AbortSignal): Promise<AccessToken> {
    try {
      const source = this.source ?? (await this.loadOnce());
      const token = await source.getToken(signal);
      this.report(true);
      return token;
    } catch (error) {
      // A rejected secret or an expired/rejected pasted token cannot fix itself; a network error can.
      if (error instanceof ZoomAuthError) this.report(false);
      throw error;
    }
  }

  invalidate(accessToken: string): void {
    this.source?.invalidate(accessToken);
  }

  /** The token the source holds (its secrets read on first use, a local read), never a token request. */
  async heldToken(): Promise<AccessToken | undefined> {
    return (this.source ?? (await this.loadOnce())).held?.();
  }

  private loadOnce(): Promise<TokenSource> {
    this.loading ??= this.load().then(
      (source) => (this.source = source),
      (error: unknown) => {
        this.loading = undefined; // try again next time (e.g. secret storage was locked)
        this.report(false); // no credentials to renew with: the admin must enter them
        throw error;
      },
    );
    return this.loading;
  }
}
