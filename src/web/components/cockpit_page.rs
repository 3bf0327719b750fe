//! The cockpit in charge: the one store (restored before the first paint, saved as it
//! changes), the context every part reads (`use_cockpit`), the panel's notice board and the
//! dial form's prefill; then the [`Shell`] that shows it all. Composition only.

use std::rc::Rc;

use yew::prelude::*;

use crate::config::Config;
use crate::i18n::Locale;
use crate::storage::retention_ms;
use crate::web::components::Shell;
use crate::web::context::{CockpitContext, NoticeBoard, Notices};
use crate::web::hooks::{PrefillProvider, restore, use_persistence, use_timekeeping};
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
    // The same notice from restoring and from saving is said once.
    let mut stored = restored.notices.clone();
    stored.extend(storage.filter(|notice| !restored.notices.contains(notice)));
    html! {
        <ContextProvider<CockpitContext> {context}>
            <ContextProvider<Notices> context={(*notices).clone()}>
                <PrefillProvider>
                    <Shell store={store.clone()} {stored} took_charge={props.took_charge} alone={props.alone} />
                </PrefillProvider>
            </ContextProvider<Notices>>
        </ContextProvider<CockpitContext>>
    }
}
