import { findErrorLines } from '../escalation/evidence';
import type { TicketContext } from '../escalation/model';
import { blockText, oneLine } from './dom-text';
import { missingOf } from './missing';

// A page can be megabytes of text. The generic reader keeps its start (what the page is about) and its end
// (where a build log or a stack trace says what failed), and says that the middle was left out. Past
// WALK_CAP the page is not walked further: its end is then the end of what was walked.
const PAGE_TEXT_CAP = 200_000;
const WALK_CAP = 4_000_000;
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

// The labels a page puts over a part of the ticket ("Description", "Comments (3)", "详情"): never its title.
const SECTION_LABEL =
  /^(?:(?:ticket|issue|case|request|incident) )?(?:description|details?|overview|summary|comments?|activity|activities|attachments?|history|notes?|internal notes?|conversation|messages|replies|timeline|updates|properties|information|info|related|fields)(?: ?\(\d+\))?:?$|^(?:描述|详情|详细信息|概述|概览|摘要|评论|活动|附件|历史|备注)(?: ?[(（]\d+[)）])?[:：]?$/i;
// Where an <h1> is the site's, not the page's: a <header> is the site's banner unless it sits in a part of
// the page (HTML's own rule), and a sidebar or navigation is not the page either.
const SITE_PART = 'nav, aside, footer, article, [role="banner"], [role="navigation"], [role="complementary"]';
const isSitePart = (el: Element) => {
  const header = el.closest('header');
  return !!el.closest(SITE_PART) || (!!header && !header.parentElement?.closest('article, aside, main, nav, section'));
};

function firstTitle(headings: Iterable<Element>): string | undefined {
  for (const el of headings) {
    const text = oneLine(el.textContent)?.slice(0, TITLE_CAP);
    if (text && !SECTION_LABEL.test(text)) return text;
  }
  return undefined;
}

// The main content's <h1>, then its first <h2> that is not a section label (a status page's incident under
// the site's name in a brand <h1>), then an <h1> outside it that is not the site's (a ticket's title above a
// <main> that only has "Description"), then any <h1>.
function headingOf(doc: Document, main: Element | null): string | undefined {
  const h1s = [...doc.querySelectorAll('h1')];
  const inMain = (el: Element) => !!main?.contains(el);
  return (
    firstTitle(h1s.filter(inMain)) ??
    firstTitle(main?.querySelectorAll('h2') ?? []) ??
    firstTitle(h1s.filter((el) => !inMain(el) && !isSitePart(el))) ??
    firstTitle(h1s)
  );
}

// The page's main content, in this order of preference: a sidebar's <article> is not the page.
const mainOf = (doc: Document): Element | null =>
  doc.querySelector('main') ?? doc.querySelector('[role="main"]') ?? doc.querySelector('article') ?? doc.body;

// How far from a cut a line break is looked for: a minified line or a blob has none for 100,000 characters.
const LINE_REACH = 2_000;

// The page's start and end, half the cap each, cut at a line break near the cut where there is one.
function headAndTail(whole: string): { text: string; cut?: { keptChars: number; totalChars: number } } {
  if (whole.length <= PAGE_TEXT_CAP) return { text: whole };
  const half = PAGE_TEXT_CAP / 2;
  const head = whole.slice(0, half);
  const tail = whole.slice(-half);
  const headEnd = head.lastIndexOf('\n');
  const tailStart = tail.indexOf('\n');
  const text = `${headEnd >= half - LINE_REACH ? head.slice(0, headEnd) : head}\n${
    tailStart >= 0 && tailStart < LINE_REACH ? tail.slice(tailStart + 1) : tail
  }`;
  return { text, cut: { keptChars: text.length, totalChars: whole.length } };
}

// Any page the agent lets us read: what it plainly shows, nothing inferred about who the customer is.
// Beside a frame, a page with so little text of its own is most likely its frame's wrapper (a portal, a
// dashboard, an embedded form); one with more has its content in it, and its frames are widgets or adverts.
const FRAMED_TEXT_CHARS = 500;
const framed = (doc: Document, text: string): true | undefined =>
  text.trim().length < FRAMED_TEXT_CHARS && doc.querySelector('iframe, frame') ? true : undefined;

export function readGenericPage(doc: Document, url: URL, selection = ''): TicketContext {
  const main = mainOf(doc);
  const { text, cut } = headAndTail(blockText(main, { cap: WALK_CAP, links: false }).slice(0, WALK_CAP));
  const times = [...doc.querySelectorAll('time[datetime]')].map((t) => t.getAttribute('datetime') ?? '');
  const heading = headingOf(doc, main);
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
      framed: framed(doc, text),
      cut,
    },
    source: 'generic',
    missing: missingOf(fields).filter((f) => f !== 'ticketId'),
  };
}
