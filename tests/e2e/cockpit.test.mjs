// End to end: the release bundle of the cockpit and the simulator as uContact, on two origins,
// in Chromium. Every event updates the panel, the dial form delivers the exact message, and
// messages from a third origin, from the page itself, and hostile values change nothing.

import assert from "node:assert/strict";
import { describe, test } from "node:test";

import {
  activeRows,
  assigned,
  counts,
  fromUcontact,
  historyRows,
  hostileUrl,
  launch,
  openCockpit,
  servers,
  start,
  violations,
  waitForCount,
} from "./harness.mjs";

const { browser, env } = await start();

async function open() {
  return openCockpit(browser, env);
}

describe("the cockpit with uContact on another origin", () => {
  test("loads the uContact frame and the panel, with no errors", async () => {
    const { page, errors } = await open();
    const frame = page.locator("iframe#uContact");
    assert.equal(await frame.getAttribute("src"), `${env.ucontact.url}?quiet`);
    assert.equal(await frame.getAttribute("allow"), "camera; microphone; autoplay; clipboard-write");
    assert.ok(await frame.getAttribute("title"));
    for (const name of ["Active interactions", "History"]) {
      await page.getByRole("region", { name }).waitFor();
    }
    for (const label of ["Campaign", "Channel", "Client ID"]) {
      await page.getByLabel(label, { exact: true }).waitFor();
    }
    await page.getByRole("button", { name: "Start interaction" }).waitFor();
    assert.deepEqual(await counts(page), { accepted: 0, rejected: 0 });
    assert.deepEqual(errors, []);
    assert.deepEqual(await violations(page), []);
    await page.close();
  });

  test("works in a 1024 px window, and the panel collapses and expands", async () => {
    const { page, errors } = await open();
    await page.setViewportSize({ width: 1024, height: 700 });
    const frame = page.locator("iframe#uContact");
    const panel = page.locator("aside");
    const width = async (locator) => (await locator.boundingBox()).width;
    assert.equal(await width(panel), 380);
    assert.ok(await width(frame) >= 640, "uContact keeps most of the window");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
    assert.equal(overflow, false, "no horizontal scrolling");

    const toggle = page.getByRole("button", { name: "Collapse panel" });
    assert.equal(await toggle.getAttribute("aria-expanded"), "true");
    await toggle.click();
    const expand = page.getByRole("button", { name: "Expand panel" });
    assert.equal(await expand.getAttribute("aria-expanded"), "false");
    assert.ok(await width(panel) < 60);
    assert.ok(await width(frame) > 960);
    assert.equal(await page.getByRole("region", { name: "Active interactions" }).count(), 0);
    await expand.click();
    await page.getByRole("region", { name: "Active interactions" }).waitFor();
    assert.equal(await width(panel), 380);
    assert.deepEqual(errors, []);
    assert.deepEqual(await violations(page), []);
    await page.close();
  });

  test("each event updates the panel", async () => {
    const { page, frame, errors } = await open();

    await fromUcontact(frame, assigned("guid-1", { campaign: "Sales", clientId: "C-1" }));
    await fromUcontact(frame, assigned("guid-2", { campaign: "Support", clientId: "C-2" }));
    await fromUcontact(frame, assigned("guid-1", { campaign: "Retention", clientId: "C-1" }));
    await waitForCount(page, "accepted", 3);
    assert.equal(await activeRows(page).count(), 2, "a repeated guid updates, never duplicates");
    const first = await activeRows(page).nth(0).textContent();
    assert.match(first, /guid-2/, "newest first");
    assert.match(await activeRows(page).nth(1).textContent(), /Retention/);

    await fromUcontact(frame, { event: "finishedInteraction", data: { guid: "guid-1", finishDate: "2024-05-10 14:33:12" } });
    await fromUcontact(frame, {
      event: "sentDisposition",
      data: { guid: "guid-1", comment: "Sold the premium plan", levelsId: ["1", "12"], levelsValue: ["Sale"] },
    });
    await fromUcontact(frame, { event: "finishedInteraction", data: { guid: "ghost", finishDate: "not a date" } });
    await waitForCount(page, "accepted", 6);
    assert.equal(await activeRows(page).count(), 1);
    assert.equal(await historyRows(page).count(), 2);
    const ghost = await historyRows(page).nth(0).textContent();
    assert.match(ghost, /ghost/);
    assert.match(ghost, /not a date/, "an unparsable date is shown as sent");
    const done = historyRows(page).nth(1);
    assert.equal(await done.locator(".ck-finished").textContent(), "5/10/24, 2:33 PM");
    await done.getByRole("button", { name: "Show details" }).click();
    assert.match(await done.locator(".ck-finish-date").textContent(), /May 10, 2024/);
    assert.match(await done.locator(".ck-comment").textContent(), /Sold the premium plan/);
    assert.deepEqual(await done.locator(".ck-level").allTextContents(), ["1 · Sale", "12 · (none)"]);

    await fromUcontact(frame, { event: "changedTheme", data: { dark: true, primary: "#ffeb3b" } });
    await waitForCount(page, "accepted", 7);
    const button = page.getByRole("button", { name: "Start interaction" });
    assert.equal(await button.evaluate((b) => getComputedStyle(b).backgroundColor), "rgb(255, 235, 59)");
    assert.equal(await button.evaluate((b) => getComputedStyle(b).color), "rgb(0, 0, 0)");
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), "rgb(16, 19, 23)");

    await fromUcontact(frame, { event: "changedLanguage", data: "es-UY" });
    await waitForCount(page, "accepted", 8);
    assert.equal(await page.locator("html").getAttribute("lang"), "es-UY");
    await page.getByRole("region", { name: "Interacciones activas" }).waitFor();
    await page.getByRole("button", { name: "Iniciar interacción" }).waitFor();

    assert.deepEqual(errors, []);
    assert.deepEqual(await violations(page), []);
    await page.close();
  });

  test("the dial form delivers exactly startInteraction, and the dialer's answer arrives", async () => {
    const { page, frame, errors } = await open();
    const submit = page.getByRole("button", { name: "Start interaction" });

    await submit.click();
    assert.equal(await page.locator(".ck-error").count(), 3, "every empty field says so");
    assert.equal(await frame.evaluate(() => window.simulator.received.length), 0, "nothing was sent");

    await page.getByLabel("Campaign", { exact: true }).fill("  Sales ");
    await page.getByLabel("Channel", { exact: true }).fill("Phone");
    await page.getByLabel("Client ID", { exact: true }).fill("5598-123");
    await submit.click();
    await frame.waitForFunction(() => window.simulator.received.length === 1);
    const [received] = await frame.evaluate(() => window.simulator.received);
    assert.equal(received.origin, env.cockpit.origin);
    assert.equal(received.fromParent, true);
    assert.deepEqual(received.data, {
      event: "startInteraction",
      data: { campaign: "Sales", channel: "Phone", clientId: "5598-123" },
    });
    assert.deepEqual(Object.keys(received.data), ["event", "data"]);
    const outcome = page.locator(".ck-dock [role=status]");
    await outcome.filter({ hasText: "Waiting for uContact" }).waitFor();

    // The simulator answers like a dialer: a new interaction for that client, and the dial
    // says it was answered.
    await activeRows(page).filter({ hasText: "5598-123" }).waitFor();
    await outcome.filter({ hasText: "Answered5598-123 · Sales · Phone" }).waitFor();
    assert.deepEqual(errors, []);
    assert.deepEqual(await violations(page), []);
    await page.close();
  });

  test("messages from a third origin, or from the page itself, are rejected and counted", async () => {
    const { page, frame, errors } = await open();
    const valid = assigned("from-elsewhere");

    // A third-origin frame nested inside uContact, posting to the top (and to uContact). The
    // cockpit's own CSP allows no third-origin frame in its page; senders.test.mjs tries that
    // without the CSP.
    await frame.evaluate((src) => {
      const nested = document.createElement("iframe");
      nested.src = src;
      document.body.append(nested);
    }, hostileUrl(env.hostile, valid));
    await waitForCount(page, "rejected", 1);
    // The page itself.
    await page.evaluate((m) => window.postMessage(m, "*"), valid);
    await waitForCount(page, "rejected", 2);

    assert.equal(await activeRows(page).count(), 0);
    assert.deepEqual(await counts(page), { accepted: 0, rejected: 2 });
    await page.locator("#ck-inspector summary").click();
    await page.locator("#ck-inspector li").first().waitFor();
    const details = await page.locator("#ck-inspector .ck-detail").allTextContents();
    assert.equal(details.filter((d) => d.includes(`sent from ${env.hostile.origin},`)).length, 1);
    assert.equal(details.filter((d) => d.includes(`sent from ${env.cockpit.origin},`)).length, 1);

    // uContact itself still gets through afterwards.
    await fromUcontact(frame, assigned("real"));
    await activeRows(page).filter({ hasText: "real" }).waitFor();
    assert.deepEqual(errors, []);
    assert.deepEqual(await violations(page), []);
    await page.close();
  });

  test("a hostile colour changes nothing and is counted", async () => {
    const { page, frame, errors } = await open();
    const button = page.getByRole("button", { name: "Start interaction" });
    await fromUcontact(frame, { event: "changedTheme", data: { dark: false, primary: "#7b1fa2" } });
    await waitForCount(page, "accepted", 1);
    const styles = await page.locator("style").count();
    for (const primary of [
      "red;} body{display:none",
      "url(javascript:alert(1))",
      "var(--bg)",
      "expression(alert(1))",
      "#7b1fa2; background: red",
    ]) {
      await fromUcontact(frame, { event: "changedTheme", data: { dark: true, primary } });
    }
    await waitForCount(page, "rejected", 5);
    assert.equal(await button.evaluate((b) => getComputedStyle(b).backgroundColor), "rgb(123, 31, 162)");
    assert.equal(await page.locator("html").getAttribute("data-theme"), "light");
    assert.equal(await page.locator("style").count(), styles, "no style element was added");
    assert.ok(await page.locator("body").isVisible());
    assert.deepEqual(errors, []);
    assert.deepEqual(await violations(page), []);
    await page.close();
  });

  test("1,000 theme changes add no style element", async () => {
    const { page, frame, errors } = await open();
    await fromUcontact(frame, { event: "changedTheme", data: { dark: false, primary: "#000000" } });
    await waitForCount(page, "accepted", 1);
    const styles = await page.locator("style").count();
    await frame.evaluate(() => {
      for (let n = 0; n < 1000; n++) {
        const primary = `rgb(${n % 256}, ${(n * 7) % 256}, ${(n * 13) % 256})`;
        window.simulator.post({ event: "changedTheme", data: { dark: n % 2 === 0, primary } });
      }
    });
    await waitForCount(page, "accepted", 1001);
    assert.equal(await page.locator("style").count(), styles);
    const button = page.getByRole("button", { name: "Start interaction" });
    // The last one: n = 999.
    assert.equal(await button.evaluate((b) => getComputedStyle(b).backgroundColor), "rgb(231, 81, 187)");
    assert.equal(await page.locator("html").getAttribute("data-theme"), "light");
    assert.deepEqual(errors, []);
    assert.deepEqual(await violations(page), []);
    await page.close();
  });

  test("markup in event fields stays text", async () => {
    const { page, frame, errors } = await open();
    const markup = `<img src=x onerror="window.pwned=1"><script>window.pwned=1</script><b>bold</b>`;
    await fromUcontact(frame, assigned(markup, { campaign: markup, channel: "<i>x</i>", clientId: "&amp;" }));
    await fromUcontact(frame, {
      event: "sentDisposition",
      data: { guid: markup, comment: markup, levelsId: [markup], levelsValue: ["<svg onload=alert(1)>"] },
    });
    await waitForCount(page, "accepted", 2);
    const panel = page.locator("aside");
    assert.equal(await panel.locator("img, script, i, [onerror], [onload]").count(), 0);
    assert.equal(await panel.locator("b", { hasText: "bold" }).count(), 0);
    assert.equal(await activeRows(page).locator(".ck-guid").textContent(), markup);
    assert.match(await activeRows(page).textContent(), /&amp;/);
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    assert.deepEqual(errors, []);
    assert.deepEqual(await violations(page), []);
    await page.close();
  });
});

