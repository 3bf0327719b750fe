//! The cockpit itself: the uContact iframe and, beside it, the panel: notices, active
//! interactions and history (scrolling), and the dial form pinned at its foot so it stays in
//! view however many interactions there are. Owns the one store and wires every hook to it.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use crate::config::Config;
use crate::i18n::{Locale, fill};
use crate::protocol::StartInteraction;
use crate::shortcuts::{self, Shortcut};
use crate::state::{Action, Interaction, Outcome, Verdict};
use crate::web::components::{
    ActiveList, DialForm, DialLog, EndShift, ExportFormat, Exports, HistoryList, Inspector, Notice,
    PanelBar, Prefill, ReportView, ShortcutsHelp, SilenceHint, export_shift,
};
use crate::web::hooks::{
    NotifyState, restore, retention_ms, use_attention, use_bridge, use_click_to_dial, use_document,
    use_framed_host, use_notifications, use_persistence, use_relay_in_charge, use_screen_pop,
    use_shortcuts, use_silence, use_timekeeping, use_toggle,
};
use crate::web::host::{Audience, framing_origin};
use crate::web::mount::{Mount, use_mount};
use crate::web::store::Store;
use crate::web::{now, styles};

#[derive(Properties, PartialEq)]
pub struct CockpitPageProps {
    pub config: Rc<Config>,
    /// The language to start in, until uContact names one.
    pub locale: Locale,
    /// This tab took charge by itself because the tab in charge closed.
    #[prop_or_default]
    pub took_charge: bool,
}

