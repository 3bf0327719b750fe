// The framed example: the cockpit's own page in an iframe (`?cockpit=` or
// http://127.0.0.1:8080/); lists what the cockpit posts, and posts startInteraction to it.
// window.intranet is what the end-to-end tests read.

const cockpit = new URL(new URLSearchParams(location.search).get("cockpit") ?? "http://127.0.0.1:8080/");
const frame = document.getElementById("cockpit");
frame.src = cockpit.href;
const received = [];
window.intranet = { received };

// The cockpit may not know who frames it (Firefox has no location.ancestorOrigins, and this
// page may send no referrer): it learns it from this page's first message. So say hello until
// the cockpit answers (it answers a hello with ucontact-ready).
let answered = false;
let tries = 0;
const hello = setInterval(() => {
  if (answered || ++tries > 40) clearInterval(hello);
  else frame.contentWindow?.postMessage({ event: "hello" }, cockpit.origin);
}, 250);

const list = document.getElementById("events");
window.addEventListener("message", (event) => {
  if (event.origin !== cockpit.origin || event.source !== frame.contentWindow) return;
  answered = true;
  received.push(event.data);
  const item = document.createElement("li");
  item.textContent = JSON.stringify(event.data);
  list.prepend(item);
});
document.getElementById("dial").addEventListener("submit", (event) => {
  event.preventDefault();
  const data = Object.fromEntries(new FormData(event.target));
  frame.contentWindow.postMessage({ event: "startInteraction", data }, cockpit.origin);
});
