// An agent's eight hours, end to end: dense rows that fit, their actions, dialing that sends
// once and says what became of it, attention cues, the CRM screen pop once per interaction,
// privacy at the end of a shift, retention, lenient ids, and accessibility in both themes and
// three languages.

import assert from "node:assert/strict";
import { describe, test } from "node:test";

import {
  accessibilityViolations,
  activeRows,
  assigned,
  counts,
  environment,
  finished,
  frameOf,
  fromUcontact,
  historyRows,
  launch,
  openCockpit,
  received,
  recordViolations,
  start,
  violations,
  violationsInEveryThemeAndLanguage,
  waitForCount,
} from "./harness.mjs";

const { browser } = await start(null);

/** Fills the dial form. */
async function fillDial(page, client, campaign = "Sales", channel = "Phone") {
  await page.getByLabel("Campaign", { exact: true }).fill(campaign);
  await page.getByLabel("Channel", { exact: true }).fill(channel);
  await page.getByLabel("Client ID", { exact: true }).fill(client);
}

const outcome = (page) => page.locator(".ck-dock [role=status]");

describe("dense rows", () => {
  const envPromise = environment({});

  for (const [width, height] of [[1366, 800], [1024, 768]]) {
    test(`twelve active interactions and the dial form fit at ${width}×${height}`, async () => {
      const env = await envPromise;
      const { page, frame, errors } = await openCockpit(browser, env);
      await page.setViewportSize({ width, height });
      for (let n = 0; n < 12; n++) {
        await fromUcontact(frame, assigned(`3f2b8c1e-5a0d-4d7e-9b1a-2c6e8f0a9d${n}`, { clientId: `598912345${n}`, campaign: "Collections", channel: "WhatsApp" }));
      }
      await waitForCount(page, "accepted", 12);
      const body = await page.locator(".ck-body").boundingBox();
      const rows = await activeRows(page).evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().toJSON()));
      assert.equal(rows.length, 12);
      for (const row of rows) {
        assert.ok(row.bottom <= body.y + body.height, `row at ${row.top}–${row.bottom} is in view (body ends at ${body.y + body.height})`);
        assert.ok(row.height <= 34, `one line: ${row.height} px`);
      }
      const submit = await page.getByRole("button", { name: "Start interaction" }).boundingBox();
      assert.ok(submit.y + submit.height <= height, "the dial form is in view");
      // The guid is shortened only on screen: all of it is the row's text.
      const guid = activeRows(page).first().locator(".ck-guid");
      assert.equal(await guid.textContent(), "3f2b8c1e-5a0d-4d7e-9b1a-2c6e8f0a9d11");
      assert.ok(await guid.evaluate((g) => g.scrollWidth > g.clientWidth), "shortened by CSS");
      // Focus shows it in full.
      await activeRows(page).first().focus();
      assert.ok(await guid.evaluate((g) => g.scrollWidth <= g.clientWidth + 1), "in full on focus");
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  test("Call again fills the dial form and focuses its button, sending nothing; Copy copies the client id", async () => {
    const env = await envPromise;
    const context = await browser.newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.cockpit.origin });
    const { page, frame, errors } = await openCockpit(context, env);
    await fromUcontact(frame, assigned("g-1", { campaign: "Retention", channel: "WhatsApp", clientId: "C-77" }));
    await fromUcontact(frame, finished("g-1"));
    const row = historyRows(page).first();
    await row.getByRole("button", { name: "Call again" }).click();
    const value = (label) => page.getByLabel(label, { exact: true }).inputValue();
    assert.deepEqual([await value("Campaign"), await value("Channel"), await value("Client ID")], ["Retention", "WhatsApp", "C-77"]);
    assert.equal(await page.evaluate(() => document.activeElement.textContent), "Start interaction");
    assert.deepEqual(await received(page, frame), [], "nothing was sent");

    await row.getByRole("button", { name: "Copy client ID" }).click();
    await row.getByRole("status").filter({ hasText: "Copied" }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), "C-77");
    assert.deepEqual(errors, []);
    assert.deepEqual(await violations(page), []);
    await context.close();
  });
});

