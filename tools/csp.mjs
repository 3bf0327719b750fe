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
//
// A config.json with `hubspot` makes the cockpit a HubSpot calling app: frame-ancestors then
// lists HubSpot's origins (hubspot.hostOrigins, or HubSpot's app origins by default) and the
// config's hostOrigins, unless --frame-ancestors says otherwise. With `forward`, the collector's
// origin is added to connect-src.

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

/** HubSpot's app origins, what `hubspot.hostOrigins` is when absent (the core's default). */
export const HUBSPOT_ORIGINS = ["https://app.hubspot.com", "https://app-eu1.hubspot.com"];

/**
 * The policy for a built `index.html` and uContact's origin. `connectSources` are origins the
 * cockpit fetches from besides its own (the collector events are forwarded to).
 */
export function contentSecurityPolicy({ html, ucontactOrigin, frameAncestors = "'none'", connectSources = [] }) {
  return [
    "default-src 'none'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...inlineScriptHashes(html)].join(" "),
    // Stylist writes <style> elements; colours reach them only through parsed custom properties.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    ["connect-src 'self'", ...connectSources].join(" "),
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
 * writes into the element's shadow root, and the icons (`data:` images); `connectSources` the
 * collector events are forwarded to, if any.
 */
export function intranetElementPolicy({ cockpitOrigin, ucontactOrigin, connectSources = [] }) {
  return [
    "default-src 'self'",
    `script-src 'self' ${cockpitOrigin} 'wasm-unsafe-eval'`,
    [`connect-src 'self' ${cockpitOrigin}`, ...connectSources].join(" "),
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

/**
 * What a config.json says the policy must allow: uContact's origin, the framing pages it lists
 * (`hostOrigins`), HubSpot's origins when it is a calling app (`hubspot`), and the collector's
 * origin (`forward.url`). Without a file: the simulator, nothing else.
 */
export function deploymentOf(configPath) {
  if (!existsSync(configPath)) return { ucontactOrigin: SIMULATOR_ORIGIN, hostOrigins: [], hubspotOrigins: null, forwardOrigin: null };
  const config = JSON.parse(readFileSync(configPath, "utf8"));
  const originIn = (url, key) => {
    const origin = new URL(url).origin;
    if (origin === "null") throw new Error(`${key} has no origin: ${url}`);
    return origin;
  };
  return {
    ucontactOrigin: originIn(config.ucontactUrl, "ucontactUrl"),
    hostOrigins: config.hostOrigins ?? [],
    hubspotOrigins: config.hubspot ? config.hubspot.hostOrigins ?? HUBSPOT_ORIGINS : null,
    forwardOrigin: config.forward ? originIn(config.forward.url, "forward.url") : null,
  };
}

/** Who may frame the cockpit when no --frame-ancestors is given. */
export function defaultFrameAncestors({ intranet, hostOrigins, hubspotOrigins }) {
  const sources = [...(intranet ? ["'self'", intranet] : []), ...hostOrigins, ...(hubspotOrigins ?? [])];
  return [...new Set(sources)].join(" ") || "'none'";
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
  const index = join(options.dist, "index.html");
  if (!existsSync(index)) throw new Error(`${index} does not exist: run trunk build --release first`);
  const configPath = options.config ?? join(options.dist, "config.json");
  if (!existsSync(configPath)) {
    console.error(`note: no ${configPath}; using the development simulator's origin ${SIMULATOR_ORIGIN}`);
  }
  const deployment = deploymentOf(configPath);
  const { ucontactOrigin, hubspotOrigins, forwardOrigin } = deployment;
  // Framed by the intranet, the listed framing pages and HubSpot unless told otherwise.
  options.frameAncestors ??= defaultFrameAncestors({ intranet: options.intranet, ...deployment });
  const policy = contentSecurityPolicy({
    html: readFileSync(index, "utf8"),
    ucontactOrigin,
    frameAncestors: options.frameAncestors,
    connectSources: forwardOrigin ? [forwardOrigin] : [],
  });
  if (hubspotOrigins) {
    console.log(`# A HubSpot calling app: HubSpot (${hubspotOrigins.join(", ")}) frames this page, so`);
    console.log(`# frame-ancestors lists it, and uContact's frame-ancestors must list the cockpit's origin.`);
    console.log("# The SDK (hubspot-calling-extensions.js) and hubspot.js are served from the cockpit: 'self'.");
  }
  if (forwardOrigin) {
    console.log(`# Events are forwarded to ${forwardOrigin}: connect-src lists it, and it must answer CORS.`);
  }
  if (!options.intranet) {
    console.log(`Content-Security-Policy: ${policy}`);
    return;
  }
  console.log(`# The cockpit (${options.cockpit}), on every answer:`);
  console.log(`Content-Security-Policy: ${policy}`);
  console.log(`# and, for ucontact-cockpit.js, cockpit-*.js, the .wasm and config.json:`);
  console.log(`Access-Control-Allow-Origin: ${options.intranet}`);
  console.log("");
  console.log(`# An intranet page (${options.intranet}) with <ucontact-cockpit>, in its own policy:`);
  const connectSources = forwardOrigin ? [forwardOrigin] : [];
  console.log(`Content-Security-Policy: ${intranetElementPolicy({ cockpitOrigin: options.cockpit, ucontactOrigin, connectSources })}`);
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
