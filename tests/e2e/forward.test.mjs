// Forwarding to the integrator's back end, end to end: the cockpit posts CloudEvents to a
// stand-in collector on its own origin (tools/collector.mjs) that parses every request with the
// official CloudEvents SDK (npm `cloudevents`, HTTP.toEvent and validate) and de-duplicates on
// (source, id). Under faults — 503 for a while, refused connections, 429 with Retry-After, a
// reload during the outage, a take-over by another tab — every event arrives, valid, exactly
// once by id; refused messages and tabs not in charge send nothing.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";

import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

import {
  assigned, disposition, environment, finished, fromUcontact, hostileUrl, newPage, openCockpit, openIntranet, start, uContactIn,
} from "./harness.mjs";

const { browser } = await start(null);

// Every event must match the schema the README documents (docs/cloudevents.schema.json).
const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const matchesSchema = ajv.compile(JSON.parse(readFileSync(new URL("../../docs/cloudevents.schema.json", import.meta.url), "utf8")));
function assertSchema(events) {
  for (const event of events) {
    assert.ok(matchesSchema(event), `${JSON.stringify(event)}: ${ajv.errorsText(matchesSchema.errors)}`);
  }
}

/** Posts, from uContact's frame, a whole interaction for each of `count` guids. */
async function interactions(frame, prefix, count) {
  await frame.evaluate(([prefix, count]) => {
    for (let n = 0; n < count; n++) {
      const guid = `${prefix}-${n}`;
      window.simulator.post({ event: "assignedInteraction", data: { guid, campaign: "Ventas<-", channel: "telephony", clientId: `5989900${n}` } });
      window.simulator.post({ event: "finishedInteraction", data: { guid, finishDate: "2026-12-02 15:00:00" } });
      window.simulator.post({ event: "sentDisposition", data: { guid, comment: "ok", levelsId: ["1"], levelsValue: ["Venta"] } });
    }
  }, [prefix, count]);
}

