import { customerOf } from '../escalation/customer';
import type { Escalation } from '../escalation/model';
import { slaStatusOf } from '../escalation/signals';
import { triedLines } from '../escalation/tried';
import { readPastDate } from '../escalation/typed-date';
import { HOUR_MS } from '../followup/zoned-time';
import { onOneLine } from '../i18n/spacing';
import { type Redaction, redact } from '../redact';
import type { RedactOptions } from '../redaction-options';
import { BRIEF_LABELS, type BriefLabels, type Locale } from './labels';
import { formatMoney } from './money';
import { stripControls } from './sanitize';
import { AS_WRITTEN, type Cost, type Measure, shortenTo, withinBudget } from './shorten';
import { dateTime } from './time';

export interface Field {
  label: string;
  value: string;
}

export type Block =
  | { kind: 'fields'; items: Field[] }
  | { kind: 'paragraph'; text: string }
  | { kind: 'ordered'; items: string[] }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'lines'; items: Field[] }
  | { kind: 'code'; label: string; text: string; note?: string };

export interface Section {
  id:
    | 'update'
    | 'impact'
    | 'description'
    | 'tried'
    | 'repro'
    | 'communication'
    | 'needed'
    | 'targetInfo'
    | 'supporting';
  heading: string;
  blocks: Block[];
}

// How a label meets its value: "Severity: High" in English, "严重性：高" as the Chinese template writes it.
export interface Punct {
  colon: string;
  gap: string;
}

// A label in bold before its value: "**Severity:** High", but "**严重性**：高". A closing * or ** between
// punctuation and a letter cannot close (CommonMark's flanking rule; Slack and Jira read emphasis the same
// way), so where no space follows the colon it stays outside the emphasis.
export const boldLabel = (label: string, { colon, gap }: Punct, bold: (s: string) => string): string =>
  gap ? bold(`${label}${colon}`) : `${bold(label)}${colon}`;

export interface BriefDocument {
  punct: Punct;
  // What was masked (or found and kept visible) in this brief, for the panel to show.
  redactions: Redaction[];
  title: Field;
  meta: Field[];
  sections: Section[];
}

// The two seed templates: the guided command's Markdown brief and the skill's plain-text format.
export type Template = 'command' | 'skill';

export interface BriefOptions {
  now: Date;
  timeZone?: string;
  redaction?: RedactOptions;
  /** An update brief: what changed since the escalation was last sent, first, in every format. */
  update?: { items: string[] };
}

const DEFAULT_REDACTION: RedactOptions = { emails: false, phones: false, keep: [] };

// A pasted log can be megabytes; the brief carries its head, the record keeps it all.
export const EVIDENCE_CHARS_IN_BRIEF = 8_000;

const filled = (f: Field) => f.value.trim() !== '';
const nonEmpty = (items: Field[]) => items.filter(filled);

// A date typed for something past, as an instant the brief formats: "Nov 19" with the year it left out.
// One not understood is written as typed.
function pastDate(typed: string, opts: BriefOptions): string {
  const read = readPastDate(typed, opts.now, opts.timeZone);
  return read.state === 'ok' || read.state === 'future' ? new Date(read.at).toISOString() : typed;
}

function timeInQueue(since: string, L: BriefLabels, locale: Locale, opts: BriefOptions): string {
  const read = readPastDate(since, opts.now, opts.timeZone);
  // A start still to come (flagged at the field) gives no span: "0 hours" would read as just arrived.
  if (read.state === 'future') return L.since(dateTime(pastDate(since, opts), locale, opts, false));
  if (read.state !== 'ok') return since;
  const hours = Math.max(0, Math.floor((opts.now.getTime() - read.at) / HOUR_MS));
  const span = hours >= 48 ? L.days(Math.floor(hours / 24)) : L.hours(hours);
  return `${span}${L.aside(L.since(dateTime(pastDate(since, opts), locale, opts, false)))}`;
}

// "Who and how many": where the agent named no one here, the ticket's own customer is who. A growing
// number with neither to follow is said on its own: the team still needs to hear that it is spreading.
function customersAffected(e: Escalation, L: BriefLabels): string {
  const { count, names, growing } = e.impact.breadth;
  const who = names.trim() || customerOf(e);
  const parts = [count !== undefined ? L.customers(count) : '', who].filter(Boolean);
  if (!parts.length) return growing ? L.growingAlone : '';
  return `${parts.join(L.dash)}${growing ? L.aside(L.growing) : ''}`;
}

