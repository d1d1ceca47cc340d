// The Firefox build in a real Firefox (Debian's firefox-esr), driven over Marionette, the protocol Firefox
// ships for automation: Playwright drives only its own patched Firefox, which cannot be downloaded here.
// Every host name resolves to loopback and port 443 goes to the fixture server, so the helpdesk pages load
// under their real names (as Chromium's --host-resolver-rules does) and nothing reaches the internet.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FIREFOX = '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = join(root, '.output', 'firefox-mv3');
const ADDON_ID = 'escalation-brief@example.org';
// Firefox gives an extension a random origin per profile unless the profile names one.
const ADDON_UUID = '6f1d3c52-9a0e-4b7d-8c21-5e4f3a2b1c0d';
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

const connectWhenUp = async (port, deadline) => {
  for (;;) {
    try {
      return await new Promise((resolve, reject) => {
        const sock = connect(port, '127.0.0.1', () => resolve(sock));
        sock.once('error', reject);
      });
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
};

// Marionette frames each JSON message as "<byte length>:<json>".
function marionette(sock) {
  let buf = Buffer.alloc(0);
  let id = 0;
  const pending = new Map();
  let hello;
  const greeted = new Promise((resolve) => {
    hello = resolve;
  });
  sock.on('data', (chunk) => {
    buf = Buffer.concat([buf, chunk]);
    for (;;) {
      const colon = buf.indexOf(':');
      if (colon < 0) return;
      const length = Number(buf.subarray(0, colon).toString());
      if (buf.length < colon + 1 + length) return;
      const message = JSON.parse(buf.subarray(colon + 1, colon + 1 + length).toString('utf8'));
      buf = buf.subarray(colon + 1 + length);
      if (Array.isArray(message) && pending.has(message[1])) {
        const [, n, error, result] = message;
        const { resolve, reject } = pending.get(n);
        pending.delete(n);
        if (error) reject(new Error(`${error.error}: ${error.message}`));
        else resolve(result?.value === undefined ? result : result.value);
      } else hello(message);
    }
  });
  const send = (command, params = {}) =>
    new Promise((resolve, reject) => {
      const n = ++id;
      pending.set(n, { resolve, reject });
      const body = Buffer.from(JSON.stringify([0, n, command, params]));
      sock.write(Buffer.concat([Buffer.from(`${body.length}:`), body]));
    });
  return { greeted, send };
}

/**
 * Firefox with the Firefox build installed as a temporary add-on.
 * @param {number} fixturePort the HTTPS fixture server's port, which stands in for port 443 of every host
 */
export async function launchFirefox(fixturePort) {
  const profile = mkdtempSync(join(tmpdir(), 'eb-firefox-'));
  const port = await freePort();
  const prefs = {
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
    'marionette.port': port,
    'network.dns.forceResolve': '127.0.0.1',
    'network.socket.forcePort': `443=${fixturePort}`,
    // Firefox refuses a certificate override on the sites of its HSTS preload list (atlassian.net,
    // force.com, zoho.com), which other helpdesks' fixtures are served as.
    'network.stricttransportsecurity.preloadlist': false,
    'app.update.disabledForTesting': true,
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.page': 0,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
  };
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries(prefs)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join('\n'),
  );
  const child = spawn(
    FIREFOX,
    ['--headless', '--no-remote', '--profile', profile, '--marionette', '--remote-allow-system-access'],
    { stdio: 'ignore' },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const sock = await connectWhenUp(port, Date.now() + 30_000);
  const { greeted, send } = marionette(sock);
  await greeted;
  await send('WebDriver:NewSession', { capabilities: {} });
  const inChrome = async (script) => {
    await send('Marionette:SetContext', { value: 'chrome' });
    try {
      return await send('WebDriver:ExecuteScript', { script, args: [] });
    } finally {
      await send('Marionette:SetContext', { value: 'content' });
    }
  };
  // The fixture server's certificate is self-signed (Chromium's --ignore-certificate-errors).
  await inChrome(
    'Cc["@mozilla.org/security/certoverride;1"].getService(Ci.nsICertOverrideService).setDisableAllSecurityChecksAndLetAttackersInterceptMyData(true);',
  );
  await send('Addon:Install', { path: FIREFOX_EXTENSION_DIR, temporary: true });

  const ff = {
    /** Loads a page in the current tab and waits for its load event. */
    goto: (url) => send('WebDriver:Navigate', { url }),
    /**
     * Opens one of the extension's pages in a new tab and switches to it. Marionette may not navigate a tab
     * to a moz-extension: address, so the tab is opened from the browser window, as the sidebar is.
     */
    async openExtensionPage(path) {
      const before = await send('WebDriver:GetWindowHandles');
      await inChrome(
        `const w = Services.wm.getMostRecentWindow('navigator:browser');
         w.gBrowser.selectedTab = w.gBrowser.addTab(${JSON.stringify(`${EXTENSION_ORIGIN}/${path}`)}, {
           triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal(),
         });`,
      );
      const handle = (await send('WebDriver:GetWindowHandles')).find((h) => !before.includes(h));
      await send('WebDriver:SwitchToWindow', { handle });
      await ff.waitFor(`location.protocol === 'moz-extension:' && document.readyState === 'complete'`);
      return handle;
    },
    /** Runs a function body in the current tab's page and returns what it returns (awaited). */
    evaluate: (body) =>
      send('WebDriver:ExecuteAsyncScript', {
        script: `const done = arguments[arguments.length - 1];
          Promise.resolve().then(async () => { ${body} }).then((v) => done({ ok: v }), (e) => done({ error: String(e) }));`,
        args: [],
      }).then((r) => {
        if (r && 'error' in r) throw new Error(r.error);
        return r?.ok;
      }),
    /** Polls an expression in the current tab until it is truthy, and returns it. */
    async waitFor(expression, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const value = await send('WebDriver:ExecuteScript', { script: `return (${expression});`, args: [] });
        if (value) return value;
        if (Date.now() > deadline) throw new Error(`Timed out waiting for ${expression}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    /** Types into the element a selector finds, as key presses, after what it holds (or instead: clear). */
    async type(selector, text, { clear = false } = {}) {
      const element = await send('WebDriver:FindElement', { using: 'css selector', value: selector });
      const id = Object.values(element)[0];
      if (clear) await send('WebDriver:ElementClear', { id });
      await send('WebDriver:ElementSendKeys', { id, text });
    },
    async close() {
      await send('Marionette:Quit', { flags: ['eForceQuit'] }).catch(() => {});
      sock.destroy();
      const quit = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(r, 10_000, false))]);
      if (!quit) child.kill('SIGKILL');
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return ff;
}
