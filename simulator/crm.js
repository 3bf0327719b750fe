// Shows what the cockpit's CRM link carried, as text. Tests read `window.crm`.
const params = new URLSearchParams(location.search);
const record = document.getElementById("record");
window.crm = Object.fromEntries(params);
for (const [name, value] of params) {
  const term = document.createElement("dt");
  term.textContent = name;
  const detail = document.createElement("dd");
  detail.textContent = value;
  record.append(term, detail);
}
