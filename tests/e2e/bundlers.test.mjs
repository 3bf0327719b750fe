// The npm package where integrators build: packed (tools/pack.mjs, as `./dev pack` does),
// installed into a React 19 + TypeScript + Vite 8 app and a webpack 5 app made here from
// tests/apps/ (in target/apps/), type-checked and built by those tools themselves, then served
// on an intranet origin of their own (their bundles carry the cockpit) beside the simulator as
// uContact, under the intranet element policy.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";

import { intranetElementPolicy } from "../../tools/csp.mjs";
import { serve } from "../../tools/static-server.mjs";
import { assigned, frameOf, fromUcontact, newPage, received, simulator, start, violations } from "./harness.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const bin = (name) => `${root}node_modules/.bin/${name}`;
const apps = `${root}target/apps`;
const { browser } = await start(null);
/** Servers started in a suite's `before`, closed when the file is done. */
const closers = [];
after(() => Promise.all(closers.map((close) => close())));

/** Runs `tsc --noEmit` on `dir`; its report when it fails, else null. */
function typeErrors(dir) {
  try {
    execFileSync(bin("tsc"), ["--noEmit", "-p", dir], { stdio: "pipe", encoding: "utf8" });
    return null;
  } catch (error) {
    return `${error.stdout}${error.stderr}`;
  }
}

/** Packs the package and installs it into a fresh copy of the app `name`. */
async function prepare(name) {
  const dir = `${apps}/${name}`;
  await rm(dir, { recursive: true, force: true });
  await cp(`${root}tests/apps/${name}`, dir, { recursive: true });
  const tarball = (await readdir(`${root}target/npm`)).find((file) => file.endsWith(".tgz"));
  execFileSync("npm", ["install", "--no-save", "--offline", "--no-audit", "--no-fund", "--no-package-lock", `${root}target/npm/${tarball}`], { cwd: dir, stdio: "pipe" });
  return dir;
}

/** Serves an app's build on an origin of its own, with its config.json and policy. */
async function intranet(dir) {
  const ucontact = await serve({ root: simulator });
  const headers = {};
  const config = JSON.stringify({ ucontactUrl: `${ucontact.url}?quiet`, campaigns: ["Sales"], channels: ["Phone"] });
  const server = await serve({ root: `${dir}/dist`, routes: { "/cockpit/config.json": { body: config } }, headers });
  // The cockpit is in the bundle: its origin is the intranet's own.
  headers["content-security-policy"] = intranetElementPolicy({ cockpitOrigin: "'self'", ucontactOrigin: ucontact.origin });
  closers.push(() => ucontact.close(), () => server.close());
  return { server, ucontact };
}

async function uContactIn(page, env) {
  await page.locator("ucontact-cockpit iframe#uContact").waitFor();
  const frame = await frameOf(page, env.ucontact.origin);
  await frame.waitForFunction(() => window.simulator !== undefined);
  return frame;
}

/** The application's errors, without the intranet's own missing favicon. */
const open = (context) => newPage(context, { ignore: (text) => text.includes("404") });

before(async () => {
  execFileSync("node", [`${root}tools/pack.mjs`], { stdio: "pipe" });
});

