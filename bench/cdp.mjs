// Debian's Chromium over the DevTools protocol, for the first-paint scripts: launched with the
// browser tests' flags (headless, --no-sandbox, --disable-gpu, --disable-background-networking;
// nothing is downloaded), one WebSocket, commands answered by id, every other message to the one
// listener set last, and a fresh browser context (nothing cached, a fresh renderer) per page.
import { spawn } from 'node:child_process';
import fs from 'node:fs';

export async function openChromium(profilePrefix) {
  const profile = fs.mkdtempSync(profilePrefix);
  const chrome = spawn('/usr/bin/chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--remote-debugging-port=0', '--user-data-dir=' + profile, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const wsUrl = await new Promise(ok => { let b = ''; chrome.stderr.on('data', d => { b += d; const m = b.match(/ws:\/\/\S+/); if (m) ok(m[0]); }); });
  const ws = new WebSocket(wsUrl);
  await new Promise(ok => { ws.onopen = ok; });
  let id = 0;
  const pending = new Map();
  let listener = () => {};
  ws.onmessage = e => {
    const m = JSON.parse(e.data);
    if (m.id && pending.has(m.id)) { const p = pending.get(m.id); pending.delete(m.id); if (m.error) p.no(new Error(JSON.stringify(m.error))); else p.ok(m.result); }
    else listener(m);
  };
  const send = (method, params = {}, sessionId) => new Promise((ok, no) => { const i = ++id; pending.set(i, { ok, no }); ws.send(JSON.stringify({ id: i, method, params, sessionId })); });
  return {
    send,
    listen: fn => { listener = fn; },
    // a page at 1366x900 in a fresh browser context, its Page domain enabled
    async newPage() {
      const { browserContextId } = await send('Target.createBrowserContext');
      const { targetId } = await send('Target.createTarget', { url: 'about:blank', browserContextId });
      const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
      await send('Emulation.setDeviceMetricsOverride', { width: 1366, height: 900, deviceScaleFactor: 1, mobile: false }, sessionId);
      await send('Page.enable', {}, sessionId);
      return { sessionId, close: () => send('Target.disposeBrowserContext', { browserContextId }) };
    },
    async close() {
      ws.close();
      chrome.kill();
      await new Promise(ok => chrome.on('exit', ok));
      try { fs.rmSync(profile, { recursive: true, force: true }); } catch (e) { /* a profile left in /tmp */ }
    },
  };
}
