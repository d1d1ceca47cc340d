// `npm run dev`: serve the demo helpdesk tickets on loopback, then run `wxt` (dev mode) with a
// Chromium that resolves every helpdesk's hostname (acme.zendesk.com, acme.freshdesk.com…) to it, so the
// real host permissions apply.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { caseFiles, startFixtureServer } from './fixture-server.mjs';

const server = await startFixtureServer({ api: process.env.EB_DEMO_API ?? 'ok' });
const chromium = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);

console.log(`Demo helpdesk tickets (served from 127.0.0.1:${server.port}):`);
for (const f of caseFiles()) for (const c of f.cases) console.log(`  ${f.helpdesk.padEnd(11)} ${c.url}  (${c.name})`);
console.log(`  any page    ${server.otherUrl()}  (generic reader, after a toolbar click)`);
if (!chromium)
  console.log('No Chromium found at /usr/bin/chromium; set CHROME_PATH to your Chrome or Chromium binary.');

const child = spawn('npx', ['wxt', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: {
    ...process.env,
    ...(chromium ? { CHROME_PATH: chromium } : {}),
    EB_DEV_START_URL: server.ticketUrl(),
    EB_DEV_CHROMIUM_ARGS: JSON.stringify([
      `--host-resolver-rules=${server.hostResolverRule}`,
      '--ignore-certificate-errors',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      // Chromium refuses to start its sandbox as root (containers, CI boxes).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ]),
  },
});

const stop = () => child.kill('SIGINT');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', async (code) => {
  await server.close();
  process.exit(code ?? 0);
});
