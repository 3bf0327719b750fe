// The cockpit's benchmark (./dev bench): the release bundle and a stand-in uContact (the
// simulator) on another origin, in headless Chromium, against a minimal hand-written JavaScript
// listener doing the same work on the same events as the baseline. Prints the figures and writes
// them to target/bench-results.json. Machines here are shared and noisy: figures, not a test.
//
//   node bench/run.mjs [--events 10000]

import { readFile, readdir, writeFile, mkdir } from "node:fs/promises";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { fileURLToPath } from "node:url";

import { dist, frameOf, launch, servers } from "../tests/e2e/harness.mjs";
import { launchFirefox } from "../tests/e2e/firefox.mjs";

const root = fileURLToPath(new URL("../", import.meta.url));
const argv = process.argv.slice(2);
const EVENTS = Number(argv[argv.indexOf("--events") + 1] || 10_000) || 10_000;
const PACED = 300;
const SPACING_MS = 8;

const median = (values) => quantile(values, 0.5);
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const index = (sorted.length - 1) * q;
  const [low, high] = [Math.floor(index), Math.ceil(index)];
  return sorted[low] + (sorted[high] - sorted[low]) * (index - low);
}
const round = (value, digits = 2) => Number(value.toFixed(digits));

/** Records, in the top page, when each marker first appears in the panel (in the page, or in
 * the shadow root of a `<ucontact-cockpit>` element). */
function observe() {
  if (window !== top) return;
  window.seen = new Map();
  window.arrived = new Map();
  addEventListener("TrunkApplicationStarted", (event) => {
    window.wasm = event.detail.wasm;
    window.instantiatedAt = performance.now();
  });
  const now = () => performance.timeOrigin + performance.now();
  // When each message reached this page (this listener runs before the page's own).
  addEventListener("message", (event) => {
    const { event: name, data } = event.data ?? {};
    const kind = { assignedInteraction: "A", finishedInteraction: "H" }[name];
    if (kind && typeof data?.guid === "string") window.arrived.set(`${kind}:${data.guid}`, now());
  }, { capture: true });
  const record = (key, at) => { if (!window.seen.has(key)) window.seen.set(key, at); };
  // What the panel renders first: inside the cockpit's root or an element's shadow root, or
  // the baseline's form.
  const rendered = (node) => node.parentNode?.closest?.("#ucontact-cockpit-page") ||
    node.getRootNode() instanceof ShadowRoot || node.matches("aside > form");
  const observer = new MutationObserver((mutations) => {
    const at = now();
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        if (node.nodeType !== 1) continue;
        if (window.firstRenderAt === undefined && rendered(node)) window.firstRenderAt = performance.now();
        if (window.formReadyAt === undefined && node.querySelector?.('form[class*="ck-dial"] button[type=submit]')) {
          window.formReadyAt = performance.now();
        }
        const region = node.closest("section")?.getAttribute("aria-labelledby");
        const guid = node.matches(".ck-guid") ? node : node.querySelector(".ck-guid");
        if (guid && region) record(`${region === "ck-active-heading" ? "A" : "H"}:${guid.textContent}`, at);
        const comment = node.matches(".ck-comment") ? node : node.querySelector(".ck-comment");
        const marker = comment?.textContent.match(/d-\d+/);
        if (marker) record(`D:${marker[0]}`, at);
      }
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    observer.observe(root, { childList: true, subtree: true });
    return root;
  };
}

/** In uContact's frame: the burst, as fast as it can be posted. */
async function burst([count, prefix]) {
  const origin = new URL(document.referrer).origin;
  const post = (message) => parent.postMessage(message, origin);
  const started = performance.timeOrigin + performance.now();
  const lag = 3;
  for (let i = 0; i < count + lag; i++) {
    if (i < count) post({ event: "assignedInteraction", data: { guid: `${prefix}${i}`, campaign: "Sales", channel: "Phone", clientId: String(10_000_000 + i) } });
    const j = i - lag;
    if (j >= 0) {
      post({ event: "sentDisposition", data: { guid: `${prefix}${j}`, comment: `d-${j}`, levelsId: ["1", "12"], levelsValue: ["Sale", "Annual"] } });
      post({ event: "finishedInteraction", data: { guid: `${prefix}${j}`, finishDate: "2026-11-25 10:00:00" } });
    }
  }
  return started;
}

