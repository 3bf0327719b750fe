// The benchmark's baseline: a minimal hand-written listener that does what the cockpit's panel
// does for the same events, with the same checks (exact origin and source, the fields' types),
// and builds the same rows: one line each with the same elements, icons, labels and classes
// (expand button, client id, campaign · channel, guid, time, the row's actions); active
// interactions newest first with their elapsed time, the newest 50 rows in the DOM; history
// newest first, its newest 20 rows in the DOM, the finish time formatted with Intl, handle and wrap-up times and the disposition
// under the line; the counts beside the headings; a dial form. No framework, no WebAssembly, no persistence.

const config = await (await fetch("config.json")).json();
const origin = new URL(config.ucontactUrl).origin;
const frame = document.getElementById("uContact");
frame.src = config.ucontactUrl;
const activeList = document.getElementById("active");
const historyList = document.getElementById("history");
const activeCount = document.getElementById("active-count");
const historyCount = document.getElementById("history-count");
const PAGE = 20;
const ACTIVE_PAGE = 50;
const interactions = new Map();
/** Active interactions, newest first. */
const active = [];
let finishedCount = 0;
const dates = new Intl.DateTimeFormat(navigator.language, { dateStyle: "short", timeStyle: "short" });

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const SVG = "http://www.w3.org/2000/svg";

function icon(...paths) {
  const svg = document.createElementNS(SVG, "svg");
  for (const [name, value] of [["class", "ck-icon"], ["viewBox", "0 0 16 16"], ["width", "16"], ["height", "16"], ["aria-hidden", "true"], ["fill", "none"], ["stroke", "currentColor"]]) {
    svg.setAttribute(name, value);
  }
  for (const d of paths) {
    const path = document.createElementNS(SVG, "path");
    path.setAttribute("d", d);
    svg.append(path);
  }
  return svg;
}

function button(className, label, ...paths) {
  const node = element("button", className);
  node.type = "button";
  node.setAttribute("aria-label", label);
  node.title = label;
  node.append(icon(...paths));
  return node;
}

/** The line every row shows: expand, client, campaign · channel, guid, `time`, actions. */
function line(interaction, time) {
  const expand = element("button", "ck-expand");
  expand.type = "button";
  expand.setAttribute("aria-expanded", "false");
  expand.title = "Show details";
  expand.append(icon("M6 3.5 10.5 8 6 12.5"), element("span", "ck-sr-only", "Show details"));
  const guid = element("span", "ck-guid", interaction.guid);
  guid.title = interaction.guid;
  const actions = element("span", "ck-actions");
  actions.append(
    button("ck-icon-button", "Copy client ID", "M10.5 3.5v-.5A1.5 1.5 0 0 0 9 1.5H4", "M5.5 5.5h8v8h-8z"),
    button("ck-icon-button ck-call-again", "Call again", "M5.2 2.5H3.6a1.1 1.1 0 0 0-1.1 1.2 10.5 10.5 0 0 0 9.8 9.8"),
    element("span", "ck-sr-only"),
  );
  const div = element("div", "ck-line");
  div.append(
    expand,
    element("span", "ck-client", interaction.clientId ?? "unknown"),
    element("span", "ck-meta", interaction.campaign === undefined ? "" : `${interaction.campaign} · ${interaction.channel}`),
    guid,
    time,
    actions,
  );
  const row = element("li", "ck-row");
  row.tabIndex = 0;
  row.dataset.guid = interaction.guid;
  row.append(div);
  return row;
}

function activeRow(interaction) {
  const time = element("time", "ck-elapsed", "0:00");
  time.title = "Elapsed";
  return line(interaction, time);
}

const duration = (ms) => `${Math.floor(ms / 60_000)}:${String(Math.floor(ms / 1000) % 60).padStart(2, "0")}`;

