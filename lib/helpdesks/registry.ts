import { draftKey } from '../escalation/draft-key';
import { isBrowserPage } from './browser-pages';
import { freshdeskSite } from './freshdesk';
import { frontSite } from './front';
import { gorgiasSite } from './gorgias';
import { helpscoutSite } from './helpscout';
import { hubspotSite } from './hubspot';
import { intercomSite } from './intercom';
import { jiraSite } from './jira';
import { salesforceSite } from './salesforce';
import type { HelpdeskSite } from './types';
import { zendeskSite } from './zendesk';
import { zohoSite } from './zoho';

const SITES: readonly HelpdeskSite[] = [
  zendeskSite,
  jiraSite,
  gorgiasSite,
  hubspotSite,
  salesforceSite,
  freshdeskSite,
  zohoSite,
  intercomSite,
  helpscoutSite,
  frontSite,
];

// "*.freshdesk.com" matches any subdomain (not the bare domain); anything else matches exactly.
export function hostMatches(glob: string, host: string): boolean {
  return glob.startsWith('*.') ? host.endsWith(glob.slice(1)) && host.length > glob.length - 1 : host === glob;
}

// The pages the extension reads without asking (host permissions, context menu).
export const HELPDESK_MATCHES = SITES.flatMap((s) => s.hosts.map((h) => `https://${h}/*`));

export interface SiteMatch {
  site: HelpdeskSite;
  ticketId: string;
}

// A helpdesk's own host with its ticket URL shape; on a custom domain the agent added (a self-hosted Jira,
// a vanity Freshdesk), the URL shape alone decides.
export function siteFor(url: URL, customOrigins: readonly string[] = []): SiteMatch | undefined {
  if (url.protocol !== 'https:') return undefined;
  const custom = customOrigins.includes(url.origin);
  for (const site of SITES) {
    if (!custom && !site.hosts.some((h) => hostMatches(h, url.hostname))) continue;
    const ticketId = site.ticketIn(url)?.ticketId;
    if (ticketId) return { site, ticketId };
  }
  return undefined;
}

// The draft key of the ticket a URL shows, or undefined when it is not a ticket we read.
export function ticketKeyAt(
  url: string,
  customOrigins: readonly string[] = [],
): { key: string; ticketId: string; helpdesk: HelpdeskSite['id'] } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const match = siteFor(parsed, customOrigins);
  return match
    ? {
        key: draftKey({ helpdesk: match.site.id, ticketId: match.ticketId, url }),
        ticketId: match.ticketId,
        helpdesk: match.site.id,
      }
    : undefined;
}

export type ReadPlan = { script: string } | { reason: 'not-a-ticket' | 'browser-page' | 'unreachable' };

// Which script to inject into a tab at this URL: its helpdesk's reader, the generic reader for any
// other https page, or nothing on a helpdesk page that is not a ticket (the agent should open one).
export function readPlan(url: URL, customOrigins: readonly string[] = []): ReadPlan {
  if (isBrowserPage(url)) return { reason: 'browser-page' };
  // Not https (an intranet page): no reader runs there, whatever it shows.
  if (url.protocol !== 'https:') return { reason: 'unreachable' };
  const match = siteFor(url, customOrigins);
  if (match) return { script: `/read-${match.site.id}.js` };
  if (SITES.some((s) => s.hosts.some((h) => hostMatches(h, url.hostname)))) return { reason: 'not-a-ticket' };
  return { script: '/read-generic.js' };
}