function impactFields(e: Escalation, L: BriefLabels, locale: Locale, opts: BriefOptions, template: Template): Field[] {
  const { impact } = e;
  const revenue =
    impact.revenueAtRisk.amount !== undefined
      ? `${formatMoney(impact.revenueAtRisk.amount, impact.revenueAtRisk.currency, locale)} ARR`
      : '';
  const status = slaStatusOf(e, opts.now, opts.timeZone);
  const sla = status ? L.slaStatuses[status] : '';
  const reputation = L.items(
    [
      impact.reputation.publicRisk ? L.publicRisk : '',
      impact.reputation.referenceCustomer ? L.referenceCustomer : '',
    ].filter(Boolean),
  );
  const core: Field[] = [
    { label: L.customersAffected, value: customersAffected(e, L) },
    { label: L.workflowImpact, value: impact.workflowImpact },
    { label: L.revenueAtRisk, value: revenue },
    template === 'command'
      ? { label: L.timeInQueue, value: timeInQueue(impact.duration.since, L, locale, opts) }
      : { label: L.slaStatus, value: sla },
  ];
  const extra: Field[] = [
    { label: L.depth, value: impact.depth ? L.depths[impact.depth] : '' },
    template === 'command'
      ? { label: L.slaStatus, value: sla }
      : { label: L.timeInQueue, value: timeInQueue(impact.duration.since, L, locale, opts) },
    { label: L.criticalBy, value: impact.duration.critical },
    {
      label: L.pendingDeals,
      value: impact.pendingDeals !== undefined ? impact.pendingDeals.toLocaleString(locale) : '',
    },
    { label: L.reputation, value: reputation },
    { label: L.obligations, value: impact.contractual.obligations },
  ];
  return nonEmpty([...core, ...extra]);
}

function reproBlocks(e: Escalation, L: BriefLabels): Block[] {
  const { repro } = e;
  const steps = repro.steps.map((s) => s.trim()).filter(Boolean);
  const before = nonEmpty([{ label: L.startingState, value: repro.startingState }]);
  const after = nonEmpty([
    { label: L.expected, value: repro.expected },
    { label: L.actual, value: repro.actual },
    { label: L.environment, value: repro.environment },
    { label: L.frequency, value: repro.frequency ? L.frequencies[repro.frequency] : '' },
    {
      label: L.ruledOut,
      value: L.clauses(repro.ruledOut.map((r) => r.trim()).filter(Boolean)),
    },
  ]);
  const blocks: Block[] = [];
  if (before.length) blocks.push({ kind: 'lines', items: before });
  if (steps.length) blocks.push({ kind: 'ordered', items: steps });
  if (after.length) blocks.push({ kind: 'lines', items: after });
  return blocks;
}

// A log without the blank lines around it; the indentation of its first line (a stack frame) stays.
const withoutBlankLines = (log: string) => log.replace(/^\s*\n/, '').trimEnd();

function evidenceBlock(e: Escalation, L: BriefLabels, redaction: RedactOptions, written: Measure): Block | undefined {
  const all = [...e.repro.evidence, ...e.supporting.logs].map(withoutBlankLines).filter(Boolean);
  if (!all.length) return undefined;
  const { text, left } = shortenTo(all.join('\n'), EVIDENCE_CHARS_IN_BRIEF, redaction, written.logs);
  return { kind: 'code', label: L.errorsAndLogs, text, note: left ? L.truncated(left) : undefined };
}

// Masking comes after the budget, and a mask is longer than what it hides (a phone number's, a security
// code's), and Markdown and Jira escape its brackets: text is measured as it will be written, masked.
function afterMasking(written: Measure, redaction: RedactOptions): Measure {
  const masked =
    (cost: Cost, join = (s: string) => s): Cost =>
    (s) =>
      cost(redact(join(stripControls(s)), redaction, new Map()));
  return {
    line: masked(written.line, onOneLine),
    paragraph: masked(written.paragraph),
    logs: masked(written.logs),
  };
}

