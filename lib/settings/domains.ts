export type DomainCheck =
  | { ok: true; origin: string }
  | { ok: false; reason: 'not-a-url' | 'not-https' | 'has-path' | 'wildcard' };

// A custom helpdesk domain is an https origin ("https://support.acme.com"); it becomes the optional host
// permission "https://support.acme.com/*". Anything else is refused with the reason.
export function checkDomain(input: string): DomainCheck {
  // A sentence's end typed after the address ("support.acme.com。" from a Chinese input method) is no part of
  // it: the URL parser reads 。 as a dot and ， as a comma, which names another site (a host ending in a dot
  // is another origin to the browser's permissions) that no helpdesk page is ever on.
  const text = input.trim().replace(/[.,;:!?。，、；：！？．｡]+$/u, '');
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { ok: false, reason: 'not-a-url' };
  }
  if (url.protocol !== 'https:') return { ok: false, reason: 'not-https' };
  if (!url.hostname.includes('.') || url.username || url.password) return { ok: false, reason: 'not-a-url' };
  // A host permission names one site; the URL parser turns "*" into "%2A", a site that never exists.
  if (/[*%]/.test(url.hostname)) return { ok: false, reason: 'wildcard' };
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) return { ok: false, reason: 'has-path' };
  if (url.hostname.endsWith('.')) return checkDomain(url.origin.replace(/\.+(?=(:\d+)?$)/, ''));
  // What the parser lets through in a host but no site's name holds, from a comma to a full-width symbol.
  if (!/^[a-z0-9._-]+$/.test(url.hostname)) return { ok: false, reason: 'not-a-url' };
  return { ok: true, origin: url.origin };
}

export const originPattern = (origin: string) => `${origin}/*`;
