// The surface the editor layers use. `ZoomClient` (client.ts) implements it over HTTP.
import type { PagedList } from './paginate';
import type {
  AccountScope,
  GroupSettingsOption,
  Page,
  RequestOptions,
  UserStatus,
  ZoomGroup,
  ZoomGroupAdmin,
  ZoomGroupMember,
  ZoomRole,
  ZoomRoleMember,
  ZoomSubAccount,
  ZoomUser,
  ZoomUserSummary,
} from './types';

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

export interface ZoomApi {
  listUsers(query: ListUsersQuery, scope?: AccountScope): PagedList<ZoomUser>;
  /** By id or email. */
  getUser(userIdOrEmail: string, options?: RequestOptions): Promise<ZoomUser>;
  userSummary(options?: RequestOptions): Promise<ZoomUserSummary>;

  listGroups(scope?: AccountScope): PagedList<ZoomGroup>;
  getGroup(groupId: string, options?: RequestOptions): Promise<ZoomGroup>;
  listGroupMembers(groupId: string, scope?: AccountScope): PagedList<ZoomGroupMember>;
  listGroupAdmins(groupId: string, scope?: AccountScope): PagedList<ZoomGroupAdmin>;

  /** Settings objects as sent (shape depends on `option`); big integers arrive as strings. */
  groupSettings(groupId: string, query?: GroupSettingsQuery, options?: RequestOptions): Promise<Record<string, unknown>>;
  groupLockSettings(groupId: string, query?: GroupLockSettingsQuery, options?: RequestOptions): Promise<Record<string, unknown>>;

  listRoles(options?: RequestOptions): Promise<Page<ZoomRole>>;
  listRoleMembers(roleId: string, scope?: AccountScope): PagedList<ZoomRoleMember>;

  /** Master accounts only; a non-master account answers with an error. */
  listSubAccounts(): PagedList<ZoomSubAccount>;

  /**
   * The raw 2xx body of a GET, for read-only documents: no round trip through objects, so big
   * integers and key order survive. `path` comes from paths.ts.
   */
  getText(path: string, query?: Record<string, string | undefined>, options?: { signal?: AbortSignal }): Promise<string>;
}

export type { GroupSettingsOption, UserStatus };
