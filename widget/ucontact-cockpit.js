// <ucontact-cockpit>: the uContact cockpit as an element of any page, on any origin.
//
//   <script type="module" src="https://cockpit.acme.com/ucontact-cockpit.js"></script>
//   <ucontact-cockpit config="/cockpit/config.json" click-to-dial></ucontact-cockpit>
//
// Written into dist/ by tools/widget-module.mjs at every build, with the hashed names of the
// cockpit's WebAssembly and loader filled in (both found beside this module, whatever page
// loads it) and the element's class (widget/element.js) in place of the line below. Types:
// ucontact-cockpit.d.ts.

const moduleUrl = import.meta.url;
const wasmUrl = new URL("./__WASM__", moduleUrl).href;

//__ELEMENT__

export const UcontactCockpit = defineCockpitElement(
  async () => {
    // The WebAssembly and the loader are fetched at once, not one after the other.
    const wasm = fetch(wasmUrl);
    const { default: init, CockpitElement } = await import("./__LOADER__");
    await init({ module_or_path: wasm });
    return CockpitElement;
  },
  moduleUrl,
  wasmUrl,
);
