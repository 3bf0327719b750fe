// What the end-to-end tests share: the built cockpit (dist/), the bundled simulator as a
// stand-in uContact, and hostile pages, each served on its own loopback port (its own origin),
// and Debian's Chromium driven by playwright-core.

import { existsSync, readFileSync } from "node:fs";
import { after } from "node:test";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

import { collect } from "../../tools/collector.mjs";
import { contentSecurityPolicy, intranetElementPolicy } from "../../tools/csp.mjs";
import { serve } from "../../tools/static-server.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
export const dist = `${root}dist`;
export const simulator = `${root}simulator`;
export const intranetRoot = `${root}intranet`;

if (!existsSync(`${dist}/index.html`)) {
  throw new Error("dist/ has no build: run `trunk build --release` first (./dev test does)");
}
if (readFileSync(`${dist}/index.html`, "utf8").includes("__trunk_address__")) {
  throw new Error("dist/ holds a development build (from trunk serve): run `trunk build --release` first");
}

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

/**
 * Chromium; `ignoreDefaultArgs` drops some of Playwright's own (`--disable-popup-blocking`).
 * A browser that crashes while it starts (seen once on a loaded 2-core machine: SIGSEGV before
 * any page) is started again, twice at most, and said; nothing of the cockpit has run yet.
 */
