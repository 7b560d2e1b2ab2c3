// Masks secrets (and, unless asked to keep them, email addresses) in any text before it is logged.
// Pure: no vscode, so plain-Node tests cover it. Names cannot be recognised by a pattern, so the
// rest of the code logs Zoom ids only, never a user's or account's name, and never an email above
// Trace: this redactor is the backstop, not the plan.

export const MASK = '[redacted]';
export const EMAIL_MASK = '[email]';

/** Shortest value worth registering: anything shorter would mask ordinary words. */
const MIN_SECRET_LENGTH = 8;

// `Authorization: …` as a header line, a JSON member or a key=value pair: the whole value goes.
const AUTH_HEADER = /(\bauthorization\b["']?\s*[:=]\s*["']?)[^"'\r\n,}]+/gi;
// Credentials by scheme wherever they appear (error text, curl lines, stack traces).
const AUTH_SCHEME = /\b(Basic|Bearer)(\s+)[A-Za-z0-9._~+/=-]+/g;
// Secret-named fields: JSON (`"client_secret": "…"`), key=value (`client_secret=…`), key: value.
// Not after `/` or `.`: "POST /oauth/token: HTTP 401" names an endpoint, not a value.
const SECRET_FIELD =
  /((?<![/.])\b(?:client_?secret|access_?token|refresh_?token|id_?token|token|password|secret|api_?key)\b["']?\s*[:=]\s*["']?)[^"'\s&,;}]+/gi;
// JWT-looking strings (Zoom access tokens are JWTs): header.payload[.signature].
const JWT = /\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}(?:\.[A-Za-z0-9_-]*)?/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

export interface RedactOptions {
  /** Keep email addresses (only when the log level is Trace). Secrets are masked regardless. */
  keepPersonal?: boolean;
}

export class Redactor {
  private readonly secrets = new Set<string>();
  private sorted: string[] | undefined;

  /** Masks this exact value (and its URL-encoded form) from now on. Never forgotten: a token
   *  from a signed-out account must not surface in a later line either. */
  addSecret(value: string | undefined): void {
    if (!value || value.length < MIN_SECRET_LENGTH || this.secrets.has(value)) return;
    this.secrets.add(value);
    this.sorted = undefined;
  }

  redact(text: string, options: RedactOptions = {}): string {
    let out = text;
    for (const secret of this.knownSecrets()) {
      out = out.split(secret).join(MASK);
      const encoded = encodeURIComponent(secret);
      if (encoded !== secret) out = out.split(encoded).join(MASK);
    }
    out = out
      .replace(AUTH_HEADER, (_m, head: string) => head + MASK)
      .replace(AUTH_SCHEME, (_m, scheme: string, space: string) => scheme + space + MASK)
      .replace(SECRET_FIELD, (_m, head: string) => head + MASK)
      .replace(JWT, MASK);
    if (!options.keepPersonal) out = out.replace(EMAIL, EMAIL_MASK);
    return out;
  }

  /** Longest first, so a secret containing another is masked whole. */
  private knownSecrets(): string[] {
    this.sorted ??= [...this.secrets].sort((a, b) => b.length - a.length);
    return this.sorted;
  }
}