/** In uContact's frame: every assignment first, then every finish, as fast as they post. */
async function burstThenFinish([count, prefix]) {
  const origin = new URL(document.referrer).origin;
  const post = (message) => parent.postMessage(message, origin);
  const started = performance.timeOrigin + performance.now();
  for (let i = 0; i < count; i++) {
    post({ event: "assignedInteraction", data: { guid: `${prefix}${i}`, campaign: "Sales", channel: "Phone", clientId: String(i) } });
  }
  for (let i = 0; i < count; i++) {
    post({ event: "finishedInteraction", data: { guid: `${prefix}${i}`, finishDate: "2026-11-25 10:00:00" } });
  }
  return started;
}

/** In uContact's frame: assignments only, to fill the active set. */
function assignMany([count, prefix]) {
  const origin = new URL(document.referrer).origin;
  for (let i = 0; i < count; i++) {
    parent.postMessage({ event: "assignedInteraction", data: { guid: `${prefix}${i}`, campaign: "Sales", channel: "Phone", clientId: String(i) } }, origin);
  }
}

/** In uContact's frame: finished interactions only, to fill history. */
function fill([count, prefix]) {
  const origin = new URL(document.referrer).origin;
  for (let i = 0; i < count; i++) {
    parent.postMessage({ event: "finishedInteraction", data: { guid: `${prefix}${i}`, finishDate: "2026-11-25 10:00:00" } }, origin);
  }
}

/** In uContact's frame: assign then finish, one event every `spacing` ms; when each was sent. */
async function paced([count, prefix, spacing]) {
  const origin = new URL(document.referrer).origin;
  const sent = {};
  const pause = () => new Promise((done) => setTimeout(done, spacing));
  for (let i = 0; i < count; i++) {
    const guid = `${prefix}${i}`;
    sent[`A:${guid}`] = performance.timeOrigin + performance.now();
    parent.postMessage({ event: "assignedInteraction", data: { guid, campaign: "Sales", channel: "Phone", clientId: "1" } }, origin);
    await pause();
    sent[`H:${guid}`] = performance.timeOrigin + performance.now();
    parent.postMessage({ event: "finishedInteraction", data: { guid, finishDate: "2026-11-25 10:00:00" } }, origin);
    await pause();
  }
  return sent;
}

async function open(browser, env, path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(600_000);
  await page.addInitScript(observe);
  await page.goto(env.cockpit.url + path);
  await page.locator("iframe#uContact").waitFor();
  const frame = await frameOf(page, env.ucontact.origin);
  await frame.waitForFunction(() => document.readyState === "complete");
  await page.waitForTimeout(300);
  return { context, page, frame };
}

async function waitSeen(page, key) {
  await page.waitForFunction((key) => window.seen.has(key), key, { polling: 50, timeout: 600_000 });
  return page.evaluate((key) => window.seen.get(key), key);
}

/** Per event: from postMessage in uContact to the DOM updated, and from the message's arrival
 * in the page to the DOM updated (the page's own processing). */
async function latencies(page, frame, prefix) {
  const sent = await frame.evaluate(paced, [PACED / 2, prefix, SPACING_MS]);
  await waitSeen(page, `H:${prefix}${PACED / 2 - 1}`);
  const [seen, arrived] = await page.evaluate(
    (keys) => [keys.map((key) => window.seen.get(key)), keys.map((key) => window.arrived.get(key))],
    Object.keys(sent),
  );
  return {
    total: Object.values(sent).map((at, i) => seen[i] - at),
    processing: arrived.map((at, i) => seen[i] - at),
  };
}

const summary = (values) => ({ median: round(median(values)), p95: round(quantile(values, 0.95)) });

async function memory(page) {
  return page.evaluate(() => {
    globalThis.gc?.();
    return {
      wasmBytes: window.wasm?.memory?.buffer.byteLength ?? null,
      jsHeapBytes: performance.memory?.usedJSHeapSize ?? null,
      domNodes: document.getElementsByTagName("*").length,
    };
  });
}

