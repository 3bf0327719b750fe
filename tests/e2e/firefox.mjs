// Driving Debian's Firefox ESR (140) for the end-to-end tests: puppeteer-core over WebDriver
// BiDi, no geckodriver, nothing downloaded. Its quirks, found here and worked around below:
// `setViewport` throws (the window size is set at launch instead), `waitForFunction` is blocked
// by a page's CSP (`until` polls with `evaluate`), clicks inside cross-origin frames need
// coordinates (the tests call the simulator's API in its frame instead), downloads need
// profile prefs, and the default profile turns storage partitioning and the pop-up blocker off
// (set back here, as a stock Firefox has them).

import puppeteer from "puppeteer-core";

export const FIREFOX = process.env.FIREFOX ?? "/usr/bin/firefox-esr";

/** Launches Firefox ESR headless, as a stock profile behaves. */
export async function launchFirefox() {
  return puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX,
    headless: true,
    args: ["--width=1280", "--height=900"],
    extraPrefsFirefox: {
      "network.cookie.cookieBehavior": 5,
      "dom.disable_open_during_load": true,
      "browser.download.folderList": 2,
      "browser.download.useDownloadDir": true,
      "browser.download.dir": "/tmp",
    },
  });
}

/** A new page that records its page errors and console errors in `errors`. */
export async function newFirefoxPage(browser, { ignore = () => false } = {}) {
  const page = await browser.newPage();
  page.setDefaultTimeout(10_000);
  const errors = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && !ignore(message.text())) errors.push(`console: ${message.text()}`);
  });
  return { page, errors };
}

/**
 * Polls `test(...args)` in `target` (a page or frame) until it is truthy; returns its value,
 * which must be serialisable (a boolean, a string: BiDi gives nothing back for a DOM node).
 */
export async function until(target, test, args = [], { timeout = 10_000, every = 50, what = "a condition" } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    try {
      last = await target.evaluate(test, ...args);
      if (last) return last;
    } catch (error) {
      // The document is being replaced (a reload, a navigation): ask the next one.
      last = error.message;
    }
    await new Promise((resolve) => setTimeout(resolve, every));
  }
  throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
}

/** The frame of `page` showing `origin`, once it is there and its simulator runs. */
export async function simulatorFrame(page, origin, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const frame = page.frames().find((f) => f.url().startsWith(origin));
    if (frame) {
      const ready = await frame.evaluate(() => window.simulator !== undefined).catch(() => false);
      if (ready) return frame;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no simulator frame from ${origin}`);
}

/** Posts a message from inside the uContact frame, as uContact would. */
export async function post(frame, message) {
  await frame.evaluate((m) => window.simulator.post(m), message);
}
