import { toZoned } from '../followup/zoned-time';
import { readPastDate } from './typed-date';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

// As the date fields' hint writes a date ("2026-11-19 14:05"), with the seconds and milliseconds only when
// there are some: dropped, the brief's time in queue could tip over into the next hour.
function asHintWrites(at: number, timeZone: string): string {
  const w = toZoned(at, timeZone);
  const minute = `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}`;
  if (!w.second && !w.millisecond) return minute;
  return `${minute}:${pad(w.second)}${w.millisecond ? `.${pad(w.millisecond, 3)}` : ''}`;
}

/**
 * A past time read from the ticket ("2026-11-19T09:30:00.000+0000", "2026-11-18T09:02+01:00") as the agent
 * would type it into a date field: on the clock of the options' time zone, which the ticket card and the
 * brief show. Kept as the ticket wrote it where that form would not be read back as the same instant (the
 * repeated hour when the clock goes back, a date not understood), so the brief says what it said of it.
 */
export function typedTicketTime(value: string, now: Date, timeZone: string): string {
  const read = readPastDate(value, now, timeZone);
  if (read.state !== 'ok' && read.state !== 'future') return value;
  const typed = asHintWrites(read.at, timeZone);
  const back = readPastDate(typed, now, timeZone);
  return (back.state === 'ok' || back.state === 'future') && back.at === read.at ? typed : value;
}