export async function launch(extraArgs = [], { ignoreDefaultArgs } = {}) {
  const options = {
    executablePath: CHROMIUM,
    ignoreDefaultArgs,
    args: [
      ...extraArgs,
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  };
  for (let attempt = 1; ; attempt++) {
    try {
      return await chromium.launch(options);
    } catch (error) {
      if (attempt === 3) throw error;
      console.error(`Chromium did not start (attempt ${attempt}): ${String(error.message).split("\n")[0]}; starting it again`);
    }
  }
}

/**
 * Launches Chromium and, unless `options` is null, the servers (see `servers`), for one test
 * file; both stop when its tests are done.
 */
export async function start(options = {}) {
  const browser = await launch();
  const env = options === null ? undefined : await servers(options);
  after(async () => {
    await browser.close();
    await env?.close();
  });
  return { browser, env };
}

/**
 * Serves the simulator as uContact (with `hostile.html` beside it), a third origin serving
 * `hostile.html`, and the cockpit with a `config.json` pointing at uContact. The cockpit is
 * served under the strict Content-Security-Policy of `tools/csp.mjs` unless `csp` is false.
 * `ucontactPath` is appended to uContact's URL in the configuration (`?quiet` by default: the
 * simulator then does not announce language and theme, and every count starts at zero);
 * `ucontactHeaders` are sent with every uContact answer, `intranetHeaders` with every intranet
 * answer; `extraConfig` adds keys to the default `config.json`.
 */
export async function servers({
  config,
  extraConfig = {},
  csp = true,
  ucontactPath = "?quiet",
  ucontactHeaders = {},
  cockpitRoutes = {},
  intranet = false,
  intranetHeaders: extraIntranetHeaders = {},
  hubspot = false,
  forward = null,
} = {}) {
  const hostileRoutes = { "/hostile.html": { type: "text/html", body: HOSTILE_PAGE } };
  const ucontact = await serve({ root: simulator, routes: hostileRoutes, headers: ucontactHeaders });
  const hostile = await serve({ root: simulator, routes: hostileRoutes });
  // A third origin, the example intranet, embeds the cockpit: its policy is set once the
  // cockpit's origin is known (the headers object is read at every answer).
  const intranetHeaders = { ...extraIntranetHeaders };
  const intranetServer = intranet ? await serve({ root: intranetRoot, headers: intranetHeaders }) : null;
  // The stand-in HubSpot page, with HubSpot's own SDK from node_modules.
  const hubspotServer = hubspot
    ? await serve({
      root: `${root}hubspot`,
      routes: { "/calling-extensions.js": { body: readFileSync(`${root}node_modules/@hubspot/calling-extensions-sdk/dist/main.esm.js`), type: "text/javascript" } },
    })
    : null;
  // The stand-in collector of forwarded CloudEvents (`forward`: extra keys of the config's
  // `forward`), parsing with the CloudEvents SDK; it answers CORS for the cockpit's origin.
  const collectorOrigins = [];
  const collector = forward ? await collect({ origins: collectorOrigins }) : null;
  const body = config === undefined
    ? JSON.stringify({
        ucontactUrl: ucontact.url + ucontactPath,
        campaigns: ["Sales", "Support"],
        channels: ["Phone"],
        ...(intranetServer ? { hostOrigins: [intranetServer.origin] } : {}),
        ...(hubspotServer ? {
          hubspot: {
            hostOrigins: [hubspotServer.origin],
            campaign: "Salientes->",
            dispositions: { Venta: "f240bbac-87c9-4f6e-bf70-924b57d47db7", "No venta": "a4c4c377-d246-4b32-a13b-75a56a4cd0ff" },
          },
        } : {}),
        ...(collector ? { forward: { url: collector.url, ...forward } } : {}),
        ...extraConfig,
      })
    : config;
  const routes = { ...hostileRoutes, ...(body === null ? {} : { "/config.json": { body } }), ...cockpitRoutes };
  const policy = contentSecurityPolicy({
    html: readFileSync(`${dist}/index.html`, "utf8"),
    ucontactOrigin: ucontact.origin,
    frameAncestors: [intranetServer && `'self' ${intranetServer.origin}`, hubspotServer?.origin].filter(Boolean).join(" ") || "'none'",
    connectSources: collector ? [collector.origin] : [],
  });
  const cockpitHeaders = {
    ...(csp ? { "content-security-policy": policy } : {}),
    ...(intranetServer ? { "access-control-allow-origin": intranetServer.origin } : {}),
  };
  const cockpit = await serve({ root: dist, routes, headers: cockpitHeaders });
  collectorOrigins.push(cockpit.origin, ...(intranetServer ? [intranetServer.origin] : []));
  if (intranetServer && csp) {
    // Both ways of embedding, under one strict policy: the element, and the framed cockpit.
    const element = intranetElementPolicy({
      cockpitOrigin: cockpit.origin,
      ucontactOrigin: ucontact.origin,
      connectSources: collector ? [collector.origin] : [],
    });
    intranetHeaders["content-security-policy"] = element.replace("frame-src ", `frame-src ${cockpit.origin} `);
  }
  const servers = [cockpit, ucontact, hostile, ...(intranetServer ? [intranetServer] : []), ...(hubspotServer ? [hubspotServer] : [])];
  return {
    cockpit,
    ucontact,
    hostile,
    intranet: intranetServer,
    hubspot: hubspotServer,
    collector,
    policy,
    close: () => Promise.all([...servers, ...(collector ? [collector] : [])].map((server) => server.close())),
  };
}

/**
 * A page that posts whatever `?m=` holds to its parent, to the top and to its opener, whichever
 * are not itself, and records every message it receives in `window.received`.
 */
const HOSTILE_PAGE = `<!doctype html><meta charset="utf-8"><title>hostile</title>
<script>
  window.received = [];
  addEventListener("message", (e) => window.received.push({ origin: e.origin, data: e.data }));
  const raw = new URLSearchParams(location.search).get("m");
  if (raw) {
    const message = JSON.parse(raw);
    for (const target of new Set([parent, top, opener])) {
      if (target && target !== window) target.postMessage(message, "*");
    }
  }
</script>`;

/** The URL of `hostile.html` on a server, posting `message`. */
export function hostileUrl(server, message, host) {
  const base = host ? server.url.replace("127.0.0.1", host) : server.url;
  return `${base}hostile.html?m=${encodeURIComponent(JSON.stringify(message))}`;
}

/**
 * Opens the cockpit and waits for the uContact frame to be ready. Page errors and console
 * errors are collected in `errors`.
 */
export async function openCockpit(browser, servers, { storedShift } = {}) {
  const { page, errors } = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(servers.cockpit.url);
  if (storedShift) await answerStoredShift(page, storedShift);
  await page.locator("iframe#uContact").waitFor();
  const frame = await frameOf(page, servers.ucontact.origin);
  await frame.waitForFunction(() => window.simulator !== undefined);
  return { page, frame, errors };
}

/**
 * Answers the question a cockpit opened with a stored shift and no tab of it open asks:
 * `"continue"` or `"end"`. Fails when it is not asked.
 */
export async function answerStoredShift(page, answer) {
  const question = page.getByRole("region", { name: "A shift is stored in this browser" });
  await question.waitFor({ timeout: 10_000 });
  const name = answer === "end" ? "End it and start a new one" : "Continue that shift";
  await question.getByRole("button", { name }).click();
}

/** The frame of `page` showing `origin`, once it does. */
export async function frameOf(page, origin) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const frame = page.frames().find((f) => f.url().startsWith(origin));
    if (frame) return frame;
    await page.waitForTimeout(50);
  }
  throw new Error(`no frame from ${origin}`);
}

