import { browser } from 'wxt/browser';
import type { ClipboardPayload } from '../brief/render';
import { CopyResult, type OffscreenCopy } from '../messages/panel';
import { copyWithEvent } from './clipboard-dom';

const OFFSCREEN_PATH = '/offscreen.html';
let creating: Promise<void> | undefined;

async function ensureOffscreen(): Promise<void> {
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  const existing = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (existing.length) return;
  creating ??= browser.offscreen
    .createDocument({ url, reasons: ['CLIPBOARD'], justification: 'Write the escalation brief to the clipboard.' })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}

// Chrome's worker has no DOM, so it borrows an offscreen document; Firefox's background page has one.
export async function writeClipboard(payload: ClipboardPayload): Promise<CopyResult> {
  if (typeof document !== 'undefined' && !browser.offscreen) {
    return copyWithEvent(document, payload) ? { ok: true } : { ok: false, detail: 'The browser refused the copy.' };
  }
  await ensureOffscreen();
  const message: OffscreenCopy = { type: 'offscreen:copy', ...payload };
  const answer = CopyResult.safeParse(await browser.runtime.sendMessage(message));
  return answer.success ? answer.data : { ok: false, detail: 'No answer from the clipboard writer.' };
}
