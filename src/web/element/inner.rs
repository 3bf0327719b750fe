//! One element's side of the lifecycle: the notice it shows while another runs the cockpit,
//! and starting and stopping the cockpit in its shadow root.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ShadowRoot};
use yew::AppHandle;

use super::CONFIG_ATTRIBUTE;
use crate::lifecycle::ElementId;
use crate::web::app::{App, AppProps};
use crate::web::browser_locale;
use crate::web::link::ElementLink;
use crate::web::mount::{ElementMount, Mount};

pub(super) enum State {
    Idle,
    /// Another element runs the cockpit: this one says so.
    Notice(web_sys::Element),
    Running(AppHandle<App>, HtmlElement),
}

pub(super) struct Inner {
    pub(super) id: ElementId,
    pub(super) host: HtmlElement,
    pub(super) shadow: ShadowRoot,
    /// The module's own URL: `config.json` is beside it unless the element names another.
    pub(super) module_url: String,
    pub(super) wasm_url: Option<String>,
    pub(super) link: Rc<ElementLink>,
    pub(super) state: RefCell<State>,
}

impl Inner {
    fn config_url(&self) -> String {
        let base = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.base_uri().ok().flatten())
            .unwrap_or_default();
        let resolve = |url: &str, base: &str| {
            web_sys::Url::new_with_base(url, base)
                .map(|url| url.href())
                .ok()
        };
        match self.host.get_attribute(CONFIG_ATTRIBUTE) {
            Some(url) => resolve(&url, &base).unwrap_or(url),
            None => {
                resolve("config.json", &self.module_url).unwrap_or_else(|| "config.json".into())
            }
        }
    }

    pub(super) fn show_notice(&self) {
        self.clear_notice();
        let texts = browser_locale().lang.texts();
        let Some(document) = web_sys::window().and_then(|window| window.document()) else {
            return;
        };
        if let Ok(notice) = document.create_element("p") {
            notice.set_text_content(Some(texts.element_duplicate));
            let _ = notice.set_attribute("role", "status");
            let _ = notice.set_attribute(
                "style",
                "all: initial; display: block; padding: 8px 12px; font: 13px/1.4 system-ui, sans-serif; color: #57606a; border: 1px dashed #d0d7de;",
            );
            let _ = self.shadow.append_child(&notice);
            *self.state.borrow_mut() = State::Notice(notice);
        }
    }

    pub(super) fn clear_notice(&self) {
        if let State::Notice(notice) = &*self.state.borrow() {
            notice.remove();
        }
        let mut state = self.state.borrow_mut();
        if matches!(*state, State::Notice(_)) {
            *state = State::Idle;
        }
    }

    /// Runs the cockpit in this element.
    pub(super) fn start(&self) {
        self.clear_notice();
        let Some(document) = web_sys::window().and_then(|window| window.document()) else {
            return;
        };
        let Some(root) = document
            .create_element("div")
            .ok()
            .and_then(|root| root.dyn_into::<HtmlElement>().ok())
        else {
            return;
        };
        root.set_class_name("ck-root");
        if self.shadow.append_child(&root).is_err() {
            return;
        }
        crate::web::panic::show_in(Some(self.shadow.clone().into()));
        let config_url = self.config_url();
        let props = AppProps {
            mount: Mount::Element(Rc::new(ElementMount {
                host: self.host.clone(),
                root: root.clone(),
                link: self.link.clone(),
                module_url: self.module_url.clone(),
                wasm_url: self.wasm_url.clone(),
                config_url: config_url.clone(),
            })),
            config_url: config_url.into(),
        };
        let app = yew::Renderer::<App>::with_root_and_props(root.clone().into(), props).render();
        *self.state.borrow_mut() = State::Running(app, root);
    }

    /// Stops the cockpit in this element: it saves on its way out, and every listener, timer,
    /// channel and lock it holds goes with it.
    pub(super) fn stop(&self) {
        let state = std::mem::replace(&mut *self.state.borrow_mut(), State::Idle);
        if let State::Running(app, root) = state {
            app.destroy();
            root.remove();
            crate::web::panic::show_in(None);
        }
    }
}
