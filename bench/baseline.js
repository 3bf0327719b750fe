// The benchmark's baseline: a minimal hand-written listener that does what the cockpit's panel
// does for the same events, with the same checks (exact origin and source, the fields' types),
// and appends the same rows: active interactions newest first, history newest first with its
// newest 20 rows in the DOM, dispositions under their row. No framework, no WebAssembly.

const config = await (await fetch("config.json")).json();
const origin = new URL(config.ucontactUrl).origin;
const frame = document.getElementById("uContact");
frame.src = config.ucontactUrl;
const activeList = document.getElementById("active");
const historyList = document.getElementById("history");
const rows = new Map();
const PAGE = 20;

function row(data) {
  const item = document.createElement("li");
  item.className = "ck-row";
  const guid = document.createElement("span");
  guid.className = "ck-guid";
  guid.textContent = data.guid;
  const details = document.createElement("span");
  details.textContent = ` ${data.campaign ?? ""} · ${data.channel ?? ""} · ${data.clientId ?? ""}`;
  item.append(guid, details);
  return item;
}

const isString = (value) => typeof value === "string";

window.addEventListener("message", (event) => {
  if (event.origin !== origin || event.source !== frame.contentWindow) return;
  const { event: name, data } = event.data ?? {};
  if (name === "assignedInteraction" && [data?.guid, data?.campaign, data?.channel, data?.clientId].every(isString)) {
    const item = row(data);
    rows.set(data.guid, item);
    activeList.prepend(item);
  } else if (name === "finishedInteraction" && isString(data?.guid) && isString(data?.finishDate)) {
    const item = rows.get(data.guid) ?? row(data);
    rows.set(data.guid, item);
    const finished = document.createElement("span");
    finished.className = "ck-finished";
    finished.textContent = ` ${data.finishDate}`;
    item.append(finished);
    historyList.prepend(item);
    while (historyList.children.length > PAGE) historyList.lastElementChild.remove();
  } else if (name === "sentDisposition" && isString(data?.guid) && isString(data?.comment)) {
    const item = rows.get(data.guid);
    if (!item) return;
    const comment = document.createElement("p");
    comment.className = "ck-comment";
    comment.textContent = data.comment;
    item.append(comment);
  }
});
