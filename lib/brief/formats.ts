import { z } from '../zod';

// Apart from the renderers: settings and the options page name the formats without loading them.
export const BRIEF_FORMATS = ['markdown', 'text', 'slack', 'jira', 'html'] as const;
export const BriefFormat = z.enum(BRIEF_FORMATS);
export type BriefFormat = z.infer<typeof BriefFormat>;
