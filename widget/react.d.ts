// React 19's JSX for <ucontact-cockpit>: `import type {} from "ucontact-cockpit/react";` once
// in the app, then
//
//   <ucontact-cockpit config="/cockpit/config.json" click-to-dial=""
//     onucontact-assigned={(event) => setClient(event.detail.clientId)} ref={cockpit} />
//
// type-checks, `event` and `ref` typed (React 19 passes custom elements' attributes and
// `on<event>` props through as they are).

import type { DetailedHTMLProps, HTMLAttributes } from "react";
import type { UcontactCockpit, UcontactCockpitEventMap } from "./ucontact-cockpit.js";

/** `on<event>` props for each event the element dispatches. */
export type UcontactCockpitEventProps = {
  [K in keyof UcontactCockpitEventMap as `on${K}`]?: (event: UcontactCockpitEventMap[K]) => void;
};

/** The element's own attributes. */
export interface UcontactCockpitAttributes {
  /** The URL of its config.json (set it: in a bundle there is no "beside the module"). */
  config?: string;
  /** Present: plain clicks on the page's tel: links dial (or fill the dial form). */
  "click-to-dial"?: "" | boolean;
}

export type UcontactCockpitProps = DetailedHTMLProps<HTMLAttributes<UcontactCockpit>, UcontactCockpit> &
  UcontactCockpitAttributes &
  UcontactCockpitEventProps;

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "ucontact-cockpit": UcontactCockpitProps;
    }
  }
}
