// Who may talk to the cockpit: only the uContact frame's window, from uContact's origin. Each
// sender below posts a well-formed assignedInteraction; each must be rejected, counted in the
// inspector, and leave the state as it was. These run WITHOUT the cockpit's CSP, to show the
// bridge holds on its own; the last test shows the CSP refusing a foreign frame outright.

import assert from "node:assert/strict";
import { describe, test } from "node:test";

import {
  activeRows,
  assigned,
  counts,
  fromUcontact,
  historyRows,
  hostileUrl,
  openCockpit,
  servers,
  start,
  violations,
  waitForCount,
} from "./harness.mjs";

const { browser, env } = await start({ csp: false });

/** What the agent sees, to compare before and after an attack. */
async function visibleState(page) {
  return {
    active: await activeRows(page).allTextContents(),
    history: await historyRows(page).allTextContents(),
    theme: await page.locator("html").getAttribute("data-theme"),
    lang: await page.locator("html").getAttribute("lang"),
  };
}

/** Opens the cockpit with one real interaction in it, so "unchanged" is not vacuous. */
async function openWithState() {
  const opened = await openCockpit(browser, env);
  await fromUcontact(opened.frame, assigned("real-1", { clientId: "C-real" }));
  await waitForCount(opened.page, "accepted", 1);
  return { ...opened, before: await visibleState(opened.page) };
}

async function rejectedReasons(page) {
  const inspector = page.locator("#ck-inspector");
  if (!(await inspector.evaluate((details) => details.open))) {
    await inspector.locator("summary").click();
    await inspector.locator("li").first().waitFor();
  }
  return inspector.locator(".ck-rejected .ck-detail").allTextContents();
}

async function addFrame(page, src, sandbox) {
  await page.evaluate(([src, sandbox]) => {
    const frame = document.createElement("iframe");
    if (sandbox !== null) frame.setAttribute("sandbox", sandbox);
    frame.src = src;
    document.body.append(frame);
  }, [src, sandbox ?? null]);
}

async function expectRejected(page, before, reason) {
  await waitForCount(page, "rejected", 1);
  assert.deepEqual(await counts(page), { accepted: 1, rejected: 1 });
  assert.deepEqual(await visibleState(page), before, "the state is unchanged");
  assert.deepEqual(await rejectedReasons(page), [reason]);
}

describe("senders other than the uContact frame", () => {
  test("1. a frame from another origin", async () => {
    const { page, before, errors } = await openWithState();
    await addFrame(page, hostileUrl(env.hostile, assigned("attack-1")));
    await expectRejected(page, before, `sent from ${env.hostile.origin}, not from uContact's origin`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("2. a look-alike origin: same port, localhost instead of 127.0.0.1", async () => {
    const { page, before, errors } = await openWithState();
    const lookAlike = env.ucontact.origin.replace("127.0.0.1", "localhost");
    await addFrame(page, hostileUrl(env.ucontact, assigned("attack-2"), "localhost"));
    await expectRejected(page, before, `sent from ${lookAlike}, not from uContact's origin`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("3. a sandboxed frame (origin \"null\") serving uContact's own page", async () => {
    const { page, before, errors } = await openWithState();
    await addFrame(page, hostileUrl(env.ucontact, assigned("attack-3")), "allow-scripts");
    await expectRejected(page, before, "sent from null, not from uContact's origin");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("4. a second frame of uContact's own origin that is not the uContact frame", async () => {
    const { page, before, errors } = await openWithState();
    await addFrame(page, hostileUrl(env.ucontact, assigned("attack-4")));
    await expectRejected(page, before, "not sent by the uContact frame");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("5. a same-origin popup, and the page itself", async () => {
    const { page, before, errors } = await openWithState();
    const popup = page.waitForEvent("popup");
    await page.evaluate((url) => { window.open(url, "_blank"); }, hostileUrl(env.cockpit, assigned("attack-5a")));
    await (await popup).waitForLoadState();
    await waitForCount(page, "rejected", 1);
    await page.evaluate((m) => window.postMessage(m, "*"), assigned("attack-5b"));
    await waitForCount(page, "rejected", 2);
    assert.deepEqual(await counts(page), { accepted: 1, rejected: 2 });
    assert.deepEqual(await visibleState(page), before);
    const reason = `sent from ${env.cockpit.origin}, not from uContact's origin`;
    assert.deepEqual(await rejectedReasons(page), [reason, reason]);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("6. the uContact frame after it navigated to another origin: rejected, and sent nothing", async () => {
    const { page, frame, before, errors } = await openWithState();
    const navigated = page.waitForEvent("framenavigated", (f) => f.url().startsWith(env.hostile.origin));
    await frame.evaluate((url) => { location.href = url; }, hostileUrl(env.hostile, assigned("attack-6")));
    const hostileFrame = await navigated;
    await expectRejected(page, before, `sent from ${env.hostile.origin}, not from uContact's origin`);

    // A dial now targets uContact's exact origin, so the browser delivers nothing to the
    // frame's new page. A canary posted after it (to any origin) proves delivery would have
    // happened by then: messages from one window to another arrive in order.
    await page.getByLabel("Campaign", { exact: true }).fill("Sales");
    await page.getByLabel("Channel", { exact: true }).fill("Phone");
    await page.getByLabel("Client ID", { exact: true }).fill("42");
    await page.getByRole("button", { name: "Start interaction" }).click();
    await page.locator(".ck-dock [role=status]").filter({ hasText: "Waiting for uContact" }).waitFor();
    await page.evaluate(() => document.getElementById("uContact").contentWindow.postMessage("canary", "*"));
    await hostileFrame.waitForFunction(() => window.received.some((m) => m.data === "canary"));
    const received = await hostileFrame.evaluate(() => window.received.map((m) => m.data));
    assert.deepEqual(received, ["canary"], "the dial reached nobody");
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe("under the cockpit's Content-Security-Policy", () => {
  test("a foreign frame is refused before it can load", async () => {
    const guarded = await servers();
    try {
      const { page } = await openCockpit(browser, guarded);
      await addFrame(page, hostileUrl(guarded.hostile, assigned("attack-csp")));
      await page.waitForFunction(() => window.violations.length > 0);
      assert.deepEqual(await violations(page), [`frame-src ${guarded.hostile.origin}`]);
      assert.deepEqual(await counts(page), { accepted: 0, rejected: 0 }, "nothing even arrived");
      await page.close();
    } finally {
      await guarded.close();
    }
  });
});
