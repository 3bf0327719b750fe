// An intranet's layout: its routes change the page beside the cockpit, which lives in the
// layout (outside the routes), so uContact never reloads on navigation. The contract of the
// package's types: this file type-checks with `tsc --noEmit` and no declaration of its own.
import { useRef, useState } from "react";
import "ucontact-cockpit";
import type {} from "ucontact-cockpit/react";
import type { UcontactCockpit } from "ucontact-cockpit";

declare global {
  interface Window {
    intranet: { events: string[] };
  }
}
window.intranet = { events: [] };

export function App() {
  const [client, setClient] = useState("");
  const [events, setEvents] = useState<string[]>([]);
  const [route, setRoute] = useState<"home" | "tickets">("home");
  const [key, setKey] = useState(0);
  const [dialled, setDialled] = useState("");
  const dials = useRef(0);
  const cockpit = useRef<UcontactCockpit>(null);

  // Dials 42, then 43, …: each a request of its own.
  const dial = () => {
    setDialled("");
    const clientId = String(42 + dials.current++);
    const posted: Promise<void> | undefined = cockpit.current?.dial({ campaign: "Sales", channel: "Phone", clientId });
    posted?.then(
      () => setDialled("posted"),
      (error: Error) => setDialled(`refused: ${error.message}`),
    );
  };

  return (
    <div style={{ display: "grid", gridTemplateColumns: "260px 1fr", height: "100vh" }}>
      <nav>
        <button id="home" onClick={() => setRoute("home")}>Home</button>
        <button id="tickets" onClick={() => setRoute("tickets")}>Tickets</button>
        <button id="swap" onClick={() => setKey((k) => k + 1)}>Swap the element</button>
        <button id="dial" onClick={dial}>Dial</button>
        <output id="client">{client}</output>
        <output id="dialled">{dialled}</output>
        <ol id="events">
          {events.map((event, index) => (
            <li key={index}>{event}</li>
          ))}
        </ol>
        <main>{route === "home" ? <h1 id="page">Home</h1> : <h1 id="page">Tickets</h1>}</main>
      </nav>
      <ucontact-cockpit
        key={key}
        ref={cockpit}
        config="/cockpit/config.json"
        click-to-dial=""
        style={{ display: "block", height: "100vh" }}
        onucontact-assigned={(event) => {
          setClient(event.detail.clientId);
          window.intranet.events.push(`assigned:${event.detail.guid}`);
          setEvents((list) => [...list, `assigned:${event.detail.guid}`]);
        }}
      />
    </div>
  );
}
