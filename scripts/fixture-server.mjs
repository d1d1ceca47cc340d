// HTTPS stand-in for the helpdesks on loopback. Chromium reaches it under each helpdesk's real hostname
// (acme.zendesk.com, acme.freshdesk.com, app.intercom.com…) through --host-resolver-rules, so the real
// manifest's host permissions apply. Pages and API answers come from test/fixtures/<helpdesk>/cases.json.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostileTicket, longThread } from './pages/zendesk.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'test', 'fixtures');

export const HOST = 'acme.zendesk.com';
export const TICKETS = { main: 4821, hostile: 4822, long: 9300, huge: 5000 };
// A site that is no helpdesk, for the generic reader and for pages the extension may not read.
export const OTHER_HOST = 'status.acme-cloud.example';

/** @returns {{ helpdesk: string, hosts: string[], cases: { name: string, url: string, page: string, api?: Record<string, string> }[] }[]} */
export function caseFiles() {
  return readdirSync(fixtures, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(fixtures, d.name, 'cases.json')))
    .map((d) => JSON.parse(readFileSync(join(fixtures, d.name, 'cases.json'), 'utf8')));
}

function selfSignedCert(hosts) {
  const dir = mkdtempSync(join(tmpdir(), 'eb-cert-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  const san = [...new Set(hosts)].map((h) => `DNS:${h}`).join(',');
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2'].concat([
        '-subj',
        `/CN=${HOST}`,
        '-addext',
        `subjectAltName=${san}`,
      ]),
      { stdio: 'ignore' },
    );
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const GENERIC_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Incident 77 – Acme Cloud status</title></head>
<body><main><h1>Checkout returns 502 for EU customers</h1>
<p>Reported by ops@initech.example on Nov 18, 2026.</p>
<pre>POST /api/checkout HTTP/1.1 502 Bad Gateway
request_id: req_8f2a91</pre></main></body></html>`;

/**
 * @param {{ port?: number, api?: 'ok' | 'forbidden' | 'garbage' | 'slow', apiDelayMs?: number, pages?: Record<string, string> }} [options]
 *   pages: extra pages by absolute URL (the benchmark's generated long tickets).
 *   apiDelayMs: how long an API answer takes, as a helpdesk across the internet does (loopback answers at once).
 */
export async function startFixtureServer(options = {}) {
  const state = { api: options.api ?? 'ok', apiDelayMs: options.apiDelayMs ?? 0, requests: [] };
  const files = caseFiles();
  const pages = new Map();
  const apis = new Map();
  for (const f of files) {
    for (const c of f.cases) {
      const url = new URL(c.url);
      pages.set(url.host + url.pathname, () => readFileSync(join(fixtures, f.helpdesk, c.page), 'utf8'));
      for (const [path, file] of Object.entries(c.api ?? {})) {
        const api = new URL(path, url.origin);
        apis.set(api.host + api.pathname + api.search, join(fixtures, f.helpdesk, file));
      }
    }
  }
  const zendeskPage = (id, make) => pages.set(`${HOST}/agent/tickets/${id}`, make);
  zendeskPage(TICKETS.hostile, () => hostileTicket(TICKETS.hostile));
  zendeskPage(TICKETS.long, () => longThread(TICKETS.long, 300, 400));
  zendeskPage(TICKETS.huge, () => longThread(TICKETS.huge, 1200, 4500));
  pages.set(`${HOST}/agent/dashboard`, () => '<h1>Your unsolved tickets</h1>');
  pages.set(`${OTHER_HOST}/incidents/77`, () => GENERIC_PAGE);
  for (const [href, html] of Object.entries(options.pages ?? {})) {
    const url = new URL(href);
    pages.set(url.host + url.pathname, () => html);
  }

  const extraHosts = Object.keys(options.pages ?? {}).map((href) => new URL(href).host);
  const hosts = [...new Set([HOST, OTHER_HOST, ...files.flatMap((f) => f.hosts), ...extraHosts])];
  const cache = new Map();
  const server = createServer(selfSignedCert(hosts), (req, res) => {
    const url = new URL(req.url ?? '/', `https://${req.headers.host ?? HOST}`);
    state.requests.push({ method: req.method, host: url.host, path: url.pathname + url.search });
    const send = (status, type, body) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (req.method !== 'GET') return send(405, 'text/plain', 'GET only');
    const apiFile = apis.get(url.host + url.pathname + url.search);
    if (apiFile) {
      if (state.api === 'forbidden') return send(403, 'application/json', '{"error":"Forbidden"}');
      if (state.api === 'garbage') return send(200, 'application/json', '<html>not json');
      const body = readFileSync(apiFile, 'utf8');
      if (state.api === 'slow') return void setTimeout(() => send(200, 'application/json', body), 5000);
      if (state.apiDelayMs) return void setTimeout(() => send(200, 'application/json', body), state.apiDelayMs);
      return send(200, 'application/json', body);
    }
    const key = url.host + url.pathname;
    const make = pages.get(key);
    if (make) {
      if (!cache.has(key)) cache.set(key, make());
      return send(200, 'text/html; charset=utf-8', cache.get(key));
    }
    if (/\/api\//.test(url.pathname)) return send(403, 'application/json', '{"error":"Forbidden"}');
    return send(404, 'text/html', '<h1>Not found</h1>');
  });
  await new Promise((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    state,
    hosts,
    hostResolverRule: hosts.map((h) => `MAP ${h}:443 127.0.0.1:${port}`).join(', '),
    ticketUrl: (id = TICKETS.main) => `https://${HOST}/agent/tickets/${id}`,
    otherUrl: () => `https://${OTHER_HOST}/incidents/77`,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
