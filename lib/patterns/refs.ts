// Where a team tracks an issue once it is known: a bug in Jira, GitHub, GitLab, Linear, Azure DevOps or
// Shortcut, an error group in Sentry, an incident on a status page or in PagerDuty. Two escalations that
// point at the same one are about the same issue, whatever words their agents chose. Pure.
import { splitLinks } from '../brief/links';

// The path segment before an item's id. Helpdesk tickets ("/agent/tickets/4830", "/conversation/…") are
// not here: an escalation names its own ticket and, in passing, the customer's earlier ones.
const ITEM_BEFORE = new Set(['browse', 'issues', 'issue', 'pull', 'merge_requests', 'incidents', 'incident', 'story']);
// "/issues/new", "/incidents/history" and a help article's "/issues/login-problems" name no one item: an
// id has a digit.
const ID = /^[a-z0-9][\w.-]*$/i;
const HAS_DIGIT = /\d/;
const ISSUE_KEY = /^[a-z][a-z0-9_]*-\d+$/i;

/** Whether a code feature is a tracked item (trackerRef). */
export const isRef = (code: string) => code.startsWith('ref:');

/** The tracked item an address points at, as `ref:host/path-to-its-id`, or undefined. */
export function trackerRef(address: string): string | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  const segments = url.pathname.split('/').filter(Boolean);
  for (let i = 0; i < segments.length - 1; i++) {
    const at = (segments[i] as string).toLowerCase();
    // Azure DevOps: /_workitems/edit/123.
    const idAt =
      at === '_workitems' && segments[i + 1]?.toLowerCase() === 'edit' ? i + 2 : ITEM_BEFORE.has(at) ? i + 1 : -1;
    const id = segments[idAt];
    if (!id || !ID.test(id) || !HAS_DIGIT.test(id)) continue;
    const host = url.hostname.toLowerCase().replace(/^www\./, '');
    // An issue key is the issue's on its site, whichever view the address opens it in (/browse/, a queue's
    // /issues/, Linear's /issue/).
    if (ISSUE_KEY.test(id)) return `ref:${host}/${id.toUpperCase()}`;
    return `ref:${host}/${[...segments.slice(0, idAt), id].map((s) => s.toLowerCase()).join('/')}`;
  }
  return undefined;
}

/** The tracked items a text's addresses point at. */
export function trackerRefs(text: string): string[] {
  const out = new Set<string>();
  const parts = splitLinks(text);
  for (let i = 1; i < parts.length; i += 2) {
    const ref = trackerRef(parts[i] as string);
    if (ref) out.add(ref);
  }
  return [...out];
}
