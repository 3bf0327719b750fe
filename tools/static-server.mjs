// A small static file server on loopback, for the uContact simulator during development and
// for the end-to-end tests (the built cockpit, stand-in uContact pages and hostile pages, each
// on its own port, so each is its own origin).
//
//   node tools/static-server.mjs <directory> <port>
//
// As a module: `await serve({ root, port, routes, headers })`; `routes` maps a path to
// `{ body, type, status }` answered instead of a file; `headers` are added to every answer.

import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

/** Starts a server; resolves to `{ url, origin, port, close }` once it listens. */
export async function serve({ root, port = 0, host = "127.0.0.1", routes = {}, headers = {} }) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
    const send = (status, body, type) => {
      response.writeHead(status, { "content-type": type, "cache-control": "no-store", ...headers });
      response.end(request.method === "HEAD" ? undefined : body);
    };
    const route = routes[path];
    if (route) {
      send(route.status ?? 200, route.body, route.type ?? "application/json");
      return;
    }
    let file = resolve(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      send(403, "forbidden", "text/plain");
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      send(200, await readFile(file), TYPES[extname(file)] ?? "application/octet-stream");
    } catch {
      send(404, "not found", "text/plain");
    }
  });
  await new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, host, done);
  });
  const actual = server.address().port;
  const origin = `http://${host}:${actual}`;
  return {
    port: actual,
    origin,
    url: `${origin}/`,
    close: () => new Promise((done) => { server.closeAllConnections?.(); server.close(done); }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // `--file /path=file`: answers /path with that file (the stand-in HubSpot page's SDK, from
  // node_modules, is served this way: nothing of it is copied into the repository).
  const args = process.argv.slice(2);
  const [root, port] = args.filter((arg, i) => !arg.startsWith("--") && args[i - 1] !== "--file");
  if (!root || !port) {
    console.error("usage: node tools/static-server.mjs <directory> <port> [--file /path=file …]");
    process.exit(2);
  }
  const routes = {};
  for (const [i, arg] of args.entries()) {
    if (arg !== "--file") continue;
    const [path, file] = (args[i + 1] ?? "").split("=");
    try {
      routes[path] = { body: await readFile(file), type: TYPES[extname(file)] ?? "application/octet-stream" };
    } catch (error) {
      console.error(`cannot read ${file} for ${path}: ${error.message}`);
      process.exit(1);
    }
  }
  serve({ root, port: Number(port), routes }).then(
    ({ url }) => console.log(`serving ${root} at ${url}`),
    (error) => {
      console.error(`cannot serve ${root} on 127.0.0.1:${port}: ${error.message}`);
      process.exit(1);
    },
  );
}
