// Regenerates the README's screenshots: the release bundle with the simulator as uContact, a
// long shift (five hours of finished interactions with their handle and wrap-up times and
// dispositions, twelve active ones assigned over the last half hour, a dial answered), at
// 1366×800 and 1024×768, light and dark; then the shift report of that shift at both sizes, and
// as printed (A4, light, whatever the theme).
// Time is Playwright's clock, moved forward between events. Run after `trunk build --release`:
//
//   node tools/screenshot.mjs [output folder, default docs/]

import { assigned, frameOf, fromUcontact, launch, servers } from "../tests/e2e/harness.mjs";

const out = process.argv[2] ?? new URL("../docs/", import.meta.url).pathname;
// As real uContact sends them: v6 campaigns with their arrows, channel ids, client ids of each
// channel's kind (digits for telephony and WhatsApp, an address for email, a UUID for webchat).
const campaigns = ["Ventas<-", "Soporte<-", "Retención", "Cobranzas->"];
const channels = ["telephony", "whatsapp", "email", "webchat"];
const people = ["ana.gomez", "jperez", "m.silva", "lucia.rodriguez", "c.fernandez", "soporte"];
const clientFor = (channel, n) => ({
  telephony: `5989${String(1234567 + n * 7919).slice(0, 7)}`,
  whatsapp: `5989${String(8765432 - n * 4391).slice(0, 7)}`,
  email: `${people[n % people.length]}@example.com`,
  webchat: `${(0x1b2c3d4e + n * 104729).toString(16)}-7425-40de-944b-e07fc1f9${(0x0ae7 + n).toString(16).padStart(4, "0")}`,
})[channel];
const guid = (n) => `${(0x3f2b8c1e + n * 7919).toString(16)}-5a0d-4d7e-9b1a-2c6e8f0a${(0x9d41 + n).toString(16)}`;

const browser = await launch();
const env = await servers({
  extraConfig: { screenPop: { url: "https://crm.example.com/clients/{clientId}?interaction={guid}", label: "Open in CRM" } },
});
try {
  for (const dark of [false, true]) {
    const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
    await page.clock.install({ time: new Date("2026-11-26T08:00:00") });
    await page.goto(env.cockpit.url);
    await page.locator("iframe#uContact").waitFor();
    const frame = await frameOf(page, env.ucontact.origin);
    await frame.waitForFunction(() => window.simulator !== undefined);
    await fromUcontact(frame, { event: "changedTheme", data: { dark, primary: dark ? "#58a6ff" : "#0b5cad" } });
    let clock = Date.parse("2026-11-26T08:00:00");
    const minutes = (m) => {
      clock += Math.round(m * 60_000);
      return page.clock.fastForward(Math.round(m * 60_000));
    };
    const pad = (n) => String(n).padStart(2, "0");
    const local = (at) => {
      const d = new Date(at);
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
    };
    // Five hours of finished interactions, busier mid-morning, with uneven dispositions.
    const outcomes = [["Venta", "Plan anual"], ["Venta", "Plan mensual"], ["No venta", "Precio"], ["Venta", "Plan anual"], ["Volver a llamar"], ["No venta", "Ya tiene proveedor"], ["Reclamo", "Facturación", "Reembolso"]];
    const comments = ["Renovó por doce meses", "Pide que lo llamen el lunes", "", "Conforme con la atención"];
    for (let n = 0; n < 48; n++) {
      const g = guid(100 + n);
      const channel = channels[(n % 7) % 4];
      await fromUcontact(frame, assigned(g, { campaign: campaigns[(n * 3) % 4], channel, clientId: clientFor(channel, n) }));
      await minutes(2 + ((n * 5) % 9));
      await fromUcontact(frame, { event: "finishedInteraction", data: { guid: g, finishDate: local(clock) } });
      await minutes(0.3 + (n % 4) / 5);
      const values = outcomes[n % outcomes.length];
      if (n % 9 !== 8) await fromUcontact(frame, { event: "sentDisposition", data: { guid: g, comment: comments[n % comments.length], levelsId: values.map((_, i) => String(i + 1)), levelsValue: values } });
      await minutes(n % 10 < 4 ? 0.5 : 2);
    }
    // Twelve active, assigned over the last half hour: the oldest read amber and red.
    for (let n = 0; n < 12; n++) {
      await fromUcontact(frame, assigned(guid(n), { campaign: campaigns[n % 4], channel: channels[n % 4], clientId: clientFor(channels[n % 4], 60 + n) }));
      await minutes(n < 3 ? 6 : 1.7);
    }
    await page.getByLabel("Campaign", { exact: true }).fill("Cobranzas->");
    await page.getByLabel("Channel", { exact: true }).fill("telephony");
    await page.getByLabel("Client ID", { exact: true }).fill("59894091773");
    await page.getByRole("button", { name: "Start interaction" }).click();
    await minutes(0.1);
    await page.locator(".ck-dock").getByText("Answered").waitFor();
    await minutes(0.3);
    // The light screenshots in Spanish, uContact's main language among its agents; the dark
    // ones in English.
    if (!dark) await fromUcontact(frame, { event: "changedLanguage", data: "es-UY" });
    await minutes(0.02);
    const theme = dark ? "dark" : "light";
    await page.screenshot({ path: `${out}/screenshot-1366-${theme}.png` });
    await page.setViewportSize({ width: 1024, height: 768 });
    await minutes(0.02);
    await page.screenshot({ path: `${out}/screenshot-1024-${theme}.png` });
    await page.locator(".ck-report-button").click();
    await page.locator(".ck-report").waitFor();
    await minutes(0.02);
    await page.screenshot({ path: `${out}/report-1024-${theme}.png` });
    await page.setViewportSize({ width: 1366, height: 800 });
    await minutes(0.02);
    await page.screenshot({ path: `${out}/report-1366-${theme}.png` });
    if (dark) {
      await page.emulateMedia({ media: "print" });
      await page.setViewportSize({ width: 794, height: 1123 });
      await minutes(0.02);
      await page.screenshot({ path: `${out}/report-print.png`, fullPage: true });
    }
    await page.close();
  }
  console.log(`wrote ${out}screenshot-{1366,1024}-{light,dark}.png, report-{1366,1024}-{light,dark}.png, report-print.png`);
} finally {
  await browser.close();
  await env.close();
}
