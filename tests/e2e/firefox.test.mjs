// End to end in Firefox ESR 140 (the browser many companies mandate), driven over WebDriver
// BiDi (tests/e2e/firefox.mjs): the events, the dial form, a reload, two tabs and the tab in
// charge closing (measured over `SUCCESSIONS` closings, 20 by default: every one must take
// charge), the element on an intranet page, framed mode with and without a referrer, and the
// report. The same release bundle, simulator and origins as the Chromium suites.

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { assigned, disposition, finished, servers } from "./harness.mjs";
import { launchFirefox, newFirefoxPage, post, simulatorFrame, until } from "./firefox.mjs";

const SUCCESSIONS = Number(process.env.SUCCESSIONS ?? 20);

let browser;
before(async () => {
  browser = await launchFirefox();
});
after(() => browser?.close());

async function environment(options = {}) {
  const env = await servers(options);
  after(() => env.close());
  return env;
}

/** Opens the cockpit's page in a new tab; waits for uContact in its frame. */
async function openCockpit(env, { keep = false } = {}) {
  const { page, errors } = await newFirefoxPage(browser);
  if (!keep) {
    // Nothing an earlier test left on this origin: no stored shift to be asked about.
    await page.goto(`${env.cockpit.url}config.json`);
    await page.evaluate(() => localStorage.clear());
  }
  await page.goto(env.cockpit.url);
  const frame = await simulatorFrame(page, env.ucontact.origin);
  return { page, frame, errors };
}

const count = (page, region) =>
  page.evaluate((region) => document.querySelectorAll(`section[aria-labelledby=${region}] li.ck-row`).length, region);
const inCharge = (page) => page.evaluate(() => document.querySelector("iframe#uContact") !== null);
const received = (frame) => frame.evaluate(() => window.simulator.received.map((m) => m.data));

