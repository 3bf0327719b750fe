// A stand-in for uContact's agent application, for development and tests. It speaks the
// Events API to the page that frames it: fires the five events with editable payloads, and
// answers `startInteraction` like a dialer, by assigning a new interaction.
//
// Messages go to `window.parent` with the parent's exact origin as target: from `?parent=`,
// else from `document.referrer`. Incoming actions are accepted only from the parent window.

// As real uContact names them: v6 campaigns end in `<-` (inbound queue) or `->` (outbound or
// dialer campaign), uContact X ones usually have no arrow; channels are lowercase ids.
const campaigns = ["Ventas<-", "Soporte<-", "Cobranzas->", "CallBack_144_Op2->", "Retención"];
const channels = ["telephony", "whatsapp", "email", "webchat", "sms"];
const dispositions = [
  [["1", "12"], ["Venta", "Plan anual"]],
  [["2", "21"], ["No venta", "Precio alto"]],
  [["3"], ["Volver a llamar"]],
  [["4", "41", "412"], ["Soporte", "Facturación", "Reembolso emitido"]],
];
const primaries = ["#1976d2", "#d32f2f", "#388e3c", "#7b1fa2", "#f57c00", "#00796b", "#ffeb3b", "#263238"];
const languages = ["es", "en", "es-UY", "pt", "pt-BR", "fr"];
const names = ["ana.gomez", "jperez", "m.silva", "soporte.cliente"];

const pick = (list) => list[Math.floor(Math.random() * list.length)];
const digits = (n) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join("");

/** A random RFC 4122 version 4 identifier (works outside secure contexts too). */
function guid() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A client id of the kind uContact sends for `channel`: digits without `+` for telephony,
 * WhatsApp and SMS, an e-mail address for email, a UUID for webchat. */
function clientFor(channel) {
  switch (channel) {
    case "email": return `${pick(names)}@example.com`;
    case "webchat": return guid();
    default: return `598${digits(8)}`;
  }
}

