// <ucontact-cockpit>: the uContact cockpit as an element of any page, on any origin.
//
//   <script type="module" src="https://cockpit.acme.com/ucontact-cockpit.js"></script>
//   <ucontact-cockpit config="/cockpit/config.json" click-to-dial></ucontact-cockpit>
//
// This file is written into dist/ by tools/widget-module.mjs at every build, with the hashed
// names of the cockpit's WebAssembly and its loader filled in; both are found beside this
// module, whatever page loads it. WebAssembly cannot subclass HTMLElement, so this small class
// defines the element and hands each lifecycle callback and method to the cockpit (Rust:
// src/web/element.rs). Types: ucontact-cockpit.d.ts.

const moduleUrl = import.meta.url;

// Start-up: the WebAssembly, the loader and the configuration are fetched at once, not one
// after the other. The configuration goes through a preload, which the cockpit's own fetch of
// the same URL then takes (the page's connect-src already allows the cockpit's origin).
const wasm = fetch(new URL("./__WASM__", moduleUrl));
const first = document.querySelector("ucontact-cockpit");
if (first) {
  const config = first.getAttribute("config");
  const preload = document.createElement("link");
  preload.rel = "preload";
  preload.as = "fetch";
  preload.crossOrigin = "anonymous";
  preload.href = config === null ? new URL("config.json", moduleUrl).href : new URL(config, document.baseURI).href;
  document.head.append(preload);
}
const { default: init, CockpitElement } = await import("./__LOADER__");
await init({ module_or_path: wasm });

export class UcontactCockpit extends HTMLElement {
  static observedAttributes = ["config"];
  #cockpit;

  constructor() {
    super();
    this.#cockpit = new CockpitElement(this, moduleUrl);
  }

  connectedCallback() {
    this.#cockpit.connect();
  }

  disconnectedCallback() {
    this.#cockpit.disconnect();
  }

  attributeChangedCallback(name, before, after) {
    if (before !== null && before !== after) this.#cockpit.configChanged();
  }

  /** Asks uContact to start an interaction; resolves once the request was posted. */
  dial(request) {
    return this.#cockpit.dial(request);
  }

  /** The shift as plain data: `{ active: [...], history: [...] }`. */
  interactions() {
    return this.#cockpit.interactions();
  }

  /** The shift report's figures as plain data; `{ since }` (a Date or milliseconds) to start later. */
  report(options = {}) {
    return this.#cockpit.report(options);
  }
}

if (!customElements.get("ucontact-cockpit")) customElements.define("ucontact-cockpit", UcontactCockpit);
