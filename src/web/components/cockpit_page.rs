//! The cockpit in charge: the one store (restored before the first paint, saved as it
//! changes), the context every part reads (`use_cockpit`), the panel's notice board and the
//! dial form's prefill; then the [`Shell`] that shows it all. Composition only.

use std::rc::Rc;

use yew::prelude::*;

use crate::config::Config;
use crate::i18n::Locale;
use crate::state::{Action, Millis, Theme};
use crate::storage::retention_ms;
use crate::storage::saver::Opening;
use crate::web::components::{Shell, ShiftQuestion};
use crate::web::context::{CockpitContext, NoticeBoard, Notices};
use crate::web::hooks::{PrefillProvider, restore, use_document, use_persistence, use_timekeeping};
use crate::web::integrations::framed::Framing;
use crate::web::store::{Dispatch, Hub, Store};

#[derive(Properties, PartialEq)]
pub struct CockpitPageProps {
    pub config: Rc<Config>,
    /// The language to start in, until uContact names one.
    pub locale: Locale,
    /// This tab took charge by itself because the tab in charge closed.
    #[prop_or_default]
    pub took_charge: bool,
    /// The browser refuses Web Locks here: this tab leads alone.
    #[prop_or_default]
    pub alone: bool,
    /// Who frames the page: nobody, or a listed page.
    #[prop_or(Framing::None)]
    pub framing: Framing,
    /// This tab took charge with no tab of the cockpit open before it: a stored shift was
    /// left by a cockpit closed without End shift, and is asked about first.
    #[prop_or_default]
    pub fresh: bool,
}

#[component]
pub fn CockpitPage(props: &CockpitPageProps) -> Html {
    let config = &props.config;
    // Restored before the first paint; the notices say why, if anything was left out.
    let restored = use_memo((), |_| restore(props.locale.clone(), config));
    let hub = use_memo((), |_| Hub::default());
    let store = use_reducer(|| Store::new(restored.cockpit.clone(), hub.clone()));
    let storage = use_persistence(&store, &restored);
    let notices = use_reducer(Notices::default);
    let context = CockpitContext {
        dispatch: Dispatch::new(store.clone(), hub.clone()),
        locale: store.locale.clone(),
        config: config.clone(),
        board: NoticeBoard::new(notices.dispatcher()),
    };
    use_timekeeping(
        context.dispatch.clone(),
        store.next_deadline(),
        retention_ms(config.retention_hours),
    );
    let opening = use_state(|| restored.opening(props.fresh));
    let onanswer = {
        let (opening, dispatch, board) = (
            opening.setter(),
            context.dispatch.clone(),
            context.board.clone(),
        );
        use_callback((), move |keep: bool, _| {
            if !keep {
                dispatch.dispatch(Action::EndShift);
                board.raise("shift-ended", false, |texts| texts.shift_ended.to_owned());
            }
            opening.set(Opening::Panel);
        })
    };
    // The same notice from restoring and from saving is said once.
    let mut stored = restored.notices.clone();
    stored.extend(storage.filter(|notice| !restored.notices.contains(notice)));
    html! {
        <ContextProvider<CockpitContext> {context}>
            <ContextProvider<Notices> context={(*notices).clone()}>
                if let Opening::Ask { last_used } = *opening {
                    <Asking theme={store.theme} {last_used} {onanswer} />
                } else {
                    <PrefillProvider>
                        <Shell store={store.clone()} {stored} took_charge={props.took_charge} alone={props.alone}
                            framing={props.framing.clone()} />
                    </PrefillProvider>
                }
            </ContextProvider<Notices>>
        </ContextProvider<CockpitContext>>
    }
}

#[derive(Properties, PartialEq)]
struct AskingProps {
    theme: Theme,
    last_used: Millis,
    onanswer: Callback<bool>,
}

/// The question about a stored shift, on the page in the shift's theme (and nothing else of it).
#[component]
fn Asking(props: &AskingProps) -> Html {
    let locale = use_context::<CockpitContext>()
        .map(|cockpit| cockpit.locale)
        .unwrap_or_default();
    use_document(props.theme, locale, 0);
    html! { <ShiftQuestion last_used={props.last_used} onanswer={props.onanswer.clone()} /> }
}
