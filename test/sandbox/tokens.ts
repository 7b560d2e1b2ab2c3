// Access tokens: opaque random strings, each tied to one account and its scopes at issue time.
// Several stay valid at once (Zoom's multi-token behaviour since June 2023).
import { randomBytes } from 'node:crypto';
import type { Clock } from './clock';
import type { SimAccount } from './world';

export const TOKEN_LIFETIME_S = 3599;

export interface IssuedToken {
  accessToken: string;
  accountId: string;
  scopes: readonly string[];
  expiresAt: number;
  revoked: boolean;
}

export type TokenCheck = { ok: true; token: IssuedToken } | { ok: false; message: string };

export class TokenStore {
  private readonly tokens = new Map<string, IssuedToken>();

  constructor(private readonly clock: Clock) {}

  issue(account: SimAccount): IssuedToken {
    const token: IssuedToken = {
      accessToken: randomBytes(36).toString('base64url'),
      accountId: account.accountId,
      scopes: account.scopes,
      expiresAt: this.clock.now() + TOKEN_LIFETIME_S * 1000,
      revoked: false,
    };
    this.tokens.set(token.accessToken, token);
    return token;
  }

  /** The bearer token of a request, checked: Zoom answers 124 with one of two messages. */
  check(authorization: string | undefined): TokenCheck {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    const token = m ? this.tokens.get(m[1]) : undefined;
    if (!token) return { ok: false, message: 'Invalid access token.' };
    if (token.revoked || this.clock.now() >= token.expiresAt) return { ok: false, message: 'Access token is expired.' };
    return { ok: true, token };
  }

  expire(accessToken: string): void {
    const token = this.tokens.get(accessToken);
    if (token) token.revoked = true;
  }

  expireAll(): void {
    for (const t of this.tokens.values()) t.revoked = true;
  }

  all(): string[] {
    return [...this.tokens.keys()];
  }

  clear(): void {
    this.tokens.clear();
  }
}
