import type { ClipboardPayload } from '../brief/render';
import { type CopyResult, PanelRequest, type ReadTicketResult } from '../messages/panel';

export interface RouterDeps {
  isOwnExtensionPage(sender: unknown): boolean;
  readTicketInTab(tabId: number): Promise<ReadTicketResult>;
  takeOpeningRead(tabId: number): Promise<ReadTicketResult> | undefined;
  writeClipboard(payload: ClipboardPayload): Promise<CopyResult>;
}

// Returns undefined for anything it will not answer, so other listeners (and the sender) see no reply.
export function routePanelMessage(
  raw: unknown,
  sender: unknown,
  deps: RouterDeps,
): Promise<ReadTicketResult | CopyResult> | undefined {
  if (!deps.isOwnExtensionPage(sender)) return undefined;
  const request = PanelRequest.safeParse(raw);
  if (!request.success) return undefined;
  switch (request.data.type) {
    case 'read-ticket': {
      const { tabId, opening } = request.data;
      return (opening && deps.takeOpeningRead(tabId)) || deps.readTicketInTab(tabId);
    }
    case 'copy':
      return deps
        .writeClipboard({ text: request.data.text, html: request.data.html })
        .catch((error: unknown) => ({ ok: false, detail: error instanceof Error ? error.message : String(error) }));
  }
}