#[component]
pub fn CockpitPage(props: &CockpitPageProps) -> Html {
    let config = &props.config;
    // Restored before the first paint; the notices say why, if anything was left out.
    let restored = use_memo((), |_| restore(props.locale.clone(), config));
    let store = use_reducer(|| Store::new(restored.cockpit.clone()));
    let storage_notice = use_persistence(&store, &restored);
    let frame = use_node_ref();
    let origin = use_memo((), |_| Rc::<str>::from(config.ucontact_origin.as_str()));
    let mount = use_mount();
    let link = match &mount {
        Mount::Element(element) => Some(element.link.clone()),
        Mount::Page => None,
    };
    // Framed mode: the page framing this one, and whether it may talk to the cockpit.
    let framing = use_memo((), |_| match mount {
        Mount::Page => framing_origin(),
        Mount::Element(_) => None,
    });
    let listed_host = (*framing)
        .clone()
        .filter(|origin| config.host_origins.contains(origin));
    let audience = use_memo(mount.clone(), |mount| match mount {
        Mount::Element(element) => Audience::Element {
            host: element.host.clone(),
            relay: web_sys::BroadcastChannel::new(crate::host_api::RELAY_CHANNEL).ok(),
        },
        Mount::Page => match &listed_host {
            Some(origin) => Audience::Parent {
                origin: origin.clone(),
            },
            None => Audience::Nobody,
        },
    });
    use_bridge(
        (*origin).clone(),
        frame.clone(),
        store.dispatcher(),
        &store.outbox,
        (*audience).clone().into(),
        link.clone(),
    );
    use_relay_in_charge(
        (*audience).clone().into(),
        link.clone(),
        store.dispatcher(),
        store.dials.clone(),
        store.locale.lang,
    );
    use_framed_host(
        listed_host.clone(),
        store.dispatcher(),
        store.dials.clone(),
        store.locale.lang,
    );
    if let Some(link) = &link {
        // The element's methods act on what the cockpit holds now.
        *link.store.borrow_mut() = Some(store.clone());
        link.orphan_after
            .set(u64::from(config.orphan_after_minutes) * 60_000);
    }
    {
        let (audience, link, frame) = (audience.clone(), link.clone(), frame.clone());
        use_effect_with((), move |_| {
            if let Some(link) = &link {
                *link.frame.borrow_mut() = Some(frame);
            }
            audience.tell(&crate::host_api::ready());
            move || {
                if let Some(link) = link {
                    *link.store.borrow_mut() = None;
                    *link.frame.borrow_mut() = None;
                }
            }
        });
    }
    use_timekeeping(
        store.dispatcher(),
        store.dials.next_deadline(store.dial_answer_ms),
        retention_ms(config.retention_hours),
    );
    // Narrower than about 700 px, the panel covers the frame when open: it starts as a rail.
    let collapsed = {
        let root = mount.root();
        use_toggle(move || {
            root.is_some_and(|root| root.client_width() > 0 && root.client_width() < 700)
        })
    };
    let unseen = use_attention(&store.arrivals, collapsed.get());
    use_document(store.theme, store.locale.clone(), unseen.while_hidden);
    let notifications = use_notifications(&store.arrivals, store.locale.lang);
    let pop = use_screen_pop(&store.arrivals, config.screen_pop.clone());
    let silence = use_silence(
        frame.clone(),
        AttrValue::from(config.ucontact_url.clone()),
        config.connect_timeout_seconds,
        store.inspector.accepted > 0,
    );
    let own_origin = use_memo((), |_| {
        web_sys::window()
            .and_then(|window| window.location().origin().ok())
            .unwrap_or_default()
    });
    let crm = use_memo((), |_| config.screen_pop.clone().map(Rc::new));
    let campaigns = use_memo((), |_| Rc::new(config.campaigns.clone()));
    let channels = use_memo((), |_| Rc::new(config.channels.clone()));
    let attention_minutes = use_memo((), |_| {
        Rc::<[u32]>::from(config.attention_minutes.as_slice())
    });
    let prefill = use_state(|| None::<Prefill>);
    // Numbers each prefill, so the same one twice still counts (callbacks made once must not
    // read a stale `prefill`).
    let prefills = use_mut_ref(|| 0u32);
    let ended = use_state(|| false);
    let took_charge = use_state(|| props.took_charge);
    // The refused interaction event last dismissed, by its message number.
    let lost_dismissed = use_state(|| 0u64);
    // The shift report, shown instead of the interactions; the shortcuts' help, asked by key.
    let reporting = use_toggle(|| false);
    let help_asked = use_state(|| 0u32);

    let dispatcher = store.dispatcher();
    let ondial = use_callback((), {
        let dispatcher = dispatcher.clone();
        move |request: StartInteraction, _| dispatcher.dispatch(Action::Dial { at: now(), request })
    });
    let oncallagain = {
        let (prefill, collapsed, prefills) = (prefill.clone(), collapsed.clone(), prefills.clone());
        use_callback((), move |interaction: Rc<Interaction>, _| {
            let Some(a) = interaction.assignment.as_ref() else {
                return;
            };
            let seq = next(&prefills);
            prefill.set(Some(Prefill {
                seq,
                request: StartInteraction {
                    campaign: a.campaign.clone(),
                    channel: a.channel.clone(),
                    client_id: a.client_id.clone(),
                },
                focus_campaign: false,
            }));
            collapsed.set(false);
        })
    };
    let onshow = use_callback((), |guid: String, _| show_row(&guid, true));
    let onfill = {
        let (prefill, collapsed) = (prefill.clone(), collapsed.clone());
        Callback::from(move |client_id: String| {
            let seq = next(&prefills);
            prefill.set(Some(Prefill {
                seq,
                request: StartInteraction {
                    campaign: String::new(),
                    channel: String::new(),
                    client_id,
                },
                focus_campaign: true,
            }));
            collapsed.set(false);
        })
    };
    let click_to_dial = match &mount {
        Mount::Element(element) => element.host.has_attribute("click-to-dial"),
        Mount::Page => false,
    };
    use_click_to_dial(
        click_to_dial,
        config.dial_defaults.clone(),
        ondial.clone(),
        onfill,
    );
    // Reads the store when clicked, so it need not change (and re-render Exports) per message.
    let onexport = {
        let store = store.clone();
        use_callback((), move |format: ExportFormat, _| {
            export_shift(&store, format)
        })
    };
    let counts = {
        let store = store.clone();
        use_callback((), move |(), _| (store.active.len(), store.history.len()))
    };
    // The callbacks children get are made again only when what they read changes: a new
    // callback re-renders its child, and this page renders at every message.
    let onend = {
        let ended = ended.clone();
        use_callback((), move |(), _| {
            dispatcher.dispatch(Action::EndShift);
            ended.set(true);
        })
    };
    let ontoggle = {
        let collapsed = collapsed.clone();
        use_callback((), move |(), _| collapsed.flip())
    };
    // In an intranet page (not in the window popped out of one): the cockpit can move to a
    // window of its own.
    let onpopout = use_memo((), |_| match &mount {
        Mount::Element(element) if !element.popped_out() => {
            let element = element.clone();
            Some(Callback::from(move |()| {
                element.pop_out();
            }))
        }
        _ => None,
    });
    let onnotify = {
        let notifications = notifications.clone();
        use_callback(notifications.state, move |(), state| match state {
            NotifyState::On => notifications.disable(),
            _ => notifications.enable(),
        })
    };
    let onreport = {
        let reporting = reporting.clone();
        use_callback((), move |(), _| reporting.flip())
    };
    {
        let (reporting, collapsed, help_asked, root) = (
            reporting.clone(),
            collapsed.clone(),
            help_asked.clone(),
            mount.root(),
        );
        let onshortcut = use_callback(
            (reporting.get(), collapsed.get(), *help_asked),
            move |shortcut: Shortcut, &(shown, folded, asked)| {
                let reveal = |reporting_too: bool| {
                    if folded {
                        collapsed.set(false);
                    }
                    if reporting_too && shown {
                        reporting.set(false);
                    }
                };
                match shortcut {
                    Shortcut::Help => help_asked.set(asked.wrapping_add(1)),
                    Shortcut::Report => {
                        reveal(false);
                        reporting.flip();
                    }
                    Shortcut::Search => {
                        reveal(true);
                        focus_soon(root.clone(), ".ck-lists input[type=search]");
                    }
                    Shortcut::Dial => {
                        reveal(false);
                        focus_soon(root.clone(), ".ck-dock input");
                    }
                    Shortcut::Next | Shortcut::Previous if !shown && !folded => {
                        move_focus(root.as_ref(), shortcut);
                    }
                    Shortcut::Next | Shortcut::Previous => {}
                }
            },
        );
        use_shortcuts(onshortcut);
    }

    // A dial just answered: bring its interaction into view (without taking the focus).
    let answered = store
        .dials
        .iter()
        .find(|dial| matches!(dial.outcome, Outcome::Answered { .. }))
        .cloned();
    let first_answered = use_memo((), |_| answered.as_ref().map(|dial| dial.id));
    use_effect_with(answered, move |answered| {
        if let Some(dial) = answered
            && Some(dial.id) != *first_answered
            && let Outcome::Answered { guid, .. } = &dial.outcome
        {
            show_row(guid, false);
        }
    });

    let texts = store.locale.lang.texts();
    let lang = store.locale.lang;
    let mut notices: Vec<Html> = Vec::new();
    if config.is_simulator_default {
        notices.push(html! {
            <Notice {lang} text={fill(texts.simulator_notice, &[("url", &config.ucontact_url)])} />
        });
    }
    if let Some(origin) = framing.as_ref().as_ref().filter(|_| listed_host.is_none()) {
        notices.push(html! {
            <Notice {lang} warning=true text={fill(texts.framed_unlisted, &[("origin", origin)])} />
        });
    }
    if *took_charge {
        let took_charge = took_charge.clone();
        let ondismiss = Callback::from(move |()| took_charge.set(false));
        notices.push(html! { <Notice {lang} text={texts.took_charge} {ondismiss} /> });
    }
    if *ended {
        let ended = ended.clone();
        let ondismiss = Callback::from(move |()| ended.set(false));
        notices.push(html! { <Notice {lang} text={texts.shift_ended} {ondismiss} /> });
    }
    // The same notice from restoring and from saving is said once.
    let saving = storage_notice.filter(|notice| !restored.notices.contains(notice));
    for notice in restored.notices.iter().chain(saving.as_ref()) {
        notices.push(html! {
            <Notice {lang} class="ck-storage" text={texts.storage_notice(notice)} />
        });
    }
    if pop.blocked {
        notices.push(html! {
            <Notice {lang} warning=true text={texts.popup_blocked} ondismiss={pop.ondismiss.clone()} />
        });
    }
    if let Some(lost) = store
        .inspector
        .last_lost
        .as_ref()
        .filter(|lost| lost.seq > *lost_dismissed)
        && let Verdict::Rejected { reason, claimed } = &lost.verdict
    {
        let text = fill(
            texts.lost_notice,
            &[
                ("event", claimed.unwrap_or_default()),
                ("reason", &texts.rejection(reason)),
            ],
        );
        let (dismissed, seq) = (lost_dismissed.clone(), lost.seq);
        let ondismiss = Callback::from(move |()| dismissed.set(seq));
        notices.push(html! {
            <Notice {lang} warning=true class="ck-lost" {text} {ondismiss} />
        });
    }

    let answer_seconds = config.dial_answer_seconds;
    html! {
        <div class={classes!(style(), collapsed.get().then_some("ck-collapsed"), reporting.get().then_some("ck-reporting"))}>
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
                    {lang}
                    collapsed={collapsed.get()}
                    active={store.active.len()}
                    unseen={unseen.while_collapsed}
                    notify={notifications.state}
                    {ontoggle}
                    {onnotify}
                    onpopout={(*onpopout).clone()}
                    reporting={reporting.get()}
                    onreport={Some(onreport.clone())}
                />
                <div id="ck-panel-body" class="ck-body" hidden={collapsed.get()}>
                    if reporting.get() {
                        <ReportView
                            history={store.history.clone()}
                            active={store.active.clone()}
                            dials={store.dials.clone()}
                            locale={store.locale.clone()}
                            orphan_after={u64::from(config.orphan_after_minutes) * 60_000}
                            onclose={onreport}
                        />
                    }
                    <div class="ck-lists" hidden={reporting.get()}>
                    if silence.silent {
                        <SilenceHint
                            origin={AttrValue::from(match &*framing {
                                // Framed: uContact sits in a frame in a frame, and must allow both.
                                Some(parent) => fill(texts.silence_origins, &[("first", parent), ("second", &own_origin)]),
                                None => (*own_origin).clone(),
                            })}
                            {lang}
                            onreload={silence.onreload}
                        />
                    }
                    { for notices }
                    <ActiveList
                        interactions={store.active.clone()}
                        locale={store.locale.clone()}
                        orphan_after={u64::from(config.orphan_after_minutes) * 60_000}
                        attention_minutes={(*attention_minutes).clone()}
                        crm={(*crm).clone()}
                        oncallagain={oncallagain.clone()}
                    />
                    <HistoryList
                        history={store.history.clone()}
                        locale={store.locale.clone()}
                        crm={(*crm).clone()}
                        oncallagain={oncallagain}
                    />
                    <DialLog
                        dials={store.dials.clone()}
                        locale={store.locale.clone()}
                        silent={silence.silent}
                        {answer_seconds}
                        onretry={ondial.clone()}
                        onshow={onshow.clone()}
                    />
                    <div class="ck-shift-tools">
                        <Exports {lang} onexport={onexport.clone()} />
                        <ShortcutsHelp {lang} asked={*help_asked} />
                        <EndShift {lang} {counts} {onexport} {onend} />
                    </div>
                    <Inspector record={store.inspector.clone()} locale={store.locale.clone()} />
                    </div>
                </div>
                <div class="ck-dock" hidden={collapsed.get()}>
                    <DialForm
                        campaigns={(*campaigns).clone()}
                        channels={(*channels).clone()}
                        locale={store.locale.clone()}
                        dials={store.dials.clone()}
                        silent={silence.silent}
                        {answer_seconds}
                        prefill={(*prefill).clone()}
                        {ondial}
                        {onshow}
                    />
                </div>
            </aside>
        </div>
    }
}