async function measure(browser, env, path, label) {
  console.error(`… ${label}: burst of ${EVENTS} assigned + ${EVENTS} dispositions + ${EVENTS} finished`);
  const result = {};
  {
    const { context, page, frame } = await open(browser, env, path);
    const started = await frame.evaluate(burst, [EVENTS, "b-"]);
    const done = await waitSeen(page, `H:b-${EVENTS - 1}`);
    result.burstSeconds = round((done - started) / 1000);
    result.burstPerEventMs = round((done - started) / (3 * EVENTS), 4);
    result.afterBurst = await memory(page);
    await context.close();
  }
  console.error(`… ${label}: ${EVENTS} assigned, then ${EVENTS} finished, as fast as posted`);
  {
    const { context, page, frame } = await open(browser, env, path);
    const started = await frame.evaluate(burstThenFinish, [EVENTS, "t-"]);
    const done = await waitSeen(page, `H:t-${EVENTS - 1}`);
    result.assignAllThenFinishSeconds = round((done - started) / 1000);
    await context.close();
  }
  console.error(`… ${label}: per-event latency with 10 and with 1,000 interactions active`);
  {
    const { context, page, frame } = await open(browser, env, path);
    await frame.evaluate(paced, [50, "w-", SPACING_MS]);
    await waitSeen(page, "H:w-49");
    await frame.evaluate(assignMany, [10, "a10-"]);
    await waitSeen(page, "A:a10-9");
    await page.evaluate(() => { window.seen.clear(); window.arrived.clear(); });
    const few = await latencies(page, frame, "p10-");
    await frame.evaluate(assignMany, [990, "a1000-"]);
    await page.waitForFunction(() => Number(document.querySelector("[data-count]")?.dataset.count ?? document.getElementById("active-count")?.textContent) >= 1000,
      null, { polling: 100, timeout: 600_000 });
    await page.evaluate(() => { window.seen.clear(); window.arrived.clear(); });
    const many = await latencies(page, frame, "p1000-");
    result.activeLatencyMs = { active10: summary(few.total), active1000: summary(many.total) };
    result.ratio1000to10Active = round(median(many.total) / median(few.total));
    await context.close();
  }
  console.error(`… ${label}: per-event latency with 100 and with 10,000 entries in history`);
  {
    const { context, page, frame } = await open(browser, env, path);
    // Warm up (the engine optimises code that runs often) with 50 paced interactions, which
    // also puts the first 50 entries in history; then fill it to 100.
    await frame.evaluate(paced, [50, "w-", SPACING_MS]);
    await waitSeen(page, "H:w-49");
    await frame.evaluate(fill, [50, "f-"]);
    await waitSeen(page, "H:f-49");
    const small = await latencies(page, frame, "s-");
    await frame.evaluate(fill, [10_000 - 100 - PACED / 2, "g-"]);
    await waitSeen(page, `H:g-${10_000 - 100 - PACED / 2 - 1}`);
    await page.evaluate(() => { window.seen.clear(); window.arrived.clear(); });
    const large = await latencies(page, frame, "l-");
    result.latencyMs = { history100: summary(small.total), history10000: summary(large.total) };
    result.processingMs = { history100: summary(small.processing), history10000: summary(large.processing) };
    result.ratio10000to100 = round(median(large.total) / median(small.total));
    result.afterLatency = await memory(page);
    await context.close();
  }
  return result;
}

/** What a page downloads: the standalone page (index.html, its favicon, the loader, the
 * WebAssembly) and an intranet page with the element (its module, the loader, the WebAssembly). */
async function bundle() {
  const files = await readdir(dist);
  const loader = files.find((name) => /^cockpit-[0-9a-f]+\.js$/.test(name));
  const wasm = files.find((name) => name.endsWith(".wasm"));
  const favicon = files.find((name) => name.startsWith("favicon"));
  const sizes = async (names) => {
    const total = { raw: 0, gzip: 0, brotli: 0 };
    for (const name of names) {
      const bytes = await readFile(`${dist}/${name}`);
      total.raw += bytes.length;
      total.gzip += gzipSync(bytes, { level: 9 }).length;
      total.brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    }
    return total;
  };
  return {
    page: await sizes(["index.html", favicon, loader, wasm]),
    element: await sizes(["ucontact-cockpit.js", loader, wasm]),
    wasm: await sizes([wasm]),
  };
}

/** Start-up of `url`, cold, seven times: when the WebAssembly and config.json had arrived,
 * when it was instantiated, first rendered, and interactive (the dial form in the DOM). */
