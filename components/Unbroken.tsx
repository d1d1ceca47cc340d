import { cx } from './ui';

// Chromium wraps a long run without spaces (a pasted token, base64, a hostile subject) by shaping what is left
// of it again at every line: 20,000 characters took 0.8 s of layout, 100,000 took 15 s, and every page of the
// extension froze meanwhile (they share one renderer). Text with such a run is shown on one line that scrolls
// instead; shorter tokens (links, ids) still wrap to fit the panel.
export const hasLongRun = (text: string): boolean => /\S{300}/.test(text);

/**
 * Text as it came, any long unbroken run in it shown on a line that scrolls rather than wrapped. A block that
 * scrolls itself (a preview) takes the class `unbroken-lines` instead, so its own scrolling reaches the run.
 */
export function Unbroken({ text }: { text: string }) {
  return hasLongRun(text) ? <span className={cx('unbroken')}>{text}</span> : text;
}
