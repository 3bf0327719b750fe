// The cockpit as a HubSpot calling app, end to end on three origins: a stand-in HubSpot page
// running HubSpot's own SDK in host mode (hubspot/, IFrameManager from
// @hubspot/calling-extensions-sdk), the cockpit it frames, and the stand-in uContact. The
// sequences are HubSpot's side's record of what the app sent.

import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { disposition, environment, finished, frameOf, fromUcontact, assigned, newPage, start } from "./harness.mjs";
import { serve } from "../../tools/static-server.mjs";

const { browser } = await start(null);

/** Opens the stand-in HubSpot page framing the cockpit; waits for uContact inside it. */
async function openHubSpot(context, env, hubspot = env.hubspot) {
  const { page, errors } = await newPage(context, { viewport: { width: 1366, height: 800 }, ignore: (text) => text.includes("favicon") });
  await page.goto(`${hubspot.url}?cockpit=${encodeURIComponent(env.cockpit.url)}`);
  const cockpit = await frameOf(page, env.cockpit.origin);
  return { page, errors, cockpit };
}

/** HubSpot's widget is narrow: the panel starts as a rail; the agent opens it. */
async function openPanel(cockpit) {
  await cockpit.getByRole("button", { name: "Expand panel" }).click();
}

async function ucontactIn(page, env) {
  const frame = await frameOf(page, env.ucontact.origin);
  await frame.waitForFunction(() => window.simulator !== undefined);
  return frame;
}

const types = (page) => page.evaluate(() => window.hubspot.received.map((m) => m.type));
const message = (page, type) => page.evaluate((type) => window.hubspot.received.filter((m) => m.type === type), type);
const until = (page, type, count = 1) =>
  page.waitForFunction(([type, count]) => window.hubspot.received.filter((m) => m.type === type).length >= count, [type, count]);