describe("a React 19 + TypeScript + Vite 8 intranet", () => {
  let env;
  before(async () => {
    const dir = await prepare("react-vite");
    assert.equal(typeErrors(dir), null);
    execFileSync(bin("vite"), ["build", dir], { stdio: "pipe" });
    env = { dir, ...(await intranet(dir)) };
  });

  test("tsc --noEmit passes with the package's own types, and catches a wrong use", async () => {
    // Passed above; the same app with a detail the event does not have must fail.
    const app = `${env.dir}/src/App.tsx`;
    const source = await readFile(app, "utf8");
    await writeFile(app, source.replace("event.detail.clientId", "event.detail.clientID"));
    assert.match(typeErrors(env.dir) ?? "", /clientID/);
    await writeFile(app, source.replace("const posted: Promise<void> | undefined", "const posted: number | undefined"));
    assert.match(typeErrors(env.dir) ?? "", /Promise<void>/);
    await writeFile(app, source);
    assert.equal(typeErrors(env.dir), null);
  });

  test("the build loads the cockpit; each event reaches React state once; dial() posts; a key change and a route change keep one uContact; Pop out works", async () => {
    const context = await browser.newContext();
    const { page, errors } = await open(context);
    await page.goto(env.server.url);
    let frame = await uContactIn(page, env);
    await fromUcontact(frame, assigned("g-1", { clientId: "C-1" }));
    await page.locator("#client", { hasText: "C-1" }).waitFor();
    await page.waitForTimeout(200);
    assert.deepEqual(await page.evaluate(() => window.intranet.events), ["assigned:g-1"], "once, under StrictMode too");
    await page.click("#dial");
    await page.locator("#dialled", { hasText: "posted" }).waitFor();
    assert.deepEqual(await received(page, frame, true), [{ event: "startInteraction", data: { campaign: "Sales", channel: "Phone", clientId: "42" } }]);

    // A route change: uContact is not reloaded.
    await frame.evaluate(() => { window.marker = "still here"; });
    await page.click("#tickets");
    await page.locator("#page", { hasText: "Tickets" }).waitFor();
    assert.equal(await frame.evaluate(() => window.marker), "still here");

    // A key change replaces the element: the new one takes charge by itself, one uContact.
    await page.click("#swap");
    await page.waitForFunction(() => {
      const element = document.querySelector("ucontact-cockpit");
      return element?.shadowRoot?.querySelector("iframe#uContact") && !element.shadowRoot.querySelector("#ck-remote");
    }, null, { timeout: 8_000 });
    assert.equal(await page.locator("ucontact-cockpit").count(), 1);
    assert.equal(await page.evaluate(() => document.querySelector("ucontact-cockpit").shadowRoot.querySelectorAll("iframe").length), 1);
    frame = await uContactIn(page, env);
    await page.click("#dial");
    await page.locator("#dialled", { hasText: "posted" }).waitFor();
    assert.deepEqual((await received(page, frame, true)).map((m) => m.data.clientId), ["43"], "the new element's uContact got the second dial");

    // Pop out: the window loads the element from the bundle's own copy and takes charge.
    const popupOpened = context.waitForEvent("page");
    await page.locator("ucontact-cockpit").getByRole("button", { name: "Pop out" }).click();
    const popup = await popupOpened;
    await popup.locator("ucontact-cockpit iframe#uContact").waitFor();
    await page.locator("ucontact-cockpit").getByText("uContact runs in another tab or window of this site.").waitFor();
    assert.deepEqual(errors, []);
    assert.deepEqual(await violations(page), []);
    await context.close();
  });
});

describe("a webpack 5 intranet", () => {
  let env;
  before(async () => {
    const dir = await prepare("webpack");
    const { default: webpack } = await import(`${root}node_modules/webpack/lib/index.js`);
    const stats = await new Promise((resolve, reject) => {
      const compiler = webpack({
        mode: "production",
        context: dir,
        entry: "./src/index.js",
        output: { path: `${dir}/dist`, filename: "main.js", publicPath: "auto", clean: true },
        performance: { hints: false },
      });
      compiler.run((error, stats) => compiler.close(() => (error ? reject(error) : resolve(stats))));
    });
    assert.equal(stats.hasErrors(), false, stats.toString("errors-only"));
    await cp(`${dir}/index.html`, `${dir}/dist/index.html`);
    env = { dir, ...(await intranet(dir)) };
  });

  test("the build loads the cockpit; replaceWith keeps one uContact in charge; dial() posts; Pop out works", async () => {
    const context = await browser.newContext();
    const { page, errors } = await open(context);
    await page.goto(env.server.url);
    let frame = await uContactIn(page, env);
    await fromUcontact(frame, assigned("w-1"));
    await page.waitForFunction(() => window.intranet.events.length === 1);
    await page.click("#swap");
    await page.waitForFunction(() => {
      const element = document.querySelector("ucontact-cockpit");
      return element?.shadowRoot?.querySelector("iframe#uContact") && !element.shadowRoot.querySelector("#ck-remote");
    }, null, { timeout: 8_000 });
    frame = await uContactIn(page, env);
    await page.click("#dial");
    await page.locator("#dialled", { hasText: "posted" }).waitFor();
    assert.deepEqual(await received(page, frame, true), [{ event: "startInteraction", data: { campaign: "Sales", channel: "Phone", clientId: "42" } }]);
    const popupOpened = context.waitForEvent("page");
    await page.locator("ucontact-cockpit").getByRole("button", { name: "Pop out" }).click();
    const popup = await popupOpened;
    await popup.locator("ucontact-cockpit iframe#uContact").waitFor();
    assert.deepEqual(errors, []);
    assert.deepEqual(await violations(page), []);
    await context.close();
  });
});
