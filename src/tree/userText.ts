// Pure text helpers for user rows and search (no `vscode`: unit-tested in Node).

export interface NamedUser {
  email?: string;
  display_name?: string;
  first_name?: string;
  last_name?: string;
  name?: string;
  custom_attributes?: readonly { name?: string; value?: string }[];
}

/** Display name, else first + last, else the admin API's `name` (group admins), else the email. */
export function userDisplayName(user: NamedUser): string {
  const display = trimmed(user.display_name);
  if (display) return display;
  const full = [user.first_name, user.last_name].map(trimmed).filter(Boolean).join(' ');
  if (full) return full;
  return trimmed(user.name) || trimmed(user.email);
}

/** The client hands over text (src/zoom/validate.ts); anything else is treated as absent here too. */
function trimmed(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

export function looksLikeEmail(query: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(query.trim());
}

/** Zoom user ids are 22 url-safe base64 characters; anything id-shaped of that kind qualifies. */
export function looksLikeUserId(query: string): boolean {
  return /^[A-Za-z0-9_-]{16,40}$/.test(query.trim()) && /[0-9_-]|[a-z][A-Z]/.test(query.trim());
}

/** Case- and width-insensitive form for substring search (works for CJK names as they are). */
export function searchKey(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase().trim();
}

/** True when the query (already searchKey'd) is in the user's name, first + last, email, or a custom attribute's value. */
export function userMatches(user: NamedUser, key: string): boolean {
  if (!key) return false;
  const fields = [
    user.display_name,
    user.name,
    [user.first_name, user.last_name].filter(Boolean).join(' '),
    user.email,
    ...(Array.isArray(user.custom_attributes)
      ? (user.custom_attributes as readonly { value?: unknown }[]).map((a) => (typeof a?.value === 'string' ? a.value : undefined))
      : []),
  ];
  return fields.some((field) => typeof field === 'string' && searchKey(field).includes(key));
}
