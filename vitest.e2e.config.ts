import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // A check waits up to five seconds for what it expects: a real browser on two cores shows it within one,
    // but not always while other work runs beside it (vitest's default wait is one second).
    expect: { poll: { timeout: 5_000 } },
    reporters: ['default', ['json', { outputFile: 'test-results/e2e.json' }]],
  },
});
