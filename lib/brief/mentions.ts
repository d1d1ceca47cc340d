import { splitLinks } from './links';
import { ZWSP } from './sanitize';

// "@here", "@channel" or "@name" typed as plain text can notify people once pasted into Slack's composer;
// a zero-width space after the @ keeps it readable but no longer a mention. E-mail addresses are left alone.
const mentionsOf = (name: string) => new RegExp(`(?<![\\p{L}\\p{N}])@(?=${name})`, 'giu');
const ANYONE = mentionsOf('[\\p{L}\\p{N}_]');
const EVERYONE = mentionsOf('(?:here|channel|everyone)(?![\\p{L}\\p{N}_])');

/** Every mention broken, for the Slack format. */
export const noMentions = (s: string): string => s.replace(ANYONE, `@${ZWSP}`);

/** The mentions that notify a whole channel broken, in text with no link in it (a piece splitLinks left). */
export const noBroadcastsBetweenLinks = (s: string): string => s.replace(EVERYONE, `@${ZWSP}`);

/**
 * Only the mentions that notify a whole channel broken, outside links ("https://x.example/@here" still
 * opens): Markdown and plain text are pasted into Slack too, and elsewhere (GitHub, a helpdesk) an "@name"
 * may be meant.
 */
export const noBroadcasts = (s: string): string =>
  splitLinks(s)
    .map((part, i) => (i % 2 ? part : noBroadcastsBetweenLinks(part)))
    .join('');
