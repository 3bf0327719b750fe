// Regenerates docs/screenshot.png for the README: the release bundle with the simulator as
// uContact, a few interactions in the panel. Run after `trunk build --release`:
//
//   node tools/screenshot.mjs

import { activeRows, assigned, fromUcontact, historyRows, launch, openCockpit, servers } from "../tests/e2e/harness.mjs";

const browser = await launch();
const env = await servers();
try {
  const { page, frame } = await openCockpit(browser, env);
  await page.setViewportSize({ width: 1360, height: 860 });
  await fromUcontact(frame, assigned("3f2b8c1e-5a0d-4d7e-9b1a-2c6e8f0a9d41", { campaign: "Retention", channel: "WhatsApp", clientId: "40917733" }));
  await fromUcontact(frame, { event: "finishedInteraction", data: { guid: "3f2b8c1e-5a0d-4d7e-9b1a-2c6e8f0a9d41", finishDate: "2026-11-25 09:41:07" } });
  await fromUcontact(frame, {
    event: "sentDisposition",
    data: { guid: "3f2b8c1e-5a0d-4d7e-9b1a-2c6e8f0a9d41", comment: "Renewed for twelve months", levelsId: ["1", "12"], levelsValue: ["Sale", "Annual plan"] },
  });
  await fromUcontact(frame, assigned("a7c41e09-8d52-4f3b-b0e6-71d9c2f4e815", { campaign: "Sales", channel: "Phone", clientId: "59891234567" }));
  await activeRows(page).first().waitFor();
  await historyRows(page).first().waitFor();
  await page.getByLabel("Campaign", { exact: true }).fill("Support");
  await page.getByLabel("Channel", { exact: true }).fill("Phone");
  await page.getByLabel("Client ID", { exact: true }).fill("40917733");
  await page.waitForTimeout(2200);
  await page.screenshot({ path: new URL("../docs/screenshot.png", import.meta.url).pathname });
  console.log("wrote docs/screenshot.png");
} finally {
  await browser.close();
  await env.close();
}