function summary(interaction) {
  const sub = element("p", "ck-sub");
  const part = (label, value) => {
    const span = element("span", undefined, `${label} `);
    span.append(element("b", undefined, value === undefined ? "unknown" : duration(value)));
    return span;
  };
  const first = interaction.dispositions[0];
  sub.append(
    part("Handle time", interaction.assignedAt === undefined ? undefined : interaction.finishedAt - interaction.assignedAt),
    part("Wrap-up", first === undefined ? undefined : Math.max(0, first.at - interaction.finishedAt)),
  );
  const last = interaction.dispositions.at(-1);
  if (last) sub.append(element("span", "ck-disposed", last.levelsValue.length ? last.levelsValue.join(" › ") : last.comment));
  return sub;
}

function historyRow(interaction) {
  const parsed = /^(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d)(?::(\d\d))?$/.exec(interaction.finishDate);
  const text = parsed
    ? dates.format(new Date(+parsed[1], parsed[2] - 1, +parsed[3], +parsed[4], +parsed[5], +(parsed[6] ?? 0)))
    : interaction.finishDate;
  const time = element("span", "ck-finished", text);
  time.title = "Finished";
  const row = line(interaction, time);
  row.append(summary(interaction));
  return row;
}

const isString = (value) => typeof value === "string";

// The dial form: campaign, channel, client and a Start interaction button that posts the
// action to uContact with its exact origin.
{
  const form = element("form", "ck-dial");
  const fields = ["campaign", "channel", "clientId"].map((name) => {
    const input = element("input");
    input.name = name;
    input.required = true;
    input.setAttribute("aria-label", name);
    return input;
  });
  const submit = element("button", "ck-primary", "Start interaction");
  submit.type = "submit";
  form.append(...fields, submit);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const [campaign, channel, clientId] = fields.map((input) => input.value.trim());
    frame.contentWindow?.postMessage({ event: "startInteraction", data: { campaign, channel, clientId } }, origin);
  });
  document.querySelector("aside").prepend(form);
}

window.addEventListener("message", (event) => {
  if (event.origin !== origin || event.source !== frame.contentWindow) return;
  const { event: name, data } = event.data ?? {};
  if (name === "assignedInteraction" && [data?.guid, data?.campaign, data?.channel, data?.clientId].every(isString)) {
    const interaction = { ...data, dispositions: [], row: null, assignedAt: Date.now() };
    interaction.row = activeRow(interaction);
    interactions.set(data.guid, interaction);
    active.unshift(interaction);
    activeList.prepend(interaction.row);
    if (activeList.children.length > ACTIVE_PAGE) activeList.lastElementChild.remove();
    activeCount.textContent = active.length;
  } else if (name === "finishedInteraction" && isString(data?.guid) && isString(data?.finishDate)) {
    const interaction = interactions.get(data.guid) ?? { guid: data.guid, dispositions: [] };
    const index = active.indexOf(interaction);
    if (index >= 0) {
      active.splice(index, 1);
      // The next one moves up into the first page.
      if (interaction.row?.isConnected && active.length >= ACTIVE_PAGE) activeList.append(active[ACTIVE_PAGE - 1].row);
    }
    interaction.row?.remove();
    interaction.finishDate = data.finishDate;
    interaction.finishedAt = Date.now();
    interaction.row = historyRow(interaction);
    interactions.set(data.guid, interaction);
    historyList.prepend(interaction.row);
    while (historyList.children.length > PAGE) historyList.lastElementChild.remove();
    activeCount.textContent = active.length;
    historyCount.textContent = ++finishedCount;
  } else if (
    name === "sentDisposition" && isString(data?.guid) && isString(data?.comment) &&
    Array.isArray(data?.levelsId) && Array.isArray(data?.levelsValue)
  ) {
    const interaction = interactions.get(data.guid);
    if (!interaction) return;
    const disposition = { comment: data.comment, levelsId: data.levelsId, levelsValue: data.levelsValue, at: Date.now() };
    interaction.dispositions.push(disposition);
    if (interaction.finishDate !== undefined) interaction.row?.querySelector(".ck-sub")?.replaceWith(summary(interaction));
  }
});
