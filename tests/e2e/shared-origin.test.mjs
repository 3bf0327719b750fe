// The intranet's origin is shared: what another page, link or app of that origin can do to the
// cockpit (issue #16), each attack reproduced as a red team did it, with the legitimate path
// beside it. The "other app" is any page of the origin that is not the cockpit's (a stored XSS,
// an uploaded HTML file): here, a plain document of the origin in another tab, driven by script.

import assert from "node:assert/strict";
import { describe, test } from "node:test";

import {
  answerStoredShift,
  assigned,
  environment,
  finished,
  frameOf,
  fromUcontact,
  intranetEnvironment,
  newPage,
  openCockpit,
  openIntranet,
  received,
  start,
  uContactIn,
} from "./harness.mjs";

const { browser } = await start(null);

/** Another app's page on `origin`'s site, in a tab of `context`. */
async function otherApp(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** Posts relay messages on the element's channel from `page`; keeps what it hears. */
async function relayFrom(page, messages) {
  await page.evaluate((messages) => {
    window.heard ??= [];
    window.relay ??= new BroadcastChannel("ucontact-cockpit.host");
    window.relay.onmessage = (event) => window.heard.push(JSON.parse(event.data));
    for (const message of messages) window.relay.postMessage(JSON.stringify(message));
  }, messages);
}

const forgedDial = (n, clientId = `+1900555010${n}`) => ({
  kind: "dial",
  id: `forged-${n}`,
  page: "Ticket 4711 — https://intranet.example/tickets",
  request: { campaign: "Sales", channel: "Phone", clientId },
});

const elementReceived = (page, frame) => received(page, frame, true);

describe("dials and announcements relayed by other pages of the origin", () => {
  test("by default a relayed dial is sent, shown with the page it came from, and at most 5 a minute", async () => {
    const env = await intranetEnvironment();
    const context = await browser.newContext();
    const { page } = await openIntranet(context, env);
    const frame = await uContactIn(page, env);
    await frame.locator("#auto-answer").uncheck();
    const evil = await otherApp(context, `${env.intranet.url}intranet.css`);
    await relayFrom(evil, [0, 1, 2, 3, 4, 5, 6, 7].map((n) => forgedDial(n)));
    await frame.waitForFunction(() => window.simulator.received.length >= 5);
    await evil.waitForFunction(() => window.heard.filter((m) => m.kind === "dialled").length === 8);
    await page.waitForTimeout(300);
    const sent = (await elementReceived(page, frame)).map((m) => m.data.clientId);
    assert.deepEqual(sent, ["+19005550100", "+19005550101", "+19005550102", "+19005550103", "+19005550104"]);
    const refused = (await evil.evaluate(() => window.heard)).filter((m) => m.kind === "dialled" && m.error);
    assert.deepEqual(refused.map((m) => m.id), ["forged-5", "forged-6", "forged-7"]);
    assert.match(refused[0].error, /asked for too many calls in a minute; this one was not sent/);
    // The latest dial, in view below the form, says which page asked for it.
    await page.locator("ucontact-cockpit .ck-from", { hasText: "Asked by Ticket 4711 — https://intranet.example/tickets" })
      .filter({ visible: true }).first().waitFor();
    await context.close();
  });

  test('with relayDials: "confirm" nothing is sent before the agent says so; a follower\'s dial() resolves once confirmed', async () => {
    const env = await intranetEnvironment({ extraConfig: { relayDials: "confirm" } });
    const context = await browser.newContext();
    const { page } = await openIntranet(context, env);
    const frame = await uContactIn(page, env);
    await frame.locator("#auto-answer").uncheck();
    const evil = await otherApp(context, `${env.intranet.url}intranet.css`);
    await relayFrom(evil, [forgedDial(0)]);
    const asking = page.locator("ucontact-cockpit").getByRole("alertdialog", { name: "Another page asks to call" });
    await asking.waitFor();
    const text = await asking.textContent();
    assert.ok(text.includes("Ticket 4711 — https://intranet.example/tickets") && text.includes("+19005550100"), text);
    await page.waitForTimeout(500);
    assert.deepEqual(await elementReceived(page, frame), [], "nothing sent while it waits");
    await asking.getByRole("button", { name: "Decline" }).click();
    await evil.waitForFunction(() => window.heard.some((m) => m.kind === "dialled" && m.error));
    assert.match((await evil.evaluate(() => window.heard.find((m) => m.error))).error, /declined/);
    assert.deepEqual(await elementReceived(page, frame), []);

    // The legitimate path: another intranet page's element asks, the agent confirms.
    const other = await openIntranet(context, env, "other.html");
    await other.page.getByText("uContact runs in another tab or window of this site.").waitFor();
    const result = other.page.evaluate(() =>
      document.querySelector("ucontact-cockpit").dial({ campaign: "Sales", channel: "Phone", clientId: "77" }).then(() => "posted", (e) => e.message));
    await asking.waitFor();
    assert.ok((await asking.textContent()).includes(`${env.intranet.origin}/other.html`), "names the page asking");
    await asking.getByRole("button", { name: "Call" }).click();
    assert.equal(await result, "posted");
    assert.deepEqual(await elementReceived(page, frame), [{ event: "startInteraction", data: { campaign: "Sales", channel: "Phone", clientId: "77" } }]);
    await context.close();
  });

  test("a forged announcement is not told to the host of a page not in charge; a real one is, once", async () => {
    const env = await intranetEnvironment();
    const context = await browser.newContext();
    const leader = await openIntranet(context, env);
    const frame = await uContactIn(leader.page, env);
    const follower = await openIntranet(context, env, "other.html");
    await follower.page.getByText("uContact runs in another tab or window of this site.").waitFor();
    const evil = await otherApp(context, `${env.intranet.url}intranet.css`);
    const forgedAt = Date.now();
    await relayFrom(evil, [{
      kind: "announce",
      event: "ucontact-assigned",
      detail: { guid: "0b5c4c56-0000-4000-8000-000000000666", campaign: "Sales", channel: "Phone", clientId: "ATTACKER" },
    }]);
    await fromUcontact(frame, assigned("real-1", { clientId: "C-1" }));
    await follower.page.waitForFunction(() => window.intranet.received.some((e) => e.type === "ucontact-assigned"));
    // A page not in charge holds back an announcement its stored shift does not bear out yet
    // for 5 s at most: wait past that.
    await follower.page.waitForTimeout(Math.max(0, 6_000 - (Date.now() - forgedAt)));
    const told = await follower.page.evaluate(() => window.intranet.received.filter((e) => e.type === "ucontact-assigned").map((e) => e.detail.clientId));
    assert.deepEqual(told, ["C-1"]);
    await context.close();
  });
});

describe("the election: only a tab really waiting takes over", () => {
  test("the take-over message alone changes nothing; a stolen lock is said and taken back when free; the agent's own take-over works", async () => {
    const env = await environment({});
    const context = await browser.newContext();
    const { page, frame } = await openCockpit(context, env);
    await frame.evaluate(() => { window.marker = "the same uContact"; });
    const evil = await otherApp(context, `${env.cockpit.url}config.json`);
    await evil.evaluate(() => {
      const channel = new BroadcastChannel("ucontact-cockpit");
      for (const message of ["take-over", "take-over:0f7c9a1e-1b2c-4d3e-8f90-a1b2c3d4e5f6", "released", "yield:x"]) channel.postMessage(message);
    });
    await page.waitForTimeout(1_500);
    assert.equal(await page.locator("iframe#uContact").count(), 1, "uContact stays");
    assert.equal(await frame.evaluate(() => window.marker), "the same uContact", "and is not reloaded");

    // A stolen lock: said, and taken back as soon as the other page lets go.
    await evil.evaluate(() => {
      navigator.locks.request("ucontact-cockpit", { steal: true }, () => new Promise((resolve) => setTimeout(resolve, 2_000)));
    });
    await page.getByText("Another page of this site took uContact from this tab without asking.").waitFor();
    await page.locator("iframe#uContact").waitFor({ timeout: 8_000 });

    // The agent's own take-over from a second tab.
    const second = await newPage(context);
    await second.page.goto(env.cockpit.url);
    await second.page.getByRole("button", { name: "Use the cockpit in this tab" }).click();
    await second.page.getByRole("button", { name: "Take over" }).click();
    await second.page.locator("iframe#uContact").waitFor({ timeout: 8_000 });
    await page.locator("#ck-follower").waitFor();
    await context.close();
  });

  test("where the browser refuses Web Locks, the tab leads alone and says so", async () => {
    const env = await environment({});
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const refuse = () => Promise.reject(new DOMException("The request was denied.", "SecurityError"));
      Object.defineProperty(navigator, "locks", { value: { request: refuse, query: refuse } });
    });
    const { page, errors } = await openCockpit(context, env);
    await page.getByText("This browser does not let the cockpit coordinate its tabs here").waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe("the stored shift, when another app of the origin clears or edits storage", () => {
  const shift = async (frame, n) => {
    for (let i = 0; i < n; i++) {
      await fromUcontact(frame, assigned(`s-${i}`, { clientId: `C-${i}` }));
      await fromUcontact(frame, finished(`s-${i}`));
    }
  };
  const historyCount = (page) => page.locator("#ck-history-heading + .ck-count").textContent();
  const REWRITTEN = "Another page of this site cleared or changed the saved shift; this tab saved it again, whole.";

  test("another app's localStorage.clear() or a removed key is noticed and the shift written again whole", async () => {
    const env = await environment({});
    const context = await browser.newContext();
    const { page, frame } = await openCockpit(context, env);
    await shift(frame, 30);
    await page.waitForFunction(() => document.querySelector("#ck-history-heading + .ck-count")?.textContent === "30");
    await page.waitForTimeout(1_500);
    const evil = await otherApp(context, `${env.cockpit.url}config.json`);
    await evil.evaluate(() => localStorage.clear());
    await page.getByText(REWRITTEN).waitFor();
    await evil.waitForFunction(() => localStorage.getItem("ucontact-cockpit") !== null);
    await page.reload();
    await page.locator("iframe#uContact").waitFor();
    assert.equal(await historyCount(page), "30", "nothing lost after a clear()");

    await page.waitForTimeout(1_500);
    await evil.evaluate(() => {
      const chunk = Object.keys(localStorage).find((key) => key.startsWith("ucontact-cockpit.history."));
      localStorage.removeItem(chunk);
    });
    await page.getByText(REWRITTEN).waitFor();
    await page.reload();
    await page.locator("iframe#uContact").waitFor();
    assert.equal(await historyCount(page), "30", "nothing lost after a removed key");
    await context.close();
  });

  test("a chunk removed while no cockpit runs costs that chunk only, and is said", async () => {
    const env = await environment({});
    const context = await browser.newContext();
    const { page, frame } = await openCockpit(context, env);
    // 150 finished: three chunks of history (64 each).
    await shift(frame, 150);
    await page.waitForFunction(() => document.querySelector("#ck-history-heading + .ck-count")?.textContent === "150");
    // Removed as the page goes, after the cockpit's last save: what the reload finds.
    await page.evaluate(() => addEventListener("pagehide", () => {
      const chunk = Object.keys(localStorage).find((key) => key.startsWith("ucontact-cockpit.history."));
      localStorage.removeItem(chunk);
    }, { once: true }));
    await page.reload();
    await page.locator("iframe#uContact").waitFor();
    const notice = await page.locator(".ck-storage", { hasText: "stored interactions could not be read back" }).textContent();
    const lost = Number(notice.match(/(\d+) stored interactions/)[1]);
    assert.ok(lost > 0 && lost < 150, notice);
    assert.equal(await historyCount(page), String(150 - lost), "the rest restored");
    await context.close();
  });
});

describe("tel: links on the intranet's pages", () => {
  test("a link whose text shows another number, an invisible one or a scripted click only fills the form; a plain one dials at once", async () => {
    const env = await intranetEnvironment({ extraConfig: { dialDefaults: { campaign: "Sales", channel: "Phone" } } });
    const context = await browser.newContext();
    const { page, errors } = await openIntranet(context, env, "index.html", "&calm");
    const frame = await uContactIn(page, env);
    await frame.locator("#auto-answer").uncheck();
    await page.evaluate(() => document.addEventListener("click", (e) => e.preventDefault()));
    const client = page.locator("ucontact-cockpit #ck-dial-client");
    const add = (html) => page.evaluate((html) => document.querySelector("main, body").insertAdjacentHTML("afterbegin", html), html);

    await add('<p><a id="lying" href="tel:+1-900-555-0199">+598 99 123 456</a></p>');
    await page.locator("#lying").click();
    assert.equal(await client.inputValue(), "+19005550199", "the form shows the number it would dial");
    assert.deepEqual(await elementReceived(page, frame), [], "and waits for the agent");

    await add('<a id="invisible" href="tel:+19005550198" style="position:fixed;inset:0;opacity:0;z-index:99">+1 900 555 0198</a>');
    await page.mouse.click(5, 5);
    assert.equal(await client.inputValue(), "+19005550198");
    assert.deepEqual(await elementReceived(page, frame), []);
    await page.evaluate(() => document.getElementById("invisible").remove());

    await add('<p><a id="scripted" href="tel:+19005550197">+1 900 555 0197</a></p>');
    await page.evaluate(() => document.getElementById("scripted").click());
    assert.equal(await client.inputValue(), "+19005550197");
    assert.deepEqual(await elementReceived(page, frame), [], "a click no person made");

    // The legitimate paths: the link shows the number it calls.
    await add('<p><a id="plain" href="tel:+59899123456">Call +598 99 123 456</a></p>');
    await page.locator("#plain").click();
    assert.deepEqual(await elementReceived(page, frame), [{ event: "startInteraction", data: { campaign: "Sales", channel: "Phone", clientId: "+59899123456" } }]);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe("the popped-out window", () => {
  test("has a random name and no opener: a link aimed at the old name opens elsewhere, and Pop out again throws nothing", async () => {
    const env = await intranetEnvironment();
    const context = await browser.newContext();
    const { page, errors } = await openIntranet(context, env);
    await uContactIn(page, env);
    const opened = context.waitForEvent("page");
    await page.getByRole("button", { name: "Pop out" }).click();
    const popup = await opened;
    await popup.locator("ucontact-cockpit iframe#uContact").waitFor();
    const popupFrame = await frameOf(popup, env.ucontact.origin);
    await popupFrame.evaluate(() => { window.marker = "still here"; });
    const { name, opener } = await popup.evaluate(() => ({ name: window.name, opener: window.opener }));
    assert.notEqual(name, "ucontact-cockpit");
    assert.match(name, /^ucontact-cockpit-[0-9a-f]{16,}$/);
    assert.equal(opener, null);
    // A ticket's link with the old fixed name as its target.
    const other = context.waitForEvent("page");
    await page.evaluate(() => {
      const link = Object.assign(document.createElement("a"), { href: "/intranet.css", target: "ucontact-cockpit", textContent: "ticket" });
      document.body.append(link);
      link.click();
    });
    await other;
    assert.equal(await popupFrame.evaluate(() => window.marker), "still here", "the cockpit's window was not navigated");
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe("a shared desk", () => {
  test("a cockpit closed without End shift: the next one asks first and shows nothing of it; a reload or a second tab does not ask", async () => {
    const env = await environment({});
    const context = await browser.newContext();
    const first = await openCockpit(context, env);
    await fromUcontact(first.frame, assigned("desk-1", { clientId: "59899000111" }));
    await first.page.locator("li.ck-row[data-guid=desk-1]").waitFor();
    // A reload is no new start, nor is a second tab.
    await first.page.reload();
    await first.page.locator("li.ck-row[data-guid=desk-1]").waitFor();
    const second = await newPage(context);
    await second.page.goto(env.cockpit.url);
    await second.page.locator("#ck-follower").waitFor();
    await second.page.close();
    await first.page.waitForTimeout(1_000);
    await first.page.close();

    const { page, errors } = await newPage(context);
    await page.goto(env.cockpit.url);
    await page.getByRole("region", { name: "A shift is stored in this browser" }).waitFor();
    assert.equal(await page.evaluate(() => document.body.innerText.includes("59899000111")), false, "nothing of the shift shown");
    assert.equal(await page.locator("iframe").count(), 0, "no uContact before the answer");
    await answerStoredShift(page, "continue");
    await page.locator("li.ck-row[data-guid=desk-1]").waitFor();
    await page.close();

    const next = await newPage(context);
    await next.page.goto(env.cockpit.url);
    await answerStoredShift(next.page, "end");
    await next.page.locator("iframe#uContact").waitFor();
    await next.page.getByText("Shift ended: everything the cockpit kept in this browser was deleted.").waitFor();
    assert.equal(await next.page.locator("li.ck-row").count(), 0);
    await next.page.waitForTimeout(500);
    assert.equal(await next.page.evaluate(() => JSON.stringify(localStorage).includes("59899000111")), false, "deleted, unseen");
    assert.deepEqual(errors, []);
    assert.deepEqual(next.errors, []);
    await context.close();
  });
});