describe("Firefox ESR: the cockpit's own page", () => {
  const envPromise = environment();

  test("events reach the panel; the dial form posts exactly one startInteraction; a reload keeps the shift", async () => {
    const env = await envPromise;
    const { page, frame, errors } = await openCockpit(env);
    await post(frame, assigned("f-1", { clientId: "C-1" }));
    await post(frame, assigned("f-2", { clientId: "C-2" }));
    await post(frame, disposition("f-1", { comment: "ok", values: ["Sale"] }));
    await post(frame, finished("f-1"));
    await until(page, () => document.querySelectorAll("section[aria-labelledby=ck-history-heading] li.ck-row").length === 1, [], { what: "a history row" });
    assert.equal(await count(page, "ck-active-heading"), 1);
    await page.type("#ck-dial-campaign", "Sales");
    await page.type("#ck-dial-channel", "Phone");
    await page.type("#ck-dial-client", "59899");
    await page.click(".ck-dock button[type=submit]");
    await page.click(".ck-dock button[type=submit]");
    await until(frame, () => window.simulator.received.length >= 1, [], { what: "the dial in uContact" });
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(await received(frame), [{ event: "startInteraction", data: { campaign: "Sales", channel: "Phone", clientId: "59899" } }], "clicked twice, sent once");
    await page.reload();
    await simulatorFrame(page, env.ucontact.origin);
    await until(page, () => document.querySelectorAll("section[aria-labelledby=ck-history-heading] li.ck-row").length === 1, [], { what: "history restored" });
    assert.ok((await count(page, "ck-active-heading")) >= 1, "active interactions restored");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("the report shows the shift's figures", async () => {
    const env = await envPromise;
    const { page, frame, errors } = await openCockpit(env);
    await post(frame, assigned("r-1"));
    await post(frame, finished("r-1"));
    await until(page, () => document.querySelector("section[aria-labelledby=ck-history-heading] li.ck-row[data-guid='r-1']") !== null, [], { what: "r-1 in history" });
    await page.click(".ck-report-button");
    const handled = await until(page, () => document.querySelector(".ck-figure-handled dd")?.textContent, [], { what: "the report" });
    assert.ok(Number(handled) >= 1, handled);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe("Firefox ESR: a shared desk", () => {
  test("a cockpit closed without End shift: the next one asks first and shows nothing of it", async () => {
    const env = await environment();
    const first = await openCockpit(env);
    await post(first.frame, assigned("desk-1", { clientId: "59899000111" }));
    await until(first.page, () => document.querySelector("li.ck-row[data-guid=desk-1]") !== null, [], { what: "the row" });
    // Saved (within a second, as the cockpit saves), then the tab is closed.
    await until(first.page, () => JSON.stringify(localStorage).includes("59899000111"), [], { what: "the shift saved" });
    await first.page.close();
    const { page, errors } = await newFirefoxPage(browser);
    await page.goto(env.cockpit.url);
    await until(page, () => document.getElementById("ck-shift-question") !== null, [], { what: "the question" });
    assert.equal(await page.evaluate(() => document.body.innerText.includes("59899000111")), false, "nothing of the shift shown");
    assert.equal(await inCharge(page), false, "no uContact before the answer");
    await page.click("#ck-shift-question .ck-button");
    const frame = await simulatorFrame(page, env.ucontact.origin);
    await until(page, () => document.querySelector("section[aria-labelledby=ck-active-heading]") !== null, [], { what: "the panel" });
    assert.equal(await count(page, "ck-active-heading"), 0, "ended: nothing of it left");
    assert.equal(await page.evaluate(() => JSON.stringify(localStorage).includes("59899000111")), false);
    await post(frame, assigned("desk-2"));
    await until(page, () => document.querySelector("li.ck-row[data-guid=desk-2]") !== null, [], { what: "a new shift" });
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe("Firefox ESR: two tabs", () => {
  const envPromise = environment();

  test(`when the tab in charge closes, the other takes charge by itself (${SUCCESSIONS} closings)`, async () => {
    const env = await envPromise;
    let leader = await openCockpit(env);
    await post(leader.frame, assigned("kept", { clientId: "K-1" }));
    const times = [];
    for (let n = 0; n < SUCCESSIONS; n++) {
      const { page: next } = await newFirefoxPage(browser);
      await next.goto(env.cockpit.url);
      await until(next, () => document.getElementById("ck-follower") !== null, [], { what: `a follower (closing ${n + 1})` });
      assert.equal(await inCharge(next), false, "a second tab loads no uContact");
      const closed = Date.now();
      await leader.page.close();
      await until(next, () => document.querySelector("iframe#uContact") !== null, [], { timeout: 12_000, what: `charge taken (closing ${n + 1})` });
      times.push(Date.now() - closed);
      const frame = await simulatorFrame(next, env.ucontact.origin);
      leader = { page: next, frame };
    }
    await until(leader.page, () => document.querySelector("li.ck-row[data-guid=kept]") !== null, [], { what: "the shift kept through every succession" });
    times.sort((a, b) => a - b);
    console.log(`Firefox succession: ${times.length}/${SUCCESSIONS} took charge; ${times[0]}–${times.at(-1)} ms after the close, median ${times[times.length >> 1]} ms`);
    await leader.page.close();
  });
});

describe("Firefox ESR: embedded in an intranet", () => {
  test("the element: events reach the host page, dial() posts", async () => {
    const env = await environment({ intranet: true });
    const { page, errors } = await newFirefoxPage(browser, { ignore: (text) => text.includes("favicon") });
    await page.goto(`${env.intranet.url}index.html?cockpit=${encodeURIComponent(env.cockpit.url)}`);
    await until(page, () => Boolean(document.querySelector("ucontact-cockpit")?.shadowRoot?.querySelector("iframe#uContact")), [], { what: "uContact in the element" });
    const frame = await simulatorFrame(page, env.ucontact.origin);
    await post(frame, assigned("e-1", { clientId: "C-9" }));
    await until(page, () => window.intranet.received.some((e) => e.type === "ucontact-assigned"), [], { what: "the host event" });
    const result = await page.evaluate(() =>
      document.querySelector("ucontact-cockpit").dial({ campaign: "Sales", channel: "Phone", clientId: "77" }).then(() => "posted", (e) => e.message));
    assert.equal(result, "posted");
    await until(frame, () => window.simulator.received.some((m) => m.data?.data?.clientId === "77"), [], { what: "the dial in uContact" });
    assert.equal((await page.evaluate(() => window.intranet.received.filter((e) => e.type === "ucontact-assigned").length)), 1);
    assert.deepEqual(errors, []);
    await page.close();
  });

  for (const referrer of ["with", "without"]) {
    test(`framed mode ${referrer} a referrer: the framing page hears the events and dials`, async () => {
      const env = await environment({
        intranet: true,
        intranetHeaders: referrer === "without" ? { "referrer-policy": "no-referrer" } : {},
      });
      const { page, errors } = await newFirefoxPage(browser, { ignore: (text) => text.includes("favicon") });
      await page.goto(`${env.intranet.url}framed.html?cockpit=${encodeURIComponent(env.cockpit.url)}`);
      const frame = await simulatorFrame(page, env.ucontact.origin, 15_000);
      // Firefox has no location.ancestorOrigins: without a referrer, the cockpit learns who
      // frames it from the page's hello.
      await until(page, () => window.intranet.received.some((m) => m.event === "ucontact-ready"), [], { what: "ucontact-ready in the framing page" });
      await post(frame, assigned("p-1", { clientId: "C-5" }));
      await until(page, () => window.intranet.received.some((m) => m.event === "ucontact-assigned" && m.data.guid === "p-1"), [], { what: "the assignment in the framing page" });
      await page.evaluate(() => document.querySelector("#dial button[type=submit]").click());
      await until(frame, () => window.simulator.received.some((m) => m.data?.event === "startInteraction"), [], { what: "the framing page's dial in uContact" });
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});