/** `written`: how long ticket text is once the format writes it, so the budgets hold for what is pasted. */
export function buildBrief(
  e: Escalation,
  locale: Locale,
  template: Template,
  opts: BriefOptions,
  written: Measure = AS_WRITTEN,
): BriefDocument {
  const L = BRIEF_LABELS[locale];
  const redaction = opts.redaction ?? DEFAULT_REDACTION;
  const measured = afterMasking(written, redaction);
  const sections: Section[] = [];
  const add = (id: Section['id'], heading: string, blocks: (Block | undefined | false)[]) => {
    const kept = blocks.filter((b): b is Block => !!b);
    if (kept.length) sections.push({ id, heading, blocks: kept });
  };
  const fields = (items: Field[]): Block | undefined =>
    nonEmpty(items).length ? { kind: 'fields', items: nonEmpty(items) } : undefined;

  if (opts.update) {
    add('update', `${L.update}${L.dash}${dateTime(opts.now.toISOString(), locale, opts, true)}`, [
      { kind: 'bullets', items: opts.update.items.length ? opts.update.items : [L.noChanges] },
    ]);
  }
  const impact = impactFields(e, L, locale, opts, template);
  add('impact', L.impact, [impact.length > 0 && { kind: 'fields', items: impact }]);
  add('description', L.description, [e.description.trim() !== '' && { kind: 'paragraph', text: e.description.trim() }]);

  const arrow = template === 'skill' ? ' → ' : L.dash;
  const tried = triedLines(e.tried, arrow);
  const triedSection = () => add('tried', L.tried, [tried.length > 0 && { kind: 'ordered', items: tried }]);
  const reproSection = () => add('repro', template === 'skill' ? L.reproForBugs : L.repro, reproBlocks(e, L));
  if (template === 'skill') {
    reproSection();
    triedSection();
  } else {
    triedSection();
    reproSection();
  }

  const last = e.communication.lastUpdate;
  const lastText = [dateTime(pastDate(last.at, opts), locale, opts, true), last.text.trim()]
    .filter(Boolean)
    .join(L.dash);
  add('communication', L.communication, [
    fields([
      { label: template === 'skill' ? L.lastUpdate : L.lastUpdateToCustomer, value: lastText },
      { label: L.customerExpectation, value: e.communication.expectation },
      { label: L.escalationRisk, value: e.communication.escalationRisk },
    ]),
  ]);

  const asks = e.needed.asks
    .filter((a) => a.kind !== 'other' || a.detail.trim())
    .map((a) => (a.detail.trim() ? L.labelled(L.asks[a.kind], a.detail.trim()) : L.asks[a.kind]));
  add('needed', L.needed, [
    asks.length > 0 && { kind: 'bullets', items: asks },
    fields([{ label: L.deadline, value: dateTime(e.needed.deadline, locale, opts, true) }]),
  ]);

  const info = e.targetInfo;
  add('targetInfo', L.targetInfo, [
    fields([
      { label: L.useCase, value: info.useCase },
      { label: L.requestFrequency, value: info.requestFrequency },
      { label: L.competitivePressure, value: info.competitivePressure },
      { label: L.containment, value: info.containment },
      { label: L.urgency, value: info.urgency },
    ]),
  ]);

  const links = [
    e.ticketUrl.trim() ? L.labelled(L.ticket, e.ticketUrl.trim()) : '',
    ...e.supporting.links,
    ...e.supporting.threads,
  ]
    .map((s) => s.trim())
    .filter(Boolean);
  add('supporting', L.supporting, [
    links.length > 0 && { kind: 'bullets', items: links },
    evidenceBlock(e, L, redaction, measured),
  ]);

  const meta: Field[] = [
    { label: L.severity, value: e.severity ? L.severities[e.severity] : L.notSet },
    { label: template === 'skill' ? L.target : L.targetTeam, value: e.target ? L.targets[e.target] : L.notSet },
  ];
  if (template === 'command') {
    meta.push({ label: L.reportedBy, value: e.reportedBy.trim() || L.notSet });
    meta.push({ label: L.date, value: dateTime(opts.now.toISOString(), locale, opts, false) });
  }
  const doc: BriefDocument = {
    punct: L.punct,
    redactions: [],
    title: { label: L.escalation, value: e.summary.trim() || L.untitled },
    meta,
    sections,
  };
  return sanitize(withinBudget(doc, L.truncated, redaction, measured), redaction);
}

type Clean = (s: string) => string;

// `line` cleans what every format writes on one line (the title, a field, a list item), `text` the rest.
function cleanBlock(b: Block, line: Clean, text: Clean): Block {
  const field = (f: Field): Field => ({ label: f.label, value: line(f.value) });
  switch (b.kind) {
    case 'fields':
    case 'lines':
      return { ...b, items: b.items.map(field) };
    case 'paragraph':
      return { ...b, text: text(b.text) };
    case 'ordered':
    case 'bullets':
      return { ...b, items: b.items.map(line) };
    case 'code':
      return { ...b, text: text(b.text) };
  }
}

// Every format renders from this document, so cleaning it once covers them all: invisible characters
// out, secrets and (optionally) personal data masked. What is written on one line is joined before it is
// masked: a card typed over two lines of a field ("4111 1111⏎1111 1111") was rejoined whole by the format.
function sanitize(doc: BriefDocument, redaction: RedactOptions): BriefDocument {
  const found = new Map<string, Redaction>();
  const text: Clean = (s) => redact(stripControls(s), redaction, found);
  const line: Clean = (s) => redact(onOneLine(stripControls(s)), redaction, found);
  const title = { label: doc.title.label, value: line(doc.title.value) };
  const meta = doc.meta.map((f) => ({ label: f.label, value: line(f.value) }));
  const sections = doc.sections.map((s) => ({ ...s, blocks: s.blocks.map((b) => cleanBlock(b, line, text)) }));
  return { punct: doc.punct, redactions: [...found.values()], title, meta, sections };
}
