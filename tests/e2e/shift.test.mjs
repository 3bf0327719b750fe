// A whole shift: reloads lose nothing, unusable or full storage is said plainly, the shift
// exports with every field, and two tabs never both work with uContact.

import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { describe, test } from "node:test";

import {
  activeRows,
  assigned,
  disposition,
  finished,
  frameOf,
  fromUcontact,
  historyRows,
  openCockpit,
  recordViolations,
  start,
  violations,
  waitForCount,
} from "./harness.mjs";

const { browser, env } = await start();

const finishedOnce = (guid, finishDate = "2024-05-10 14:33:12") => finished(guid, finishDate);
const sale = (guid, comment) => disposition(guid, { comment, ids: ["1", "12"], values: ["Sale", "Annual plan"] });

/** Guids in Active interactions and in History, whatever the language. */
async function guids(page) {
  const read = (id) => page.locator(`section[aria-labelledby=${id}] .ck-guid`).allTextContents();
  return { active: await read("ck-active-heading"), history: await read("ck-history-heading") };
}

/** Reloads and waits until the cockpit (and its uContact) are back. */
async function reload(page, env) {
  await page.reload();
  await page.locator("iframe#uContact").waitFor();
  const frame = await frameOf(page, env.ucontact.origin);
  await frame.waitForFunction(() => window.simulator !== undefined);
  return frame;
}

