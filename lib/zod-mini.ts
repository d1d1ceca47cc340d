import * as z from 'zod/mini';

// The content script ships zod/mini (tree-shaken) to stay within its size budget; same CSP reason as lib/zod.ts.
z.config({ jitless: true });

export { z };
