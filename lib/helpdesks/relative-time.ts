// Times a page shows relative to now for what happened lately, as Salesforce's case feed does ("Just now",
// "5m ago", "2h ago", "Yesterday at 3:04 PM"), read against the time of reading. Only forms that give the
// time of day: "2 days ago", "Yesterday" or "Tuesday at 3:04 PM" say no time, or no day, and stay unread
// rather than given one.
const AGO = /^(\d+|an?)\s*(m|mins?|minutes?|h|hrs?|hours?)\s+ago$/i;
const YESTERDAY = /^yesterday(?:,|\s+at)?\s+(\d{1,2}):(\d{2})(?:\s*([ap])\.?m\.?)?$/i;
const MINUTE = 60_000;

const pad = (n: number) => String(n).padStart(2, '0');

// The hour on the 24-hour clock, when the clock shown has it: 12 AM is midnight, 12 PM noon.
function hourOf(h: number, half: string | undefined): number | undefined {
  if (!half) return h <= 23 ? h : undefined;
  if (h < 1 || h > 12) return undefined;
  return (h % 12) + (/p/i.test(half) ? 12 : 0);
}

function minutesAgo(text: string): number | undefined {
  if (/^just now$/i.test(text)) return 0;
  const [, count = '', unit = ''] = AGO.exec(text) ?? [];
  if (!unit) return undefined;
  const n = /^\d+$/.test(count) ? Number(count) : 1;
  return /^m/i.test(unit) ? n : n * 60;
}

/**
 * A relative time as a date: "5m ago" and "2h ago" as the instant (to the minute) that long before `now`,
 * "Yesterday at 3:04 PM" as that time on the day before `now`, in local time as the page's other dates are.
 */
export function relativeTimeIso(shown: string, now: Date): string | undefined {
  const text = shown.trim();
  const minutes = minutesAgo(text);
  if (minutes !== undefined) {
    const at = new Date(now.getTime() - minutes * MINUTE);
    at.setSeconds(0, 0);
    return at.toISOString();
  }
  const yesterday = YESTERDAY.exec(text);
  if (!yesterday) return undefined;
  const [, hh = '', mm = '', half] = yesterday;
  const hour = hourOf(Number(hh), half);
  if (hour === undefined || Number(mm) > 59) return undefined;
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1);
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}T${pad(hour)}:${mm}`;
}
