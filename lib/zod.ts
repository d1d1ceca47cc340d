import { z } from 'zod';

// Extension pages forbid `new Function` under the MV3 CSP; zod must not try its JIT.
z.config({ jitless: true });

export { z };
