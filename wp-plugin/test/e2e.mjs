// Browser half of the end-to-end test (run by run-e2e.sh): a guest and a signed-in customer in
// headless Chromium on a real WordPress with the plugin, chatting with the real agent backend.
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const { WP_URL, WP_USER, WP_PASS, SCREENSHOTS } = process.env;
const REPLY_TIMEOUT = 60_000;
const step = (s) => process.stderr.write(`[wp-e2e] ${s}\n`);
const claims = (jwt) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString());
const alg = (jwt) => JSON.parse(Buffer.from(jwt.split('.')[0], 'base64url').toString()).alg;

// asks the plugin for a token from inside the page, with or without the page's REST nonce
const requestToken = (page, withNonce) => page.evaluate(async (withNonce) => {
  const headers = withNonce ? { 'X-WP-Nonce': window.shopAgentConfig.nonce } : {};
  const res = await fetch(window.shopAgentConfig.restUrl + 'token', { method: 'POST', credentials: 'same-origin', headers });
  return { status: res.status, body: await res.json() };
}, withNonce);

async function ask(page, text) {
  const replies = page.locator('.shop-agent__msg--agent, .shop-agent__msg--error');
  const before = await replies.count();
  await page.locator('#shop-agent-input').fill(text);
  await page.keyboard.press('Enter');
  await replies.nth(before).waitFor({ timeout: REPLY_TIMEOUT });
  const reply = replies.nth(before);
  return {
    text: await reply.innerText(),
    links: await reply.locator('.shop-agent__sources a').evaluateAll((as) => as.map((a) => a.href)),
    isError: (await reply.getAttribute('class')).includes('--error'),
  };
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  // --- a guest gets a guest token without the order scope ---
  const guest = await browser.newPage();
  await guest.goto(WP_URL + '/');
  const guestToken = await requestToken(guest, true);
  assert.equal(guestToken.status, 200, JSON.stringify(guestToken.body));
  const g = claims(guestToken.body.token);
  assert.match(g.sub, /^guest:[a-f0-9]{32}$/);
  assert.deepEqual(g.scope.split(' ').sort(), ['support.read_kb', 'tickets.create']);
  assert.ok(g.exp - g.iat <= 300 && g.aud === 'shop-agent' && g.iss === 'e2e-shop');
  step(`guest token: ${g.sub.slice(0, 14)}…, scopes ${g.scope}`);

  // --- a network that blocks the backend's WebSocket: the widget falls back to the REST proxy ---
  let wsAttempts = 0;
  await guest.routeWebSocket(/\/v1\/chat\/ws/, (ws) => { wsAttempts++; ws.close(); });
  await guest.locator('.shop-agent__launcher').click();
  const proxyResponse = guest.waitForResponse((r) => r.url().includes('agent/v1/chat'), { timeout: REPLY_TIMEOUT });
  const proxied = await ask(guest, 'How long does shipping take?');
  const proxyBody = await (await proxyResponse).text();
  assert.ok(!proxied.isError && proxied.links.length > 0, `answered through agent/v1/chat with citations: ${proxyBody}`);
  assert.ok(wsAttempts >= 2, 'tried the WebSocket first');
  step(`WebSocket blocked (${wsAttempts} attempts) -> proxy answered with ${proxied.links.length} citation(s)`);
  await guest.close();

  // --- the demo customer signs in ---
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(WP_URL + '/wp-login.php');
  await page.fill('#user_login', WP_USER);
  await page.fill('#user_pass', WP_PASS);
  await Promise.all([page.waitForURL((u) => !u.pathname.endsWith('wp-login.php')), page.click('#wp-submit')]);
  await page.goto(WP_URL + '/docs/faq/');

  const userToken = await requestToken(page, true);
  assert.equal(userToken.status, 200, JSON.stringify(userToken.body));
  const u = claims(userToken.body.token);
  assert.equal(u.sub, 'user:101');
  assert.equal(alg(userToken.body.token), 'RS256', 'signed with the plugin key pair; the agent holds only the public key');
  assert.deepEqual(u.scope.split(' ').sort(), ['orders.read_own', 'support.read_kb', 'tickets.create']);
  const noNonce = await requestToken(page, false);
  assert.ok(noNonce.status !== 200 || claims(noNonce.body.token).sub.startsWith('guest:'), 'no user-bound token without a nonce');
  assert.ok(noNonce.status !== 200 || !claims(noNonce.body.token).scope.includes('orders.read_own'));
  const forged = await page.evaluate(async () => (await fetch(window.shopAgentConfig.restUrl + 'token', { method: 'POST', headers: { 'X-WP-Nonce': 'forged123' } })).status);
  assert.equal(forged, 403, 'a forged nonce is refused');
  step(`customer token: ${u.sub} (${alg(userToken.body.token)}); without nonce: ${noNonce.status === 200 ? claims(noNonce.body.token).sub.slice(0, 6) + '…' : noNonce.status}; forged nonce: ${forged}`);

  // --- every WebSocket goes through a route the test can cut, like a flaky mobile network ---
  const sockets = [];
  const welcomes = [];
  await page.routeWebSocket(/\/v1\/chat\/ws/, (ws) => {
    const server = ws.connectToServer();
    server.onMessage((m) => {
      try { const f = JSON.parse(m); if (f.type === 'welcome') welcomes.push(f); } catch { /* not JSON */ }
      ws.send(m);
    });
    sockets.push({ ws, server });
  });

  // --- open the widget: keyboard focus lands in the message box ---
  const launcher = page.locator('.shop-agent__launcher');
  await launcher.click();
  assert.equal(await launcher.getAttribute('aria-expanded'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'shop-agent-input');
  assert.equal(await page.locator('.shop-agent__log').getAttribute('aria-live'), 'polite');

  const own = await ask(page, 'Where is my order 10283?');
  step(`own order -> ${own.text.replace(/\s+/g, ' ')}`);
  assert.ok(!own.isError, own.text);
  assert.match(own.text, /ending in 0283/);
  assert.doesNotMatch(own.text, /10283/);

  // --- the connection drops: the widget says so, reconnects by itself and resumes the same session ---
  const status = page.locator('.shop-agent__status');
  const cut = sockets.length;
  await sockets.at(-1).ws.close({ code: 4000, reason: 'network drop' });
  await sockets.at(-1).server.close().catch(() => {});
  await status.filter({ hasText: 'Reconnecting' }).waitFor({ timeout: 5_000 });
  await page.waitForFunction(() => !document.querySelector('.shop-agent__status').textContent, null, { timeout: 20_000 });
  assert.ok(sockets.length > cut && welcomes.length >= 2, `a new socket after the drop (${sockets.length}, ${welcomes.length} welcomes)`);
  assert.equal(welcomes.at(-1).session_id, welcomes[0].session_id, 'the same session resumed');
  assert.equal(welcomes.at(-1).resumed, true);
  step(`socket cut -> "Reconnecting…" -> resumed session ${welcomes[0].session_id.slice(0, 8)}… on socket ${sockets.length}`);

  const other = await ask(page, 'Where is my order 10288?');
  step(`another customer's order -> ${other.text.replace(/\s+/g, ' ')}`);
  assert.ok(!other.isError, other.text);
  assert.doesNotMatch(other.text, /Ridgeback|9400111899223344556677|Okafor|Denver/i, 'nothing of the other order leaks');
  assert.match(other.text, /ticket|person|team/i, 'offers a ticket or a person');

  const faq = await ask(page, 'How long does shipping take?');
  step(`FAQ -> ${faq.text.replace(/\s+/g, ' ').slice(0, 140)}… links ${faq.links.join(', ')}`);
  assert.ok(faq.links.length > 0, 'the answer cites a page');
  for (const link of faq.links) {
    const res = await page.request.get(link);
    assert.equal(res.status(), 200, `citation ${link} resolves`);
    assert.ok(link.startsWith(WP_URL), `citation ${link} points at the shop`);
  }
  await page.locator('.shop-agent__log').evaluate((l) => { l.scrollTop = l.scrollHeight; });
  await page.screenshot({ path: `${SCREENSHOTS}/widget-desktop.png` });

  await page.setViewportSize({ width: 360, height: 740 });
  const box = await page.locator('.shop-agent__panel').boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 360, `panel fits 360 px (x=${box.x}, w=${box.width})`);
  await page.screenshot({ path: `${SCREENSHOTS}/widget-360px.png` });

  // --- Escape closes the panel and gives focus back to the launcher ---
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.shop-agent__panel').isHidden(), true);
  assert.equal(await page.evaluate(() => document.activeElement.className), 'shop-agent__launcher');
  await page.screenshot({ path: `${SCREENSHOTS}/launcher-360px.png` });

  // --- a reload keeps the conversation: the widget resumes the session and shows what was said ---
  await page.reload();
  await page.locator('.shop-agent__launcher').click();
  await page.locator('.shop-agent__msg--user', { hasText: 'Where is my order 10283?' }).waitFor({ timeout: 20_000 });
  assert.ok(await page.locator('.shop-agent__msg--agent', { hasText: 'ending in 0283' }).count() > 0, 'earlier reply shown again');
  assert.equal(welcomes.at(-1).session_id, welcomes[0].session_id, 'the same session after a reload');
  step(`reload -> history of session ${welcomes[0].session_id.slice(0, 8)}… shown again`);
  assert.deepEqual(pageErrors, [], 'no script errors on the page');
  step('browser test passed');
} finally {
  await browser.close();
}
