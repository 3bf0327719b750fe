//! The cockpit itself: the uContact iframe and, beside it, the panel with active interactions,
//! the dial form, history and the inspector. Owns the one store and the bridge to uContact.

use std::rc::Rc;

use yew::prelude::*;

use crate::config::Config;
use crate::i18n::{Locale, fill};
use crate::protocol::StartInteraction;
use crate::web::components::{
    ActiveList, DialForm, ExportFormat, Exports, HistoryList, Inspector, SilenceHint, export_shift,
};
use crate::web::hooks::{restore, use_bridge, use_document, use_persistence, use_silence};
use crate::web::store::Store;
use crate::web::styles;

#[derive(Properties, PartialEq)]
pub struct CockpitPageProps {
    pub config: Rc<Config>,
    /// The language to start in, until uContact names one.
    pub locale: Locale,
}

#[component]
pub fn CockpitPage(props: &CockpitPageProps) -> Html {
    // Restored before the first paint; the notice says why, if the saved cockpit was unusable.
    let restored = use_memo((), |_| {
        restore(props.locale.clone(), props.config.history_limit as usize)
    });
    let store = use_reducer(|| Store::new(restored.0.clone()));
    let storage_notice = use_persistence(&store);
    let frame = use_node_ref();
    let origin: Rc<str> = Rc::from(props.config.ucontact_origin.as_str());
    let bridge = use_bridge(origin.clone(), frame.clone(), store.dispatcher());
    use_document(store.theme, store.locale.clone());
    let collapsed = use_state(|| false);
    let silence = use_silence(
        frame.clone(),
        AttrValue::from(props.config.ucontact_url.clone()),
        props.config.connect_timeout_seconds,
        store.inspector.accepted > 0,
    );
    let own_origin = use_memo((), |_| {
        web_sys::window()
            .and_then(|window| window.location().origin().ok())
            .unwrap_or_default()
    });

    let ondial = use_callback(origin, move |request: StartInteraction, _| {
        bridge.dial(request).is_ok()
    });
    let toggle = {
        let collapsed = collapsed.clone();
        Callback::from(move |_: MouseEvent| collapsed.set(!*collapsed))
    };
    let campaigns = use_memo(props.config.clone(), |config| {
        Rc::new(config.campaigns.clone())
    });
    let channels = use_memo(props.config.clone(), |config| {
        Rc::new(config.channels.clone())
    });
    // Reads the store when clicked, so it need not change (and re-render Exports) per message.
    let onexport = {
        let store = store.clone();
        use_callback((), move |format: ExportFormat, _| {
            export_shift(&store, format)
        })
    };
    let texts = store.locale.lang.texts();
    let config = &props.config;
    let notices: Vec<String> = [restored.1.as_ref(), storage_notice.as_ref()]
        .into_iter()
        .flatten()
        .map(|notice| texts.storage_notice(notice))
        .collect();
    html! {
        <div class={classes!(style(), collapsed.then_some("ck-collapsed"))}>
            <iframe
                id="uContact"
                ref={frame}
                src={config.ucontact_url.clone()}
                allow="camera;microphone"
                title={texts.frame_title}
                onload={silence.onload}
            />
            <aside class="ck-panel" aria-label={texts.panel_label}>
                <div class="ck-bar">
                    if !*collapsed {
                        <h1>{ texts.app_title }</h1>
                    }
                    <button
                        type="button"
                        class="ck-toggle"
                        aria-expanded={(!*collapsed).to_string()}
                        aria-controls="ck-panel-body"
                        title={if *collapsed { texts.expand_panel } else { texts.collapse_panel }}
                        onclick={toggle}
                    >
                        <span aria-hidden="true">{ if *collapsed { "«" } else { "»" } }</span>
                        <span class="ck-sr-only">
                            { if *collapsed { texts.expand_panel } else { texts.collapse_panel } }
                        </span>
                    </button>
                </div>
                <div id="ck-panel-body" class="ck-body" hidden={*collapsed}>
                    if silence.silent {
                        <SilenceHint
                            origin={AttrValue::from((*own_origin).clone())}
                            lang={store.locale.lang}
                            onreload={silence.onreload}
                        />
                    }
                    if config.is_simulator_default {
                        <p class="ck-notice">
                            { fill(texts.simulator_notice, &[("url", &config.ucontact_url)]) }
                        </p>
                    }
                    { for notices.into_iter().map(|notice| html! {
                        <p class="ck-notice ck-storage" role="status">{ notice }</p>
                    }) }
                    <ActiveList
                        interactions={store.active.clone()}
                        lang={store.locale.lang}
                        orphan_after={u64::from(config.orphan_after_minutes) * 60_000}
                    />
                    <DialForm
                        campaigns={(*campaigns).clone()}
                        channels={(*channels).clone()}
                        locale={store.locale.clone()}
                        receipt={store.last_dial.clone()}
                        {ondial}
                    />
                    <HistoryList history={store.history.clone()} locale={store.locale.clone()} />
                    <Exports lang={store.locale.lang} {onexport} />
                    <Inspector record={store.inspector.clone()} locale={store.locale.clone()} />
                </div>
            </aside>
        </div>
    }
}

fn style() -> Classes {
    thread_local! {
        static STYLE: Classes = styles::register("ck-cockpit", stylist::css!(r#"
            display: flex;
            height: 100vh;
            min-width: 0;
            iframe {
                flex: 1 1 auto;
                min-width: 0;
                height: 100%;
                border: 0;
                background: var(--surface);
            }
            .ck-panel {
                flex: 0 0 380px;
                display: flex;
                flex-direction: column;
                min-height: 0;
                border-left: 1px solid var(--border);
                background: var(--bg);
            }
            &.ck-collapsed .ck-panel { flex-basis: 44px; }
            .ck-bar {
                display: flex;
                align-items: center;
                justify-content: space-between;
                gap: 8px;
                padding: 8px 10px;
                border-bottom: 1px solid var(--border);
                background: var(--surface);
            }
            .ck-bar h1 { font-size: 16px; }
            .ck-toggle {
                width: 28px;
                height: 28px;
                border: 1px solid var(--border);
                border-radius: 4px;
                background: var(--surface);
                cursor: pointer;
            }
            .ck-body {
                flex: 1 1 auto;
                overflow-y: auto;
                display: grid;
                align-content: start;
                gap: 16px;
                padding: 12px 10px 24px;
            }
            .ck-body[hidden] { display: none; }
            .ck-notice {
                margin: 0;
                padding: 6px 8px;
                border-radius: 4px;
                border: 1px dashed var(--border);
                color: var(--muted);
                font-size: 12px;
            }
        "#));
    }
    STYLE.with(Clone::clone)
}
