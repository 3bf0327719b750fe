// A stand-in for HubSpot's page, on its own origin: HubSpot's calling SDK in host mode (the
// IFrameManager HubSpot's own page runs) frames the cockpit, answers what a calling app sends as
// HubSpot does (an engagement for every call started with createEngagement, a caller match for
// an incoming number), and offers click-to-call. Every message the app sends is listed, and kept
// in `window.hubspot.received` for the tests.
//
// ?cockpit=<url> is the calling app's URL (default http://127.0.0.1:8080/).

import { IFrameManager } from "./calling-extensions.js";

const params = new URLSearchParams(location.search);
const cockpit = params.get("cockpit") ?? "http://127.0.0.1:8080/";
const received = [];
let engagements = 0;

const list = document.getElementById("received");
function record(message) {
  received.push(message);
  const item = document.createElement("li");
  item.textContent = `${message.type} ${message.data === undefined ? "" : JSON.stringify(message.data)}`;
  list.prepend(item);
}

const manager = new IFrameManager({
  iFrameOptions: { src: cockpit, width: "420px", height: "640px", hostElementSelector: "#calling-widget" },
  onMessageHandler: (message) => {
    record(message);
    const started = message.type === "OUTGOING_CALL_STARTED" || message.type === "INCOMING_CALL";
    if (started && message.data?.createEngagement && document.getElementById("auto-engagement").checked) {
      engagements += 1;
      send("CREATE_ENGAGEMENT_SUCCEEDED", { engagementId: 9000 + engagements });
    }
    if (message.type === "INCOMING_CALL" && document.getElementById("auto-match").checked) {
      send("CALLER_ID_MATCH_SUCCEEDED", {
        callerIdMatches: [{ callerIdType: "CONTACT", objectCoordinates: { portalId: 123, objectTypeId: "0-1", objectId: 501 }, firstName: "María", lastName: "Pérez" }],
      });
    }
  },
});

/** Sends a message as HubSpot's page does. */
function send(type, data) {
  manager.sendMessage({ type, data });
}

document.getElementById("call").addEventListener("click", () => {
  send("DIAL_NUMBER", {
    phoneNumber: document.getElementById("phone").textContent,
    objectId: 501,
    objectType: "CONTACT",
    portalId: 123,
    calleeInfo: { calleeId: 501, calleeObjectTypeId: "0-1" },
    startTimestamp: Date.now(),
    toPhoneNumberSrc: "phone",
  });
});

window.hubspot = { received, send, manager };
