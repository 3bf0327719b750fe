// The cockpit embedded in an intranet, end to end, on three origins: the example intranet
// (intranet/), the cockpit's built dist/ (serving ucontact-cockpit.js with CORS), and the
// simulator as uContact. The intranet pages run under a strict policy of their own
// (tools/csp.mjs intranetElementPolicy) and carry a careless stylesheet.

import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { describe, test } from "node:test";

import {
  assigned,
  dist,
  frameOf,
  fromUcontact,
  intranetEnvironment,
  newPage,
  openIntranet,
  received,
  start,
  uContactIn,
  violations,
} from "./harness.mjs";

const { browser } = await start(null);

const hostEvents = (page) => page.evaluate(() => window.intranet.received.map((e) => ({ type: e.type, detail: e.detail })));
const rows = (page, region) => page.locator(`ucontact-cockpit section[aria-labelledby=${region}] li.ck-row`);
const accepted = (page) =>
  page.locator("ucontact-cockpit #ck-inspector").evaluate((el) => Number(el.dataset.accepted));
async function waitAccepted(page, target) {
  await page.waitForFunction((target) => {
    const inspector = document.querySelector("ucontact-cockpit")?.shadowRoot?.querySelector("#ck-inspector");
    return Number(inspector?.dataset.accepted) >= target;
  }, target);
}

/** What the simulator received from the cockpit inside the element. */
const receivedByElement = (page, frame) => received(page, frame, true);

