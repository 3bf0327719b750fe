// When uContact cannot be reached: uContact refuses to be framed until its frame-ancestors
// option lists the cockpit's origin, and the page cannot see that refusal. If no valid message
// arrives within connectTimeoutSeconds of the frame loading, the panel says what to do, naming
// the exact origin; the first valid message takes the hint away.

import assert from "node:assert/strict";
import { test } from "node:test";

import { assigned, fromUcontact, openCockpit, recordViolations, servers, start, violations, waitForCount } from "./harness.mjs";

const { browser } = await start(null);

async function withServers(options, body) {
  const env = await servers({ extraConfig: { connectTimeoutSeconds: 1 }, ...options });
  try {
    await body(env);
  } finally {
    await env.close();
  }
}

test("a uContact that refuses to be framed gets a hint naming the origin to allow", async () => {
  await withServers({ ucontactHeaders: { "content-security-policy": "frame-ancestors 'none'" } }, async (env) => {
    const page = await browser.newPage();
    await recordViolations(page);
    await page.goto(env.cockpit.url);
    const hint = page.locator("#ck-silence");
    await hint.waitFor();
    const text = await hint.textContent();
    assert.match(text, /uContact has not answered yet\./);
    assert.ok(text.includes(`add ${env.cockpit.origin} to uContact's frame-ancestors option`), text);
    assert.equal(await hint.getAttribute("role"), "status");

    // Reloading the frame starts the wait again: the hint goes, then comes back.
    await hint.getByRole("button", { name: "Reload uContact" }).click();
    await hint.waitFor({ state: "detached" });
    await hint.waitFor();
    assert.deepEqual(await violations(page), [], "the refusal is uContact's, not a violation of ours");
    await page.close();
  });
});

test("the hint goes away with the first valid message", async () => {
  await withServers({}, async (env) => {
    const { page, frame, errors } = await openCockpit(browser, env);
    const hint = page.locator("#ck-silence");
    await hint.waitFor();
    // A rejected message is not a sign of life.
    await page.evaluate(() => window.postMessage({ event: "changedLanguage", data: "es" }, "*"));
    await waitForCount(page, "rejected", 1);
    assert.equal(await hint.count(), 1);
    await fromUcontact(frame, assigned("first"));
    await hint.waitFor({ state: "detached" });
    assert.deepEqual(errors, []);
    await page.close();
  });
});

test("a uContact that announces itself never sees the hint", async () => {
  await withServers({ ucontactPath: "" }, async (env) => {
    const { page, errors } = await openCockpit(browser, env);
    // The simulator announces language and theme on load, as uContact does.
    await waitForCount(page, "accepted", 2);
    await page.waitForTimeout(1_500);
    assert.equal(await page.locator("#ck-silence").count(), 0);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