/// The next number of a counter.
fn next(counter: &std::cell::RefCell<u32>) -> u32 {
    let mut counter = counter.borrow_mut();
    *counter = counter.wrapping_add(1);
    *counter
}

/// Focuses the first element under `root` that `selector` names, once the render under way
/// has put it there.
fn focus_soon(root: Option<HtmlElement>, selector: &'static str) {
    gloo::timers::callback::Timeout::new(0, move || {
        let target = root
            .and_then(|root| root.query_selector(selector).ok().flatten())
            .and_then(|element| element.dyn_into::<HtmlElement>().ok());
        if let Some(target) = target {
            let _ = target.focus();
        }
    })
    .forget();
}

/// Moves the focus to the next or previous interaction row in the panel.
fn move_focus(root: Option<&HtmlElement>, shortcut: Shortcut) {
    let Some(rows) = root.and_then(|root| root.query_selector_all(".ck-lists li.ck-row").ok())
    else {
        return;
    };
    let rows: Vec<HtmlElement> = (0..rows.length())
        .filter_map(|index| rows.item(index))
        .filter_map(|node| node.dyn_into::<HtmlElement>().ok())
        .collect();
    let current = rows
        .iter()
        .position(|row| row.matches(":focus-within").unwrap_or(false));
    if let Some(row) = shortcuts::step(current, rows.len(), shortcut).and_then(|i| rows.get(i)) {
        let options = ScrollIntoViewOptions::new();
        options.set_block(ScrollLogicalPosition::Nearest);
        row.scroll_into_view_with_scroll_into_view_options(&options);
        let _ = row.focus();
    }
}

