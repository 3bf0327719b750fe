// The benchmark's baseline: a minimal hand-written listener that does what the cockpit's panel
// does for the same events, with the same checks (exact origin and source, the fields' types),
// and builds the same rows: the same elements, labels and classes; active interactions newest
// first with their elapsed time; history newest first, its newest 20 rows in the DOM, the
// finish date formatted with Intl; dispositions with their levels under their row; the counts
// beside the headings. No framework, no WebAssembly, no persistence.

const config = await (await fetch("config.json")).json();
const origin = new URL(config.ucontactUrl).origin;
const frame = document.getElementById("uContact");
frame.src = config.ucontactUrl;
const activeList = document.getElementById("active");
const historyList = document.getElementById("history");
const activeCount = document.getElementById("active-count");
const historyCount = document.getElementById("history-count");
const PAGE = 20;
const interactions = new Map();
let finishedCount = 0;
const dates = new Intl.DateTimeFormat(navigator.language, { dateStyle: "medium", timeStyle: "medium" });

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function details(interaction, extraLabel, extra) {
  const list = element("dl");
  const pairs = [
    ["Interaction", interaction.guid, "ck-guid"],
    ["Campaign", interaction.campaign ?? "unknown"],
    ["Channel", interaction.channel ?? "unknown"],
    ["Client ID", interaction.clientId ?? "unknown"],
  ];
  for (const [label, value, className] of pairs) list.append(element("dt", undefined, label), element("dd", className, value));
  list.append(element("dt", undefined, extraLabel), extra);
  return list;
}

function dispositions(interaction) {
  return interaction.dispositions.map((d) => {
    const block = element("div");
    const comment = element("p", "ck-comment");
    comment.append(element("span", "ck-sr-only", "Comment: "), d.comment);
    const levels = element("ol");
    const length = Math.max(d.levelsId.length, d.levelsValue.length);
    for (let i = 0; i < length; i++) {
      const level = element("li", "ck-level");
      level.append(element("span", undefined, d.levelsId[i] ?? "(none)"), " · ", element("span", undefined, d.levelsValue[i] ?? "(none)"));
      levels.append(level);
    }
    block.append(element("h4", undefined, "Disposition"), comment, levels);
    return block;
  });
}

function activeRow(interaction) {
  const elapsed = element("dd", "ck-elapsed");
  elapsed.append(element("time", undefined, "0:00"));
  const row = element("li", "ck-row");
  row.append(details(interaction, "Elapsed", elapsed), ...dispositions(interaction));
  return row;
}

function historyRow(interaction) {
  const parsed = /^(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d)(?::(\d\d))?$/.exec(interaction.finishDate);
  const text = parsed
    ? dates.format(new Date(+parsed[1], parsed[2] - 1, +parsed[3], +parsed[4], +parsed[5], +(parsed[6] ?? 0)))
    : interaction.finishDate;
  const row = element("li", "ck-row");
  row.append(details(interaction, "Finished", element("dd", "ck-finished", text)), ...dispositions(interaction));
  return row;
}

const isString = (value) => typeof value === "string";

window.addEventListener("message", (event) => {
  if (event.origin !== origin || event.source !== frame.contentWindow) return;
  const { event: name, data } = event.data ?? {};
  if (name === "assignedInteraction" && [data?.guid, data?.campaign, data?.channel, data?.clientId].every(isString)) {
    const interaction = { ...data, dispositions: [], row: null };
    interaction.row = activeRow(interaction);
    interactions.set(data.guid, interaction);
    activeList.prepend(interaction.row);
    activeCount.textContent = activeList.children.length;
  } else if (name === "finishedInteraction" && isString(data?.guid) && isString(data?.finishDate)) {
    const interaction = interactions.get(data.guid) ?? { guid: data.guid, dispositions: [] };
    interaction.row?.remove();
    interaction.finishDate = data.finishDate;
    interaction.row = historyRow(interaction);
    interactions.set(data.guid, interaction);
    historyList.prepend(interaction.row);
    while (historyList.children.length > PAGE) historyList.lastElementChild.remove();
    activeCount.textContent = activeList.children.length;
    historyCount.textContent = ++finishedCount;
  } else if (
    name === "sentDisposition" && isString(data?.guid) && isString(data?.comment) &&
    Array.isArray(data?.levelsId) && Array.isArray(data?.levelsValue)
  ) {
    const interaction = interactions.get(data.guid);
    if (!interaction) return;
    const disposition = { comment: data.comment, levelsId: data.levelsId, levelsValue: data.levelsValue };
    interaction.dispositions.push(disposition);
    interaction.row?.append(...dispositions({ dispositions: [disposition] }));
  }
});
