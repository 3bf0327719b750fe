// Prints the Content-Security-Policy header for a built cockpit: the hash of each inline script
// Trunk wrote into dist/index.html, and uContact's origin (from config.json) as the only frame
// source. The policy is the strictest the cockpit works under:
//
//   node tools/csp.mjs [--dist dist] [--config dist/config.json] [--frame-ancestors "'none'"]
//                      [--intranet https://intranet.acme.com --cockpit https://cockpit.acme.com]
//
// --frame-ancestors lists who may frame the cockpit itself (an intranet portal, say):
// "'none'" by default, "'self' https://intranet.example.com" to allow a portal.
//
// With --intranet (and --cockpit, the origin the cockpit is served from), it also prints what an
// intranet page on that origin needs in its own policy to embed the cockpit: as an element
// (<ucontact-cockpit>) and framed; and what uContact's frame-ancestors must list in each case.

import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Where the development simulator is, when a deployment has no config.json. */
export const SIMULATOR_ORIGIN = "http://127.0.0.1:8081";

/** The `'sha256-…'` source of every inline `<script>` in an HTML document. */
export function inlineScriptHashes(html) {
  const scripts = html.matchAll(/<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi);
  return [...scripts].map(([, body]) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
}

/** The policy for a built `index.html` and uContact's origin. */
export function contentSecurityPolicy({ html, ucontactOrigin, frameAncestors = "'none'" }) {
  return [
    "default-src 'none'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...inlineScriptHashes(html)].join(" "),
    // Stylist writes <style> elements; colours reach them only through parsed custom properties.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    `frame-src ${ucontactOrigin}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}

/**
 * What an intranet page's own policy needs to embed the cockpit as `<ucontact-cockpit>`: the
 * cockpit's module and WebAssembly (`script-src` with `'wasm-unsafe-eval'`), its fetches of the
 * WebAssembly and config.json (`connect-src`), uContact's frame, the `<style>` elements Stylist
 * writes into the element's shadow root, and the icons (`data:` images).
 */
export function intranetElementPolicy({ cockpitOrigin, ucontactOrigin }) {
  return [
    "default-src 'self'",
    `script-src 'self' ${cockpitOrigin} 'wasm-unsafe-eval'`,
    `connect-src 'self' ${cockpitOrigin}`,
    `frame-src ${ucontactOrigin}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
  ].join("; ");
}

/** What an intranet page's own policy needs to frame the cockpit (framed mode). */
export function intranetFramedPolicy({ cockpitOrigin }) {
  return ["default-src 'self'", `frame-src ${cockpitOrigin}`, "object-src 'none'", "base-uri 'self'"].join("; ");
}

/** uContact's origin from a config.json, or the simulator's when there is none. */
export function ucontactOriginOf(configPath) {
  if (!existsSync(configPath)) return SIMULATOR_ORIGIN;
  const config = JSON.parse(readFileSync(configPath, "utf8"));
  const origin = new URL(config.ucontactUrl).origin;
  if (origin === "null") throw new Error(`ucontactUrl has no origin: ${config.ucontactUrl}`);
  return origin;
}

function main(argv) {
  const options = { dist: "dist", config: null, frameAncestors: null, intranet: null, cockpit: null };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === "--dist") options.dist = value;
    else if (flag === "--config") options.config = value;
    else if (flag === "--frame-ancestors") options.frameAncestors = value;
    else if (flag === "--intranet") options.intranet = originOf(value, flag);
    else if (flag === "--cockpit") options.cockpit = originOf(value, flag);
    else throw new Error(`unknown option ${flag}`);
  }
  if (options.intranet && !options.cockpit) throw new Error("--intranet needs --cockpit, the origin the cockpit is served from");
  // Framed by the intranet unless told otherwise.
  options.frameAncestors ??= options.intranet ? `'self' ${options.intranet}` : "'none'";
  const index = join(options.dist, "index.html");
  if (!existsSync(index)) throw new Error(`${index} does not exist: run trunk build --release first`);
  const configPath = options.config ?? join(options.dist, "config.json");
  if (!existsSync(configPath)) {
    console.error(`note: no ${configPath}; using the development simulator's origin ${SIMULATOR_ORIGIN}`);
  }
  const policy = contentSecurityPolicy({
    html: readFileSync(index, "utf8"),
    ucontactOrigin: ucontactOriginOf(configPath),
    frameAncestors: options.frameAncestors,
  });
  if (!options.intranet) {
    console.log(`Content-Security-Policy: ${policy}`);
    return;
  }
  const ucontactOrigin = ucontactOriginOf(configPath);
  console.log(`# The cockpit (${options.cockpit}), on every answer:`);
  console.log(`Content-Security-Policy: ${policy}`);
  console.log(`# and, for ucontact-cockpit.js, cockpit-*.js, the .wasm and config.json:`);
  console.log(`Access-Control-Allow-Origin: ${options.intranet}`);
  console.log("");
  console.log(`# An intranet page (${options.intranet}) with <ucontact-cockpit>, in its own policy:`);
  console.log(`Content-Security-Policy: ${intranetElementPolicy({ cockpitOrigin: options.cockpit, ucontactOrigin })}`);
  console.log(`# uContact's frame-ancestors must list: ${options.intranet}`);
  console.log("");
  console.log(`# An intranet page (${options.intranet}) framing the cockpit, in its own policy:`);
  console.log(`Content-Security-Policy: ${intranetFramedPolicy({ cockpitOrigin: options.cockpit })}`);
  console.log(`# uContact's frame-ancestors must list: ${options.intranet} ${options.cockpit}`);
  console.log(`# and config.json's hostOrigins: ["${options.intranet}"]`);
}

function originOf(value, flag) {
  const origin = new URL(value).origin;
  if (origin === "null") throw new Error(`${flag} must be an http(s) origin: ${value}`);
  return origin;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`csp: ${error.message}`);
    process.exit(1);
  }
}