/** Records every `securitypolicyviolation` of the top page in `window.violations`. */
export async function recordViolations(page) {
  await page.addInitScript(() => {
    if (window !== top) return;
    window.violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

export async function violations(page) {
  return page.evaluate(() => window.violations);
}

/** Checks the page with axe-core against WCAG 2.1 A and AA; the uContact frame is not ours. */
export async function accessibilityViolations(page) {
  const source = readFileSync(`${root}node_modules/axe-core/axe.min.js`, "utf8");
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(source);
  return page.evaluate(async () => {
    const result = await window.axe.run(
      { exclude: [["iframe#uContact"]] },
      { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } },
    );
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  });
}

/** axe's WCAG 2.1 A/AA violations in each theme (light, dark) and each language (en, es-UY,
 * pt-BR), uContact's frame telling the cockpit to switch; each prefixed with where it was found. */
export async function violationsInEveryThemeAndLanguage(page, frame) {
  const found = [];
  for (const dark of [false, true]) {
    for (const language of ["en", "es-UY", "pt-BR"]) {
      await fromUcontact(frame, { event: "changedTheme", data: { dark, primary: dark ? "#58a6ff" : "#0b5cad" } });
      await fromUcontact(frame, { event: "changedLanguage", data: language });
      await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
      for (const violation of await accessibilityViolations(page)) found.push(`${dark ? "dark" : "light"} ${language}: ${violation}`);
    }
  }
  return found;
}

/** The inspector's counters, as numbers. */
export async function counts(page) {
  return page.locator("#ck-inspector").evaluate((el) => ({
    accepted: Number(el.dataset.accepted),
    rejected: Number(el.dataset.rejected),
  }));
}

/** Waits until the inspector has counted `n` more accepted or rejected messages than `before`. */
export async function waitForCount(page, kind, target) {
  await page.waitForFunction(
    ([kind, target]) => Number(document.querySelector("#ck-inspector")?.dataset[kind]) >= target,
    [kind, target],
  );
}

/** Posts a message from inside the uContact frame, as uContact would. */
export async function fromUcontact(frame, message) {
  await frame.evaluate((m) => window.simulator.post(m), message);
}

export const activeRows = (page) => page.getByRole("region", { name: "Active interactions" }).locator("li.ck-row");
export const historyRows = (page) => page.getByRole("region", { name: "History" }).locator("li.ck-row");

/** Servers (see `servers`) for one describe block, closed when its file is done. */
export async function environment(options = {}) {
  const env = await servers(options);
  after(() => env.close());
  return env;
}

/**
 * A new page of `context` (or browser) that records its page errors and console errors in
 * `errors` (`ignore` says which console errors are not the cockpit's), and its CSP violations.
 */
export async function newPage(context, { ignore = () => false, viewport } = {}) {
  const page = await (viewport ? context.newPage({ viewport }) : context.newPage());
  page.setDefaultTimeout(10_000);
  await recordViolations(page);
  const errors = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && !ignore(message.text())) errors.push(`console: ${message.text()}`);
  });
  return { page, errors };
}

/**
 * What the simulator in `frame` received from the cockpit, after a canary posted to it by
 * `page` proves that delivery is done; `inElement` when the uContact frame is inside the
 * element's shadow root.
 */
export async function received(page, frame, inElement = false) {
  // A canary of this call's own, posted after whatever the cockpit posted: once it is there,
  // so is everything before it (an earlier call's canary would prove nothing).
  const canary = `canary-${++canaries}`;
  await page.evaluate(({ inElement, canary }) => {
    const root = inElement ? document.querySelector("ucontact-cockpit").shadowRoot : document;
    root.getElementById("uContact").contentWindow.postMessage(canary, "*");
  }, { inElement, canary });
  await frame.waitForFunction((canary) => window.simulator.received.some((m) => m.data === canary), canary);
  return frame.evaluate(() => window.simulator.received.map((m) => m.data)
    .filter((d) => !(typeof d === "string" && d.startsWith("canary-"))));
}
let canaries = 0;

export const finished = (guid, finishDate = "2026-11-26 09:41:07") => ({
  event: "finishedInteraction",
  data: { guid, finishDate },
});

/** A disposition with `values` as its levels (ids 1, 2, …). */
export const disposition = (guid, { comment = "", values = [], ids = values.map((_, i) => String(i + 1)) } = {}) => ({
  event: "sentDisposition",
  data: { guid, comment, levelsId: ids, levelsValue: values },
});

export function assigned(guid, extra = {}) {
  return {
    event: "assignedInteraction",
    data: { guid, campaign: "Sales", channel: "Phone", clientId: "C-1", ...extra },
  };
}

export const intranetEnvironment = (options = {}) => environment({ intranet: true, ...options });

/** Opens an intranet page that loads the cockpit from its origin; waits for the module. */
export async function openIntranet(context, env, path = "index.html", params = "") {
  // The intranet has no favicon; that 404 is the intranet's, not the cockpit's.
  const { page, errors } = await newPage(context, { ignore: (text) => text.includes("404") });
  await page.goto(`${env.intranet.url}${path}?cockpit=${encodeURIComponent(env.cockpit.url)}${params}`);
  if (path !== "framed.html") await page.evaluate(() => window.intranet.loaded);
  return { page, errors };
}

/** The uContact frame inside the element, once it is there. */
export async function uContactIn(page, env) {
  await page.locator("ucontact-cockpit iframe#uContact").waitFor();
  const frame = await frameOf(page, env.ucontact.origin);
  await frame.waitForFunction(() => window.simulator !== undefined);
  return frame;
}
