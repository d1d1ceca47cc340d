import { z } from '../zod-mini';

export const CONTENT_READ_TICKET = 'content:read-ticket';

export const ContentRequest = z.object({ type: z.literal(CONTENT_READ_TICKET) });
export type ContentRequest = z.infer<typeof ContentRequest>;