describe("the cockpit in HubSpot", () => {
  const envPromise = environment({ hubspot: true });

  test("click-to-call: one dial, then the call started, answered, ended and completed with its outcome", async () => {
    const env = await envPromise;
    const context = await browser.newContext();
    const { page, errors, cockpit } = await openHubSpot(context, env);
    const frame = await ucontactIn(page, env);
    await until(page, "INITIALIZED");
    await page.getByRole("button", { name: "Call (click-to-call)" }).click();
    await page.getByRole("button", { name: "Call (click-to-call)" }).click();
    await until(page, "CALL_ANSWERED");
    const dials = await frame.evaluate(() => window.simulator.received.map((m) => m.data).filter((d) => d.event));
    assert.deepEqual(dials, [{ event: "startInteraction", data: { campaign: "Salientes->", channel: "telephony", clientId: "+59899123456" } }],
      "clicked twice, dialled once");
    const [started] = await message(page, "OUTGOING_CALL_STARTED");
    const guid = started.data.externalCallId;
    assert.match(guid, /^[0-9a-f-]{36}$/);
    assert.equal(started.data.toNumber, "+59899123456");
    assert.equal(started.data.createEngagement, true);
    await openPanel(cockpit);
    await cockpit.locator(`li.ck-row[data-guid="${guid}"] .ck-hubspot-logged`).waitFor();
    await fromUcontact(frame, finished(guid));
    await until(page, "CALL_ENDED");
    await fromUcontact(frame, disposition(guid, { comment: "Renovó", values: ["Venta", "Plan anual"] }));
    await until(page, "CALL_COMPLETED");
    const sequence = await types(page);
    console.log(`HubSpot outgoing sequence: ${sequence.join(" → ")}`);
    assert.deepEqual(sequence.filter((t) => t !== "READY"), [
      "INITIALIZED", "LOGGED_IN", "USER_AVAILABLE", "OUTGOING_CALL_STARTED", "CALL_ANSWERED", "CALL_ENDED", "CALL_COMPLETED",
    ]);
    const [ended] = await message(page, "CALL_ENDED");
    assert.deepEqual(ended.data, { externalCallId: guid, engagementId: 9001, callEndStatus: "COMPLETED" });
    const [completed] = await message(page, "CALL_COMPLETED");
    assert.equal(completed.data.engagementId, 9001);
    const properties = completed.data.engagementProperties;
    assert.equal(properties.hs_call_disposition, "f240bbac-87c9-4f6e-bf70-924b57d47db7");
    assert.equal(properties.hs_call_body, "Venta › Plan anual\nRenovó");
    assert.equal(properties.hs_call_direction, "OUTBOUND");
    assert.equal(typeof properties.hs_call_duration, "number");
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("an incoming call: announced once, the caller's record opened once, a chat is no call", async () => {
    const env = await envPromise;
    const context = await browser.newContext();
    const { page, errors } = await openHubSpot(context, env);
    const frame = await ucontactIn(page, env);
    await until(page, "INITIALIZED");
    const guid = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    await fromUcontact(frame, assigned(guid, { campaign: "Ventas<-", channel: "telephony", clientId: "59899123456" }));
    await fromUcontact(frame, assigned(guid, { campaign: "Ventas<-", channel: "telephony", clientId: "59899123456" }));
    await fromUcontact(frame, assigned("chat-1", { campaign: "Ventas<-", channel: "whatsapp", clientId: "59899000111" }));
    await until(page, "NAVIGATE_TO_RECORD");
    await page.waitForTimeout(500);
    const sequence = (await types(page)).filter((t) => t !== "READY");
    console.log(`HubSpot incoming sequence: ${sequence.join(" → ")}`);
    assert.deepEqual(sequence, ["INITIALIZED", "LOGGED_IN", "USER_AVAILABLE", "INCOMING_CALL", "NAVIGATE_TO_RECORD"]);
    const [incoming] = await message(page, "INCOMING_CALL");
    assert.equal(incoming.data.fromNumber, "59899123456");
    const [navigate] = await message(page, "NAVIGATE_TO_RECORD");
    assert.deepEqual(navigate.data.objectCoordinates, { portalId: 123, objectTypeId: "0-1", objectId: 501 });
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("a reload mid-call ends and completes the same engagement, and announces nothing again", async () => {
    const env = await envPromise;
    const context = await browser.newContext();
    const { page, cockpit } = await openHubSpot(context, env);
    let frame = await ucontactIn(page, env);
    await until(page, "INITIALIZED");
    const guid = "0b5c4c56-8d1e-4a2b-9c3d-4e5f6a7b8c9d";
    await fromUcontact(frame, assigned(guid, { channel: "telephony", clientId: "59899123456" }));
    await until(page, "INCOMING_CALL");
    await openPanel(cockpit);
    await cockpit.locator(`li.ck-row[data-guid="${guid}"] .ck-hubspot-logged`).waitFor();
    await page.waitForTimeout(1_500);
    // HubSpot's widget reloads the app (a navigation of HubSpot's page keeps its own state).
    await page.evaluate(() => { const iframe = document.querySelector("#calling-widget iframe"); iframe.src = iframe.src; });
    await until(page, "INITIALIZED", 2);
    frame = await ucontactIn(page, env);
    await fromUcontact(frame, assigned(guid, { channel: "telephony", clientId: "59899123456" }));
    await fromUcontact(frame, finished(guid));
    await until(page, "CALL_ENDED");
    const [ended] = await message(page, "CALL_ENDED");
    assert.equal(ended.data.engagementId, 9001, "the engagement created before the reload");
    assert.equal((await message(page, "INCOMING_CALL")).length, 1, "announced once");
    await context.close();
  });

  test("a spoofed HubSpot (uContact's frame posting as HubSpot) dials nothing and is counted", async () => {
    const env = await envPromise;
    const context = await browser.newContext();
    const { page, cockpit } = await openHubSpot(context, env);
    const frame = await ucontactIn(page, env);
    await until(page, "INITIALIZED");
    await frame.evaluate(() => {
      parent.postMessage({ type: "SYNC", hostUrl: "https://evil.example", messageId: "1_1" }, "*");
      parent.postMessage({ type: "DIAL_NUMBER", messageId: "1_2", data: { phoneNumber: "+1 900 555 0199" } }, "*");
    });
    await cockpit.waitForFunction(() => Number(document.querySelector("#ck-inspector")?.dataset.rejected) >= 2);
    await page.waitForTimeout(300);
    const sent = await frame.evaluate(() => window.simulator.received.map((m) => m.data).filter((d) => d.event));
    assert.deepEqual(sent, [], "nothing dialled");
    await context.close();
  });
});

describe("HubSpot not listed", () => {
  test("framed by a HubSpot page whose origin is not listed: no handshake answered, nothing dialled", async () => {
    // Without the cockpit's frame-ancestors (which would stop this framing first), the cockpit's
    // own check is what is left.
    const env = await environment({ hubspot: true, csp: false });
    const other = await serve({
      root: new URL("../../hubspot", import.meta.url).pathname,
      routes: { "/calling-extensions.js": { body: await (await import("node:fs/promises")).readFile(new URL("../../node_modules/@hubspot/calling-extensions-sdk/dist/main.esm.js", import.meta.url)), type: "text/javascript" } },
    });
    try {
      const context = await browser.newContext();
      const { page, cockpit } = await openHubSpot(context, env, other);
      await cockpit.getByText("which is not in hostOrigins").waitFor();
      await page.getByRole("button", { name: "Call (click-to-call)" }).click();
      await page.waitForTimeout(1_000);
      assert.deepEqual(await types(page), [], "no SYNC_ACK, nothing at all");
      assert.equal(page.frames().some((f) => f.url().startsWith(env.ucontact.origin)), false);
      await context.close();
    } finally {
      await other.close();
    }
  });
});
