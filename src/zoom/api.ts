// The surface the editor layers use: the public methods of `ZoomClient` (client.ts), which implements
// every endpoint over HTTP, and the queries they take. Each signature is written once, on the class; the
// layers (and the test fakes) depend on this type, never on the class.
import type { ZoomClient } from './client';
import type { GroupSettingsOption, UserStatus } from './types';

export interface ListUsersQuery {
  status?: UserStatus;
  role_id?: string;
  include_fields?: 'custom_attributes' | 'host_key';
  license?: 'zoom_workforce_management' | 'zoom_compliance_management';
}

export interface GroupSettingsQuery {
  option?: GroupSettingsOption;
  /** Comma-separated leaf names, as Zoom takes them. */
  custom_query_fields?: string;
}

export interface GroupLockSettingsQuery {
  option?: 'meeting_security';
}

/** Every endpoint of the client; its request scheduler stays with whoever made it (the account store). */
export type ZoomApi = Omit<ZoomClient, 'scheduler'>;

export type { GroupSettingsOption, UserStatus };
