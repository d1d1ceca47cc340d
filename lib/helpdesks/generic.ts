import { findErrorLines } from '../escalation/evidence';
import type { TicketContext } from '../escalation/model';
import { blockText, oneLine } from './dom-text';
import { missingOf } from './missing';

// A page can be megabytes of text; the generic reader looks at the start of it only.
const PAGE_TEXT_CAP = 200_000;
const MAX_FOUND = 20;
const SELECTION_CAP = 20_000;

// Starting only where a word starts: unanchored, a 100,000-character token (a base64 blob, a minified
// line) is retried from each of its characters, seconds of a frozen tab.
const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b/gi;
// A heading longer than this is no title: a page can put a whole log in an <h1>.
const TITLE_CAP = 300;
// A time after a named date, as status pages and emails print it: "Nov 30, 2026 - 12:40 UTC", "at 9:02 AM".
const TIME_AFTER = String.raw`(?:,? (?:at |- )?\d{1,2}:\d{2}(?: ?[AaPp]\.?[Mm]\b\.?)?(?: ?(?:UTC|GMT|[A-Z]{2,4}T)\b)?)?`;
const DATE = new RegExp(
  [
    String.raw`\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\b`,
    String.raw`\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}\b${TIME_AFTER}`,
    String.raw`\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}\b${TIME_AFTER}`,
    String.raw`\d{4}年\d{1,2}月\d{1,2}日(?: ?\d{1,2}:\d{2})?`,
    // As shown (18.11.2026 10:15, 11/18/2026): which is the day is the page's convention, not guessed here.
    String.raw`\b\d{1,2}[./]\d{1,2}[./]\d{4}(?:,? \d{1,2}:\d{2}(?: ?[AaPp]\.?[Mm]\b\.?)?(?: ?(?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?| ?[A-Z]{2,4}T\b)?)?\b`,
  ].join('|'),
  'g',
);

function unique(values: Iterable<string>): string[] | undefined {
  const out = [...new Set(values)].slice(0, MAX_FOUND);
  return out.length ? out : undefined;
}

// The page's main content, in this order of preference: a sidebar's <article> is not the page.
const mainOf = (doc: Document): Element | null =>
  doc.querySelector('main') ?? doc.querySelector('[role="main"]') ?? doc.querySelector('article') ?? doc.body;

// Any page the agent lets us read: what it plainly shows, nothing inferred about who the customer is.
export function readGenericPage(doc: Document, url: URL, selection = ''): TicketContext {
  const main = mainOf(doc);
  const text = blockText(main, PAGE_TEXT_CAP).slice(0, PAGE_TEXT_CAP);
  const times = [...doc.querySelectorAll('time[datetime]')].map((t) => t.getAttribute('datetime') ?? '');
  // The main content's own heading before the site's: a status page's <header> has the site name in <h1>
  // and the incident in <main>'s <h2>.
  const headingEl = main?.querySelector('h1') ?? main?.querySelector('h2') ?? doc.querySelector('h1');
  const heading = oneLine(headingEl?.textContent)?.slice(0, TITLE_CAP);
  const title = oneLine(doc.title)?.slice(0, TITLE_CAP);
  const picked = selection.trim().slice(0, SELECTION_CAP);
  const errors = findErrorLines([{ role: 'customer', text: picked ? `${picked}\n${text}` : text }]);
  const fields = { subject: heading ?? title };
  return {
    helpdesk: 'generic',
    url: url.href,
    ...fields,
    page: {
      title,
      heading,
      selection: picked || undefined,
      emails: unique(text.match(EMAIL) ?? []),
      dates: unique([...times.filter(Boolean), ...(text.match(DATE) ?? [])]),
      errors: errors.length ? errors : undefined,
    },
    source: 'generic',
    missing: missingOf(fields).filter((f) => f !== 'ticketId'),
  };
}
