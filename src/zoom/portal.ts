// Pages of the Zoom web portal. The portal has no published URL scheme; these patterns are the ones
// public integrations document (Elastic's Zoom connector links users as /user/{id}/profile, groups
// as /account/group#/detail/{id}/detail and roles as /role#/detail/{id}/settings; the user and group
// lists are /account/user#/ and /account/group#/). Where an object has no page of its own (a pending
// user, a sub account) its kind's list page opens: for sub accounts, account management (/account).

export type PortalKind = 'user' | 'group' | 'role' | 'subAccount';

/** The web host of an account: zoomgov.com when the OAuth base URL is ZoomGov's, else zoom.us. */
export function portalHost(oauthBaseUrl: string | undefined): string {
  // Stryker disable next-line StringLiteral: only read when the URL did not parse, and any start value but a ZoomGov host gives zoom.us.
  let host = '';
  try {
    // Stryker disable next-line StringLiteral: any non-URL stand-in for a missing base throws the same way as ''.
    host = new URL(oauthBaseUrl ?? '').hostname.toLowerCase();
  } catch {
    // Not a URL: the default host.
  }
  return host === 'zoomgov.com' || host.endsWith('.zoomgov.com') ? 'zoomgov.com' : 'zoom.us';
}

/** The portal page of an object (its own page when it has one and an id, else its kind's list). */
export function portalUrl(kind: PortalKind, id: string | undefined, oauthBaseUrl: string | undefined): string {
  const base = `https://${portalHost(oauthBaseUrl)}`;
  const seg = id ? encodeURIComponent(id) : undefined;
  switch (kind) {
    case 'user':
      return seg ? `${base}/user/${seg}/profile` : `${base}/account/user#/`;
    case 'group':
      return seg ? `${base}/account/group#/detail/${seg}/detail` : `${base}/account/group#/`;
    case 'role':
      return seg ? `${base}/role#/detail/${seg}/settings` : `${base}/role`;
    case 'subAccount':
      return `${base}/account`;
  }
}
