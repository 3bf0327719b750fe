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

import init, { CockpitElement } from "./__LOADER__";

const moduleUrl = import.meta.url;
await init({ module_or_path: new URL("./__WASM__", moduleUrl) });

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
}

if (!customElements.get("ucontact-cockpit")) customElements.define("ucontact-cockpit", UcontactCockpit);
