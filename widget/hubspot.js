// HubSpot mode only (a cockpit framed by a HubSpot origin listed in config.json's `hubspot`):
// the cockpit's WebAssembly adds this module to the page, which loads HubSpot's own calling
// SDK (@hubspot/calling-extensions-sdk, copied beside it by the build) and hands the cockpit a
// way to start it. Pages not in HubSpot mode never load either file.
import CallingExtensions from "./hubspot-calling-extensions.js";

const sdk = {
  /** The app side of the SDK, with the cockpit's handlers (`onReady`, `onDialNumber`, …). */
  create(eventHandlers) {
    return new CallingExtensions({ debugMode: false, eventHandlers });
  },
};
window.ucontactHubSpotSdk = sdk;
window.dispatchEvent(new CustomEvent("ucontact-hubspot-sdk"));