async function startup(browser, url) {
  const runs = [];
  for (let run = 0; run < 7; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(observe);
    await page.goto(url);
    await page.waitForFunction(() => window.formReadyAt !== undefined);
    runs.push(await page.evaluate(() => {
      const resource = (pattern) => performance.getEntriesByType("resource").find((r) => pattern.test(r.name))?.responseEnd;
      return {
        wasm: resource(/\.wasm$/),
        config: resource(/config\.json$/),
        instantiated: window.instantiatedAt,
        firstRender: window.firstRenderAt,
        interactive: window.formReadyAt,
      };
    }));
    await context.close();
  }
  const pick = (key) => runs.map((r) => r[key]).filter((v) => v !== undefined);
  const breakdown = Object.fromEntries(["wasm", "config", "instantiated", "firstRender", "interactive"]
    .map((key) => [key, pick(key).length ? round(median(pick(key))) : null]));
  return { medianMs: round(median(pick("interactive"))), runsMs: pick("interactive").map((t) => round(t)), breakdownMs: breakdown };
}

/** The same start-up in Firefox ESR (puppeteer-core over WebDriver BiDi), each run in a fresh
 * browser context: the interactive time only (its resource timings are the same files). */
async function firefoxStartup(url) {
  const firefox = await launchFirefox();
  try {
    const runs = [];
    for (let run = 0; run < 7; run++) {
      const context = await firefox.createBrowserContext();
      const page = await context.newPage();
      await page.evaluateOnNewDocument(observe);
      await page.goto(url);
      const deadline = Date.now() + 20_000;
      let ready;
      // Polled: the page's CSP blocks puppeteer's waitForFunction in Firefox.
      while ((ready = await page.evaluate(() => window.formReadyAt)) === undefined && Date.now() < deadline) {
        await new Promise((done) => setTimeout(done, 20));
      }
      if (ready !== undefined) runs.push(ready);
      await context.close();
    }
    return { medianMs: round(median(runs)), runsMs: runs.map((t) => round(t)) };
  } finally {
    await firefox.close();
  }
}

/** The shift report with 20,000 interactions in history: from the Report button's click to the
 * report in the DOM (computing it and rendering it), five times. */
async function reportTime(browser, env) {
  const { context, page, frame } = await open(browser, env, "");
  await frame.evaluate(burst, [20_000, "r-"]);
  await waitSeen(page, "H:r-19999");
  const runs = [];
  for (let run = 0; run < 5; run++) {
    runs.push(await page.evaluate(async () => {
      const button = document.querySelector(".ck-report-button");
      const shown = new Promise((resolve) => {
        new MutationObserver((_, observer) => {
          if (document.querySelector(".ck-report")) {
            observer.disconnect();
            resolve(performance.now());
          }
        }).observe(document.body, { childList: true, subtree: true });
      });
      const started = performance.now();
      button.click();
      const ended = await shown;
      button.click();
      await new Promise((done) => setTimeout(done, 100));
      return ended - started;
    }));
  }
  const handled = await page.evaluate(async () => {
    document.querySelector(".ck-report-button").click();
    await new Promise((done) => setTimeout(done, 100));
    return document.querySelector(".ck-figure-handled dd")?.textContent;
  });
  await context.close();
  return { interactions: handled, medianMs: round(median(runs)), runsMs: runs.map((t) => round(t)) };
}

async function flatMemory(browser) {
  // A bounded history: memory must stop growing once it is full.
  const env = await servers({ extraConfig: { historyLimit: 1_000 } });
  try {
    const { context, page, frame } = await open(browser, env, "");
    const samples = [];
    for (let round = 0; round < 6; round++) {
      await frame.evaluate(fill, [5_000, `m${round}-`]);
      await waitSeen(page, `H:m${round}-4999`);
      // The benchmark's own bookkeeping is not the cockpit's memory.
      await page.evaluate(() => { window.seen.clear(); window.arrived.clear(); });
      samples.push(await memory(page));
    }
    await context.close();
    return samples;
  } finally {
    await env.close();
  }
}

/**
 * Forwarding's cost: a burst of about 20,000 events (6,667 interactions) with forwarding to a
 * collector on another origin and without, and the paced per-event processing time with and
 * without; how many requests the burst became, and when the last event was delivered.
 */
