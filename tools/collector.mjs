// A stand-in for the integrator's back end: an HTTP collector of the cockpit's CloudEvents,
// parsing every request with the official CloudEvents SDK (npm `cloudevents`), on loopback.
//
//   node tools/collector.mjs [--port 8084] [--allow-origin http://127.0.0.1:8080 ...] [--quiet]
//
// It prints each event (type, subject, id), answers CORS for the allowed origins (the
// preflight of `content-type: application/cloudevents-batch+json`, credentials, and
// `Retry-After` exposed), and can be told to fail for a while:
//
//   curl -X POST 'http://127.0.0.1:8084/control/fail?status=503&seconds=60'
//   curl -X POST 'http://127.0.0.1:8084/control/fail?status=429&times=3&retryAfter=5'
//   curl -X POST 'http://127.0.0.1:8084/control/ok'
//   curl http://127.0.0.1:8084/control/events     # every event received, by id, as JSON
//
// As a module: `await collect({ port, origins, quiet })` resolves to the collector: `url`,
// `origin`, `events` (first copy of each, by id), `duplicates`, `requests`, `invalid`,
// `fail({ status, times, seconds, retryAfter })`, `ok()`, `down()` (connections refused),
// `up()`, `close()`.

import { createServer } from "node:http";
import { HTTP } from "cloudevents";

/** Starts a collector; resolves once it listens. */
export async function collect({ port = 0, host = "127.0.0.1", origins = [], quiet = true } = {}) {
  const state = {
    events: new Map(),
    duplicates: 0,
    requests: 0,
    invalid: [],
    contentTypes: [],
    fault: null,
  };
  const log = (line) => {
    if (!quiet) console.log(line);
  };
  const cors = (request) => {
    const origin = request.headers.origin;
    if (!origin || !(origins.includes(origin) || origins.includes("*"))) return {};
    return {
      "access-control-allow-origin": origin,
      "access-control-allow-credentials": "true",
      "access-control-expose-headers": "Retry-After",
      vary: "Origin",
    };
  };
  const server = createServer((request, response) => {
    const url = new URL(request.url, "http://x");
    const answer = (status, body = "", headers = {}) => {
      response.writeHead(status, { "content-type": "application/json", "cache-control": "no-store", ...cors(request), ...headers });
      response.end(body);
    };
    if (url.pathname.startsWith("/control/")) return control(url, request, answer);
    if (request.method === "OPTIONS") {
      // The preflight: what the cockpit's POST needs.
      return answer(204, "", {
        "access-control-allow-methods": "POST",
        "access-control-allow-headers": "content-type",
        "access-control-max-age": "600",
      });
    }
    if (request.method !== "POST") return answer(405, JSON.stringify({ error: "POST only" }));
    const chunks = [];
    request.on("data", (chunk) => chunks.push(chunk));
    request.on("end", () => {
      state.requests += 1;
      state.contentTypes.push(request.headers["content-type"]);
      const fault = state.fault;
      if (fault && (fault.until === undefined || Date.now() < fault.until) && (fault.times === undefined || fault.times > 0)) {
        if (fault.times !== undefined) fault.times -= 1;
        log(`collector: answering ${fault.status} (told to fail)`);
        return answer(fault.status, JSON.stringify({ error: "told to fail" }), fault.retryAfter === undefined ? {} : { "retry-after": String(fault.retryAfter) });
      }
      let events;
      try {
        const parsed = HTTP.toEvent({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
        events = Array.isArray(parsed) ? parsed : [parsed];
        for (const event of events) event.validate();
      } catch (error) {
        state.invalid.push(String(error?.message ?? error));
        log(`collector: refused an invalid request: ${error?.message ?? error}`);
        return answer(400, JSON.stringify({ error: "not CloudEvents" }));
      }
      for (const event of events) {
        const key = `${event.source} ${event.id}`;
        if (state.events.has(key)) {
          state.duplicates += 1;
          log(`collector: duplicate ${event.id} (de-duplicated on source and id)`);
          continue;
        }
        state.events.set(key, event.toJSON());
        log(`collector: ${event.type} ${event.subject ?? ""} ${event.id}`);
      }
      answer(200, JSON.stringify({ accepted: events.length }));
    });
  });
  function control(url, request, answer) {
    const number = (name) => (url.searchParams.has(name) ? Number(url.searchParams.get(name)) : undefined);
    if (url.pathname === "/control/fail" && request.method === "POST") {
      collector.fail({ status: number("status") ?? 503, times: number("times"), seconds: number("seconds"), retryAfter: number("retryAfter") });
      return answer(200, JSON.stringify({ fault: state.fault }));
    }
    if (url.pathname === "/control/ok" && request.method === "POST") {
      collector.ok();
      return answer(200, "{}");
    }
    if (url.pathname === "/control/events") {
      return answer(200, JSON.stringify({ events: [...state.events.values()], duplicates: state.duplicates, requests: state.requests }));
    }
    return answer(404, "{}");
  }
  const sockets = new Set();
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  const listen = (at) => new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(at, host, () => resolve(server.address().port));
  });
  const bound = await listen(port);
  const origin = `http://${host}:${bound}`;
  const collector = {
    url: `${origin}/events`,
    origin,
    port: bound,
    get events() {
      return [...state.events.values()];
    },
    get duplicates() {
      return state.duplicates;
    },
    get requests() {
      return state.requests;
    },
    get invalid() {
      return state.invalid;
    },
    get contentTypes() {
      return state.contentTypes;
    },
    /** Answers `status` to the next `times` requests, or for `seconds`, or until `ok()`. */
    fail({ status = 503, times, seconds, retryAfter } = {}) {
      state.fault = { status, times, retryAfter, until: seconds === undefined ? undefined : Date.now() + seconds * 1000 };
    },
    ok() {
      state.fault = null;
    },
    /** Stops listening: connections are refused until `up()`. */
    async down() {
      await new Promise((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
    },
    async up() {
      await listen(bound);
    },
    close() {
      return new Promise((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
    },
  };
  return collector;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  const options = { port: 8084, origins: [], quiet: false };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === "--port") options.port = Number(argv[++i]);
    else if (argv[i] === "--allow-origin") options.origins.push(argv[++i]);
    else if (argv[i] === "--quiet") options.quiet = true;
    else {
      console.error(`collector: unknown option ${argv[i]}`);
      process.exit(2);
    }
  }
  if (options.origins.length === 0) options.origins.push("http://127.0.0.1:8080", "http://localhost:8080", "http://127.0.0.1:8082");
  const collector = await collect(options);
  console.log(`collector: CloudEvents at ${collector.url}, CORS for ${options.origins.join(", ")}`);
}
