// Trunk post-build hook (Trunk.toml): writes dist/ucontact-cockpit.js, the element's module
// under a stable name, from widget/ucontact-cockpit.js and widget/element.js with the hashed
// names of this build's loader and WebAssembly; copies the TypeScript declarations beside it;
// and, for HubSpot mode only, widget/hubspot.js and HubSpot's calling SDK from node_modules
// (pinned in package-lock.json), loaded by the cockpit only when HubSpot frames it.

import { copyFile, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
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
const element = await readFile(`${root}widget/element.js`, "utf8");
const module = template.replace("__LOADER__", loader).replace("__WASM__", wasm).replace("//__ELEMENT__", element.trim());
await writeFile(`${staging}/ucontact-cockpit.js`, module);
await copyFile(`${root}widget/ucontact-cockpit.d.ts`, `${staging}/ucontact-cockpit.d.ts`);
console.log(`widget-module: ucontact-cockpit.js → ${loader}, ${wasm}`);

const sdk = `${root}node_modules/@hubspot/calling-extensions-sdk/dist/main.esm.js`;
try {
  await copyFile(sdk, `${staging}/hubspot-calling-extensions.js`);
} catch (error) {
  console.error(`widget-module: HubSpot's calling SDK is missing (${sdk}): run npm ci (./dev does)`);
  process.exit(1);
}
await copyFile(`${root}widget/hubspot.js`, `${staging}/hubspot.js`);

// Every text and WebAssembly asset also as .gz and .br, for servers that send them as they are
// (nginx gzip_static / brotli_static, Apache's rewrite of Accept-Encoding).
const compressible = /\.(html|js|wasm|svg|d\.ts|json|css)$/;
for (const name of await readdir(staging)) {
  if (!compressible.test(name) || !(await stat(`${staging}/${name}`)).isFile()) continue;
  const contents = await readFile(`${staging}/${name}`);
  await writeFile(`${staging}/${name}.gz`, gzipSync(contents, { level: 9 }));
  await writeFile(
    `${staging}/${name}.br`,
    brotliCompressSync(contents, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: contents.length } }),
  );
}
