import { defineConfig } from 'vitest/config';

export default defineConfig({
  // A benchmark measures; a busy machine makes it slower, never a failure.
  test: { include: ['bench/**/*.bench.ts'], environment: 'node', testTimeout: 600_000 },
});
