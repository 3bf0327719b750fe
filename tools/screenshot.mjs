// Regenerates the README's screenshots: the release bundle with the simulator as uContact, a
// long shift (twelve active interactions assigned over the last half hour, finished ones with
// their handle and wrap-up times, a dial answered), at 1366×800 and 1024×768, light and dark.
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
    await page.clock.install({ time: new Date("2026-11-26T13:05:00") });
    await page.goto(env.cockpit.url);
    await page.locator("iframe#uContact").waitFor();
    const frame = await frameOf(page, env.ucontact.origin);
    await frame.waitForFunction(() => window.simulator !== undefined);
    await fromUcontact(frame, { event: "changedTheme", data: { dark, primary: dark ? "#58a6ff" : "#0b5cad" } });
    const minutes = (m) => page.clock.fastForward(Math.round(m * 60_000));
    for (let n = 0; n < 6; n++) {
      const g = guid(100 + n);
      await fromUcontact(frame, assigned(g, { campaign: campaigns[n % 4], channel: channels[(n + 1) % 4], clientId: `4${n}0917733` }));
      await minutes(3 + n);
      await fromUcontact(frame, { event: "finishedInteraction", data: { guid: g, finishDate: `2026-11-26 13:${String(10 + n * 4).padStart(2, "0")}:07` } });
      await minutes(0.5 + n / 10);
      await fromUcontact(frame, { event: "sentDisposition", data: { guid: g, comment: "Renewed for twelve months", levelsId: ["1", "12"], levelsValue: ["Sale", "Annual plan"] } });
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
    await page.close();
  }
  console.log(`wrote ${out}screenshot-{1366,1024}-{light,dark}.png`);
} finally {
  await browser.close();
  await env.close();
}
