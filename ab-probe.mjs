import { frameOf, launch } from "./tests/e2e/harness.mjs";
import { serve } from "./tools/static-server.mjs";
const ucontact = await serve({ root: "simulator" });
const config = { "/config.json": { body: JSON.stringify({ ucontactUrl: ucontact.url + "?quiet" }) } };
const builds = { old: await serve({ root: "/tmp/old-dist", routes: config }), new: await serve({ root: "dist", routes: config }) };
const browser = await launch();
function observe() {
  if (window !== top) return;
  window.seen = new Map(); window.arrived = new Map();
  const now = () => performance.now();
  addEventListener("message", (e) => { const g = e.data?.data?.guid; if (g) window.arrived.set(`${e.data.event}:${g}`, now()); }, { capture: true });
  new MutationObserver(() => { const at = now(); for (const [k] of window.arrived) if (!window.seen.has(k)) window.seen.set(k, at); }).observe(document, { childList: true, subtree: true, characterData: true });
}
async function paced([count, prefix]) {
  const origin = new URL(document.referrer).origin;
  for (let i = 0; i < count; i++) {
    parent.postMessage({ event: "assignedInteraction", data: { guid: `${prefix}${i}`, campaign: "Sales", channel: "Phone", clientId: "1" } }, origin);
    await new Promise((r) => setTimeout(r, 8));
    parent.postMessage({ event: "finishedInteraction", data: { guid: `${prefix}${i}`, finishDate: "2026-11-25 10:00:00" } }, origin);
    await new Promise((r) => setTimeout(r, 8));
  }
}
const median = (v) => { const s = [...v].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
for (let round = 0; round < 3; round++) for (const [name, server] of Object.entries(builds)) {
  const context = await browser.newContext(); const page = await context.newPage();
  await page.addInitScript(observe);
  await page.goto(server.url);
  await page.locator("iframe#uContact").waitFor();
  const frame = await frameOf(page, ucontact.origin);
  await frame.waitForFunction(() => window.simulator !== undefined);
  await frame.evaluate(paced, [60, "w-"]);
  await page.evaluate(() => { window.seen.clear(); window.arrived.clear(); });
  await frame.evaluate(paced, [100, "p-"]);
  await page.waitForTimeout(200);
  const d = await page.evaluate(() => [...window.arrived].map(([k, a]) => [k, (window.seen.get(k) ?? NaN) - a]));
  const a = d.filter(([k]) => k.startsWith("assigned")).map(([, v]) => v), f = d.filter(([k]) => k.startsWith("finished")).map(([, v]) => v);
  console.log(name, "assign", median(a).toFixed(2), "finish", median(f).toFixed(2));
  await context.close();
}
await browser.close(); for (const s of [...Object.values(builds), ucontact]) await s.close();
