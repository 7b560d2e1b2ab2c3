// What a handler returns; server.ts writes it. Bodies are objects (serialised by toJson) or raw strings.

export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** Account of the credentials or token used, for the request log. */
  accountId?: string;
}

export const reply = (status: number, body: unknown, headers?: Record<string, string>): Reply => ({ status, body, headers });

/** Zoom's API error body. */
export const zoomError = (status: number, code: number, message: string): Reply => reply(status, { code, message });

/** Zoom's validation failure: HTTP 400, code 300, the offending field. */
export const invalidField = (field: string): Reply => reply(400, { code: 300, message: 'Validation Failed.', errors: [{ field, message: 'Invalid field.' }] });

export const PAGE_TOKEN_INVALID = 'The next page token is invalid or expired.';
export const pageTokenInvalid = (): Reply => zoomError(400, 300, PAGE_TOKEN_INVALID);
