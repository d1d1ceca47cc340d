// What the matcher reads of an escalation, and what tells one customer from another. Small and pure: the
// panel needs it on first paint, before the matcher itself is loaded.
import { accountOf } from '../escalation/customer';
import type { Escalation } from '../escalation/model';

/** An escalation or anything shaped like one: only the fields the matcher reads. */
export interface PatternInput {
  id?: string;
  summary?: string;
  description?: string;
  evidence?: readonly string[];
  tags?: readonly string[];
  repro?: { evidence?: readonly string[] };
  ticket?: {
    tags?: readonly string[];
    organization?: string;
    requester?: { email?: string };
  };
  customer?: { name?: string; email?: string; account?: string };
  createdAt?: string;
  outcome?: { rootCause?: string; learning?: string };
  /** Texts read only for the addresses of tracked bugs and incidents (refs.ts): supporting links, updates. */
  references?: readonly string[];
}

// Mail services anyone signs up to: two addresses there are two people, not one company. The big services'
// country domains (yahoo.co.uk, hotmail.fr, gmx.net) go by their first label; a service's own subdomains
// (vip.qq.com, vip.163.com, mail.sina.com.cn) are the service too.
const FREE_MAIL = new Set([
  'gmail.com',
  'googlemail.com',
  'msn.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aim.com',
  'ymail.com',
  'rocketmail.com',
  'proton.me',
  'protonmail.com',
  'protonmail.ch',
  'pm.me',
  'tutanota.com',
  'fastmail.com',
  'hey.com',
  'zoho.com',
  'mail.com',
  'email.com',
  'mail.ru',
  'bk.ru',
  'inbox.ru',
  'list.ru',
  'ya.ru',
  'rambler.ru',
  'ukr.net',
  'web.de',
  't-online.de',
  'freenet.de',
  'orange.fr',
  'free.fr',
  'laposte.net',
  'wanadoo.fr',
  'libero.it',
  'seznam.cz',
  'wp.pl',
  'o2.pl',
  'btinternet.com',
  'sky.com',
  'virginmedia.com',
  'comcast.net',
  'att.net',
  'verizon.net',
  'sbcglobal.net',
  'bigpond.com',
  'rediffmail.com',
  'uol.com.br',
  'naver.com',
  'daum.net',
  'hanmail.net',
  'qq.com',
  'foxmail.com',
  '163.com',
  '126.com',
  'yeah.net',
  'sina.com',
  'sina.cn',
  'sina.com.cn',
  '139.com',
  'tom.com',
  '21cn.com',
  'sohu.com',
  'aliyun.com',
  // Internet providers' mailboxes, and smaller services, in the countries the helpdesks serve most.
  'tutanota.de',
  'tuta.io',
  'tutamail.com',
  'zohomail.com',
  'fastmail.fm',
  'posteo.de',
  'mailbox.org',
  'cox.net',
  'charter.net',
  'earthlink.net',
  'optonline.net',
  'bellsouth.net',
  'juno.com',
  'shaw.ca',
  'telus.net',
  'rogers.com',
  'sympatico.ca',
  'videotron.ca',
  'ntlworld.com',
  'talktalk.net',
  'sfr.fr',
  'neuf.fr',
  'arcor.de',
  'tiscali.it',
  'tiscali.co.uk',
  'virgilio.it',
  'alice.it',
  'tin.it',
  'interia.pl',
  'onet.pl',
  'bol.com.br',
  'terra.com.br',
  'ig.com.br',
  'optusnet.com.au',
  'iinet.net.au',
  'xtra.co.nz',
]);
// A brand's country domains (yahoo.co.uk, gmx.de, outlook.com.br): its name then a suffix, not the start of a
// company's own subdomain (live.globex.example).
const FREE_MAIL_BRANDS = /^(?:yahoo|hotmail|outlook|live|aol|gmx|yandex)\.[a-z]{2,3}(?:\.[a-z]{2})?$/;
const isFreeMail = (domain: string) =>
  FREE_MAIL_BRANDS.test(domain) || domain.split('.').some((_, i, labels) => FREE_MAIL.has(labels.slice(i).join('.')));

/**
 * Who the requester is as a customer, from their address: `domain:` their company's email domain, else
 * `email:` the whole address at a mail service anyone signs up to.
 */
