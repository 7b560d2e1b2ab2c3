// The truth the clicks are compared with: the simulator's Zoom API read with bare HTTP, independent
// of the extension's own client. Credentials stay in memory; nothing here prints them.
import type { SimAccount } from '../vscode/sim';

export interface ZoomData {
  get<T>(path: string, query?: Record<string, string>): Promise<T>;
  /** Every item of a paged list, following next_page_token. */
  all<T>(path: string, field: string, query?: Record<string, string>): Promise<T[]>;
}

export async function zoomData(simUrl: string, account: SimAccount): Promise<ZoomData> {
  const basic = Buffer.from(`${account.clientId}:${account.clientSecret}`).toString('base64');
  const res = await fetch(`${simUrl}/oauth/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'account_credentials', account_id: account.accountId }),
  });
  if (!res.ok) throw new Error(`The simulator refused a token for ${account.accountId}: HTTP ${res.status}`);
  const { access_token: token } = (await res.json()) as { access_token: string };

  const get = async <T>(path: string, query: Record<string, string> = {}): Promise<T> => {
    const url = `${simUrl}/v2${path}?${new URLSearchParams(query)}`;
    const r = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    if (!r.ok) throw new Error(`GET /v2${path} answered HTTP ${r.status}`);
    return (await r.json()) as T;
  };
  const all = async <T>(path: string, field: string, query: Record<string, string> = {}): Promise<T[]> => {
    const items: T[] = [];
    let next = '';
    do {
      const page = await get<Record<string, unknown>>(path, { ...query, page_size: '300', ...(next ? { next_page_token: next } : {}) });
      items.push(...((page[field] as T[] | undefined) ?? []));
      next = typeof page.next_page_token === 'string' ? page.next_page_token : '';
    } while (next);
    return items;
  };
  return { get, all };
}
