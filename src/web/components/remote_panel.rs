//! A `<ucontact-cockpit>` element whose page is not the one in charge of uContact (another page
//! or window of the site runs it): it shows the shift as the one in charge keeps it, tells its
//! host what the one in charge announces, and sends its dials there. It loads no uContact, so a
//! click through the intranet never reloads the agent's softphone. "Use uContact here" takes
//! charge, after asking.

use std::rc::Rc;

use yew::prelude::*;

use crate::config::Config;
use crate::election::Role;
use crate::i18n::Locale;
use crate::protocol::StartInteraction;
use crate::state::{Dials, History, Theme};
use crate::storage::Restored;
use crate::web::components::dial_form::Refusal;
use crate::web::components::layout::layout;
use crate::web::components::{ActiveList, DialForm, HistoryList, Notice};
use crate::web::context::{CockpitContext, NoticeBoard, use_cockpit};
use crate::web::hooks::{PrefillProvider, use_document, use_stored_shift};
use crate::web::integrations::relay::use_relay_follower;
use crate::web::mount::use_mount;
use crate::web::store::Dispatch;
use crate::web::styles::use_styles;

#[derive(Properties, PartialEq)]
pub struct RemotePanelProps {
    pub config: Rc<Config>,
    /// The browser's language, until the stored shift names one.
    pub locale: Locale,
    /// `Follower` or `TakingOver`.
    pub role: Role,
    /// Another page took the lock from this one without asking.
    #[prop_or_default]
    pub stolen: bool,
    pub ontakeover: Callback<()>,
}

#[component]
pub fn RemotePanel(props: &RemotePanelProps) -> Html {
    let shift = use_stored_shift();
    let locale = shift
        .as_ref()
        .map_or_else(|| props.locale.clone(), |shift| shift.locale.clone());
    let theme = shift
        .as_ref()
        .map_or_else(Theme::default, |shift| shift.theme);
    use_document(theme, locale.clone(), 0);
    let dispatch = use_memo((), |_| Dispatch::detached());
    let context = CockpitContext {
        dispatch: (*dispatch).clone(),
        locale,
        config: props.config.clone(),
        board: NoticeBoard::default(),
    };
    html! {
        <ContextProvider<CockpitContext> {context}>
            <PrefillProvider>
                <Remote {shift} role={props.role} stolen={props.stolen} ontakeover={props.ontakeover.clone()} />
            </PrefillProvider>
        </ContextProvider<CockpitContext>>
    }
}

#[derive(Properties, PartialEq)]
struct RemoteProps {
    shift: Option<Rc<Restored>>,
    role: Role,
    stolen: bool,
    ontakeover: Callback<()>,
}

#[component]
fn Remote(props: &RemoteProps) -> Html {
    let cockpit = use_cockpit();
    let styles = use_styles();
    let texts = cockpit.texts();
    let mount = use_mount();
    let element = mount.element();
    let relay = use_relay_follower(
        element.map(|element| element.host.clone()),
        element.map(|element| element.link.clone()),
        props.shift.clone(),
    );
    let confirming = use_state(|| false);
    let refusal = use_state(|| None::<Refusal>);
    let ondial = {
        let (relay, refusal) = (relay.clone(), refusal.clone());
        let texts = cockpit.texts();
        Callback::from(move |request: StartInteraction| {
            if let Some(relay) = &relay {
                let refusal = refusal.clone();
                relay.dial(
                    request,
                    Box::new(move |outcome| {
                        if let Err(text) = outcome {
                            let seq = refusal.as_ref().map_or(1, |r| r.seq + 1);
                            refusal.set(Some(Refusal {
                                seq,
                                text: text.into(),
                            }));
                        }
                    }),
                    texts,
                );
            }
        })
    };
    let confirm = |value: bool| {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(value))
    };
    let take_over = {
        let (confirming, ontakeover) = (confirming.clone(), props.ontakeover.clone());
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            ontakeover.emit(());
        })
    };
    let shift = props.shift.as_ref();
    let active = shift.map(|shift| shift.active.clone()).unwrap_or_default();
    let history = shift.map_or_else(History::default, |shift| shift.history.clone());
    let dials = shift.map_or_else(Dials::default, |shift| shift.dials.clone());
    let (heading, body) = match props.role {
        Role::Follower { leader_gone: true } => (texts.follower_gone, texts.follower_gone_body),
        _ => (texts.remote_title, texts.remote_body),
    };
    let count = texts
        .active_count
        .of(active.len() as u64, &cockpit.counts());
    html! {
        <div class={classes!(layout(&styles), "ck-remote")}>
            <aside class="ck-panel" aria-label={texts.panel_label}>
                <div class="ck-bar">
                    <h1>{ texts.app_title }</h1>
                </div>
                <div class="ck-body" id="ck-remote">
                    <div class="ck-notice ck-remote-status" role="status">
                        <p><strong>{ heading }</strong>{ " " }{ body }{ " " }{ count }</p>
                        if props.role == Role::TakingOver {
                            <button type="button" class="ck-button" disabled=true>{ texts.taking_over }</button>
                        } else if *confirming {
                            <span role="alert">{ texts.take_over_confirm }</span>
                            <button type="button" class="ck-primary" onclick={take_over}>{ texts.take_over_anyway }</button>
                            <button type="button" class="ck-button" onclick={confirm(false)}>{ texts.cancel }</button>
                        } else {
                            <button type="button" class="ck-button" onclick={confirm(true)}>{ texts.remote_take_over }</button>
                        }
                    </div>
                    if props.stolen {
                        <Notice warning=true text={texts.lock_stolen} />
                    }
                    if relay.is_none() {
                        <Notice warning=true text={texts.remote_no_channel} />
                    }
                    <ActiveList interactions={active} />
                    <HistoryList {history} />
                </div>
                <div class="ck-dock">
                    <DialForm {dials} refusal={(*refusal).clone()} {ondial} />
                </div>
            </aside>
        </div>
    }
}
