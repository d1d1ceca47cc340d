// HTTPS stand-in for a Zendesk instance on loopback. Chromium reaches it under the real hostname
// (acme.zendesk.com) through --host-resolver-rules, so the real manifest match patterns apply.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostileTicket, longTicket } from './zendesk-pages.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'test', 'fixtures', 'zendesk');

export const HOST = 'acme.zendesk.com';
export const TICKETS = { main: 4821, hostile: 4822, long: 9300, huge: 5000 };

function selfSignedCert() {
  const dir = mkdtempSync(join(tmpdir(), 'eb-cert-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '2',
      '-subj',
      `/CN=${HOST}`,
      '-addext',
      'subjectAltName=DNS:*.zendesk.com',
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

const pages = new Map([
  [String(TICKETS.main), () => readFileSync(join(fixtures, 'ticket-4821.html'), 'utf8')],
  [String(TICKETS.hostile), () => hostileTicket(TICKETS.hostile)],
  [String(TICKETS.long), () => longTicket(TICKETS.long, 300, 400)],
  [String(TICKETS.huge), () => longTicket(TICKETS.huge, 1200, 4500)],
]);

/**
 * @param {{ port?: number, api?: 'ok' | 'forbidden' | 'garbage' | 'slow' }} [options]
 */
export async function startFixtureServer(options = {}) {
  const state = { api: options.api ?? 'ok', requests: [] };
  const cache = new Map();
  const server = createServer(selfSignedCert(), (req, res) => {
    const url = new URL(req.url ?? '/', `https://${req.headers.host ?? HOST}`);
    state.requests.push({ method: req.method, host: url.host, path: url.pathname + url.search });
    const send = (status, type, body) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    if (req.method !== 'GET') return send(405, 'text/plain', 'GET only');
    const page = /^\/agent\/tickets\/(\d+)$/.exec(url.pathname);
    if (page) {
      const make = pages.get(page[1]);
      if (!make) return send(404, 'text/html', '<h1>Ticket not found</h1>');
      if (!cache.has(page[1])) cache.set(page[1], make());
      return send(200, 'text/html; charset=utf-8', cache.get(page[1]));
    }
    if (url.pathname === '/agent/dashboard') return send(200, 'text/html', '<h1>Your unsolved tickets</h1>');
    const api = /^\/api\/v2\/tickets\/(\d+)(\/comments)?\.json$/.exec(url.pathname);
    if (api) {
      if (state.api === 'forbidden' || api[1] !== String(TICKETS.main))
        return send(403, 'application/json', '{"error":"Forbidden"}');
      if (state.api === 'garbage') return send(200, 'application/json', '<html>not json');
      const file = api[2] ? 'api-comments-4821.json' : 'api-ticket-4821.json';
      const body = readFileSync(join(fixtures, file), 'utf8');
      if (state.api === 'slow') return void setTimeout(() => send(200, 'application/json', body), 5000);
      return send(200, 'application/json', body);
    }
    return send(404, 'text/plain', 'not found');
  });
  await new Promise((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    state,
    hostResolverRule: `MAP ${HOST}:443 127.0.0.1:${port}`,
    ticketUrl: (id = TICKETS.main) => `https://${HOST}/agent/tickets/${id}`,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
