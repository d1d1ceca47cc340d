export type DomainCheck =
  | { ok: true; origin: string }
  | {
      ok: false;
      reason: 'not-a-url' | 'not-https' | 'has-path' | 'wildcard' | 'too-long' | 'empty-part' | 'hyphen' | 'short-ip';
    };

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
  // What the parser lets through but no site is called (DNS: at most 253 characters, 1 to 63 between dots, no
  // hyphen at either end of a part), and IPv4 shorthand it rewrites to another address ("1.2.3" is 1.2.0.3).
  const parts = url.hostname.split('.');
  if (parts.includes('')) return { ok: false, reason: 'empty-part' };
  if (url.hostname.length > 253 || parts.some((p) => p.length > 63)) return { ok: false, reason: 'too-long' };
  if (parts.some((p) => p.startsWith('-') || p.endsWith('-'))) return { ok: false, reason: 'hyphen' };
  const typedHost = text.replace(/^[a-z]+:\/\//i, '').split(/[/:?#]/)[0] ?? '';
  if (/^[\d.]+$/.test(url.hostname) && typedHost.normalize('NFKC') !== url.hostname) {
    return { ok: false, reason: 'short-ip' };
  }
  return { ok: true, origin: url.origin };
}

export const originPattern = (origin: string) => `${origin}/*`;