describe("reloads", () => {
  test("a reload keeps every interaction, theme and language; active ones are marked until uContact confirms them", async () => {
    const { page, frame, errors } = await openCockpit(browser, env);
    await fromUcontact(frame, assigned("on-call", { clientId: "C-1" }));
    await fromUcontact(frame, assigned("done", { clientId: "C-2" }));
    await fromUcontact(frame, sale("done", "Renewed"));
    await fromUcontact(frame, finishedOnce("done"));
    await fromUcontact(frame, { event: "changedTheme", data: { dark: true, primary: "#388e3c" } });
    await fromUcontact(frame, { event: "changedLanguage", data: "es-UY" });
    await waitForCount(page, "accepted", 6);
    const before = await guids(page);
    assert.deepEqual(before, { active: ["on-call"], history: ["done"] });

    const again = await reload(page, env);
    assert.deepEqual(await guids(page), before);
    assert.equal(await page.locator("html").getAttribute("data-theme"), "dark");
    assert.equal(await page.locator("html").getAttribute("lang"), "es-UY");
    // In Spanish now: the regions are found by their heading's id, not their English name.
    const active = page.locator("section[aria-labelledby=ck-active-heading] li.ck-row");
    await page.getByRole("region", { name: "Interacciones activas" }).waitFor();
    assert.equal(await active.locator(".ck-restored").textContent(), "Restaurada tras recargar");
    const done = page.locator("section[aria-labelledby=ck-history-heading] li.ck-row");
    assert.match(await done.locator(".ck-sub").textContent(), /Sale › Annual plan/);
    await done.locator(".ck-expand").click();
    assert.match(await done.locator(".ck-comment").textContent(), /Renewed/);

    // uContact mentions it again: no longer only restored.
    await fromUcontact(again, assigned("on-call", { clientId: "C-1" }));
    await active.locator(".ck-restored").waitFor({ state: "detached" });
    assert.deepEqual(errors, []);
    assert.deepEqual(await violations(page), []);
    await page.close();
  });

  test("unusable stored data boots a clean cockpit with a notice", async () => {
    const { page, errors } = await openCockpit(browser, env);
    const manifest = (history) => JSON.stringify({
      app: "ucontact-cockpit", version: 1, savedAt: 1, theme: [false, null], locale: "en",
      active: [["g", null, null, []]], history,
    });
    for (const [stored, notice] of [
      [{ "ucontact-cockpit": "{broken" }, "(it is not readable)"],
      [{ "ucontact-cockpit": JSON.stringify({ app: "ucontact-cockpit", version: 99 }) }, "(it was written by an incompatible version, format 99)"],
      // A chunk missing or unreadable costs only that chunk (another page of the origin may
      // have removed it): the rest is restored, and the loss said.
      [{ "ucontact-cockpit": manifest([3]) }, "Part of the stored shift could not be read back"],
      [{ "ucontact-cockpit": manifest([3]), "ucontact-cockpit.history.3": "[[1]]" }, "Part of the stored shift could not be read back"],
      [{ "ucontact-cockpit": manifest([3]), "ucontact-cockpit.history.3": '[["g",null,null,[]]]' }, "(it is damaged: duplicate guid)"],
    ]) {
      // Written as the page goes, after the cockpit's own last save, so it is what the reload finds.
      await page.evaluate((stored) => {
        addEventListener("pagehide", () => {
          for (const [key, value] of Object.entries(stored)) localStorage.setItem(key, value);
        }, { once: true });
      }, stored);
      await reload(page, env);
      await page.locator(".ck-storage", { hasText: notice }).waitFor({ timeout: 5_000 });
      assert.deepEqual(await guids(page), { active: [], history: [] });
      const leftovers = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("ucontact-cockpit.")));
      assert.deepEqual(leftovers, [], "what could not be used is cleared away");
    }
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("a full quota keeps the newest history in storage and says how much stays in this tab only", async () => {
    const context = await browser.newContext();
    // A small quota: the origin's storage holds 6,000 characters in all.
    await context.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        let total = String(value).length;
        for (let i = 0; i < this.length; i++) {
          const other = this.key(i);
          if (other !== key) total += this.getItem(other).length;
        }
        if (total > 6_000) throw new DOMException("full", "QuotaExceededError");
        return setItem.call(this, key, value);
      };
    });
    const { page, frame, errors } = await openCockpit(context, env);
    await frame.evaluate(() => {
      for (let n = 0; n < 200; n++) window.simulator.post({ event: "finishedInteraction", data: { guid: `g-${n}`, finishDate: "2024-05-10 14:33:12" } });
    });
    await waitForCount(page, "accepted", 200);
    const notice = page.locator(".ck-storage");
    await notice.waitFor();
    const dropped = Number((await notice.textContent()).match(/the (\d+) oldest/)[1]);
    assert.ok(dropped > 0 && dropped < 200, `dropped ${dropped}`);
    assert.equal((await guids(page)).history.length, 20, "the page still shows everything, 20 a page");
    assert.match(await page.locator("#ck-history-heading + .ck-count").textContent(), /^200$/);

    const kept = await page.evaluate(() => {
      const manifest = JSON.parse(localStorage.getItem("ucontact-cockpit"));
      // Each chunk is listed with its check and count: [id, check, count].
      return manifest.history.flatMap(([id]) => JSON.parse(localStorage.getItem(`ucontact-cockpit.history.${id}`)).map((e) => e[0]));
    });
    assert.equal(kept.length, 200 - dropped);
    assert.equal(kept.at(-1), "g-199", "the newest are the ones kept");
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("with two hundred active, a message rewrites one chunk of them, not all; a reload brings all back in order", async () => {
    const context = await browser.newContext();
    // Every write the cockpit makes, by key.
    await context.addInitScript(() => {
      window.written = [];
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        window.written.push(key);
        return setItem.call(this, key, value);
      };
    });
    const { page, frame, errors } = await openCockpit(context, env);
    /** Runs `act` in uContact's frame, then waits for the save it causes; the keys it wrote. */
    const save = async (act) => {
      await page.evaluate(() => { window.written = []; });
      await frame.evaluate(act);
      await page.waitForFunction(() => window.written.includes("ucontact-cockpit"), null, { timeout: 5_000 });
      return page.evaluate(() => window.written);
    };
    const first = await save(() => {
      for (let n = 0; n < 200; n++) {
        window.simulator.post({ event: "assignedInteraction", data: { guid: `a-${n}`, campaign: "Sales", channel: "Phone", clientId: String(n) } });
      }
    });
    assert.deepEqual(first, [0, 1, 2, 3].map((id) => `ucontact-cockpit.active.${id}`).concat("ucontact-cockpit"),
      "four chunks of at most 64, then the manifest");
    // a-64 … a-127 are in chunk 1.
    const finish = await save(() => window.simulator.post({ event: "finishedInteraction", data: { guid: "a-100", finishDate: "2024-05-10 14:33:12" } }));
    assert.deepEqual(finish, ["ucontact-cockpit.active.1", "ucontact-cockpit.history.0", "ucontact-cockpit"]);
    const dispose = await save(() => window.simulator.post({
      event: "sentDisposition", data: { guid: "a-5", comment: "c", levelsId: ["1"], levelsValue: ["Sale"] },
    }));
    assert.deepEqual(dispose, ["ucontact-cockpit.active.0", "ucontact-cockpit"]);
    const assign = await save(() => window.simulator.post({
      event: "assignedInteraction", data: { guid: "new", campaign: "Sales", channel: "Phone", clientId: "1" },
    }));
    assert.deepEqual(assign, ["ucontact-cockpit.active.3", "ucontact-cockpit"]);

    await reload(page, env);
    assert.equal(await page.locator("#ck-active-heading + .ck-count").textContent(), "200");
    const shown = (await guids(page)).active;
    const expected = ["new", ...Array.from({ length: 200 }, (_, n) => `a-${199 - n}`).filter((g) => g !== "a-100")];
    assert.deepEqual(shown, expected.slice(0, 50), "newest first, fifty a page");
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("blocked storage keeps everything in this tab and says so", async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("denied", "SecurityError");
        },
      });
    });
    const { page, frame, errors } = await openCockpit(context, env);
    await page.locator(".ck-storage").filter({ hasText: "does not let the cockpit save" }).waitFor();
    await fromUcontact(frame, assigned("kept-in-memory"));
    await activeRows(page).filter({ hasText: "kept-in-memory" }).waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe("history and export", () => {
  test("search finds by client id, and the shift exports as CSV and JSON with every field", async () => {
    const { page, frame, errors } = await openCockpit(browser, env);
    await fromUcontact(frame, assigned("a-1", { clientId: "=SUM(A1)", campaign: "Sales, North" }));
    await fromUcontact(frame, assigned("f-1", { clientId: "C-77" }));
    await fromUcontact(frame, sale("f-1", "said \"thanks\""));
    await fromUcontact(frame, finishedOnce("f-1"));
    await fromUcontact(frame, finishedOnce("f-2"));
    await waitForCount(page, "accepted", 5);

    await page.getByRole("searchbox", { name: "Search history" }).fill("c-77");
    assert.deepEqual((await guids(page)).history, ["f-1"]);
    await page.getByRole("searchbox", { name: "Search history" }).fill("");
    assert.deepEqual((await guids(page)).history, ["f-2", "f-1"]);

    const csvDownload = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export CSV" }).click();
    const csv = await readFile(await (await csvDownload).path(), "utf8");
    assert.ok(csv.startsWith("\ufeff"), "a byte order mark, so spreadsheets read UTF-8");
    const lines = csv.slice(1).split("\r\n");
    assert.equal(lines[0], "Status,Interaction ID,Campaign,Direction,Channel,Channel name,Client ID,Assigned at (UTC),Finish date (uContact),Finished at (UTC),Handle time (s),Wrap-up time (s),Restored after reload,Disposition comments,Disposition levels");
    assert.match(lines[1], /^active,a-1,"Sales, North",,Phone,Phone,'=SUM\(A1\),\d{4}-/);
    assert.match(lines[2], /^finished,f-2,,,,,,,2024-05-10 14:33:12,/);
    assert.match(lines[3], /^finished,f-1,Sales,,Phone,Phone,C-77,.*"said ""thanks""","1=Sale; 12=Annual plan"$/);
    assert.match((await csvDownload).suggestedFilename(), /^ucontact-shift-\d{4}-\d\d-\d\dT\d{4}\.csv$/);

    const jsonDownload = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export JSON" }).click();
    const json = JSON.parse(await readFile(await (await jsonDownload).path(), "utf8"));
    assert.equal(json.active[0].assignment.clientId, "=SUM(A1)");
    assert.deepEqual(json.history.map((e) => e.guid), ["f-2", "f-1"]);
    assert.deepEqual(json.history[1].dispositions[0].levels, [{ id: "1", value: "Sale" }, { id: "12", value: "Annual plan" }]);
    assert.deepEqual(errors, []);
    assert.deepEqual(await violations(page), [], "downloads work under the CSP");
    await page.close();
  });
});

describe("two tabs", () => {
  /** The whole handover scenario, in the browser context `context`. */
  async function handover(context) {
    const open = async () => {
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      await recordViolations(page);
      await page.goto(env.cockpit.url);
      return page;
    };
    const uContactOf = async (page) => {
      await page.locator("iframe#uContact").waitFor();
      const frame = await frameOf(page, env.ucontact.origin);
      await frame.waitForFunction(() => window.simulator !== undefined);
      return frame;
    };
    const follower = (page) => page.locator("#ck-follower");
    const everything = async (page) => {
      const { active, history } = await guids(page);
      return [...active, ...history].sort();
    };

    // A opens first and is in charge; B says so and loads no uContact.
    const a = await open();
    let frameA = await uContactOf(a);
    const b = await open();
    await follower(b).getByRole("heading", { name: "The cockpit is open in another tab." }).waitFor();
    assert.equal(await b.locator("iframe").count(), 0);

    await fromUcontact(frameA, assigned("g-1"));
    await fromUcontact(frameA, assigned("g-2"));
    await fromUcontact(frameA, finishedOnce("g-1"));
    await fromUcontact(frameA, sale("g-1", "first tab"));
    await waitForCount(a, "accepted", 4);

    // B takes over, after saying what is going on in A and asking: A steps down, and B has
    // everything A had.
    await follower(b).getByText("1 interaction is active there.").waitFor();
    await follower(b).getByRole("button", { name: "Use the cockpit in this tab" }).click();
    await follower(b).getByText("Taking over closes uContact in the other tab").waitFor();
    assert.equal(await b.locator("iframe").count(), 0, "nothing happens before the agent confirms");
    await follower(b).getByRole("button", { name: "Take over" }).click();
    const frameB = await uContactOf(b);
    await follower(a).waitFor();
    assert.equal(await a.locator("iframe").count(), 0);
    assert.deepEqual(await everything(b), ["g-1", "g-2"]);
    assert.equal(await activeRows(b).locator(".ck-restored").count(), 1);

    await fromUcontact(frameB, finishedOnce("g-2"));
    await fromUcontact(frameB, assigned("g-3"));
    await waitForCount(b, "accepted", 2);

    // A reload of the tab not in charge changes nothing.
    await a.reload();
    await follower(a).waitFor();
    assert.deepEqual(await everything(b), ["g-1", "g-2", "g-3"]);

    // A reload of the tab in charge keeps it in charge, with everything.
    await b.reload();
    await uContactOf(b);
    assert.deepEqual(await everything(b), ["g-1", "g-2", "g-3"]);
    await follower(a).waitFor();

    // And A takes back over, with everything, once each.
    await follower(a).getByText("1 interaction is active there.").waitFor();
    await follower(a).getByRole("button", { name: "Use the cockpit in this tab" }).click();
    await follower(a).getByRole("button", { name: "Take over" }).click();
    frameA = await uContactOf(a);
    await follower(b).waitFor();
    assert.deepEqual(await everything(a), ["g-1", "g-2", "g-3"]);
    assert.deepEqual((await guids(a)).active, ["g-3"]);
    const first = historyRows(a).filter({ hasText: "g-1" });
    await first.locator(".ck-expand").click();
    assert.match(await first.locator(".ck-comment").textContent(), /first tab/);
    assert.deepEqual(await violations(a), []);
    assert.deepEqual(await violations(b), []);
  }

  test("one tab is in charge; taking over and reloading either loses and duplicates nothing", async () => {
    const context = await browser.newContext();
    await handover(context);
    await context.close();
  });

  test("without Web Locks, the BroadcastChannel election keeps the same guarantees", async () => {
    const context = await browser.newContext();
    // As on a page served over plain http from a non-local host.
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, "locks", { get: () => undefined, configurable: true });
    });
    const probe = await context.newPage();
    await probe.goto(env.ucontact.url);
    assert.equal(await probe.evaluate(() => navigator.locks), undefined, "Web Locks are really gone");
    await probe.close();
    await handover(context);
    await context.close();
  });
});
