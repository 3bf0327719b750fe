// The README's screenshots of the cockpit as a HubSpot calling app: the stand-in HubSpot page
// (HubSpot's own SDK in host mode) framing the cockpit, after a click-to-call answered and
// logged, an incoming call matched to its record and finished, at 1366×800 and 1024×768, light
// and dark. Run after `trunk build --release`:
//
//   node tools/screenshot-hubspot.mjs [output folder, default docs/]

import { assigned, disposition, finished, frameOf, fromUcontact, launch, servers } from "../tests/e2e/harness.mjs";

const out = process.argv[2] ?? new URL("../docs/", import.meta.url).pathname;
const browser = await launch();
const env = await servers({ hubspot: true });
try {
  for (const [width, height] of [[1366, 800], [1024, 768]]) {
    for (const dark of [false, true]) {
      const page = await browser.newPage({ viewport: { width, height } });
      await page.goto(`${env.hubspot.url}?cockpit=${encodeURIComponent(env.cockpit.url)}`);
      const cockpit = await frameOf(page, env.cockpit.origin);
      const frame = await frameOf(page, env.ucontact.origin);
      await frame.waitForFunction(() => window.simulator !== undefined);
      await page.waitForFunction(() => window.hubspot.received.some((m) => m.type === "INITIALIZED"));
      await fromUcontact(frame, { event: "changedTheme", data: { dark, primary: dark ? "#58a6ff" : "#0b5cad" } });
      await fromUcontact(frame, { event: "changedLanguage", data: "es-UY" });
      // An incoming call, matched to the contact, finished and dispositioned.
      const incoming = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
      await fromUcontact(frame, assigned(incoming, { campaign: "Ventas<-", channel: "telephony", clientId: "59899123456" }));
      await page.waitForFunction(() => window.hubspot.received.some((m) => m.type === "NAVIGATE_TO_RECORD"));
      await fromUcontact(frame, finished(incoming, "2026-12-02 14:58:10"));
      await fromUcontact(frame, disposition(incoming, { comment: "Renovó por doce meses", values: ["Venta", "Plan anual"] }));
      await page.waitForFunction(() => window.hubspot.received.some((m) => m.type === "CALL_COMPLETED"));
      // A click-to-call, answered and still in progress.
      await page.getByRole("button", { name: "Call (click-to-call)" }).click();
      await page.waitForFunction(() => window.hubspot.received.some((m) => m.type === "CALL_ANSWERED"));
      const expand = cockpit.getByRole("button", { name: "Expandir panel" });
      if (await expand.count()) await expand.click();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(600);
      const path = `${out}hubspot-${width}-${dark ? "dark" : "light"}.png`;
      await page.screenshot({ path });
      console.log(`wrote ${path}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await env.close();
}
