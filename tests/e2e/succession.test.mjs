// Chromium: when the tab in charge closes, the other tab takes charge by itself, measured over
// `SUCCESSIONS` closings (20 by default): every one must take charge, with the shift kept. (The
// same story in Firefox ESR is in firefox.test.mjs.) The tab not in charge waits in the Web
// Lock's queue, so the browser itself hands the lock over: no message from the closing tab is
// needed.

import assert from "node:assert/strict";
import { test } from "node:test";

import { assigned, environment, frameOf, fromUcontact, start } from "./harness.mjs";

const SUCCESSIONS = Number(process.env.SUCCESSIONS ?? 20);
const { browser } = await start(null);

test(`when the tab in charge closes, the other takes charge by itself (${SUCCESSIONS} closings)`, async () => {
  const env = await environment();
  const context = await browser.newContext();
  const open = async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(12_000);
    await page.goto(env.cockpit.url);
    return page;
  };
  let leader = await open();
  await leader.locator("iframe#uContact").waitFor();
  const frame = await frameOf(leader, env.ucontact.origin);
  await frame.waitForFunction(() => window.simulator !== undefined);
  await fromUcontact(frame, assigned("kept", { clientId: "K-1" }));
  await leader.locator("li.ck-row[data-guid=kept]").waitFor();
  const times = [];
  for (let n = 0; n < SUCCESSIONS; n++) {
    const next = await open();
    await next.locator("#ck-follower").waitFor();
    const closed = Date.now();
    await leader.close();
    await next.locator("iframe#uContact").waitFor();
    times.push(Date.now() - closed);
    leader = next;
  }
  await leader.locator("li.ck-row[data-guid=kept]").waitFor();
  times.sort((a, b) => a - b);
  console.log(`Chromium succession: ${times.length}/${SUCCESSIONS} took charge; ${times[0]}–${times.at(-1)} ms after the close, median ${times[times.length >> 1]} ms`);
  assert.equal(times.length, SUCCESSIONS);
  await context.close();
});