describe("dialing", () => {
  const envPromise = environment({ extraConfig: { dialAnswerSeconds: 2 } });

  test("Enter pressed twice, or a double click, sends one request", async () => {
    const env = await envPromise;
    const { page, frame, errors } = await openCockpit(browser, env);
    await frame.locator("#auto-answer").uncheck();
    await fillDial(page, "5598-1");
    await page.getByLabel("Client ID", { exact: true }).press("Enter");
    await page.getByLabel("Client ID", { exact: true }).press("Enter");
    await page.getByRole("button", { name: "Start interaction" }).dblclick();
    const sent = await received(page, frame);
    assert.equal(sent.length, 1, JSON.stringify(sent));
    await outcome(page).filter({ hasText: "already waiting for uContact" }).waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("a dial is answered when uContact assigns an interaction for the client, and shows it", async () => {
    const env = await envPromise;
    const { page, frame, errors } = await openCockpit(browser, env);
    await page.setViewportSize({ width: 1366, height: 800 });
    // A long list, scrolled to its end, so the answer is out of view when it comes.
    for (let n = 0; n < 30; n++) await fromUcontact(frame, assigned(`old-${n}`, { clientId: `C-${n}` }));
    await page.locator(".ck-body").evaluate((b) => { b.scrollTop = b.scrollHeight; });
    await fillDial(page, "5598-2");
    await page.getByRole("button", { name: "Start interaction" }).click();
    await outcome(page).filter({ hasText: "Answered5598-2 · Sales · Phone" }).waitFor();
    const row = activeRows(page).filter({ hasText: "5598-2" });
    await page.waitForFunction(() => {
      const row = [...document.querySelectorAll("li.ck-row")].find((r) => r.textContent.includes("5598-2"));
      const body = document.querySelector(".ck-body").getBoundingClientRect();
      const box = row?.getBoundingClientRect();
      return box && box.top >= body.top && box.bottom <= body.bottom;
    });
    await outcome(page).getByRole("button", { name: "Show interaction" }).click();
    assert.equal(await row.evaluate((r) => r === document.activeElement), true);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("no answer in time says so and why, and Retry sends the same request again", async () => {
    const env = await envPromise;
    const { page, frame, errors } = await openCockpit(browser, env);
    await frame.locator("#auto-answer").uncheck();
    await fillDial(page, "5598-3");
    await page.getByRole("button", { name: "Start interaction" }).click();
    await outcome(page).filter({ hasText: "Waiting for uContact5598-3" }).waitFor();
    await outcome(page).filter({ hasText: "Not answered5598-3 · Sales · Phone" }).waitFor({ timeout: 5_000 });
    assert.match(await outcome(page).textContent(), /uContact sent nothing at all since the request: it may be unreachable\./);

    // uContact speaks, but assigns nothing for this client.
    await outcome(page).getByRole("button", { name: "Retry" }).click();
    await fromUcontact(frame, assigned("someone-else", { clientId: "C-other" }));
    await outcome(page).filter({ hasText: "Not answered" }).waitFor({ timeout: 5_000 });
    assert.match(await outcome(page).textContent(), /uContact assigned no interaction for this client within 2 s\./);
    const sent = await received(page, frame);
    assert.equal(sent.length, 2, "the first request and its retry");
    assert.deepEqual(sent[0], sent[1]);

    // The recent dials keep both, and survive a reload.
    await page.reload();
    await page.locator("#ck-dials summary").click();
    assert.equal(await page.locator("#ck-dials li").count(), 2);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("while uContact is silent, a pending dial says uContact has not answered yet", async () => {
    const env = await environment({ extraConfig: { dialAnswerSeconds: 30, connectTimeoutSeconds: 1 } });
    const { page } = await openCockpit(browser, env);
    await page.locator("#ck-silence").waitFor();
    await fillDial(page, "5598-4");
    await page.getByRole("button", { name: "Start interaction" }).click();
    await outcome(page).filter({ hasText: "Waiting: uContact has not answered since it loaded" }).waitFor();
    await page.close();
  });
});

describe("attention", () => {
  const envPromise = environment({});

  test("while the page is hidden, new interactions count in the title and on the icon, cleared on return", async () => {
    const env = await envPromise;
    const context = await browser.newContext();
    await context.addInitScript(() => {
      window.__hidden = false;
      Object.defineProperty(Document.prototype, "hidden", { get: () => window.__hidden, configurable: true });
      Object.defineProperty(Document.prototype, "visibilityState", { get: () => (window.__hidden ? "hidden" : "visible"), configurable: true });
    });
    const { page, frame, errors } = await openCockpit(context, env);
    const icon = () => page.locator("link[rel~=icon]").getAttribute("href");
    const plainIcon = await icon();
    await fromUcontact(frame, assigned("seen"));
    await waitForCount(page, "accepted", 1);
    assert.equal(await page.title(), "uContact cockpit", "nothing counts while the agent looks");

    const setHidden = (hidden) => page.evaluate((hidden) => {
      window.__hidden = hidden;
      document.dispatchEvent(new Event("visibilitychange"));
    }, hidden);
    await setHidden(true);
    await fromUcontact(frame, assigned("new-1"));
    await fromUcontact(frame, assigned("new-2"));
    await fromUcontact(frame, assigned("new-1", { campaign: "Support" }));
    await page.waitForFunction(() => document.title === "(2) uContact cockpit");
    assert.match(await icon(), /^data:image\/svg\+xml,/);
    assert.match(decodeURIComponent(await icon()), />2<\/text>/);
    await setHidden(false);
    await page.waitForFunction(() => document.title === "uContact cockpit");
    assert.equal(await icon(), plainIcon);
    assert.deepEqual(errors, []);
    assert.deepEqual(await violations(page), [], "the badged icon is allowed by the CSP");
    await context.close();
  });

  test("the collapsed panel shows the active count and marks a new arrival", async () => {
    const env = await envPromise;
    const { page, frame, errors } = await openCockpit(browser, env);
    await fromUcontact(frame, assigned("a"));
    await page.getByRole("button", { name: "Collapse panel" }).click();
    const rail = page.locator(".ck-rail");
    assert.equal(await rail.locator(".ck-rail-count").textContent(), "1");
    assert.equal(await rail.locator(".ck-rail-new").count(), 0);
    await fromUcontact(frame, assigned("b"));
    await rail.locator(".ck-rail-new").filter({ hasText: "+1" }).waitFor();
    assert.equal(await rail.locator(".ck-rail-count").textContent(), "2");
    assert.match(await rail.textContent(), /2 active interactions/);
    await rail.click();
    await activeRows(page).filter({ hasText: "b" }).first().waitFor();
    await page.getByRole("button", { name: "Collapse panel" }).click();
    assert.equal(await page.locator(".ck-rail-new").count(), 0, "seen once expanded");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("desktop notifications are asked for only on the button, and a click on one focuses the cockpit", async () => {
    const env = await envPromise;
    const context = await browser.newContext();
    await context.addInitScript(() => {
      window.__hidden = false;
      Object.defineProperty(Document.prototype, "hidden", { get: () => window.__hidden, configurable: true });
      window.__notifications = [];
      window.__asked = 0;
      window.__focused = 0;
      const focus = window.focus.bind(window);
      window.focus = () => { window.__focused += 1; focus(); };
      window.Notification = class {
        static permission = "default";
        static requestPermission() {
          window.__asked += 1;
          window.Notification.permission = "granted";
          return Promise.resolve("granted");
        }
        constructor(title, options) {
          this.title = title;
          this.body = options?.body;
          window.__notifications.push(this);
        }
        close() { this.closed = true; }
      };
    });
    const { page, frame, errors } = await openCockpit(context, env);
    const bell = page.getByRole("button", { name: "Notify me of new interactions" });
    assert.equal(await page.evaluate(() => window.__asked), 0, "never asked on load");
    assert.equal(await bell.getAttribute("aria-pressed"), "false");
    await bell.click();
    await page.waitForFunction(() => document.querySelector(".ck-notify")?.getAttribute("aria-pressed") === "true");
    assert.equal(await page.evaluate(() => window.__asked), 1);

    await fromUcontact(frame, assigned("while-looking"));
    await page.evaluate(() => { window.__hidden = true; });
    await fromUcontact(frame, assigned("while-away", { clientId: "C-9", campaign: "Support", channel: "Email" }));
    await page.waitForFunction(() => window.__notifications.length === 1);
    const shown = await page.evaluate(() => window.__notifications.map((n) => [n.title, n.body]));
    assert.deepEqual(shown, [["New interaction", "C-9 · Support · Email"]]);
    await page.evaluate(() => window.__notifications[0].onclick());
    assert.equal(await page.evaluate(() => window.__focused), 1);

    // Off again, and the choice is remembered across a reload.
    await bell.click();
    assert.equal(await bell.getAttribute("aria-pressed"), "false");
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe("the CRM screen pop", () => {
  const crm = (env) => ({ url: `${env.ucontact.url}crm.html?client={clientId}&guid={guid}`, label: "Open in CRM", auto: true });

  test("opens once per interaction: never again for a repeat, after a reload, in another tab or from history", async () => {
    const base = await environment({});
    const env = await environment({ extraConfig: { screenPop: crm(base) } });
    const context = await browser.newContext();
    const popups = [];
    const watch = (page) => page.on("popup", (popup) => popups.push(popup));
    const { page, frame, errors } = await openCockpit(context, env);
    watch(page);
    await fromUcontact(frame, assigned("g 1", { clientId: "C/1" }));
    await waitForCount(page, "accepted", 1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(popups.length, 1);
    const record = popups[0];
    await record.waitForURL(/crm\.html/);
    assert.deepEqual(await record.evaluate(() => window.crm), { client: "C/1", guid: "g 1" });
    assert.equal(await record.evaluate(() => window.opener), null, "no way back to the cockpit");

    // The link in the row goes to the same record.
    const link = activeRows(page).first().getByRole("link", { name: "Open in CRM" });
    assert.equal(await link.getAttribute("href"), `${base.ucontact.url}crm.html?client=C%2F1&guid=g%201`);

    await fromUcontact(frame, assigned("g 1", { clientId: "C/1", campaign: "Support" }));
    await fromUcontact(frame, finished("g 1"));
    await fromUcontact(frame, assigned("g 1", { clientId: "C/1" }));
    await fromUcontact(frame, assigned("g-2"));
    await waitForCount(page, "accepted", 5);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(popups.length, 2, "g 1 once, g-2 once");

    // A reload, then uContact mentions both again.
    await page.reload();
    const again = await frameOf(page, env.ucontact.origin);
    await again.waitForFunction(() => window.simulator !== undefined);
    await fromUcontact(again, assigned("g-2"));
    // Another tab takes over, and uContact mentions them there.
    const other = await context.newPage();
    watch(other);
    await other.goto(env.cockpit.url);
    await other.getByRole("button", { name: "Use the cockpit in this tab" }).click();
    await other.getByRole("button", { name: "Take over" }).click();
    await other.locator("iframe#uContact").waitFor();
    const otherFrame = await frameOf(other, env.ucontact.origin);
    await otherFrame.waitForFunction(() => window.simulator !== undefined);
    await fromUcontact(otherFrame, assigned("g 1", { clientId: "C/1" }));
    await fromUcontact(otherFrame, assigned("g-2"));
    await fromUcontact(otherFrame, assigned("g-3"));
    await waitForCount(other, "accepted", 3);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(popups.length, 3, "only g-3 is new");
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("a pop-up the browser blocked is said once", async () => {
    const base = await environment({});
    // uContact assigns three interactions as it loads, no click allowing pop-ups for them (the
    // browser may still let the first through).
    const env = await environment({ extraConfig: { screenPop: crm(base) }, ucontactPath: "?quiet&assign=p-1,p-2,p-3" });
    const blocking = await launch([], { ignoreDefaultArgs: ["--disable-popup-blocking"] });
    try {
      const page = await blocking.newPage();
      const popups = [];
      page.on("popup", (popup) => popups.push(popup));
      await page.goto(env.cockpit.url);
      await waitForCount(page, "accepted", 3);
      const notice = page.locator(".ck-notice").filter({ hasText: "Allow pop-ups for this site" });
      await notice.waitFor();
      assert.ok(popups.length <= 1, `at least two were blocked: ${popups.map((p) => p.url())}`);
      assert.equal(await notice.count(), 1, "said once");
      await notice.getByRole("button", { name: "Dismiss" }).click();
      await notice.waitFor({ state: "detached" });
    } finally {
      await blocking.close();
    }
  });
});

describe("taking charge", () => {
  test("when the tab in charge closes, the other tab says so and takes charge by itself", async () => {
    const env = await environment({});
    const context = await browser.newContext();
    const a = await openCockpit(context, env);
    await fromUcontact(a.frame, assigned("kept", { clientId: "C-1" }));
    await waitForCount(a.page, "accepted", 1);
    const b = await context.newPage();
    await recordViolations(b);
    await b.goto(env.cockpit.url);
    await b.getByText("1 interaction is active there.").waitFor();
    await a.page.close({ runBeforeUnload: true });
    await b.getByRole("heading", { name: "The tab that was in charge has closed." }).waitFor();
    await b.getByText("This tab takes charge in a moment").waitFor();
    await b.locator("iframe#uContact").waitFor({ timeout: 8_000 });
    await b.getByText("The tab that was in charge closed; this tab has taken charge.").waitFor();
    await activeRows(b).filter({ hasText: "kept" }).waitFor();
    assert.deepEqual(await violations(b), []);
    await context.close();
  });
});

describe("privacy between shifts", () => {
  const envPromise = environment({});

  test("End shift offers the export, then clears every key the cockpit wrote and nothing else, in every tab", async () => {
    const env = await envPromise;
    const context = await browser.newContext();
    const { page, frame, errors } = await openCockpit(context, env);
    await page.evaluate(() => {
      localStorage.setItem("intranet-session", "keep me");
      localStorage.setItem("ucontact-cockpitx", "not ours either");
    });
    await fromUcontact(frame, assigned("a-1", { clientId: "C-1" }));
    await fromUcontact(frame, assigned("f-1", { clientId: "C-2" }));
    await fromUcontact(frame, finished("f-1"));
    await fillDial(page, "C-3");
    await page.getByRole("button", { name: "Start interaction" }).click();
    await page.waitForFunction(() => Object.keys(localStorage).filter((k) => k.startsWith("ucontact-cockpit.")).length > 0);
    const other = await context.newPage();
    await other.goto(env.cockpit.url);
    await other.getByText("interactions are active there.").waitFor();

    await page.getByRole("button", { name: "End shift" }).click();
    const dialog = page.getByRole("dialog", { name: "End the shift?" });
    await dialog.waitFor();
    assert.match(await dialog.textContent(), /2 active interactions, 1 finished interaction,/);
    const download = page.waitForEvent("download");
    await dialog.getByRole("button", { name: "Export CSV" }).click();
    assert.match((await download).suggestedFilename(), /\.csv$/);
    await dialog.getByRole("button", { name: "Delete and end shift" }).click();
    await page.getByText("Shift ended: everything the cockpit kept in this browser was deleted.").waitFor();
    assert.equal(await activeRows(page).count(), 0);
    assert.equal(await historyRows(page).count(), 0);
    const keys = await page.evaluate(() => Object.keys(localStorage).sort());
    assert.deepEqual(keys, ["intranet-session", "ucontact-cockpitx"]);
    await other.getByText("No interaction is active there.").waitFor();
    // And nothing comes back on a reload.
    await page.reload();
    await page.locator("iframe#uContact").waitFor();
    assert.equal(await activeRows(page).count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("stored data older than retentionHours is not restored, is removed, and the panel says so", async () => {
    const env = await environment({ extraConfig: { retentionHours: 12 } });
    const context = await browser.newContext();
    const now = Date.now();
    const old = now - 13 * 3600_000;
    await context.addInitScript(({ old, now }) => {
      if (sessionStorage.getItem("seeded")) return;
      sessionStorage.setItem("seeded", "1");
      const entry = (guid, at) => [guid, ["Sales", "Phone", "C-" + guid, at], ["d", at], []];
      localStorage.setItem("ucontact-cockpit", JSON.stringify({
        app: "ucontact-cockpit", version: 2, savedAt: now, theme: [false, null], locale: "en",
        active: [], history: [0, 1], dials: [],
      }));
      localStorage.setItem("ucontact-cockpit.history.0", JSON.stringify([entry("old-1", old), entry("old-2", old)]));
      localStorage.setItem("ucontact-cockpit.history.1", JSON.stringify([entry("recent", now - 3600_000)]));
    }, { old, now });
    // Stored by a cockpit closed without End shift: asked about first.
    const { page, errors } = await openCockpit(context, env, { storedShift: "continue" });
    await page.getByText("2 interactions older than 12 h were deleted, as the retention setting asks.").waitFor();
    assert.deepEqual(await historyRows(page).locator(".ck-guid").allTextContents(), ["recent"]);
    await page.waitForFunction(() => localStorage.getItem("ucontact-cockpit.history.0") === null);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe("liberal where meaning is certain, and loud where it is not", () => {
  const envPromise = environment({});

  test("numeric guid and clientId are read as their decimal text and counted as converted", async () => {
    const env = await envPromise;
    const { page, frame, errors } = await openCockpit(browser, env);
    await fromUcontact(frame, { event: "assignedInteraction", data: { guid: 90071992, campaign: "Sales", channel: "Phone", clientId: 59891234567 } });
    await waitForCount(page, "accepted", 1);
    const row = activeRows(page).first();
    assert.equal(await row.locator(".ck-client").textContent(), "59891234567");
    assert.equal(await row.locator(".ck-guid").textContent(), "90071992");
    assert.equal(await page.locator("#ck-inspector").getAttribute("data-coerced"), "1");
    assert.match(await page.locator("#ck-inspector summary").textContent(), /1 with a numeric id read as text/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("a refused assignment is said in the panel, naming the event", async () => {
    const env = await envPromise;
    const { page, frame, errors } = await openCockpit(browser, env);
    await fromUcontact(frame, { event: "assignedInteraction", data: { guid: "g", campaign: "Sales", channel: "Phone", clientId: true } });
    const notice = page.locator(".ck-lost");
    await notice.waitFor();
    assert.equal(
      await notice.locator("p").textContent(),
      "uContact sent an assignedInteraction the cockpit could not read (data.clientId: expected text, got a boolean (true or false)): " +
        "an interaction may be missing here. The message inspector below has the details.",
    );
    await notice.getByRole("button", { name: "Dismiss" }).click();
    await notice.waitFor({ state: "detached" });
    assert.deepEqual(await counts(page), { accepted: 0, rejected: 1 });
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe("accessibility", () => {
  const envPromise = environment({});

  test("axe-core finds no WCAG 2.1 AA violation on the panel, in both themes and three languages", async () => {
    const env = await envPromise;
    const { page, frame, errors } = await openCockpit(browser, env);
    await fromUcontact(frame, assigned("a-1", { clientId: "C-1" }));
    await fromUcontact(frame, assigned("r-1", { clientId: "C-2" }));
    await fromUcontact(frame, { event: "sentDisposition", data: { guid: "r-1", comment: "ok", levelsId: ["1"], levelsValue: ["Sale"] } });
    await fromUcontact(frame, finished("r-1"));
    await fromUcontact(frame, { event: "assignedInteraction", data: { guid: "bad" } });
    await fillDial(page, "C-3");
    await page.getByRole("button", { name: "Start interaction" }).click();
    await activeRows(page).first().locator(".ck-expand").click();
    // The check itself works: a button without a name is found.
    await page.evaluate(() => document.querySelector(".ck-body").append(Object.assign(document.createElement("button"), { id: "nameless" })));
    assert.ok((await accessibilityViolations(page)).some((v) => v.startsWith("button-name")));
    await page.evaluate(() => document.getElementById("nameless").remove());
    assert.deepEqual(await violationsInEveryThemeAndLanguage(page, frame), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
