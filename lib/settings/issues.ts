// What the options page says about a value it cannot save: a message key (locales/*.yml, options.err) and
// its arguments, so the agent reads it in their language and knows which line or limit is meant, not the
// validator's own English.
import { browserZone } from './model';

export interface SettingsIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  maximum?: unknown;
  minimum?: unknown;
  /** Whether the limit itself is allowed: `.min(1)` allows 1, `.positive()` does not allow 0. */
  inclusive?: boolean;
  /** What a size limit is of: 'string' for a length. */
  origin?: unknown;
  /** What was typed, where the message names it. */
  params?: { typed?: unknown };
  /** What a value of the wrong kind should have been: 'int' for a whole number. */
  expected?: unknown;
}

export interface IssueMessage {
  key: string;
  args: string[];
}

/**
 * What the form refuses although stored settings may hold it (so settings saved before still load): a
 * business-hours cadence with no business day would quietly count round the clock.
 */
export function formIssues(settings: { businessHours: { days: readonly number[] } }): SettingsIssue[] {
  return settings.businessHours.days.length
    ? []
    : [{ code: 'custom', path: ['businessHours', 'days'], message: 'no business day' }];
}

/**
 * The holidays typed one per line, and the line each date is on: blank lines are skipped, and still
 * counted, so a refused date is named by the line the agent sees it on.
 */
export function holidaysFromText(text: string): { dates: string[]; lines: number[] } {
  const dates: string[] = [];
  const lines: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    dates.push(line.trim());
    lines.push(i + 1);
  });
  return { dates, lines };
}

export function issueMessage(issue: SettingsIssue, holidayLines: readonly number[] = []): IssueMessage {
  const [field, part, leaf] = issue.path;
  if (field === 'businessHours' && part === 'days') return { key: 'options_err_days', args: [] };
  if (field === 'timeZone') return timeZoneMessage(String(issue.params?.typed ?? ''));
  if (field === 'holidays') {
    return { key: 'options_err_holiday', args: [String(holidayLines[Number(part)] ?? Number(part) + 1)] };
  }
  if (field === 'businessHours' && issue.code === 'custom') return { key: 'options_err_hoursOrder', args: [] };
  if (field === 'businessHours') return { key: 'options_err_time', args: [] };
  if (field === 'cadence' && leaf === 'customerMaxHours' && issue.code === 'custom') {
    return { key: 'options_err_window', args: [] };
  }
  if (issue.code === 'invalid_type') {
    return { key: issue.expected === 'int' ? 'options_err_wholeNumber' : 'options_err_number', args: [] };
  }
  if (issue.code === 'too_big') {
    const key =
      issue.origin === 'string'
        ? 'options_err_maxChars'
        : issue.inclusive === false
          ? 'options_err_lessThan'
          : 'options_err_max';
    return { key, args: [String(issue.maximum)] };
  }
  if (issue.code === 'too_small') {
    return {
      key: issue.inclusive === false ? 'options_err_moreThan' : 'options_err_min',
      args: [String(issue.minimum)],
    };
  }
  return { key: 'options_err_other', args: [issue.message] };
}

// The places agents most often mean by an abbreviation, the likelier first. The browser reads some as one place,
// not always theirs: "BST" as Dhaka, "IST" as Kolkata, "EST" as Panama, which has no daylight saving.
const PLACES_MEANT: readonly (readonly [string, string])[] = [
  ['BST', 'Europe/London Asia/Dhaka'],
  ['IST', 'Asia/Kolkata Europe/Dublin'],
  ['CST', 'America/Chicago Asia/Shanghai'],
  ['EST', 'America/New_York America/Panama'],
  ['MST', 'America/Denver America/Phoenix'],
  ['AST', 'America/Halifax Asia/Riyadh'],
  ['EDT', 'America/New_York'],
  ['CDT', 'America/Chicago'],
  ['MDT', 'America/Denver'],
  ['PST PDT', 'America/Los_Angeles'],
  ['AKST AKDT', 'America/Anchorage'],
  ['HST', 'Pacific/Honolulu'],
  ['NST NDT', 'America/St_Johns'],
  ['CET CEST MET MEST', 'Europe/Berlin Europe/Paris'],
  ['EET EEST', 'Europe/Athens Europe/Helsinki'],
  ['WET WEST', 'Europe/Lisbon'],
  ['MSK', 'Europe/Moscow'],
  ['SAST', 'Africa/Johannesburg'],
  ['JST', 'Asia/Tokyo'],
  ['KST', 'Asia/Seoul'],
  ['HKT', 'Asia/Hong_Kong'],
  ['SGT', 'Asia/Singapore'],
  ['AEST AEDT', 'Australia/Sydney Australia/Brisbane'],
  ['AWST', 'Australia/Perth'],
  ['NZST NZDT', 'Pacific/Auckland'],
];

/**
 * What the options page says about a time zone it refuses: the place to write instead of an abbreviation, or of an
 * old name the browser reads as one place ("Japan" is Asia/Tokyo, "EST5EDT" America/New_York, "Zulu" UTC).
 * An abbreviation not listed here is not read for its place: the browser's reading may not be the agent's ("ART"
 * is Cairo to it, Argentina to most).
 */
export function timeZoneMessage(typed: string): IssueMessage {
  const places = PLACES_MEANT.find(([names]) => names.split(' ').includes(typed.toUpperCase()))?.[1].split(' ');
  if (places?.[1]) return { key: 'options_err_timeZoneEither', args: [typed, places[0] as string, places[1]] };
  if (places?.[0]) return { key: 'options_err_timeZonePlace', args: [typed, places[0]] };
  const place = browserZone(typed) ?? '';
  const named = place === 'UTC' || (!/^[a-z]{1,3}[sd]?t$/i.test(typed) && /^(?!systemv\/|etc\/)[a-z]+\/./i.test(place));
  return named ? { key: 'options_err_timeZonePlace', args: [typed, place] } : { key: 'options_err_timeZone', args: [] };
}
