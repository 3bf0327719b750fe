// A plain intranet page bundled by webpack 5: the package from node_modules, its WebAssembly
// emitted by webpack itself; the element swapped for another with replaceWith.
import "ucontact-cockpit";

window.intranet = { events: [] };

function cockpit() {
  const element = document.createElement("ucontact-cockpit");
  element.setAttribute("config", "/cockpit/config.json");
  element.style.cssText = "display: block; height: 90vh";
  return element;
}

document.getElementById("slot").append(cockpit());
document.addEventListener("ucontact-assigned", (event) => window.intranet.events.push(`assigned:${event.detail.guid}`));
document.getElementById("swap").addEventListener("click", () => {
  document.querySelector("ucontact-cockpit").replaceWith(cockpit());
});
document.getElementById("dial").addEventListener("click", () => {
  document
    .querySelector("ucontact-cockpit")
    .dial({ campaign: "Sales", channel: "Phone", clientId: "42" })
    .then(
      () => (document.getElementById("dialled").textContent = "posted"),
      (error) => (document.getElementById("dialled").textContent = `refused: ${error.message}`),
    );
});
