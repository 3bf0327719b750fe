// The example intranet page's own script: loads the cockpit's element from the cockpit's origin
// (`?cockpit=` or http://127.0.0.1:8080/), lists the host events it receives, and calls the
// element's methods. window.intranet is what the end-to-end tests read.

const params = new URLSearchParams(location.search);
const cockpit = params.get("cockpit") ?? "http://127.0.0.1:8080/";
// `?calm`: without the careless stylesheet (the tests compare the cockpit with and without it).
if (params.has("calm")) document.querySelector('link[href="hostile.css"]')?.remove();
const received = [];
window.intranet = { received, loaded: import(new URL("ucontact-cockpit.js", cockpit).href) };

const list = document.getElementById("events");
for (const name of ["ucontact-assigned", "ucontact-finished", "ucontact-disposition", "ucontact-theme",
  "ucontact-language", "ucontact-dial", "ucontact-ready"]) {
  document.addEventListener(name, (event) => {
    received.push({ type: event.type, detail: event.detail });
    const item = document.createElement("li");
    item.textContent = `${event.type} ${JSON.stringify(event.detail)}`;
    list?.prepend(item);
  });
}

const element = () => document.querySelector("ucontact-cockpit");
const result = document.getElementById("dial-result");
document.getElementById("dial")?.addEventListener("submit", async (event) => {
  event.preventDefault();
  const request = Object.fromEntries(new FormData(event.target));
  try {
    await element().dial(request);
    result.textContent = "dial(): posted to uContact";
  } catch (error) {
    result.textContent = `dial() refused: ${error.message}`;
  }
});
document.getElementById("show-interactions")?.addEventListener("click", () => {
  document.getElementById("interactions").textContent = JSON.stringify(element().interactions(), null, 2);
});
