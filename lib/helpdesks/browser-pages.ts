// Pages the browser keeps from every extension, whatever it was allowed: its own pages, other extensions'
// pages, a page's source, files on this computer (Escalation Brief reads https only), and the extension
// stores. The panel says so plainly, instead of sending the agent to allow something that cannot be allowed.
const BROWSER_SCHEMES = new Set([
  'about:',
  'chrome:',
  'chrome-extension:',
  'chrome-search:',
  'chrome-untrusted:',
  'devtools:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'moz-extension:',
  'resource:',
  'view-source:',
  'file:',
  'data:',
  'blob:',
  'javascript:',
]);

const STORES: readonly { host: string; path?: string }[] = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.mozilla.org' },
];

export function isBrowserPage(url: URL): boolean {
  if (BROWSER_SCHEMES.has(url.protocol)) return true;
  const host = url.hostname.toLowerCase();
  return STORES.some((s) => s.host === host && (!s.path || url.pathname.startsWith(s.path)));
}

/**
 * Whether the browser's refusal to run something in a tab (Chrome's words; the tab's address is hidden
 * from an extension not allowed there) says the page is one of those.
 */
export function refusedAsBrowserPage(error: string): boolean {
  if (/cannot be scripted|Cannot access a [a-z-]+:\/\/ URL/i.test(error)) return true;
  const named = /Cannot access contents of url "([^"]*)"/i.exec(error)?.[1];
  if (!named) return false;
  try {
    return isBrowserPage(new URL(named));
  } catch {
    return false;
  }
}