describe("configuration", () => {
  test("without config.json the bundled simulator is uContact, and the panel says so", async () => {
    const local = await servers({ config: null });
    try {
      const page = await browser.newPage();
      await page.goto(local.cockpit.url);
      await page.getByText("No config.json found: using the development simulator at http://127.0.0.1:8081/.").waitFor();
      assert.equal(await page.locator("iframe#uContact").getAttribute("src"), "http://127.0.0.1:8081/");
      await page.close();
    } finally {
      await local.close();
    }
  });

  test("a production host never falls back to the simulator: a missing config.json is an error page naming it", async () => {
    const local = await servers({ config: null });
    // The same servers under a name that is not a loopback host, as an intranet's is.
    const remote = await launch([`--host-resolver-rules=MAP cockpit.acme.test 127.0.0.1`]);
    try {
      const page = await remote.newPage();
      const url = local.cockpit.url.replace("127.0.0.1", "cockpit.acme.test");
      await page.goto(url);
      const alert = page.getByRole("alert");
      await alert.getByRole("heading", { name: "The cockpit cannot start" }).waitFor();
      const text = await alert.textContent();
      assert.ok(text.includes(`There is no configuration at ${url}config.json`), text);
      assert.equal(await page.locator("iframe").count(), 0, "no simulator");
    } finally {
      await remote.close();
      await local.close();
    }
  });

  // Each answer to a request for config.json, and what the error page must say of it.
  for (const [name, route, expected] of [
    ["a server error", { status: 500, body: "oops", type: "text/plain" }, "the server answered HTTP 500."],
    ["an HTML page instead", { body: "<!doctype html><title>x</title>", type: "text/html" }, "answered with an HTML page"],
    ["an oversized file", { body: `{"ucontactUrl": "http://x", "pad": "${"x".repeat(70_000)}"}` }, "config.json is larger than 65536 bytes."],
    ["a timeout out of range", { body: `{"ucontactUrl": "http://x", "connectTimeoutSeconds": 0}` }, "must be a whole number from 1 to 600"],
    ["malformed JSON", { body: "{ ucontactUrl: nope" }, "config.json is not valid JSON (line 1, column 3)."],
    ["a missing URL", { body: "{}" }, "config.json has no “ucontactUrl”."],
    ["a non-http URL", { body: `{"ucontactUrl": "javascript:alert(1)"}` }, "It must be an absolute address"],
    ["a typo in a key", { body: `{"ucontactURL": "https://x.example"}` }, "unknown key “ucontactURL”"],
  ]) {
    test(`${name} shows an error page naming the problem`, async () => {
      const local = await servers({ cockpitRoutes: { "/config.json": route }, config: null });
      try {
        const page = await browser.newPage();
        await page.goto(local.cockpit.url);
        const alert = page.getByRole("alert");
        await alert.getByRole("heading", { name: "The cockpit cannot start" }).waitFor();
        assert.ok((await alert.textContent()).includes(expected), await alert.textContent());
        assert.equal(await page.locator("iframe").count(), 0);
        await page.close();
      } finally {
        await local.close();
      }
    });
  }
});
