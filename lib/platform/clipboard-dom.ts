import type { ClipboardPayload } from '../brief/render';

// execCommand('copy') is the one clipboard path that works without focus (offscreen document, Firefox
// background page); the copy event lets one call write both text/plain and text/html.
export function copyWithEvent(doc: Document, payload: ClipboardPayload): boolean {
  let wrote = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', payload.text);
    if (payload.html) event.clipboardData.setData('text/html', payload.html);
    event.preventDefault();
    wrote = true;
  };
  const area = doc.createElement('textarea');
  area.value = payload.text.slice(0, 1);
  doc.body.append(area);
  area.select();
  doc.addEventListener('copy', onCopy, true);
  try {
    return doc.execCommand('copy') && wrote;
  } finally {
    doc.removeEventListener('copy', onCopy, true);
    area.remove();
  }
}
