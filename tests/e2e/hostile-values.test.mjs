// At least 10,000 hostile values posted from uContact's own origin and window (the frame
// itself, so every one passes the origin and source checks and reaches the decoder): every
// kind of value in every field, 100,000-deep nesting of objects and arrays, 10 MB strings,
// lone surrogates, NUL, __proto__ keys, Dates, Maps, typed arrays, markup and CSS. The page
// must show no error, and a valid event right after must be processed.

import assert from "node:assert/strict";
import { test } from "node:test";

import { activeRows, assigned, counts, fromUcontact, openCockpit, start, violations } from "./harness.mjs";

const TOTAL = 10_000;

const { browser, env } = await start();

/** Runs inside the uContact frame: builds the hostile messages and posts them to the cockpit. */
async function postHostileValues(total) {
  const deepArray = (depth) => { let v = []; for (let i = 0; i < depth; i++) v = [v]; return v; };
  const deepObject = (depth) => { let v = {}; for (let i = 0; i < depth; i++) v = { v }; return v; };
  // Chromium's own serializer refuses the deepest of these (a RangeError in the sender), so
  // shallower ones make sure deep nesting does reach the cockpit too.
  const heavy = [1_000, 10_000, 100_000].flatMap((depth) => [deepArray(depth), deepObject(depth)]);
  heavy.push("x".repeat(10 * 1024 * 1024));
  const light = [
    undefined, null, true, false, 0, -0, 1.5, NaN, Infinity, -Infinity, 1e308, 2n ** 70n,
    "", "g", "\uD800", "a\uDFFFb", "\0", "a\u0000b", "\u202Eevil", "\t\n\r", "é".repeat(300),
    "<script>window.pwned=1</script>", "<img src=x onerror=window.pwned=1>", "</style><b>x</b>",
    "red;} body { display: none", "url(javascript:alert(1))", "expression(alert(1))", "var(--bg)",
    "#fff", "rgb(1 2 3)", "hsl(120 50% 50%)", "transparent", "es-UY", "__proto__", "constructor",
    [], [1, "a", null], ["1", "2"], new Array(100_000), {}, { a: 1 },
    JSON.parse('{"__proto__": {"polluted": true}, "guid": "p"}'), Object.create(null),
    new Date(), new Date(NaN), new Map([["guid", "g"]]), new Set(["g"]), new Uint8Array(16),
    new Float64Array([1, 2]), new ArrayBuffer(32), new DataView(new ArrayBuffer(4)), /guid/g,
    new Error("boom"), new String("boxed"), new Number(7), new Boolean(true), new Blob(["blob"]),
  ];
  const shapes = {
    assignedInteraction: () => ({ guid: "g", campaign: "c", channel: "p", clientId: "1" }),
    finishedInteraction: () => ({ guid: "g", finishDate: "2024-05-10 14:33:12" }),
    sentDisposition: () => ({ guid: "g", comment: "c", levelsId: ["1"], levelsValue: ["v"] }),
    changedTheme: () => ({ dark: false, primary: "#123456" }),
  };
  const names = [...Object.keys(shapes), "changedLanguage", "unknownEvent", "__proto__", ""];
  const messages = [];
  const all = [...light, ...heavy];
  // Every value in every field of every event, in `event`, as `data`, and as the message.
  for (const value of all) {
    messages.push(value, { event: value, data: {} });
    for (const name of names) messages.push({ event: name, data: value });
    for (const [name, shape] of Object.entries(shapes)) {
      for (const field of Object.keys(shape())) messages.push({ event: name, data: { ...shape(), [field]: value } });
      const inList = shape();
      if ("levelsId" in inList) messages.push({ event: name, data: { ...inList, levelsId: [value], levelsValue: [value, value] } });
    }
  }
  // Then random mixtures of light values until the total is reached.
  const pick = (list) => list[Math.floor(Math.random() * list.length)];
  while (messages.length < total) {
    const name = pick(names);
    let data = pick(light);
    if (Object.hasOwn(shapes, name)) {
      // A fresh object: its fields are replaced, never those of the shared values.
      data = shapes[name]();
      for (const field of Object.keys(data)) if (Math.random() < 0.5) data[field] = pick(light);
      if (Math.random() < 0.2) Object.defineProperty(data, pick(["__proto__", "extra", "guid"]), { value: pick(light), enumerable: true });
    }
    messages.push(Math.random() < 0.05 ? pick(light) : { event: name, data });
  }
  let posted = 0;
  const refused = {};
  for (let i = 0; i < messages.length; i++) {
    try {
      window.parent.postMessage(messages[i], document.referrer ? new URL(document.referrer).origin : "*");
      posted++;
    } catch (error) {
      // The browser itself refuses to clone some values (nesting beyond its serializer's stack).
      refused[error.name] = (refused[error.name] ?? 0) + 1;
    }
    if (i % 250 === 249) await new Promise((done) => setTimeout(done, 0));
  }
  return { built: messages.length, posted, refused };
}

test(`${TOTAL} hostile values from uContact's own frame: no error, and the next valid event works`, { timeout: 600_000 }, async () => {
  const { page, frame, errors } = await openCockpit(browser, env);
  // Warm up: every component has been shown once, so all the static styles exist.
  await fromUcontact(frame, assigned("warm-up"));
  await fromUcontact(frame, { event: "sentDisposition", data: { guid: "warm-up", comment: "", levelsId: ["1"], levelsValue: [] } });
  await fromUcontact(frame, { event: "finishedInteraction", data: { guid: "warm-up", finishDate: "now" } });
  await page.waitForFunction(() => document.querySelector("#ck-inspector").dataset.accepted === "3");
  const styles = await page.locator("style").count();
  const started = Date.now();
  // A few hundred more than TOTAL are built, since the browser refuses to send some.
  const { built, posted, refused } = await frame.evaluate(postHostileValues, TOTAL + 200);
  assert.ok(posted >= TOTAL, `posted ${posted} of ${built}`);
  await page.waitForFunction(
    (posted) => {
      const el = document.querySelector("#ck-inspector");
      return Number(el.dataset.accepted) + Number(el.dataset.rejected) >= posted + 3;
    },
    posted,
    { timeout: 300_000, polling: 250 },
  );
  const seconds = (Date.now() - started) / 1000;
  const { accepted, rejected } = await counts(page);
  console.log(`hostile values: built ${built}, posted ${posted}, refused by the browser ${JSON.stringify(refused)}; ` +
    `cockpit accepted ${accepted}, rejected ${rejected}, in ${seconds.toFixed(1)} s`);
  assert.equal(accepted + rejected, posted + 3, "every posted message was counted once");
  assert.ok(rejected > accepted, "most of them are refused");

  // Some of the storm was valid, "es-UY" among the languages: back to English, then a new one.
  await fromUcontact(frame, { event: "changedLanguage", data: "en" });
  await fromUcontact(frame, assigned("valid-after-the-storm", { clientId: "C-after" }));
  await activeRows(page).filter({ hasText: "valid-after-the-storm" }).waitFor();
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.locator("aside script, aside img, aside [onerror], aside [onload]").count(), 0);
  assert.equal(await page.locator("style").count(), styles, "no style element added");
  assert.ok(await page.locator("body").isVisible());
  assert.deepEqual(errors, []);
  assert.deepEqual(await violations(page), []);
  await page.close();
});
