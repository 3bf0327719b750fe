// TypeScript declarations for <ucontact-cockpit>, the uContact cockpit as an element.
// Shipped in dist/ beside ucontact-cockpit.js, and in the npm package (with react.d.ts for
// React's JSX).

/** What `dial()` asks uContact for: each field a non-empty line of at most 256 characters. */
export interface DialRequest {
  campaign: string;
  channel: string;
  clientId: string;
}

/** One interaction, as `interactions()` and the JSON export give it. */
export interface Interaction {
  status: "active" | "finished" | "reported";
  guid: string;
  assignment: { campaign: string; channel: string; clientId: string; assignedAt: string } | null;
  finish: { finishDate: string; finishedAt: string } | null;
  restoredAfterReload: boolean;
  handleSeconds: number | null;
  wrapUpSeconds: number | null;
  dispositions: {
    comment: string;
    levels: { id: string | null; value: string | null }[];
    receivedAt: string | null;
  }[];
}

/** Median, 90th percentile (nearest rank) and mean of the known durations, in milliseconds. */
export interface ReportTimes {
  known: number;
  /** Interactions without such a time (first seen finished, or not disposed). */
  unknown: number;
  medianMs: number | null;
  p90Ms: number | null;
  meanMs: number | null;
}

/** One level value of the disposition tree; `share` is of the parent (0 to 1). */
export interface ReportNode {
  /** The level's value, or its id; `null` for a disposition without levels. */
  label: string | null;
  count: number;
  share: number;
  children: ReportNode[];
}

/** What `report()` returns: the shift report's figures. Local times are ISO 8601 with their offset. */
export interface Report {
  since: string | null;
  handled: number;
  reportedOnly: number;
  active: number;
  possiblyOrphaned: number;
  /** `null` channel or campaign: never reported (the interaction was first seen finished). */
  byChannel: { channel: string | null; count: number; share: number }[];
  byCampaign: { campaign: string | null; count: number; share: number }[];
  handle: ReportTimes;
  wrapUp: ReportTimes;
  channelTimes: { channel: string | null; handle: ReportTimes; wrapUp: ReportTimes }[];
  dispositions: { disposed: number; tree: ReportNode[] };
  perHour: { start: string; count: number }[];
  dials: { sent: number; answered: number; notAnswered: number; notSent: number; pending: number };
}

/** The detail of each event the element dispatches (bubbling, composed, frozen). */
export interface UcontactCockpitEventMap {
  /** uContact assigned an interaction (a message the cockpit accepted). */
  "ucontact-assigned": CustomEvent<Readonly<{ guid: string; campaign: string; channel: string; clientId: string }>>;
  /** uContact finished an interaction. */
  "ucontact-finished": CustomEvent<Readonly<{ guid: string; finishDate: string }>>;
  /** The agent sent a disposition. */
  "ucontact-disposition": CustomEvent<
    Readonly<{ guid: string; comment: string; levelsId: readonly string[]; levelsValue: readonly string[] }>
  >;
  /** uContact's theme changed; `primary` is the colour as the cockpit re-serialised it. */
  "ucontact-theme": CustomEvent<Readonly<{ dark: boolean; primary: string }>>;
  /** uContact's language changed, as uContact named it. */
  "ucontact-language": CustomEvent<Readonly<{ language: string }>>;
  /** A dial request was posted to uContact. */
  "ucontact-dial": CustomEvent<Readonly<DialRequest>>;
  /** The configuration is loaded and uContact's frame is in place. */
  "ucontact-ready": CustomEvent<Readonly<Record<string, never>>>;
  /** The cockpit could not load (its module, loader or WebAssembly); `message` says why. */
  "ucontact-error": CustomEvent<Readonly<{ message: string }>>;
}

export declare class UcontactCockpit extends HTMLElement {
  /**
   * Resolves once the cockpit has loaded and its methods work; rejects (and the element says
   * why, and fires `ucontact-error`) when it cannot load.
   */
  readonly ready: Promise<void>;
  /**
   * Asks uContact to start an interaction. Resolves once the request was posted to uContact;
   * rejects with an Error naming the problem (an invalid field, as the dial form says it;
   * uContact not loaded; the same request still pending; this tab not in charge; the page in
   * charge not answering within 10 s), with nothing sent.
   */
  dial(request: DialRequest): Promise<void>;
  /** The shift as plain data (empty until loaded, and on a page not in charge). */
  interactions(): { active: Interaction[]; history: Interaction[] };
  /**
   * The shift report's figures, of the whole shift kept or from `since`. Throws a TypeError
   * when `since` is neither a Date nor milliseconds since the epoch.
   */
  report(options?: { since?: Date | number }): Report;

  addEventListener<K extends keyof UcontactCockpitEventMap>(
    type: K,
    listener: (this: UcontactCockpit, event: UcontactCockpitEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof UcontactCockpitEventMap>(
    type: K,
    listener: (this: UcontactCockpit, event: UcontactCockpitEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}

declare global {
  interface HTMLElementTagNameMap {
    "ucontact-cockpit": UcontactCockpit;
  }
  // The events bubble and are composed: they reach the document and the window too (not every
  // element's own listeners, which is why HTMLElementEventMap is left alone).
  interface DocumentEventMap extends UcontactCockpitEventMap {}
  interface WindowEventMap extends UcontactCockpitEventMap {}
}
