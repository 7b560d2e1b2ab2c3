// The token source a signed-in account's client uses. It reads the account's secrets only on the
// first request (activation stays free of I/O), then delegates to the real source, and reports
// whether the account can still get tokens so the status bar can ask for new credentials.
import type { AccessToken, TokenSource } from '../zoom/types';
import { ZoomAuthError } from '../zoom/errors';

export type HealthReport = (ok: boolean, error?: unknown) => void;

export class AccountTokenSource implements TokenSource {
  private source: TokenSource | undefined;
  private loading: Promise<TokenSource> | undefined;

  /**
   * @param renewable false for a pasted token: once the server rejects it, only the admin can help.
   */
  constructor(
    private readonly load: () => Promise<TokenSource>,
    private readonly renewable: boolean,
    private readonly report: HealthReport,
  ) {}

  async getToken(signal?: AbortSignal): Promise<AccessToken> {
    try {
      const source = this.source ?? (await this.loadOnce());
      const token = await source.getToken(signal);
      this.report(true);
      return token;
    } catch (error) {
      // A rejected secret or an expired pasted token cannot fix itself; a network error can.
      if (error instanceof ZoomAuthError || !this.renewable) this.report(false, error);
      throw error;
    }
  }

  invalidate(accessToken: string): void {
    this.source?.invalidate(accessToken);
    if (!this.renewable) this.report(false);
  }

  private loadOnce(): Promise<TokenSource> {
    this.loading ??= this.load().then(
      (source) => (this.source = source),
      (error: unknown) => {
        this.loading = undefined; // try again next time (e.g. secret storage was locked)
        throw error;
      },
    );
    return this.loading;
  }
}