/** uContact's own timestamp format: no zone, `YYYY-MM-DD HH:MM:SS` (here, local time). */
function timestamp(date = new Date()) {
  const two = (n) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ` +
    `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

/** Interactions this simulator assigned and has not finished, by guid. */
const open = new Map();
const lastGuid = () => [...open.keys()].pop() ?? guid();

const events = {
  assignedInteraction: () => {
    const channel = pick(channels);
    return { guid: guid(), campaign: pick(campaigns), channel, clientId: clientFor(channel) };
  },
  finishedInteraction: () => ({ guid: lastGuid(), finishDate: timestamp() }),
  sentDisposition: () => {
    const [levelsId, levelsValue] = pick(dispositions);
    return { guid: lastGuid(), comment: pick(["Cliente conforme", "Pide que lo llamen mañana", "Número equivocado", ""]), levelsId, levelsValue };
  },
  changedTheme: () => ({ dark: Math.random() < 0.5, primary: pick(primaries) }),
  changedLanguage: () => pick(languages),
};

function parentOrigin() {
  const fromQuery = new URLSearchParams(location.search).get("parent");
  const candidate = fromQuery ?? document.referrer;
  try {
    return candidate ? new URL(candidate).origin : null;
  } catch {
    return null;
  }
}

const target = parentOrigin();
const embedded = window.parent !== window;
const status = document.getElementById("target");
if (!embedded) {
  status.textContent = "Not embedded: open the cockpit, which frames this page, to send events.";
  status.classList.add("warn");
} else if (!target) {
  status.textContent = "Embedded, but the parent's origin is unknown: add ?parent=<origin> to this page's URL.";
  status.classList.add("warn");
} else {
  status.textContent = `Sending to the cockpit at ${target}`;
}

/** Posts one message to the cockpit, exactly as given. */
function post(message) {
  if (!embedded || !target) return false;
  window.parent.postMessage(message, target);
  track(message);
  return true;
}

/** Keeps the list of open interactions, and the payloads that name one, in step. */
function track(message) {
  const data = message?.data;
  if (message?.event === "assignedInteraction" && typeof data?.guid === "string") {
    open.set(data.guid, data);
  } else if (message?.event === "finishedInteraction" && typeof data?.guid === "string") {
    open.delete(data.guid);
  } else {
    return;
  }
  renderOpen();
  refills.finishedInteraction?.();
  refills.sentDisposition?.();
}

/** The "Random" action of each event card, by event name. */
const refills = {};

function renderOpen() {
  const list = document.getElementById("open");
  list.replaceChildren(...[...open.values()].map((interaction) => {
    const item = document.createElement("li");
    item.append(`${interaction.guid} · ${interaction.campaign} · ${interaction.channel} · ${interaction.clientId} `);
    const finish = document.createElement("button");
    finish.type = "button";
    finish.textContent = "Finish";
    finish.addEventListener("click", () =>
      post({ event: "finishedInteraction", data: { guid: interaction.guid, finishDate: timestamp() } }));
    const dispose = document.createElement("button");
    dispose.type = "button";
    dispose.textContent = "Disposition";
    dispose.addEventListener("click", () =>
      post({ event: "sentDisposition", data: { ...events.sentDisposition(), guid: interaction.guid } }));
    item.append(finish, dispose);
    return item;
  }));
  document.getElementById("open-empty").hidden = open.size > 0;
}

function eventCard(name, make) {
  const card = document.createElement("div");
  card.className = "event";
  const id = `payload-${name}`;
  card.innerHTML = `<h3><label for="${id}">${name}</label></h3>
    <textarea id="${id}" rows="${name === "changedLanguage" ? 1 : 5}" spellcheck="false"></textarea>
    <p class="error" hidden></p>
    <button type="button" data-action="random">Random</button>
    <button type="button" data-action="send">Send ${name}</button>`;
  const [textarea, error] = [card.querySelector("textarea"), card.querySelector(".error")];
  const fill = () => { textarea.value = JSON.stringify(make(), null, 2); };
  refills[name] = fill;
  fill();
  card.querySelector('[data-action="random"]').addEventListener("click", fill);
  card.querySelector('[data-action="send"]').addEventListener("click", () => {
    error.hidden = true;
    let data;
    try {
      data = JSON.parse(textarea.value);
    } catch (e) {
      error.textContent = `Not JSON: ${e.message}`;
      error.hidden = false;
      return;
    }
    post({ event: name, data });
    if (name === "assignedInteraction") fill();
  });
  return card;
}

// One click for each language the cockpit speaks, as uContact announces it.
const languageButtons = document.getElementById("languages");
for (const [code, name] of [["es", "Español"], ["en", "English"], ["pt", "Português"]]) {
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = name;
  button.lang = code;
  button.addEventListener("click", () => post({ event: "changedLanguage", data: code }));
  languageButtons?.append(button);
}

const eventList = document.getElementById("events");
for (const [name, make] of Object.entries(events)) eventList.append(eventCard(name, make));

document.getElementById("send-raw").addEventListener("click", () => {
  const raw = document.getElementById("raw");
  try {
    post(JSON.parse(raw.value));
  } catch (e) {
    alert(`Not JSON: ${e.message}`);
  }
});

/** Every action received, for the page and for tests (`window.simulator.received`). */
const received = [];

window.addEventListener("message", (event) => {
  const fromParent = event.source === window.parent && event.origin === target;
  const entry = { origin: event.origin, fromParent, data: event.data };
  received.push(entry);
  const item = document.createElement("li");
  item.textContent = `${fromParent ? "" : "IGNORED (not from the cockpit) "}${event.origin}: ${safeJson(event.data)}`;
  if (!fromParent) item.className = "rejected";
  document.getElementById("received").prepend(item);
  const request = event.data;
  const valid = fromParent && request?.event === "startInteraction" &&
    ["campaign", "channel", "clientId"].every((key) => typeof request.data?.[key] === "string");
  if (valid && document.getElementById("auto-answer").checked) {
    const { campaign, channel, clientId } = request.data;
    setTimeout(() => post({ event: "assignedInteraction", data: { guid: guid(), campaign, channel, clientId } }), 300);
  }
});

function safeJson(value) {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

// Like uContact, announce language and theme as soon as the agent application is up, unless
// the page was opened with ?quiet (the tests use it to start from a silent uContact).
if (!new URLSearchParams(location.search).has("quiet")) {
  post({ event: "changedLanguage", data: navigator.language || "en" });
  post({ event: "changedTheme", data: { dark: matchMedia("(prefers-color-scheme: dark)").matches, primary: "#1565c0" } });
}

// `?assign=g1,g2` assigns those interactions as soon as the page is up, with no user gesture
// (the tests use it: a pop-up opened for them is one no click allowed).
for (const id of new URLSearchParams(location.search).get("assign")?.split(",").filter(Boolean) ?? []) {
  post({ event: "assignedInteraction", data: { ...events.assignedInteraction(), guid: id } });
}

window.simulator = { post, received, events, guid, timestamp };