async function forwarding(browser) {
  const count = 6_667;
  const results = {};
  for (const forward of [false, true]) {
    const env = await servers(forward ? { forward: {} } : {});
    try {
      const { context, page, frame } = await open(browser, env, "");
      const startedHere = Date.now();
      const started = await frame.evaluate(burst, [count, "fw-"]);
      const done = await waitSeen(page, `H:fw-${count - 1}`);
      const run = { burstSeconds: round((done - started) / 1000) };
      if (forward) {
        const events = 3 * count;
        const deadline = Date.now() + 300_000;
        while (env.collector.events.length < events && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
        run.events = events;
        run.delivered = env.collector.events.length;
        run.requests = env.collector.requests;
        run.duplicates = env.collector.duplicates;
        run.deliveredSecondsAfterBurstStart = round((Date.now() - startedHere) / 1000);
        run.dropped = Number(await page.locator("#ck-forward").getAttribute("data-dropped"));
      }
      await page.evaluate(() => { window.seen.clear(); window.arrived.clear(); });
      const paced = await latencies(page, frame, "fp-");
      run.processingMs = summary(paced.processing);
      await context.close();
      results[forward ? "forwarding" : "without"] = run;
    } finally {
      await env.close();
    }
  }
  const { forwarding: on, without: off } = results;
  results.addedMsPerEventInBurst = round(((on.burstSeconds - off.burstSeconds) * 1000) / (3 * count), 4);
  results.addedMedianProcessingMs = round(on.processingMs.median - off.processingMs.median, 3);
  return results;
}

const browser = await launch(["--enable-precise-memory-info", "--js-flags=--expose-gc"]);
if (argv.includes("--forwarding-only")) {
  try {
    console.log(JSON.stringify(await forwarding(browser), null, 2));
  } finally {
    await browser.close();
  }
  process.exit(0);
}
const env = await servers({
  intranet: true,
  cockpitRoutes: {
    "/bench-baseline.html": { type: "text/html", body: await readFile(`${root}bench/baseline.html`) },
    "/bench-baseline.js": { type: "text/javascript", body: await readFile(`${root}bench/baseline.js`) },
  },
});
try {
  const results = { date: new Date().toISOString(), events: EVENTS };
  results.bundle = await bundle();
  console.error("… start-up to an interactive form, the cockpit and the baseline");
  results.startup = await startup(browser, env.cockpit.url);
  results.baselineStartup = await startup(browser, `${env.cockpit.url}bench-baseline.html`);
  // The element on the example intranet page (another origin), which loads its module.
  results.elementStartup = await startup(browser, `${env.intranet.url}index.html?cockpit=${encodeURIComponent(env.cockpit.url)}`);
  console.error("… the same start-ups in Firefox ESR");
  results.firefoxStartup = await firefoxStartup(env.cockpit.url);
  results.firefoxBaselineStartup = await firefoxStartup(`${env.cockpit.url}bench-baseline.html`);
  results.cockpit = await measure(browser, env, "", "cockpit");
  results.baseline = await measure(browser, env, "bench-baseline.html", "baseline");
  console.error("… the shift report with 20,000 interactions in history");
  results.report20000 = await reportTime(browser, env);
  console.error("… forwarding: a burst of 20,000 events to a collector, and the per-event cost");
  results.forwarding = await forwarding(browser);
  console.error("… memory with a bounded history (historyLimit 1,000), six rounds of 5,000 events");
  results.boundedMemory = await flatMemory(browser);
  const c = results.cockpit;
  const b = results.baseline;
  results.ratios = {
    startup: round(results.startup.medianMs / results.baselineStartup.medianMs),
    elementStartup: round(results.elementStartup.medianMs / results.baselineStartup.medianMs),
    firefoxStartup: round(results.firefoxStartup.medianMs / results.firefoxBaselineStartup.medianMs),
    burst: round(c.burstSeconds / b.burstSeconds),
    assignAllThenFinish: round(c.assignAllThenFinishSeconds / b.assignAllThenFinishSeconds),
    medianLatencyActive10: round(c.activeLatencyMs.active10.median / b.activeLatencyMs.active10.median),
    medianLatencyActive1000: round(c.activeLatencyMs.active1000.median / b.activeLatencyMs.active1000.median),
    medianLatency100: round(c.latencyMs.history100.median / b.latencyMs.history100.median),
    medianLatency10000: round(c.latencyMs.history10000.median / b.latencyMs.history10000.median),
    p95Latency10000: round(c.latencyMs.history10000.p95 / b.latencyMs.history10000.p95),
    medianProcessing10000: round(c.processingMs.history10000.median / b.processingMs.history10000.median),
  };
  await mkdir(`${root}target`, { recursive: true });
  await writeFile(`${root}target/bench-results.json`, JSON.stringify(results, null, 2));
  console.log(JSON.stringify(results, null, 2));
} finally {
  await browser.close();
  await env.close();
}