/// Scrolls the row of interaction `guid` into view, and focuses it when asked.
fn show_row(guid: &str, focus: bool) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let Ok(rows) = document.query_selector_all(".ck-panel li.ck-row[data-guid]") else {
        return;
    };
    let row = (0..rows.length())
        .filter_map(|index| rows.item(index))
        .filter_map(|node| node.dyn_into::<Element>().ok())
        .find(|row| row.get_attribute("data-guid").as_deref() == Some(guid));
    if let Some(row) = row {
        let options = ScrollIntoViewOptions::new();
        options.set_block(ScrollLogicalPosition::Nearest);
        row.scroll_into_view_with_scroll_into_view_options(&options);
        if focus && let Ok(row) = row.dyn_into::<HtmlElement>() {
            let _ = row.focus();
        }
    }
}

pub(crate) fn style() -> Classes {
    thread_local! {
        static STYLE: styles::Registered = const { styles::Registered::new() };
    }
    STYLE.with(|style| style.class("ck-cockpit", || stylist::css!(r#"
            display: flex;
            height: 100%;
            min-width: 0;
            iframe {
                flex: 1 1 auto;
                min-width: 0;
                height: 100%;
                border: 0;
                background: var(--surface);
            }
            .ck-panel {
                flex: 0 0 clamp(380px, 30vw, 420px);
                min-width: 0;
                display: flex;
                flex-direction: column;
                min-height: 0;
                border-left: 1px solid var(--border);
                background: var(--bg);
            }
            &.ck-collapsed .ck-panel { flex-basis: 44px; }
            &.ck-reporting:not(.ck-collapsed) .ck-panel { flex-basis: clamp(380px, 64vw, 800px); }
            .ck-lists {
                display: grid;
                grid-template-columns: minmax(0, 1fr);
                align-content: start;
                gap: 14px;
            }
            .ck-lists[hidden] { display: none; }
            .ck-bar {
                display: flex;
                align-items: center;
                gap: 6px;
                padding: 6px 8px 6px 12px;
                border-bottom: 1px solid var(--border);
                background: var(--surface);
            }
            &.ck-collapsed .ck-bar {
                flex-direction: column;
                padding: 6px 4px;
                border-bottom: 0;
            }
            .ck-bar h1 { font-size: 15px; margin-right: auto; }
            .ck-report-button[aria-pressed="true"] {
                background: var(--primary);
                border-color: var(--primary);
                color: var(--on-primary);
            }
            .ck-toggle {
                width: 28px;
                height: 28px;
                border: 1px solid var(--border);
                border-radius: 4px;
                background: var(--surface);
                cursor: pointer;
            }
            .ck-rail {
                display: grid;
                justify-items: center;
                gap: 6px;
                width: 34px;
                padding: 6px 0;
                border: 0;
                border-radius: 4px;
                background: none;
                cursor: pointer;
            }
            .ck-rail-count, .ck-rail-new {
                min-width: 24px;
                padding: 1px 4px;
                border-radius: 10px;
                font-size: 12px;
                font-weight: 700;
                text-align: center;
            }
            .ck-rail-count { background: var(--primary); color: var(--on-primary); }
            .ck-rail-new { background: var(--danger); color: var(--on-danger); font-size: 11px; }
            .ck-body {
                flex: 1 1 auto;
                overflow-y: auto;
                display: grid;
                grid-template-columns: minmax(0, 1fr);
                align-content: start;
                gap: 14px;
                padding: 10px 10px 16px;
            }
            .ck-body[hidden], .ck-dock[hidden] { display: none; }
            .ck-dock {
                flex: 0 0 auto;
                padding: 8px 10px 10px;
                border-top: 1px solid var(--border);
                background: var(--surface);
                box-shadow: 0 -2px 6px rgba(0, 0, 0, 0.06);
            }
            .ck-shift-tools { display: flex; flex-wrap: wrap; gap: 8px; }
            .ck-end-shift { margin-left: auto; }
            .ck-dial-log { font-size: 12px; }
            .ck-dial-log summary { cursor: pointer; color: var(--muted); }
            .ck-dial-log ol { list-style: none; margin: 6px 0 0; padding: 0; display: grid; gap: 6px; }
            &.ck-remote .ck-panel { flex: 1 1 auto; border-left: 0; }
            @container (max-width: 700px) {
                position: relative;
                padding-right: 44px;
                .ck-panel {
                    position: absolute;
                    inset: 0 0 0 auto;
                    z-index: 2;
                    width: min(380px, 100%);
                    box-shadow: -4px 0 12px rgba(0, 0, 0, 0.25);
                }
                &.ck-collapsed .ck-panel { width: 44px; box-shadow: none; }
                &.ck-reporting:not(.ck-collapsed) .ck-panel { width: 100%; }
            }
        "#)))
}
