// The public shapes of the Zoom client. Field lists follow Zoom's OpenAPI specs (docs/zoom-api-facts.md §Where the facts come from);
// every field is optional unless the spec requires it, and unknown fields are kept.

/** Which account an endpoint addresses: our own, or a sub account through /accounts/{id}/… */
export interface AccountScope {
  /** Sub account id; absent means the signed-in account itself. */
  subAccountId?: string;
}

export interface RequestOptions extends AccountScope {
  signal?: AbortSignal;
}

export type UserStatus = 'active' | 'inactive' | 'pending';

export interface ZoomUser {
  /** Absent for pending users. */
  id?: string;
  email: string;
  type: number;
  first_name?: string;
  last_name?: string;
  display_name?: string;
  status?: UserStatus;
  role_id?: string;
  dept?: string;
  timezone?: string;
  last_login_time?: string;
  last_client_version?: string;
  created_at?: string;
  user_created_at?: string;
  pmi?: number | string;
  verified?: number;
  language?: string;
  group_ids?: string[];
  im_group_ids?: string[];
  employee_unique_id?: string;
  plan_united_type?: string;
  division_ids?: string[];
  /** Only for accounts with several subscription plans; license_option can exceed 2^53 (then a string). */
  license_info_list?: { license_type?: string; license_option?: number | string; subscription_id?: string }[];
  /** Only with include_fields=host_key, which only an export's opt-in asks for. */
  host_key?: string;
  custom_attributes?: { key?: string; name?: string; value?: string }[];
  /** Values above 2^53 arrive as strings (see docs/zoom-api-facts.md §JS precision hazard). */
  zoom_one_type?: number | string;
  [extra: string]: unknown;
}

export interface ZoomGroup {
  id: string;
  name: string;
  total_members?: number;
  [extra: string]: unknown;
}

export interface ZoomGroupMember {
  id: string;
  email: string;
  first_name?: string;
  last_name?: string;
  type?: number;
  primary_group?: boolean;
  [extra: string]: unknown;
}

/** Group admins come back without ids (docs/zoom-api-facts.md §Quirks). */
export interface ZoomGroupAdmin {
  email: string;
  name?: string;
  [extra: string]: unknown;
}

export interface ZoomRole {
  id: string;
  name: string;
  description?: string;
  type?: string;
  total_members?: number;
  [extra: string]: unknown;
}

export interface ZoomRoleMember {
  id: string;
  email: string;
  first_name?: string;
  last_name?: string;
  department?: string;
  type?: number;
  [extra: string]: unknown;
}

export interface ZoomSubAccount {
  id: string;
  account_name: string;
  account_number?: number | string;
  account_type?: string;
  owner_email?: string;
  seats?: number;
  created_at?: string;
  [extra: string]: unknown;
}

export interface ZoomUserSummary {
  licensed_users_count?: number;
  basic_users_count?: number;
  total_users_count?: number;
  pending_users_count?: number;
  [extra: string]: unknown;
}

export type GroupSettingsOption = 'meeting_authentication' | 'recording_authentication' | 'meeting_security';

/** One page of a list endpoint, normalised: `nextPageToken` is undefined at the end ("" or absent). */
export interface Page<T> {
  items: T[];
  totalRecords?: number;
  nextPageToken?: string;
  /**
   * How many items a page holds as the server answered: the reply's page_size, else the items this
   * page brought. Never the size asked for: a server may serve fewer (300 for a request of 2000).
   */
  pageSize?: number;
}

/** A bearer token and when it stops working (epoch ms). */
export interface AccessToken {
  accessToken: string;
  expiresAt: number;
  /** Epoch ms it was issued, when known: with expiresAt, its lifetime (the renewal margin is at most half). */
  issuedAt?: number;
  scope?: string;
  /** From the token response; used only when it is an https Zoom host. */
  apiUrl?: string;
}

/** Where the client gets its bearer token. */
export interface TokenSource {
  /** A valid token; concurrent callers share one request (single flight). */
  getToken(signal?: AbortSignal): Promise<AccessToken>;
  /** The server rejected this token (401 / code 124): forget it so the next getToken renews. */
  invalidate(accessToken: string): void;
  /** The token held now, without a request; it may have expired (what a listing shows, not what a call sends). */
  held?(): AccessToken | undefined;
}

/** What the client logs through. Implementations redact; the client still never passes secrets. */
export interface Logger {
  trace(message: string): void;
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}
