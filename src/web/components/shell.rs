//! What the cockpit in charge shows: uContact's frame and, beside it, the panel: its bar, the
//! notices, active interactions and history (scrolling), the shift's tools, and the dial form
//! pinned at its foot so it stays in view however many interactions there are; or the shift
//! report in place of the lists. It wires uContact's bridge and the registry of integrations.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::fill;
use crate::state::{Action, Outcome};
use crate::stored::StorageNotice;
use crate::web::components::dial_dock::use_agent_dial;
use crate::web::components::layout::layout;
use crate::web::components::{
    ActiveList, Confirmations, DialDock, DialLog, EndShift, Exports, HistoryList, Inspector,
    Notices, PanelBar, ReportView, ShortcutsHelp, SilenceHint,
};
use crate::web::context::use_cockpit;
use crate::web::focus::show_row;
use crate::web::hooks::{
    use_attention, use_bridge, use_document, use_keyboard, use_silence, use_toggle,
};
use crate::web::integrations::Integrations;
use crate::web::integrations::forward::ForwardFeed;
use crate::web::integrations::framed::Framing;
use crate::web::integrations::hubspot::HubSpotRows;
use crate::web::mount::{Mount, use_mount};
use crate::web::store::Store;
use crate::web::styles::use_styles;

#[derive(Properties, PartialEq)]
pub struct ShellProps {
    pub store: UseReducerHandle<Store>,
    /// What the agent should know about storage.
    pub stored: Vec<StorageNotice>,
    pub took_charge: bool,
    pub alone: bool,
    /// Who frames the page: nobody, or a listed page.
    pub framing: Framing,
}

