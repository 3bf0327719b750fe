//! The one context every part of a running cockpit reads: how to dispatch, the language it
//! speaks now, the configuration, and the board the panel's notices are raised on
//! ([`use_cockpit`]). It changes only when the language does, so reading it costs a component
//! no render per message.

use std::rc::Rc;

use yew::prelude::*;

use crate::web::intl::Counts;

use crate::config::Config;
use crate::i18n::{Locale, Texts};
use crate::web::store::Dispatch;

#[derive(Clone, PartialEq)]
pub struct CockpitContext {
    pub dispatch: Dispatch,
    pub locale: Locale,
    pub config: Rc<Config>,
    pub board: NoticeBoard,
}

impl CockpitContext {
    pub fn texts(&self) -> &'static Texts {
        self.locale.lang.texts()
    }

    /// Counts as the agent's locale reads them (plural forms, numbers).
    pub fn counts(&self) -> Counts {
        Counts(self.locale.clone())
    }

    /// A context for a view rendered on its own (as the browser tests do): English, the
    /// simulator's configuration, nothing behind the dispatch.
    pub fn standalone() -> CockpitContext {
        thread_local! {
            static CONFIG: Rc<Config> = Rc::new(Config::simulator_default());
        }
        CockpitContext {
            dispatch: Dispatch::detached(),
            locale: Locale::default(),
            config: CONFIG.with(Rc::clone),
            board: NoticeBoard::default(),
        }
    }
}

/// The cockpit being rendered; [`CockpitContext::standalone`] when none was provided.
#[hook]
pub fn use_cockpit() -> CockpitContext {
    use_context::<CockpitContext>().unwrap_or_else(CockpitContext::standalone)
}

/// The text of a notice, made in the language the panel speaks when it shows it.
pub type NoticeText = Rc<dyn Fn(&Texts) -> String>;

/// A notice an integration raised on the panel.
#[derive(Clone)]
pub struct Raised {
    /// Raising a notice under the same key again replaces it.
    pub key: String,
    pub text: NoticeText,
    /// Draws the eye: something may be missing or must be acted on.
    pub warning: bool,
}

impl PartialEq for Raised {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
            && Rc::ptr_eq(&self.text, &other.text)
            && self.warning == other.warning
    }
}

/// The notices raised on the panel, newest last.
#[derive(Clone, Default, PartialEq)]
pub struct Notices(pub Vec<Raised>);

pub enum NoticeChange {
    Raise(Raised),
    Dismiss(String),
}

impl Reducible for Notices {
    type Action = NoticeChange;

    fn reduce(self: Rc<Self>, change: NoticeChange) -> Rc<Self> {
        let mut notices = self.0.clone();
        match change {
            NoticeChange::Raise(raised) => {
                notices.retain(|notice| notice.key != raised.key);
                notices.push(raised);
            }
            NoticeChange::Dismiss(key) => {
                if !notices.iter().any(|notice| notice.key == key) {
                    return self;
                }
                notices.retain(|notice| notice.key != key);
            }
        }
        Rc::new(Notices(notices))
    }
}

/// How integrations raise and dismiss the panel's notices.
#[derive(Clone, Default, PartialEq)]
pub struct NoticeBoard(Option<UseReducerDispatcher<Notices>>);

impl NoticeBoard {
    pub fn new(dispatcher: UseReducerDispatcher<Notices>) -> NoticeBoard {
        NoticeBoard(Some(dispatcher))
    }

    pub fn raise(&self, key: &str, warning: bool, text: impl Fn(&Texts) -> String + 'static) {
        if let Some(board) = &self.0 {
            board.dispatch(NoticeChange::Raise(Raised {
                key: key.to_owned(),
                text: Rc::new(text),
                warning,
            }));
        }
    }

    pub fn dismiss(&self, key: &str) {
        if let Some(board) = &self.0 {
            board.dispatch(NoticeChange::Dismiss(key.to_owned()));
        }
    }
}
