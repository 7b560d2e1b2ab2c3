// ZoomApi over HTTP: every endpoint in both account forms (paths.ts), validated at the boundary.
import type { GroupLockSettingsQuery, GroupSettingsQuery, ListUsersQuery } from './api';
import { ZoomHttp, type HttpOptions } from './http';
import { MAX_PAGE_SIZE, PagedList } from './paginate';
import { paths } from './paths';
import type { RequestScheduler } from './scheduler';
import { checkItems, checkShape, listField, shapes, totalRecords, type Shape } from './validate';
import type {
  AccountScope,
  Page,
  RequestOptions,
  ZoomGroup,
  ZoomGroupAdmin,
  ZoomGroupMember,
  ZoomRole,
  ZoomRoleMember,
  ZoomSubAccount,
  ZoomUser,
  ZoomUserSummary,
} from './types';

/**
 * What ZoomHttp takes (see HttpOptions; `apiBaseUrl` may be {simulator}/v2; share one `scheduler` per
 * account to share its rate budget, default one per client), without the retry tuning, which keeps its
 * defaults, plus the page-size setting.
 */
export interface ZoomClientOptions extends Omit<HttpOptions, 'retries' | 'rateLimitRetries' | 'maxRetryAfterMs'> {
  /** Lowers every endpoint's page size (a setting); never raises it above the spec maximum. */
  maxPageSize?: number;
}

/** Methods that take an ID are async: an ID the path builder refuses rejects the promise, never throws at the call. */
export class ZoomClient {
  private readonly http: ZoomHttp;

  constructor(private readonly options: ZoomClientOptions) {
    this.http = new ZoomHttp(options);
  }

  /** The scheduler this client's requests go through (shared rate budget). */
  get scheduler(): RequestScheduler {
    return this.http.scheduler;
  }

  listUsers(query: ListUsersQuery, scope?: AccountScope): PagedList<ZoomUser> {
    return this.list(paths.users(scope), 'users', MAX_PAGE_SIZE.users, shapes.user, { ...query });
  }

  /** By id or email. */
  async getUser(userIdOrEmail: string, options?: RequestOptions): Promise<ZoomUser> {
    return this.one(paths.user(userIdOrEmail, options), shapes.user, 'user', options);
  }

  async userSummary(options?: RequestOptions): Promise<ZoomUserSummary> {
    return this.one(paths.userSummary(options), shapes.userSummary, 'summary', options);
  }

  listGroups(scope?: AccountScope): PagedList<ZoomGroup> {
    return this.list(paths.groups(scope), 'groups', MAX_PAGE_SIZE.groups, shapes.group);
  }

  async getGroup(groupId: string, options?: RequestOptions): Promise<ZoomGroup> {
    return this.one(paths.group(groupId, options), shapes.group, 'group', options);
  }

  listGroupMembers(groupId: string, scope?: AccountScope): PagedList<ZoomGroupMember> {
    return this.list(paths.groupMembers(groupId, scope), 'members', MAX_PAGE_SIZE.groupMembers, shapes.groupMember);
  }

  listGroupAdmins(groupId: string, scope?: AccountScope): PagedList<ZoomGroupAdmin> {
    return this.list(paths.groupAdmins(groupId, scope), 'admins', MAX_PAGE_SIZE.groupAdmins, shapes.groupAdmin);
  }

  /** Settings as sent (shape depends on `option`); big integers arrive as strings. */
  async groupSettings(groupId: string, query: GroupSettingsQuery = {}, options?: RequestOptions): Promise<Record<string, unknown>> {
    return this.http.getObject(paths.groupSettings(groupId, options), { ...query }, options?.signal).then((r) => r.body);
  }

  async groupLockSettings(groupId: string, query: GroupLockSettingsQuery = {}, options?: RequestOptions): Promise<Record<string, unknown>> {
    return this.http.getObject(paths.groupLockSettings(groupId, options), { ...query }, options?.signal).then((r) => r.body);
  }

  async listRoles(options?: RequestOptions): Promise<Page<ZoomRole>> {
    // Not paginated (docs/zoom-api-facts.md §Endpoints used).
    const { body, at } = await this.http.getObject(paths.roles(options), undefined, options?.signal);
    const roles = listField(body, 'roles', at);
    checkItems(roles, shapes.role, at, 'roles');
    return { items: roles as ZoomRole[], totalRecords: totalRecords(body) };
  }

  listRoleMembers(roleId: string, scope?: AccountScope): PagedList<ZoomRoleMember> {
    return this.list(paths.roleMembers(roleId, scope), 'members', MAX_PAGE_SIZE.roleMembers, shapes.roleMember);
  }

  /** Master accounts only; a non-master account answers with an error. */
  listSubAccounts(): PagedList<ZoomSubAccount> {
    return this.list(paths.subAccounts(), 'accounts', MAX_PAGE_SIZE.subAccounts, shapes.subAccount);
  }

  /**
   * The raw 2xx body of a GET, for read-only documents: no round trip through objects, so big
   * integers and key order survive. `path` comes from paths.ts.
   */
  async getText(path: string, query?: Record<string, string | undefined>, options?: { signal?: AbortSignal }): Promise<string> {
    return this.http.getText(path, query, options?.signal);
  }

  private list<T>(path: string, field: string, specMax: number, shape: Shape, query?: ListUsersQuery): PagedList<T> {
    const lowered = this.options.maxPageSize && this.options.maxPageSize > 0 ? Math.floor(this.options.maxPageSize) : specMax;
    return new PagedList<T>(this.http, { path, field, shape, pageSize: Math.min(specMax, lowered), query: query && { ...query } });
  }

  private async one<T>(path: string, shape: Shape, what: string, options?: RequestOptions): Promise<T> {
    const { body, at } = await this.http.getObject(path, undefined, options?.signal);
    return checkShape<T>(body, shape, at, what);
  }
}