/** Waits until the collector holds `count` events (by id). */
async function delivered(collector, count, timeout = 60_000) {
  const start = Date.now();
  while (collector.events.length < count) {
    if (Date.now() - start > timeout) throw new Error(`only ${collector.events.length} of ${count} events arrived`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return Date.now() - start;
}

const ofGuid = (collector, prefix) => collector.events.filter((e) => e.subject?.startsWith(prefix));
const inspector = (page) => page.locator("#ck-forward").evaluate((el) => ({ ...el.dataset }));

describe("forwarding events as CloudEvents, in batches", () => {
  const envPromise = environment({ forward: {} });

  test("each accepted event is one valid CloudEvent; refused messages give none", async () => {
    const env = await envPromise;
    const { page, frame, errors } = await openCockpit(browser, env);
    const guid = "3f2b8c1e-5a0d-4d7e-9b1a-2c6e8f0a9d41";
    await fromUcontact(frame, assigned(guid, { campaign: "Ventas<-", channel: "telephony", clientId: "59899123456" }));
    await fromUcontact(frame, finished(guid, "2026-12-02 15:00:00"));
    await fromUcontact(frame, disposition(guid, { comment: "Compró", values: ["Venta", "Plan anual"] }));
    // A hostile page posting a well-formed event to the cockpit: refused, and never forwarded.
    const hostile = await browser.newPage();
    await hostile.goto(hostileUrl(env.hostile, assigned("spoofed", { clientId: "666" })));
    await hostile.close();
    await delivered(env.collector, 3);
    await page.waitForTimeout(800);
    const events = env.collector.events;
    assert.deepEqual(events.map((e) => e.type), [
      "com.ucontact.interaction.assigned", "com.ucontact.interaction.finished", "com.ucontact.interaction.disposition",
    ]);
    assert.equal(events.filter((e) => JSON.stringify(e).includes("spoofed")).length, 0, "a spoofed sender produces nothing");
    assert.deepEqual(env.collector.invalid, [], "the SDK read every request");
    assertSchema(events);
    for (const event of events) {
      assert.equal(event.specversion, "1.0");
      assert.equal(event.subject, guid);
      assert.equal(event.datacontenttype, "application/json");
      assert.match(event.id, /^[0-9a-f]{32}-\d+$/);
      assert.match(event.time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      assert.equal(event.source, `${env.cockpit.origin}/?ucontact=${encodeURIComponent(env.ucontact.origin)}`);
    }
    assert.deepEqual(events[0].data, { guid, campaign: "Ventas<-", channel: "telephony", clientId: "59899123456" });
    assert.equal(events[1].data.finishDate, "2026-12-02 15:00:00");
    assert.equal(typeof events[1].data.handleMs, "number");
    assert.deepEqual(events[2].data.levels, [{ id: "1", value: "Venta" }, { id: "2", value: "Plan anual" }]);
    assert.ok(env.collector.contentTypes.every((type) => type.startsWith("application/cloudevents-batch+json")));
    assert.ok(env.collector.requests <= 2, `sent together: ${env.collector.requests} requests`);
    const shown = await inspector(page);
    assert.equal(shown.delivered, "3");
    assert.equal(shown.queued, "0");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("503s, refused connections, a 429 with Retry-After and a reload in the outage: each event once", async () => {
    const env = await envPromise;
    const collector = env.collector;
    const before = collector.events.length;
    const requestsBefore = collector.requests;
    const started = Date.now();
    const { page, frame } = await openCockpit(browser, env);
    // Every attempt, answered or not (a refused connection never reaches the collector).
    let attempts = 0;
    page.on("request", (request) => {
      if (request.url().startsWith(collector.origin) && request.method() === "POST") attempts += 1;
    });
    // 503 for two seconds.
    collector.fail({ status: 503, seconds: 2 });
    await interactions(frame, "outage-a", 10);
    await delivered(collector, before + 30);
    // Refused connections, then a reload while the collector is still down.
    await collector.down();
    await interactions(frame, "outage-b", 10);
    await page.waitForFunction(() => Number(document.querySelector("#ck-forward")?.dataset.queued) === 30);
    await page.locator("#ck-forward[data-retrying=true]").waitFor({ state: "attached" });
    await page.waitForTimeout(400);
    await page.reload();
    await page.locator("iframe#uContact").waitFor();
    await collector.up();
    await delivered(collector, before + 60);
    // A 429 that says when to come back.
    collector.fail({ status: 429, times: 1, retryAfter: 2 });
    const frameAfter = page.frames().find((f) => f.url().startsWith(env.ucontact.origin));
    await frameAfter.waitForFunction(() => window.simulator !== undefined);
    const asked = Date.now();
    await interactions(frameAfter, "outage-c", 5);
    await delivered(collector, before + 75);
    const waited = Date.now() - asked;
    assert.ok(waited >= 2_000, `Retry-After honoured: delivered ${waited} ms after`);
    const all = collector.events.slice(before);
    const ids = new Set(all.map((e) => e.id));
    assert.equal(ids.size, 75, "every event, each once by id");
    for (const prefix of ["outage-a", "outage-b", "outage-c"]) {
      const events = ofGuid(collector, prefix);
      assert.equal(events.length, prefix === "outage-c" ? 15 : 30, prefix);
      // Order per guid: assigned, finished, disposition.
      const first = events.filter((e) => e.subject === `${prefix}-0`).map((e) => e.type.split(".").pop());
      assert.deepEqual(first, ["assigned", "finished", "disposition"]);
    }
    assert.deepEqual(collector.invalid, []);
    assertSchema(all);
    console.log(`Forwarding under faults: 75 events; ${attempts} attempts, ${collector.requests - requestsBefore} requests reaching the collector; ${collector.duplicates} duplicates seen by it; all delivered ${Date.now() - started} ms after the first event`);
    await page.close();
  });

  test("a take-over hands the outbox over; the tab not in charge sends nothing", async () => {
    const env = await envPromise;
    const collector = env.collector;
    const before = collector.events.length;
    const context = await browser.newContext();
    const a = await openCockpit(context, env);
    await collector.down();
    await interactions(a.frame, "takeover", 4);
    await a.page.waitForFunction(() => Number(document.querySelector("#ck-forward")?.dataset.queued) === 12);
    const { page: b } = await newPage(context);
    await b.goto(env.cockpit.url);
    await b.locator("#ck-follower").waitFor();
    const sentByA = [];
    a.page.on("request", (request) => {
      if (request.url().startsWith(collector.origin) && request.method() === "POST") sentByA.push(request.url());
    });
    await b.getByRole("button", { name: "Use the cockpit in this tab" }).click();
    await b.getByRole("button", { name: "Take over" }).click();
    await b.locator("iframe#uContact").waitFor();
    await a.page.locator("#ck-follower").waitFor();
    sentByA.length = 0;
    await collector.up();
    await delivered(collector, before + 12);
    await b.waitForTimeout(500);
    assert.equal(ofGuid(collector, "takeover").length, 12);
    assert.deepEqual(sentByA, [], "the tab not in charge sends nothing");
    await context.close();
  });

  test("End shift says how many events wait and offers to wait", async () => {
    const env = await envPromise;
    const { page, frame } = await openCockpit(browser, env);
    await env.collector.down();
    await interactions(frame, "ending", 1);
    await page.waitForFunction(() => Number(document.querySelector("#ck-forward")?.dataset.queued) === 3);
    await page.getByRole("button", { name: "End shift" }).click();
    const dialog = page.getByRole("dialog", { name: "End the shift?" });
    await dialog.getByText("3 events have not reached your back end yet.").waitFor();
    await dialog.getByRole("button", { name: "Wait" }).click();
    await env.collector.up();
    await page.waitForFunction(() => Number(document.querySelector("#ck-forward")?.dataset.queued) === 0, null, { timeout: 30_000 });
    await page.close();
  });
});

describe("forwarding events one per request", () => {
  const envPromise = environment({ forward: { mode: "single" } });

  test("structured mode: one application/cloudevents+json event per POST", async () => {
    const env = await envPromise;
    const { page, frame } = await openCockpit(browser, env);
    await interactions(frame, "single", 2);
    await delivered(env.collector, 6);
    assert.equal(env.collector.requests, 6);
    assert.ok(env.collector.contentTypes.every((type) => type.startsWith("application/cloudevents+json")));
    assert.deepEqual(env.collector.invalid, []);
    await page.close();
  });

  test("a collector refusing the events (4xx) is said once and not hammered", async () => {
    const env = await envPromise;
    env.collector.fail({ status: 403 });
    const requests = env.collector.requests;
    const { page, frame } = await openCockpit(browser, env);
    await interactions(frame, "refused", 2);
    await page.getByText("Your back end refuses the cockpit's events (HTTP 403)").waitFor();
    await page.waitForTimeout(3_000);
    assert.equal(env.collector.requests - requests, 1, "tried once, then again only in 10 minutes");
    const shown = await inspector(page);
    assert.equal(shown.queued, "6");
    env.collector.ok();
    await page.close();
  });
});

describe("forwarding from the element on an intranet page", () => {
  const envPromise = environment({ intranet: true, forward: {} });

  test("<ucontact-cockpit> forwards too, beside its DOM events, under the intranet's policy", async () => {
    const env = await envPromise;
    const context = await browser.newContext();
    const { page, errors } = await openIntranet(context, env);
    const frame = await uContactIn(page, env);
    await interactions(frame, "element", 1);
    await delivered(env.collector, 3);
    const events = ofGuid(env.collector, "element");
    assert.deepEqual(events.map((e) => e.type.split(".").pop()), ["assigned", "finished", "disposition"]);
    assert.ok(events[0].source.startsWith(`${env.intranet.origin}/index.html?ucontact=`), events[0].source);
    assertSchema(events);
    const hostHeard = await page.evaluate(() => window.intranet.received.filter((e) => e.type.startsWith("ucontact-")).length);
    assert.ok(hostHeard >= 3, "the page's own events still fire");
    assert.deepEqual(errors, []);
    await context.close();
  });
});
