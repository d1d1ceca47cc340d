import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, loadSettingsWithStatus, SETTINGS_KEY } from '../../lib/platform/settings-store';
import { issueMessage } from '../../lib/settings/issues';
import { DEFAULT_SETTINGS, defaultTimeZone, Settings } from '../../lib/settings/model';
import { messagesOf, translatorOf } from './support/messages';

const en = translatorOf(messagesOf('locales/en.yml'));
const zh = translatorOf(messagesOf('locales/zh_CN.yml'));

// What the options page says at the field when the time zone is saved as typed.
function said(timeZone: string, t = en): string | undefined {
  const parsed = Settings.safeParse({ ...DEFAULT_SETTINGS, timeZone });
  if (parsed.success) return undefined;
  const issue = parsed.error.issues.find((i) => i.path[0] === 'timeZone');
  if (!issue) return undefined;
  const { key, args } = issueMessage(issue);
  return t(key, ...args);
}

describe('the time zone is a place, UTC or GMT', () => {
  test.each([
    ['UTC', 'UTC'],
    ['utc', 'UTC'],
    ['GMT', 'GMT'],
    ['gmt', 'GMT'],
    ['Etc/UTC', 'Etc/UTC'],
    ['Etc/GMT+5', 'Etc/GMT+5'],
    ['Europe/London', 'Europe/London'],
    ['europe/london', 'Europe/London'],
    ['Asia/Dhaka', 'Asia/Dhaka'],
    ['America/New_York', 'America/New_York'],
    ['America/Argentina/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
    ['Asia/Calcutta', 'Asia/Calcutta'],
    ['US/Eastern', 'US/Eastern'],
  ])('%s is saved as %s', (typed, kept) => {
    expect(Settings.parse({ ...DEFAULT_SETTINGS, timeZone: typed }).timeZone).toBe(kept);
  });

  test.each([
    ['BST', 'Write a place, such as Europe/London: BST could be Europe/London or Asia/Dhaka.'],
    ['bst', 'Write a place, such as Europe/London: bst could be Europe/London or Asia/Dhaka.'],
    ['IST', 'Write a place, such as Asia/Kolkata: IST could be Asia/Kolkata or Europe/Dublin.'],
    ['EST', 'Write a place, such as America/New_York: EST could be America/New_York or America/Panama.'],
    ['CST', 'Write a place, such as America/Chicago: CST could be America/Chicago or Asia/Shanghai.'],
    ['MST', 'Write a place, such as America/Denver: MST could be America/Denver or America/Phoenix.'],
    ['CET', 'Write a place, such as Europe/Berlin: CET could be Europe/Berlin or Europe/Paris.'],
    ['PST', 'Write America/Los_Angeles instead of PST.'],
    ['HST', 'Write Pacific/Honolulu instead of HST.'],
    ['WET', 'Write Europe/Lisbon instead of WET.'],
    // Abbreviations the browser does not know get the same answer.
    ['EDT', 'Write America/New_York instead of EDT.'],
    ['AEST', 'Write a place, such as Australia/Sydney: AEST could be Australia/Sydney or Australia/Brisbane.'],
    // The browser reads "NST" as Auckland, agents mean Newfoundland.
    ['NST', 'Write America/St_Johns instead of NST.'],
    // One it would read as a place it is not ("ART" is Cairo to it, Argentina to most).
    ['ART', 'Not a time zone name, such as Europe/Berlin or Asia/Shanghai.'],
    // Old names of one word, and rules: the place the browser reads them as.
    ['EST5EDT', 'Write America/New_York instead of EST5EDT.'],
    ['PST8PDT', 'Write America/Los_Angeles instead of PST8PDT.'],
    ['Japan', 'Write Asia/Tokyo instead of Japan.'],
    ['GB', 'Write Europe/London instead of GB.'],
    ['PRC', 'Write Asia/Shanghai instead of PRC.'],
    ['Navajo', 'Write America/Denver instead of Navajo.'],
    ['Eire', 'Write Europe/Dublin instead of Eire.'],
    ['Zulu', 'Write UTC instead of Zulu.'],
    ['Greenwich', 'Write UTC instead of Greenwich.'],
    ['GMT0', 'Write UTC instead of GMT0.'],
    ['SystemV/EST5', 'Not a time zone name, such as Europe/Berlin or Asia/Shanghai.'],
    ['Mars/Olympus', 'Not a time zone name, such as Europe/Berlin or Asia/Shanghai.'],
    ['+05:30', 'Not a time zone name, such as Europe/Berlin or Asia/Shanghai.'],
  ])('%s is refused: %s', (typed, message) => {
    expect(said(typed)).toBe(message);
  });

  test.each([
    'MET EET GB-Eire NZ NZ-CHAT ROC ROK Singapore Turkey Egypt Iran Israel Cuba Jamaica Hongkong Iceland Libya',
    'Poland Portugal UCT Universal GMT+0 GMT-0 W-SU Kwajalein CST6CDT MST7MDT',
  ])('other old names the browser knows are refused: %s', (names) => {
    for (const name of names.split(' ')) expect(said(name), name).toMatch(/^Write /);
  });

  test('in Chinese', () => {
    expect(said('BST', zh)).toBe('请写地点，例如 Europe/London：BST 可能是 Europe/London，也可能是 Asia/Dhaka。');
    expect(said('Japan', zh)).toBe('请写 Asia/Tokyo，而不是 Japan。');
  });
});

describe('settings saved with an abbreviation before', () => {
  beforeEach(() => fakeBrowser.reset());

  // The rest of what the agent saved stays: their name, tier, hours and domains do not go for one field.
  test("keep everything else, with the computer's zone for the one the browser misread", async () => {
    const stored = { ...DEFAULT_SETTINGS, timeZone: 'EST', reporter: { name: 'Sam', team: 'EMEA' } };
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: stored });
    expect(await loadSettings()).toEqual({ ...stored, timeZone: defaultTimeZone() });
    const all = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(all).some((k) => k.startsWith('quarantine:'))).toBe(false);
  });

  // Chrome reads IST as Asia/Calcutta and Firefox not at all: an export from one is imported into the other.
  test("keep everything else in a browser that does not know the abbreviation (Firefox's IST)", async () => {
    const real = Intl.DateTimeFormat.prototype.resolvedOptions;
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(function (this: Intl.DateTimeFormat) {
      const read = real.call(this);
      if (read.timeZone === 'Asia/Calcutta') throw new RangeError('invalid time zone: IST');
      return read;
    });
    const stored = { ...DEFAULT_SETTINGS, timeZone: 'IST', reporter: { name: 'Priya', team: 'EMEA' } };
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: stored });
    expect(await loadSettings()).toEqual({ ...stored, timeZone: defaultTimeZone() });
    vi.restoreAllMocks();
  });

  test('a name the browser does not know at all is still an unreadable setting, set aside', async () => {
    const stored = { ...DEFAULT_SETTINGS, timeZone: 'Mars/Olympus' };
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: stored });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect((await loadSettingsWithStatus()).quarantined).toMatch(/^quarantine:settings:/);
  });
});

describe("the computer's zone as the default", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('is UTC where the browser names it by an old name the options refuse', () => {
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({
      ...new Intl.DateTimeFormat('en', { timeZone: 'UTC' }).resolvedOptions(),
      timeZone: 'EST5EDT',
    });
    expect(defaultTimeZone()).toBe('UTC');
  });

  test('is kept where it is a place', () => {
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({
      ...new Intl.DateTimeFormat('en', { timeZone: 'UTC' }).resolvedOptions(),
      timeZone: 'Europe/London',
    });
    expect(defaultTimeZone()).toBe('Europe/London');
  });
});
