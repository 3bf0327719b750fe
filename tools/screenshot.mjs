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
const clients = ["59891234567", "40917733", "C-1042", "55119876543", "C-2077", "31337", "59898765432", "C-3310", "70012345", "C-5521", "59894455667", "88120934"];
const campaigns = ["Sales", "Support", "Retention", "Collections"];
const channels = ["Phone", "WhatsApp", "Email", "Webchat"];
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
    const outcomes = [["Sale", "Annual plan"], ["Sale", "Monthly plan"], ["No sale", "Price"], ["Sale", "Annual plan"], ["Callback"], ["No sale", "Has a provider"], ["Complaint", "Billing", "Refund"]];
    for (let n = 0; n < 48; n++) {
      const g = guid(100 + n);
      await fromUcontact(frame, assigned(g, { campaign: campaigns[(n * 3) % 4], channel: channels[(n % 7) % 4], clientId: `4${n}0917733` }));
      await minutes(2 + ((n * 5) % 9));
      await fromUcontact(frame, { event: "finishedInteraction", data: { guid: g, finishDate: local(clock) } });
      await minutes(0.3 + (n % 4) / 5);
      const values = outcomes[n % outcomes.length];
      if (n % 9 !== 8) await fromUcontact(frame, { event: "sentDisposition", data: { guid: g, comment: "Renewed for twelve months", levelsId: values.map((_, i) => String(i + 1)), levelsValue: values } });
      await minutes(n % 10 < 4 ? 0.5 : 2);
    }
    // Twelve active, assigned over the last half hour: the oldest read amber and red.
    for (let n = 0; n < 12; n++) {
      await fromUcontact(frame, assigned(guid(n), { campaign: campaigns[n % 4], channel: channels[n % 4], clientId: clients[n] }));
      await minutes(n < 3 ? 6 : 1.7);
    }
    await page.getByLabel("Campaign", { exact: true }).fill("Support");
    await page.getByLabel("Channel", { exact: true }).fill("Phone");
    await page.getByLabel("Client ID", { exact: true }).fill("40917733");
    await page.getByRole("button", { name: "Start interaction" }).click();
    await minutes(0.1);
    await page.locator(".ck-dock").getByText("Answered").waitFor();
    await minutes(0.3);
    const theme = dark ? "dark" : "light";
    await page.screenshot({ path: `${out}/screenshot-1366-${theme}.png` });
    await page.setViewportSize({ width: 1024, height: 768 });
    await minutes(0.02);
    await page.screenshot({ path: `${out}/screenshot-1024-${theme}.png` });
    await page.getByRole("button", { name: "Report", exact: true }).click();
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