#[component]
pub fn Shell(props: &ShellProps) -> Html {
    let cockpit = use_cockpit();
    let styles = use_styles();
    let mount = use_mount();
    let store = &props.store;
    let config = &cockpit.config;
    let texts = cockpit.texts();
    let frame = use_node_ref();
    let framing = props.framing.clone();
    // How each call stands in HubSpot, when HubSpot frames the cockpit: its rows say so.
    let hubspot_rows = use_state(HubSpotRows::default);
    let onhubspot = {
        let rows = hubspot_rows.setter();
        use_callback((), move |next: HubSpotRows, _| rows.set(next))
    };
    // How forwarding events stands: the inspector and End shift hear it (and nothing else).
    let forward_feed = (*use_memo((), |_| ForwardFeed::default())).clone();
    let origin = use_memo((), |_| Rc::<str>::from(config.ucontact_origin.as_str()));
    use_bridge(
        (*origin).clone(),
        frame.clone(),
        cockpit.dispatch.clone(),
        // The parent is never uContact: what it sends is the framed integration's.
        framing != Framing::None,
    );
    {
        // uContact's frame is in place: the integrations have subscribed (children's effects
        // run before their parent's), so each hears that the cockpit is ready.
        let dispatch = cockpit.dispatch.clone();
        use_effect_with((), move |_| dispatch.dispatch(Action::Ready));
    }
    // Narrower than about 700 px, the panel covers the frame when open: it starts as a rail.
    let collapsed = {
        let root = mount.root();
        use_toggle(move || {
            root.is_some_and(|root| root.client_width() > 0 && root.client_width() < 700)
        })
    };
    let unseen = use_attention(collapsed.get());
    use_document(store.theme, store.locale.clone(), unseen.while_hidden);
    let silence = use_silence(
        frame.clone(),
        AttrValue::from(config.ucontact_url.clone()),
        config.connect_timeout_seconds,
        store.inspector.accepted > 0,
    );
    // The shift report, shown instead of the interactions.
    let reporting = use_toggle(|| false);
    let help_asked = use_keyboard(reporting.clone(), collapsed.clone());
    let ondial = use_agent_dial();
    let onshow = {
        let root = mount.root();
        use_callback((), move |guid: String, _| {
            show_row(root.as_ref(), &guid, true)
        })
    };
    // A dial just answered: bring its interaction into view (without taking the focus).
    let answered = store
        .dials
        .iter()
        .find(|dial| matches!(dial.outcome, Outcome::Answered { .. }))
        .cloned();
    let first_answered = use_memo((), |_| answered.as_ref().map(|dial| dial.id));
    {
        let root = mount.root();
        use_effect_with(answered, move |answered| {
            if let Some(dial) = answered
                && Some(dial.id) != *first_answered
                && let Outcome::Answered { guid, .. } = &dial.outcome
            {
                show_row(root.as_ref(), guid, false);
            }
        });
    }
    let ontoggle = {
        let collapsed = collapsed.clone();
        use_callback((), move |(), _| collapsed.flip())
    };
    let onreport = {
        let reporting = reporting.clone();
        use_callback((), move |(), _| reporting.flip())
    };
    // In an intranet page (not in the window popped out of one): the cockpit can move to a
    // window of its own.
    let onpopout = use_memo(store.locale.clone(), |locale| match &mount {
        Mount::Element(element) if !element.popped_out() => {
            let (element, locale) = (element.clone(), locale.clone());
            Some(Callback::from(move |()| {
                element.pop_out(&locale);
            }))
        }
        _ => None,
    });
    let silence_origin = match framing.origin() {
        // Framed: uContact sits in a frame in a frame, and must allow both.
        Some(parent) => fill(
            texts.silence_origins,
            &[("first", parent), ("second", &own_origin())],
        ),
        None => own_origin(),
    };
    html! {
        <div class={classes!(layout(&styles), collapsed.get().then_some("ck-collapsed"), reporting.get().then_some("ck-reporting"))}>
            <Integrations framing={framing.clone()} {onhubspot} forward_feed={forward_feed.clone()} />
            <iframe
                id="uContact"
                ref={frame}
                src={config.ucontact_url.clone()}
                allow={config.frame_allow.clone()}
                title={texts.frame_title}
                onload={silence.onload}
            />
            <aside class="ck-panel" aria-label={texts.panel_label}>
                <PanelBar
                    collapsed={collapsed.get()}
                    active={store.active.len()}
                    unseen={unseen.while_collapsed}
                    {ontoggle}
                    onpopout={(*onpopout).clone()}
                    reporting={reporting.get()}
                    onreport={Some(onreport.clone())}
                />
                <ContextProvider<HubSpotRows> context={(*hubspot_rows).clone()}>
                <ContextProvider<ForwardFeed> context={forward_feed}>
                <div id="ck-panel-body" class="ck-body" hidden={collapsed.get()}>
                    if reporting.get() {
                        <ReportView
                            history={store.history.clone()}
                            active={store.active.clone()}
                            dials={store.dials.clone()}
                            onclose={onreport}
                        />
                    }
                    <div class="ck-lists" hidden={reporting.get()}>
                        if silence.silent {
                            <SilenceHint origin={AttrValue::from(silence_origin)} onreload={silence.onreload} />
                        }
                        <Confirmations awaiting={store.awaiting.clone()} />
                        <Notices stored={props.stored.clone()} took_charge={props.took_charge}
                            alone={props.alone} lost={store.inspector.last_lost.clone()} />
                        <ActiveList interactions={store.active.clone()} />
                        <HistoryList history={store.history.clone()} />
                        <DialLog dials={store.dials.clone()} silent={silence.silent}
                            onretry={ondial} onshow={onshow.clone()} />
                        <div class="ck-shift-tools">
                            <Exports />
                            <ShortcutsHelp asked={help_asked} />
                            <EndShift />
                        </div>
                        <Inspector record={store.inspector.clone()} />
                    </div>
                </div>
                </ContextProvider<ForwardFeed>>
                </ContextProvider<HubSpotRows>>
                <div class="ck-dock" hidden={collapsed.get()}>
                    <DialDock dials={store.dials.clone()} silent={silence.silent} {onshow} />
                </div>
            </aside>
        </div>
    }
}

/// This page's origin (uContact must allow it to frame it).
fn own_origin() -> String {
    web_sys::window()
        .and_then(|window| window.location().origin().ok())
        .unwrap_or_default()
}