export function requesterKey(e: PatternInput): string | undefined {
  const email = (e.customer?.email?.trim() || e.ticket?.requester?.email?.trim() || '').toLowerCase();
  const at = email.lastIndexOf('@');
  if (at < 1) return undefined;
  const domain = email.slice(at + 1);
  return isFreeMail(domain) ? `email:${email}` : `domain:${domain}`;
}

/** The key two tickets from one customer share: `org:` the account (accountOf), else requesterKey. */
export function customerKey(e: PatternInput): string | undefined {
  // Spaces as typed ("Globex  Corp" corrected in Impact) do not make another customer.
  const org = accountOf(e).replace(/\s+/g, ' ').toLowerCase();
  return org ? `org:${org}` : requesterKey(e);
}

// What an issue is about shows in its first lines; a pasted 1 MB log must not be tokenised per keystroke.
const MATCHED_CHARS = 4_000;
// Cut where a word ends, if one ends in the last part of the head: an address cut in two
// ("…/browse/ENG-45|21") would point at another bug.
const WORD_REACH = 1_000;
function head(s: string): string {
  if (s.length <= MATCHED_CHARS) return s;
  for (let end = MATCHED_CHARS; end > MATCHED_CHARS - WORD_REACH; end--) {
    if (/\s/.test(s[end] as string)) return s.slice(0, end);
  }
  return s.slice(0, MATCHED_CHARS);
}

function headOf(parts: readonly string[]): string {
  let out = '';
  for (const part of parts) {
    if (!part) continue;
    out = out ? `${out}\n${head(part)}` : head(part);
    if (out.length >= MATCHED_CHARS) return head(out);
  }
  return out;
}

// Of the updates, those that carry an address: a long run of them must not push the tracking link out of the head.
const hasAddress = (text: string) => text.includes('://');

// A Jira ticket is an issue that others link to by its key ("duplicates SUP-1200", the bug's "is caused
// by"): its own address counts as one they point at.
function ownIssue(ticket: Escalation['ticket']): string {
  if (ticket?.helpdesk !== 'jira' || !ticket.ticketId) return '';
  try {
    return `${new URL(ticket.url).origin}/browse/${ticket.ticketId}`;
  } catch {
    return '';
  }
}

/** The fields of an escalation the matcher reads (long texts cut to their head). */
export function patternInputOf(e: Escalation): PatternInput {
  return {
    id: e.id,
    summary: head(e.summary),
    description: head(e.description),
    evidence: [headOf([...e.repro.evidence, e.repro.actual])],
    ticket: e.ticket,
    customer: e.customer,
    createdAt: e.createdAt,
    outcome: e.outcome,
    references: [
      headOf(e.supporting.links),
      headOf(e.log.map((entry) => entry.text).filter(hasAddress)),
      ownIssue(e.ticket),
    ],
  };
}

// A return is often told last, after a pasted log ("… now the export is failing again"): whether the issue
// is back is read at both ends of a long summary or description, the end from its first sentence in the
// last 4,000 characters. Never the middle of a pasted megabyte, which must not be read at each keystroke.
const SENTENCE_END = /\n|[.!?](?=\s)|[。！？]/;
function ends(s: string): string {
  if (s.length <= 2 * MATCHED_CHARS) return s;
  const end = s.slice(-MATCHED_CHARS);
  const from = end.search(SENTENCE_END);
  return from < 0 ? head(s) : `${head(s)}\n${end.slice(from + 1).trim()}`;
}

/** What is read for a return of the issue ("… failing again"): both ends of the summary and description. */
export function recurrenceInputOf(e: Escalation): { summary: string; description: string } {
  return { summary: ends(e.summary), description: ends(e.description) };
}

/** Everything similar() depends on in a draft: the editor matches again only when it changes. */
export function matchKey(e: Escalation): string {
  const input = patternInputOf(e);
  // Both ends of the summary and description: what is matched on, and what says the issue is back.
  const back = recurrenceInputOf(e);
  return JSON.stringify([
    back.summary,
    back.description,
    input.evidence,
    input.references,
    customerKey(e),
    // A requester's address beside the account ties that domain to it (customers.ts).
    requesterKey(e),
    // "Severity keeps rising" ends with the draft's own severity; the revenue across them counts its own.
    e.severity ?? e.suggested.severity,
    e.impact.revenueAtRisk,
    e.ticket?.tags,
    e.patterns.linked.map((l) => l.id),
    e.patterns.dismissed,
  ]);
}
