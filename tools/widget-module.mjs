// Trunk post-build hook (Trunk.toml): writes dist/ucontact-cockpit.js, the element's module
// under a stable name, from widget/ucontact-cockpit.js with the hashed names of this build's
// loader and WebAssembly; copies the TypeScript declarations beside it.

import { copyFile, readdir, readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("widget-module: TRUNK_STAGING_DIR is not set (run by trunk build)");
  process.exit(1);
}
const root = fileURLToPath(new URL("../", import.meta.url));
const files = await readdir(staging);
const loader = files.find((name) => /^cockpit(-[0-9a-f]+)?\.js$/.test(name));
const wasm = files.find((name) => /^cockpit(-[0-9a-f]+)?_bg\.wasm$/.test(name));
if (!loader || !wasm) {
  console.error(`widget-module: no cockpit loader or WebAssembly in ${staging}: ${files.join(", ")}`);
  process.exit(1);
}
const template = await readFile(`${root}widget/ucontact-cockpit.js`, "utf8");
await writeFile(`${staging}/ucontact-cockpit.js`, template.replace("__LOADER__", loader).replace("__WASM__", wasm));
await copyFile(`${root}widget/ucontact-cockpit.d.ts`, `${staging}/ucontact-cockpit.d.ts`);
console.log(`widget-module: ucontact-cockpit.js → ${loader}, ${wasm}`);
