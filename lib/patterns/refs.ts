// Where a team tracks an issue once it is known: a bug in Jira, GitHub, GitLab, Linear, Azure DevOps or
// Shortcut, an error group in Sentry, an incident on a status page or in PagerDuty. Two escalations that
// point at the same one are about the same issue, whatever words their agents chose. Pure.
import { splitLinks } from '../brief/links';

// The path segment before an item's id, and what such an id looks like. Helpdesk tickets
// ("/agent/tickets/4830", "/conversation/…") are not here: an escalation names its own ticket and, in
// passing, the customer's earlier ones. "/issues/new", a help article's "/issues/error-500" or a source
// browser's "/browse/v2/src" name no one item.
const ISSUE_KEY = /^[A-Z][A-Z0-9_]+-\d+$/;
const NUMBER = /^\d+$/;
const INCIDENT = /^(?=[a-z]*\d)[a-z0-9]+$/i;
const isKey = (id: string) => ISSUE_KEY.test(id);
const isNumber = (id: string) => NUMBER.test(id);
const isIssue = (id: string) => isNumber(id) || isKey(id);
const isIncident = (id: string) => INCIDENT.test(id);
const ITEM_ID: Record<string, (id: string) => boolean> = {
  browse: isKey,
  issues: isIssue,
  issue: isIssue,
  pull: isNumber,
  merge_requests: isNumber,
  story: isNumber,
  incidents: isIncident,
  incident: isIncident,
};

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
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const segments = url.pathname.split('/').filter(Boolean);
  const path = segments.map((s) => s.toLowerCase());
  for (let i = 0; i < segments.length - 1; i++) {
    const at = path[i] as string;
    // Azure DevOps: /_workitems/edit/123.
    const workItem = at === '_workitems' && path[i + 1] === 'edit' && NUMBER.test(segments[i + 2] ?? '');
    const idAt = workItem ? i + 2 : i + 1;
    const id = segments[idAt] as string;
    if (!workItem && !ITEM_ID[at]?.(id)) continue;
    // A Jira issue is one on its site whichever view opens it: /browse/KEY, a project's /issues/KEY.
    if (ISSUE_KEY.test(id) && (at === 'browse' || path.includes('projects'))) return `ref:${host}/${id}`;
    return `ref:${host}/${[...path.slice(0, idAt), ISSUE_KEY.test(id) ? id : id.toLowerCase()].join('/')}`;
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
