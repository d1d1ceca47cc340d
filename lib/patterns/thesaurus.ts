// Words two agents use for one thing: a customer's "text" is another agent's "SMS", "gone" is "missing",
// "payee" is "beneficiary". Each group's words count as its first word, so two phrasings of one issue share
// terms. Groups are kept narrow: words that also name a different failure ("slow" and "late") stay apart.
import { stem } from './stem';

const GROUPS: readonly string[] = [
  'missing gone disappear disappeared vanish vanished absent',
  'blank empty',
  'stuck hang hangs hanging frozen spinner spinning',
  'crash crashes crashed crashing quits',
  'wrong incorrect inaccurate mismatch mismatched',
  'sms text texts',
  'email emails mail mails e-mail',
  'notification notify notified alert alerts reminder reminders',
  'login logon signin sign-in log-in authenticate',
  'logout signout sign-out log-out',
  'image images photo photos picture pictures pic pics',
  'delete deleted deletes remove removed removes purge purged erase erased wipe wiped',
  'duplicate duplicated twice double doubled repeated',
  'update updated updates upgrade upgraded upgrades',
  'recipient payee beneficiary',
  'guest guests external visitor visitors',
  'link links url urls',
  'large big huge',
  'phone phones smartphone cellphone handset',
  'setting settings preference preferences',
  'employee employees staff worker workers',
  'total totals amount amounts sum',
  'timezone dst daylight',
  'cancel cancels cancelled canceled cancellation',
  'fast quick',
  'statement statements',
  'fail fails failed failing broken',
  'receive receives received arrive arrives arrived deliver delivered',
];

const CANONICAL: ReadonlyMap<string, string> = new Map(
  GROUPS.flatMap((group) => {
    const stems = group.split(' ').map(stem);
    return stems.map((w) => [w, stems[0] as string] as const);
  }),
);

/** The group word a stemmed word stands for, or the word itself. */
export const canonical = (stemmed: string): string => CANONICAL.get(stemmed) ?? stemmed;
