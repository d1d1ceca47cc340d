import { TicketContext } from '../escalation/model';
import { z } from '../zod';

const MAX_CLIPBOARD_CHARS = 4_000_000;

export const ReadTicketRequest = z.object({
  type: z.literal('read-ticket'),
  tabId: z.number().int().nonnegative(),
  // The panel's first read as it opens, which a read started by the toolbar click may answer.
  opening: z.boolean().optional(),
});
export const CopyRequest = z.object({
  type: z.literal('copy'),
  text: z.string().max(MAX_CLIPBOARD_CHARS),
  html: z.string().max(MAX_CLIPBOARD_CHARS).optional(),
});
export const PanelRequest = z.discriminatedUnion('type', [ReadTicketRequest, CopyRequest]);
export type PanelRequest = z.infer<typeof PanelRequest>;
export type CopyRequest = z.infer<typeof CopyRequest>;

export const ReadFailure = z.enum(['not-a-ticket', 'no-access', 'browser-page', 'unreachable', 'invalid', 'failed']);
export type ReadFailure = z.infer<typeof ReadFailure>;

export const ReadTicketResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), ticket: TicketContext, readMs: z.number().nonnegative() }),
  z.object({ ok: z.literal(false), reason: ReadFailure, detail: z.string().optional() }),
]);
export type ReadTicketResult = z.infer<typeof ReadTicketResult>;

export const CopyResult = z.object({ ok: z.boolean(), detail: z.string().optional() });
export type CopyResult = z.infer<typeof CopyResult>;

export const OffscreenCopy = z.object({
  type: z.literal('offscreen:copy'),
  text: z.string().max(MAX_CLIPBOARD_CHARS),
  html: z.string().max(MAX_CLIPBOARD_CHARS).optional(),
});
export type OffscreenCopy = z.infer<typeof OffscreenCopy>;
