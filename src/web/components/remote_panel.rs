//! A `<ucontact-cockpit>` element whose page is not the one in charge of uContact (another page
//! or window of the site runs it): it shows the shift as the one in charge keeps it, tells its
//! host what the one in charge announces, and sends its dials there. It loads no uContact, so a
//! click through the intranet never reloads the agent's softphone. "Use uContact here" takes
//! charge, after asking.

use std::rc::Rc;

use yew::prelude::*;

use crate::config::Config;
use crate::election::Role;
use crate::i18n::{Locale, fill};
use crate::protocol::StartInteraction;
use crate::state::{Dials, History, Interaction, Theme};
use crate::web::components::{ActiveList, DialForm, HistoryList, Notice, Prefill};
use crate::web::hooks::{relay_dial, use_document, use_relay_follower, use_stored_shift};
use crate::web::mount::{Mount, use_mount};

#[derive(Properties, PartialEq)]
pub struct RemotePanelProps {
    pub config: Rc<Config>,
    /// The browser's language, until the stored shift names one.
    pub locale: Locale,
    /// `Follower` or `TakingOver`.
    pub role: Role,
    pub ontakeover: Callback<()>,
}

#[component]
pub fn RemotePanel(props: &RemotePanelProps) -> Html {
    let mount = use_mount();
    let (host, link) = match &mount {
        Mount::Element(element) => (Some(element.host.clone()), Some(element.link.clone())),
        Mount::Page => (None, None),
    };
    let relay = use_relay_follower(host, link);
    let shift = use_stored_shift();
    let locale = shift
        .as_ref()
        .map_or_else(|| props.locale.clone(), |shift| shift.locale.clone());
    let theme = shift
        .as_ref()
        .map_or_else(Theme::default, |shift| shift.theme);
    use_document(theme, locale.clone(), 0);
    let texts = locale.lang.texts();
    let confirming = use_state(|| false);
    let refusal = use_state(|| None::<String>);
    let prefill = use_state(|| None::<Prefill>);
    let prefills = use_mut_ref(|| 0u32);

    let ondial = {
        let (relay, refusal) = (relay.clone(), refusal.clone());
        Callback::from(move |request: StartInteraction| {
            refusal.set(None);
            if let Some(relay) = &relay {
                let refusal = refusal.clone();
                relay_dial(
                    relay,
                    request,
                    Callback::from(move |error| refusal.set(error)),
                );
            }
        })
    };
    let oncallagain = {
        let prefill = prefill.clone();
        Callback::from(move |interaction: Rc<Interaction>| {
            if let Some(a) = interaction.assignment.as_ref() {
                let mut count = prefills.borrow_mut();
                *count = count.wrapping_add(1);
                prefill.set(Some(Prefill {
                    seq: *count,
                    request: StartInteraction {
                        campaign: a.campaign.clone(),
                        channel: a.channel.clone(),
                        client_id: a.client_id.clone(),
                    },
                    focus_campaign: false,
                }));
            }
        })
    };
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let take_over = {
        let (confirming, ontakeover) = (confirming.clone(), props.ontakeover.clone());
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            ontakeover.emit(());
        })
    };
    let cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };

    let active: Vec<Rc<Interaction>> = shift
        .as_ref()
        .map(|shift| shift.active.clone())
        .unwrap_or_default();
    let history = shift
        .as_ref()
        .map(|shift| shift.history.clone())
        .unwrap_or_else(History::default);
    let dials = shift
        .as_ref()
        .map(|shift| shift.dials.clone())
        .unwrap_or_else(Dials::default);
    let crm = props.config.screen_pop.clone().map(Rc::new);
    let (heading, body) = match props.role {
        Role::Follower { leader_gone: true } => (texts.follower_gone, texts.follower_gone_body),
        _ => (texts.remote_title, texts.remote_body),
    };
    let count = fill(texts.active_count, &[("count", &active.len().to_string())]);
    html! {
        <div class={classes!(crate::web::components::cockpit_page::style(), "ck-remote")}>
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
                            <button type="button" class="ck-button" onclick={cancel}>{ texts.cancel }</button>
                        } else {
                            <button type="button" class="ck-button" onclick={ask}>{ texts.remote_take_over }</button>
                        }
                    </div>
                    if relay.is_none() {
                        <Notice lang={locale.lang} warning=true text={texts.remote_no_channel} />
                    }
                    <ActiveList
                        interactions={active}
                        locale={locale.clone()}
                        orphan_after={u64::from(props.config.orphan_after_minutes) * 60_000}
                        attention_minutes={Rc::<[u32]>::from(props.config.attention_minutes.as_slice())}
                        crm={crm.clone()}
                        oncallagain={oncallagain.clone()}
                    />
                    <HistoryList {history} locale={locale.clone()} {crm} {oncallagain} />
                </div>
                <div class="ck-dock">
                    <DialForm
                        campaigns={Rc::new(props.config.campaigns.clone())}
                        channels={Rc::new(props.config.channels.clone())}
                        locale={locale.clone()}
                        {dials}
                        answer_seconds={props.config.dial_answer_seconds}
                        prefill={(*prefill).clone()}
                        {ondial}
                    />
                    if let Some(refusal) = &*refusal {
                        <p class="ck-error" role="alert">{ refusal }</p>
                    }
                </div>
            </aside>
        </div>
    }
}
