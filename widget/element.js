// The <ucontact-cockpit> element's class, shared by dist/ucontact-cockpit.js and the npm
// package (both are written from this file by tools/widget-module.mjs and tools/pack.mjs).
// WebAssembly cannot subclass HTMLElement, so this small class defines the element at once and
// hands each lifecycle callback and method to the cockpit (Rust: src/web/element.rs) once its
// WebAssembly has loaded. `element.ready` says when that is; if it cannot load, the element
// says why in plain words and fires `ucontact-error`.

/** What the element says when the cockpit cannot load, in the browser's language. */
const FAILED = {
  en: (origin, reason) =>
    `The uContact cockpit could not load from ${origin} (${reason}). Most often its server does not allow this page's origin: ucontact-cockpit.js, its loader and its .wasm must be served with Access-Control-Allow-Origin for this page, and the .wasm as application/wasm.`,
  es: (origin, reason) =>
    `El panel de uContact no pudo cargarse desde ${origin} (${reason}). Lo más frecuente es que su servidor no permita el origen de esta página: ucontact-cockpit.js, su cargador y su .wasm deben servirse con Access-Control-Allow-Origin para esta página, y el .wasm como application/wasm.`,
  pt: (origin, reason) =>
    `O painel do uContact não pôde ser carregado de ${origin} (${reason}). O mais comum é o servidor dele não permitir a origem desta página: ucontact-cockpit.js, seu carregador e seu .wasm devem ser servidos com Access-Control-Allow-Origin para esta página, e o .wasm como application/wasm.`,
};

function failureText(origin, error) {
  const lang = (navigator.languages ?? [navigator.language]).map((tag) => String(tag).slice(0, 2).toLowerCase()).find((tag) => tag in FAILED) ?? "en";
  const reason = error instanceof Error ? error.message : String(error);
  return FAILED[lang](origin, reason.slice(0, 300));
}

/**
 * Defines <ucontact-cockpit> (unless already defined) and returns its class. `load()` resolves
 * to the cockpit's Rust class once its WebAssembly is instantiated; `moduleUrl` is the URL a
 * popped-out window loads the element from; `wasmUrl` the WebAssembly's.
 */
function defineCockpitElement(load, moduleUrl, wasmUrl) {
  const existing = customElements.get("ucontact-cockpit");
  if (existing) return existing;
  // Start-up: the configuration is fetched while the WebAssembly loads, through a preload the
  // cockpit's own fetch of the same URL then takes (the page's connect-src already allows it).
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
  const loading = load();
  // Each element handles the failure (a message, an event); this is no unhandled rejection.
  loading.catch(() => {});
  const origin = new URL(moduleUrl, document.baseURI).origin;

  class UcontactCockpit extends HTMLElement {
    static observedAttributes = ["config"];
    #cockpit;
    #ready;

    constructor() {
      super();
      if (!this.shadowRoot) this.attachShadow({ mode: "open" });
      this.#ready = loading.then(
        (CockpitElement) => {
          this.#cockpit = new CockpitElement(this, moduleUrl, wasmUrl);
          if (this.isConnected) this.#cockpit.connect();
        },
        (error) => {
          this.#fail(error);
          throw error;
        },
      );
      this.#ready.catch(() => {});
    }

    /** Resolves once the cockpit has loaded and the methods work; rejects if it cannot load. */
    get ready() {
      return this.#ready;
    }

    #fail(error) {
      const message = failureText(origin, error);
      const notice = document.createElement("p");
      notice.setAttribute("role", "alert");
      notice.style.cssText = "all: initial; display: block; padding: 10px 12px; font: 13px/1.45 system-ui, sans-serif; color: #8a1c1c; border: 1px solid #d1242f; border-left-width: 4px; background: #fff;";
      notice.textContent = message;
      this.shadowRoot.replaceChildren(notice);
      this.dispatchEvent(new CustomEvent("ucontact-error", { bubbles: true, composed: true, detail: Object.freeze({ message }) }));
    }

    connectedCallback() {
      this.#cockpit?.connect();
    }

    disconnectedCallback() {
      this.#cockpit?.disconnect();
    }

    attributeChangedCallback(name, before, after) {
      if (before !== null && before !== after) this.#cockpit?.configChanged();
    }

    /** Asks uContact to start an interaction; resolves once the request was posted. */
    dial(request) {
      return this.#ready.then(() => this.#cockpit.dial(request));
    }

    /** The shift as plain data: `{ active: [...], history: [...] }` (empty until loaded). */
    interactions() {
      return this.#cockpit ? this.#cockpit.interactions() : { active: [], history: [] };
    }

    /** The shift report's figures as plain data; `{ since }` (a Date or milliseconds) to start later. */
    report(options = {}) {
      if (!this.#cockpit) throw new Error("The uContact cockpit is still loading: await element.ready first.");
      return this.#cockpit.report(options);
    }
  }

  customElements.define("ucontact-cockpit", UcontactCockpit);
  return UcontactCockpit;
}