describe("<ucontact-cockpit> on an intranet page of another origin", () => {
  const envPromise = intranetEnvironment();

  test("loads from the cockpit's origin; each event reaches the panel and exactly one host event", async () => {
    const env = await envPromise;
    const context = await browser.newContext();
    const { page, errors } = await openIntranet(context, env);
    const frame = await uContactIn(page, env);
    const headBefore = await page.evaluate(() => document.head.innerHTML);
    const shadowStyles = () => page.evaluate(() => document.querySelector("ucontact-cockpit").shadowRoot.querySelectorAll("style").length);
    await fromUcontact(frame, assigned("g-1", { clientId: "C-1" }));
    await fromUcontact(frame, { event: "sentDisposition", data: { guid: "g-1", comment: "ok", levelsId: ["1"], levelsValue: ["Sale"] } });
    await fromUcontact(frame, { event: "finishedInteraction", data: { guid: "g-1", finishDate: "2026-11-26 10:00:00" } });
    await waitAccepted(page, 3);
    const stylesBefore = await shadowStyles();
    assert.ok(stylesBefore > 0, "the cockpit's stylesheets are in its shadow root");
    await fromUcontact(frame, { event: "changedTheme", data: { dark: true, primary: "#1976D2" } });
    await fromUcontact(frame, { event: "changedLanguage", data: "es-UY" });
    await fromUcontact(frame, { event: "assignedInteraction", data: { guid: "bad" } });
    await waitAccepted(page, 5);
    await rows(page, "ck-history-heading").filter({ hasText: "C-1" }).waitFor();
    assert.deepEqual(await hostEvents(page), [
      { type: "ucontact-ready", detail: {} },
      { type: "ucontact-assigned", detail: { guid: "g-1", campaign: "Sales", channel: "Phone", clientId: "C-1" } },
      { type: "ucontact-disposition", detail: { guid: "g-1", comment: "ok", levelsId: ["1"], levelsValue: ["Sale"] } },
      { type: "ucontact-finished", detail: { guid: "g-1", finishDate: "2026-11-26 10:00:00" } },
      { type: "ucontact-theme", detail: { dark: true, primary: "#1976d2" } },
      { type: "ucontact-language", detail: { language: "es-UY" } },
    ]);
    assert.equal(await shadowStyles(), stylesBefore, "a theme change adds no <style>");
    // Frozen: the host cannot change what another listener reads.
    assert.equal(await page.evaluate(() => Object.isFrozen(window.intranet.received[1].detail)), true);
    // Nothing of the cockpit in the host page's <head> or outside the element.
    assert.equal(await page.evaluate(() => document.head.innerHTML), headBefore);
    assert.equal(await page.evaluate(() => document.querySelectorAll("style, [class^=ck-]").length), 0);
    assert.equal(await page.evaluate(() => document.documentElement.getAttribute("lang")), "en", "the page's lang is the page's");
    assert.equal(await page.locator("ucontact-cockpit .ck-root").getAttribute("lang"), "es-UY");
    assert.equal(await page.evaluate(() => document.title), "Acme intranet — customer desk");
    assert.deepEqual(errors, []);
    assert.deepEqual(await violations(page), [], "zero violations of the intranet's own strict policy");
    await context.close();
  });

  test("report() gives the shift report's figures, and the report opens inside the element", async () => {
    const env = await envPromise;
    const context = await browser.newContext();
    const { page, errors } = await openIntranet(context, env);
    const frame = await uContactIn(page, env);
    for (const [guid, channel] of [["r-1", "Phone"], ["r-2", "Phone"], ["r-3", "Email"]]) {
      await fromUcontact(frame, assigned(guid, { channel }));
      await fromUcontact(frame, { event: "finishedInteraction", data: { guid, finishDate: "2026-11-26 10:00:00" } });
    }
    await fromUcontact(frame, { event: "sentDisposition", data: { guid: "r-1", comment: "", levelsId: ["1"], levelsValue: ["Sale"] } });
    await waitAccepted(page, 7);
    const report = await page.evaluate(() => document.querySelector("ucontact-cockpit").report());
    assert.equal(report.handled, 3);
    assert.equal(report.since, null);
    assert.deepEqual(report.byChannel, [
      { channel: "Phone", count: 2, share: 2 / 3 },
      { channel: "Email", count: 1, share: 1 / 3 },
    ]);
    assert.deepEqual(report.dispositions, { disposed: 1, tree: [{ label: "Sale", count: 1, share: 1, children: [] }] });
    assert.equal(report.perHour.reduce((sum, hour) => sum + hour.count, 0), 3);
    assert.equal(await page.evaluate(() => document.querySelector("ucontact-cockpit").report({ since: Date.now() + 3_600_000 }).handled), 0);
    assert.equal(await page.evaluate(() => document.querySelector("ucontact-cockpit").report({ since: new Date(0) }).handled), 3);
    const refused = await page.evaluate(() => {
      try {
        document.querySelector("ucontact-cockpit").report({ since: "yesterday" });
        return null;
      } catch (error) {
        return `${error.name}: ${error.message}`;
      }
    });
    assert.match(refused, /^TypeError: report\(\): `since` must be a Date/);
    await page.locator("ucontact-cockpit .ck-report-button").click();
    await page.locator("ucontact-cockpit").getByRole("region", { name: "Shift report" }).waitFor();
    assert.equal(await page.locator("ucontact-cockpit .ck-figure-handled dd").textContent(), "3");
    // Shortcuts inside the element work; on the intranet page around it, the keys are the page's.
    await page.locator("ucontact-cockpit .ck-report-button").focus();
    await page.keyboard.press("r");
    await page.locator("ucontact-cockpit .ck-report").waitFor({ state: "detached" });
    await page.evaluate(() => document.activeElement?.blur());
    await page.getByRole("heading", { name: "Acme intranet" }).click();
    await page.keyboard.press("r");
    await page.waitForTimeout(100);
    assert.equal(await page.locator("ucontact-cockpit .ck-report").count(), 0, "a key on the host page is not the cockpit's");
    assert.deepEqual(errors, []);
    assert.deepEqual(await violations(page), []);
    await context.close();
  });

  test("1,000 random messages: exactly one host event per accepted message, none for the rest", async () => {
    const env = await envPromise;
    const context = await browser.newContext();
    const { page } = await openIntranet(context, env);
    const frame = await uContactIn(page, env);
    // Valid and broken messages, mixed at random; the test knows which is which.
    const { messages, expected } = await page.evaluate(() => {
      let seed = 7;
      const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
      const messages = [];
      const expected = [];
      for (let n = 0; n < 1000; n++) {
        const guid = `r-${n}`;
        const valid = [
          [{ event: "assignedInteraction", data: { guid, campaign: "S", channel: "P", clientId: String(n) } }, "ucontact-assigned"],
          [{ event: "finishedInteraction", data: { guid, finishDate: "d" } }, "ucontact-finished"],
          [{ event: "sentDisposition", data: { guid, comment: "", levelsId: [], levelsValue: [] } }, "ucontact-disposition"],
          [{ event: "changedTheme", data: { dark: n % 2 === 0, primary: "#123456" } }, "ucontact-theme"],
          [{ event: "changedLanguage", data: "pt-BR" }, "ucontact-language"],
        ];
        const broken = [
          { event: "assignedInteraction", data: { guid } },
          { event: "finishedInteraction", data: { guid, finishDate: 5 } },
          { event: "changedTheme", data: { dark: "yes", primary: "#123456" } },
          { event: "somethingElse", data: {} },
          { event: "changedLanguage", data: "" },
          "not an object",
        ];
        if (random() < 0.5) {
          const [message, type] = valid[Math.floor(random() * valid.length)];
          messages.push(message);
          expected.push(type);
        } else {
          messages.push(broken[Math.floor(random() * broken.length)]);
        }
      }
      return { messages, expected };
    });
    await frame.evaluate((messages) => { for (const m of messages) window.simulator.post(m); }, messages);
    await waitAccepted(page, expected.length);
    const types = (await hostEvents(page)).map((e) => e.type).filter((t) => t !== "ucontact-ready");
    console.log(`host events: ${types.length} for ${expected.length} accepted of ${messages.length} messages`);
    assert.equal(await accepted(page), expected.length);
    assert.deepEqual(types, expected, "one host event per accepted message, in order");
    await context.close();
  });

  test("dial() and a tel: click each send exactly one startInteraction; an invalid dial() sends nothing", async () => {
    const env = await envPromise;
    const context = await browser.newContext();
    const { page, errors } = await openIntranet(context, env);
    const frame = await uContactIn(page, env);
    await frame.locator("#auto-answer").uncheck();
    const dial = (request) => page.evaluate((request) =>
      document.querySelector("ucontact-cockpit").dial(request).then(() => "posted", (error) => `refused: ${error.message}`), request);
    assert.equal(await dial({ campaign: "Sales", channel: "Phone", clientId: "55" }), "posted");
    assert.equal(await dial({ campaign: "", channel: "Phone", clientId: "\u0007" }), "refused: Campaign: Required. Client ID: Plain text on one line only.");
    assert.equal(await dial({ campaign: "Sales", channel: "Phone", clientId: "55" }), "refused: This request is already waiting for uContact.");
    assert.deepEqual(await receivedByElement(page, frame), [{ event: "startInteraction", data: { campaign: "Sales", channel: "Phone", clientId: "55" } }]);
    const dials = (await hostEvents(page)).filter((e) => e.type === "ucontact-dial");
    assert.deepEqual(dials, [{ type: "ucontact-dial", detail: { campaign: "Sales", channel: "Phone", clientId: "55" } }]);

    // Without dialDefaults, a tel: link fills Client ID and asks for the campaign.
    await page.locator('a[href="tel:+59899123456"]').click();
    assert.equal(await page.locator("ucontact-cockpit #ck-dial-client").inputValue(), "+59899123456");
    assert.equal(await page.evaluate(() => document.querySelector("ucontact-cockpit").shadowRoot.activeElement?.id), "ck-dial-campaign");
    assert.equal(page.url().startsWith("tel:"), false);
    assert.equal((await receivedByElement(page, frame)).length, 1, "a click with no defaults sends nothing");
    assert.deepEqual(errors, []);
    assert.deepEqual(await violations(page), []);
    await context.close();
  });

  test("an answered dial scrolls its row into view, and Show interaction focuses it, inside the element", async () => {
    const env = await envPromise;
    const context = await browser.newContext();
    const { page, errors } = await openIntranet(context, env);
    const frame = await uContactIn(page, env);
    for (let n = 0; n < 30; n++) await fromUcontact(frame, assigned(`filler-${n}`, { clientId: `F-${n}` }));
    await waitAccepted(page, 30);
    // Scrolled to the bottom, the newest rows are out of view.
    await page.evaluate(() => { document.querySelector("ucontact-cockpit").shadowRoot.querySelector(".ck-body").scrollTop = 1e6; });
    await page.evaluate(() => document.querySelector("ucontact-cockpit").dial({ campaign: "Sales", channel: "Phone", clientId: "61" }));
    const row = page.locator("ucontact-cockpit li.ck-row", { hasText: "61" });
    await row.waitFor();
    const inView = () => row.evaluate((element) => {
      const body = element.closest(".ck-body").getBoundingClientRect();
      const box = element.getBoundingClientRect();
      return box.top >= body.top && box.bottom <= body.bottom;
    });
    for (let attempt = 0; attempt < 40 && !(await inView()); attempt++) await page.waitForTimeout(50);
    assert.ok(await inView(), "the answered dial's row was scrolled into view");
    await page.locator("ucontact-cockpit .ck-dock").getByRole("button", { name: "Show interaction" }).click();
    const focused = await page.evaluate(() => document.querySelector("ucontact-cockpit").shadowRoot.activeElement?.dataset.guid);
    assert.equal(focused, await row.getAttribute("data-guid"), "Show interaction focuses the row inside the shadow root");
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("host CSS changes nothing measurable in the cockpit, and the cockpit styles nothing of the host", async () => {
    const env = await envPromise;
    const measure = async (params) => {
      const context = await browser.newContext();
      const { page } = await openIntranet(context, env, "index.html", params);
      const frame = await uContactIn(page, env);
      await fromUcontact(frame, assigned("g-1", { clientId: "C-1" }));
      await rows(page, "ck-active-heading").first().waitFor();
      const styles = await page.evaluate(() => {
        const root = document.querySelector("ucontact-cockpit").shadowRoot;
        const pick = (selector) => {
          const element = root.querySelector(selector);
          const style = getComputedStyle(element);
          const box = element.getBoundingClientRect();
          return [selector, style.color, style.backgroundColor, style.fontSize, style.fontFamily, style.display, Math.round(box.width), Math.round(box.height)];
        };
        return ["button[type=submit]", ".ck-toggle", "li.ck-row", ".ck-client", "#ck-dial-client", "h2", ".ck-panel"].map(pick);
      });
      const host = await page.evaluate(() => [getComputedStyle(document.querySelector("h2")).fontFamily, getComputedStyle(document.body).backgroundColor]);
      await context.close();
      return { styles, host };
    };
    const careless = await measure("");
    const calm = await measure("&calm");
    assert.deepEqual(careless.styles, calm.styles, "the same cockpit with and without the careless stylesheet");
    assert.match(calm.host[0], /Georgia/, "the intranet keeps its own fonts");
    assert.equal(calm.host[1], "rgb(251, 247, 239)", "and its own background");
  });

  test("removed, it saves and stops; added again, it restores the shift; moved, it keeps running; one per page", async () => {
    const env = await envPromise;
    const context = await browser.newContext();
    const { page, errors } = await openIntranet(context, env);
    let frame = await uContactIn(page, env);
    await fromUcontact(frame, assigned("kept", { clientId: "C-1" }));
    await waitAccepted(page, 1);
    await page.evaluate(() => { window.parked = document.querySelector("ucontact-cockpit"); window.parked.remove(); });
    await page.waitForFunction(() => window.parked.shadowRoot.querySelector("iframe") === null);
    assert.equal(await page.evaluate(() => Object.keys(localStorage).includes("ucontact-cockpit")), true, "saved on its way out");
    await page.evaluate(() => document.querySelector("main").append(window.parked));
    frame = await uContactIn(page, env);
    await rows(page, "ck-active-heading").filter({ hasText: "C-1" }).waitFor();
    assert.equal((await hostEvents(page)).filter((e) => e.detail.guid === "kept").length, 1,
      "a restored interaction is not announced again");
    // Moved within the page: removed and added in one task.
    await page.evaluate(() => document.querySelector("main").prepend(window.parked));
    frame = await uContactIn(page, env);
    const before = (await hostEvents(page)).length;
    await fromUcontact(frame, assigned("after", { clientId: "C-2" }));
    await rows(page, "ck-active-heading").filter({ hasText: "C-2" }).waitFor();
    await page.waitForTimeout(200);
    assert.equal((await hostEvents(page)).length - before, 1, "one event in, one host event");
    assert.equal(await rows(page, "ck-active-heading").filter({ hasText: "C-2" }).count(), 1, "one row");
    // A second element says the panel is already on the page, and loads no second uContact.
    await page.evaluate(() => document.body.append(document.createElement("ucontact-cockpit")));
    await page.waitForFunction(() => document.querySelectorAll("ucontact-cockpit")[1]?.shadowRoot?.textContent.includes("already on this page"));
    assert.equal(await page.locator("iframe#uContact").count(), 1);
    assert.deepEqual(errors, []);
    assert.deepEqual(await violations(page), []);
    await context.close();
  });

  test("a host localStorage key survives a corrupt cockpit state", async () => {
    const env = await envPromise;
    const context = await browser.newContext();
    await context.addInitScript(() => {
      if (location.pathname.endsWith("index.html") && !sessionStorage.getItem("seeded")) {
        sessionStorage.setItem("seeded", "1");
        localStorage.setItem("intranet-session", "keep me");
        localStorage.setItem("ucontact-cockpit", "{broken");
        localStorage.setItem("ucontact-cockpit.history.0", "[]");
      }
    });
    const { page } = await openIntranet(context, env);
    await uContactIn(page, env);
    await page.locator("ucontact-cockpit .ck-storage").filter({ hasText: "it is not readable" }).waitFor();
    const keys = await page.evaluate(() => Object.keys(localStorage).sort());
    assert.deepEqual(keys, ["intranet-session"]);
    await context.close();
  });
});

describe("click to dial with dialDefaults, and a narrow element", () => {
  const envPromise = intranetEnvironment({ extraConfig: { dialDefaults: { campaign: "Sales", channel: "Phone" } } });

  test("a tel: click dials at once with the defaults; a modified click is left to the browser", async () => {
    const env = await envPromise;
    const context = await browser.newContext();
    const { page, errors } = await openIntranet(context, env, "index.html", "&calm");
    const frame = await uContactIn(page, env);
    await frame.locator("#auto-answer").uncheck();
    // Cancelled before the browser would leave for the dialer app.
    await page.evaluate(() => document.addEventListener("click", (e) => e.preventDefault()));
    await page.locator('a[href="tel:0800-1234"]').click({ modifiers: ["Control"] });
    assert.deepEqual(await receivedByElement(page, frame), [], "Ctrl+click is the browser's");
    await page.locator('a[href="tel:0800-1234"]').click();
    assert.deepEqual(await receivedByElement(page, frame), [{ event: "startInteraction", data: { campaign: "Sales", channel: "Phone", clientId: "08001234" } }]);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("narrower than 700 px, the panel starts as a rail and opens over the frame", async () => {
    const env = await envPromise;
    const context = await browser.newContext({ viewport: { width: 640, height: 800 } });
    const { page } = await openIntranet(context, env, "other.html", "&calm");
    await page.locator("ucontact-cockpit iframe#uContact").waitFor();
    const expand = page.getByRole("button", { name: "Expand panel" });
    await expand.waitFor();
    const frameBox = await page.locator("ucontact-cockpit iframe#uContact").boundingBox();
    const hostBox = await page.locator("ucontact-cockpit").boundingBox();
    assert.ok(frameBox.width >= hostBox.width - 60, `uContact keeps the width: ${frameBox.width} of ${hostBox.width}`);
    await expand.click();
    const panel = await page.locator("ucontact-cockpit aside").boundingBox();
    assert.ok(panel.width >= 300 && panel.width <= hostBox.width, `the panel opens: ${panel.width}`);
    await page.getByRole("region", { name: "Active interactions" }).waitFor();
    await context.close();
  });
});

describe("several intranet pages, one uContact", () => {
  const envPromise = intranetEnvironment();

  test("a page not in charge shows the shift, fires its host events once, and relays its dials", async () => {
    const env = await envPromise;
    const context = await browser.newContext();
    const a = await openIntranet(context, env);
    const frame = await uContactIn(a.page, env);
    await frame.locator("#auto-answer").uncheck();
    const b = await openIntranet(context, env, "other.html");
    await b.page.getByText("uContact runs in another tab or window of this site.").waitFor();
    assert.equal(await b.page.locator("iframe").count(), 0, "no second uContact");
    await fromUcontact(frame, assigned("g-1", { clientId: "C-1" }));
    await rows(b.page, "ck-active-heading").filter({ hasText: "C-1" }).waitFor();
    await b.page.waitForFunction(() => window.intranet.received.length >= 1);
    await a.page.waitForTimeout(300);
    assert.deepEqual((await hostEvents(b.page)).map((e) => e.type), ["ucontact-assigned"]);
    assert.deepEqual((await hostEvents(a.page)).map((e) => e.type), ["ucontact-ready", "ucontact-assigned"]);
    const result = await b.page.evaluate(() =>
      document.querySelector("ucontact-cockpit").dial({ campaign: "Sales", channel: "Phone", clientId: "77" }).then(() => "posted", (e) => e.message));
    assert.equal(result, "posted");
    assert.deepEqual(await receivedByElement(a.page, frame), [{ event: "startInteraction", data: { campaign: "Sales", channel: "Phone", clientId: "77" } }]);
    await b.page.waitForFunction(() => window.intranet.received.some((e) => e.type === "ucontact-dial"));
    assert.equal((await hostEvents(b.page)).filter((e) => e.type === "ucontact-dial").length, 1);
    assert.deepEqual(a.errors, []);
    assert.deepEqual(b.errors, []);
    assert.deepEqual(await violations(b.page), []);
    await context.close();
  });

  test("the popped-out window keeps uContact loaded while the intranet page navigates, and hands it back when closed", async () => {
    const env = await envPromise;
    const context = await browser.newContext();
    const { page } = await openIntranet(context, env);
    await uContactIn(page, env);
    const popupOpened = context.waitForEvent("page");
    await page.getByRole("button", { name: "Pop out" }).click();
    const popup = await popupOpened;
    await popup.locator("ucontact-cockpit iframe#uContact").waitFor();
    const popupFrame = await frameOf(popup, env.ucontact.origin);
    await popupFrame.waitForFunction(() => window.simulator !== undefined);
    await page.getByText("uContact runs in another tab or window of this site.").waitFor();
    assert.equal(await page.locator("iframe").count(), 0);
    // The intranet page navigates; uContact stays put in the window.
    await popupFrame.evaluate(() => { window.marker = "still here"; });
    await page.goto(`${env.intranet.url}other.html?cockpit=${encodeURIComponent(env.cockpit.url)}`);
    await page.evaluate(() => window.intranet.loaded);
    await page.getByText("uContact runs in another tab or window of this site.").waitFor();
    assert.equal(await popupFrame.evaluate(() => window.marker), "still here", "uContact was not reloaded");
    await fromUcontact(popupFrame, assigned("from-the-window", { clientId: "C-9" }));
    await rows(page, "ck-active-heading").filter({ hasText: "C-9" }).waitFor();
    // Closing the window hands uContact back to the intranet page.
    await popup.close({ runBeforeUnload: true });
    await page.locator("ucontact-cockpit iframe#uContact").waitFor({ timeout: 8_000 });
    await rows(page, "ck-active-heading").filter({ hasText: "C-9" }).waitFor();
    assert.deepEqual(await violations(page), []);
    await context.close();
  });
});

describe("when something goes wrong", () => {
  test("a cockpit whose WebAssembly cannot load says why in the element and fires ucontact-error; whenDefined and ready tell the page", async () => {
    const wasm = readdirSync(dist).find((name) => /^cockpit-[0-9a-f]+_bg\.wasm$/.test(name));
    const env = await intranetEnvironment({ cockpitRoutes: { [`/${wasm}`]: { status: 404, body: "gone", type: "text/plain" } } });
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.errorEvents = [];
      document.addEventListener("ucontact-error", (event) => window.errorEvents.push(event.detail.message));
    });
    await page.goto(`${env.intranet.url}index.html?cockpit=${encodeURIComponent(env.cockpit.url)}`);
    // The element is defined at once, before the WebAssembly: the page can wait for `ready`.
    await page.evaluate(() => customElements.whenDefined("ucontact-cockpit"));
    const ready = await page.evaluate(() => document.querySelector("ucontact-cockpit").ready.then(() => "ready", (error) => `rejected: ${error.message}`));
    assert.match(ready, /^rejected: /);
    const shown = page.locator("ucontact-cockpit [role=alert]");
    await shown.waitFor();
    const text = await shown.textContent();
    assert.ok(text.includes(`could not load from ${env.cockpit.origin}`), text);
    assert.ok(text.includes("Access-Control-Allow-Origin"), text);
    assert.deepEqual(await page.evaluate(() => window.errorEvents), [text], "one ucontact-error, saying the same");
    const dialled = await page.evaluate(() => document.querySelector("ucontact-cockpit").dial({ campaign: "S", channel: "P", clientId: "1" }).then(() => "posted", () => "rejected"));
    assert.equal(dialled, "rejected");
    await context.close();
  });

  test("a follower's dial() gives up, naming why, when the page in charge never answers", async () => {
    const env = await intranetEnvironment();
    const context = await browser.newContext();
    // Another page of the intranet's origin holds the cockpit's lock and runs no cockpit.
    const squatter = await context.newPage();
    await squatter.goto(`${env.intranet.url}intranet.css`);
    await squatter.evaluate(() => navigator.locks.request("ucontact-cockpit", () => new Promise(() => {})) && true);
    const { page } = await openIntranet(context, env);
    await page.getByText("uContact runs in another tab or window of this site.").waitFor();
    const started = Date.now();
    const result = await page.evaluate(() =>
      document.querySelector("ucontact-cockpit").dial({ campaign: "Sales", channel: "Phone", clientId: "5" }).then(() => "posted", (e) => e.message));
    const waited = Date.now() - started;
    assert.match(result, /did not answer within 10 s; the request may not have been sent/);
    assert.ok(waited >= 9_500 && waited < 15_000, `${waited} ms`);
    await context.close();
  });
});

describe("framed mode", () => {
  test("a listed host hears what happens and dials; a refused request is answered", async () => {
    const env = await intranetEnvironment();
    const context = await browser.newContext();
    const { page, errors } = await openIntranet(context, env, "framed.html");
    const cockpit = await frameOf(page, env.cockpit.origin);
    await cockpit.locator("iframe#uContact").waitFor();
    const frame = await frameOf(page, env.ucontact.origin);
    await frame.waitForFunction(() => window.simulator !== undefined);
    await frame.locator("#auto-answer").uncheck();
    await fromUcontact(frame, assigned("g-1", { clientId: "C-1" }));
    await page.waitForFunction(() => window.intranet.received.some((m) => m.event === "ucontact-assigned"));
    const first = await page.evaluate(() => window.intranet.received);
    assert.deepEqual(first.map((m) => [m.source, m.event]), [["ucontact-cockpit", "ucontact-ready"], ["ucontact-cockpit", "ucontact-assigned"]]);
    assert.deepEqual(first[1].data, { guid: "g-1", campaign: "Sales", channel: "Phone", clientId: "C-1" });
    await page.getByRole("button", { name: "Post startInteraction to the cockpit" }).click();
    await frame.waitForFunction(() => window.simulator.received.length === 1);
    assert.deepEqual((await frame.evaluate(() => window.simulator.received))[0].data,
      { event: "startInteraction", data: { campaign: "Sales", channel: "Phone", clientId: "59899123456" } });
    await page.evaluate((origin) => document.getElementById("cockpit").contentWindow.postMessage(
      { event: "startInteraction", data: { campaign: "Sales", channel: "", clientId: "1" } }, origin), env.cockpit.origin);
    await page.waitForFunction(() => window.intranet.received.some((m) => m.event === "dialRejected"));
    const rejected = (await page.evaluate(() => window.intranet.received)).find((m) => m.event === "dialRejected");
    assert.deepEqual(rejected.data, { reason: "Channel: Required." });
    await cockpit.waitForFunction(() => document.querySelector("#ck-inspector")?.dataset.rejected === "1");
    assert.equal((await frame.evaluate(() => window.simulator.received)).length, 1, "the refused one sent nothing");
    assert.deepEqual(errors, []);
    assert.deepEqual(await violations(page), []);
    await context.close();
  });

  test("framed by an unlisted page: only the notice, no uContact, no form, nothing said", async () => {
    const env = await intranetEnvironment({ extraConfig: { hostOrigins: [] } });
    const context = await browser.newContext();
    const { page, errors } = await openIntranet(context, env, "framed.html");
    const cockpit = await frameOf(page, env.cockpit.origin);
    await cockpit.getByText(`This page is framed by ${env.intranet.origin}, which is not in hostOrigins: the cockpit does not start here.`).waitFor();
    // Its hellos and its dial change nothing: the cockpit started nothing to take them.
    await page.getByRole("button", { name: "Post startInteraction to the cockpit" }).click();
    await page.waitForTimeout(500);
    assert.equal(await cockpit.locator("iframe").count(), 0, "no uContact to lay under the agent's clicks");
    assert.equal(await cockpit.locator("form, input, button").count(), 0, "no dial form");
    assert.equal(page.frames().some((f) => f.url().startsWith(env.ucontact.origin)), false);
    assert.deepEqual(await page.evaluate(() => window.intranet.received), []);
    // Nor does it take part in the election: a tab of its own takes charge at once.
    const own = await context.newPage();
    await own.goto(env.cockpit.url);
    await own.locator("iframe#uContact").waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

});
