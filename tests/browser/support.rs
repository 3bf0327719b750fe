//! Mounting components into fresh nodes and reading the DOM back.

use std::cell::RefCell;
use std::ops::Deref;
use std::rc::Rc;

use js_sys::{Function, Promise};
use ucontact_cockpit::config::Config;
use ucontact_cockpit::i18n::Locale;
use ucontact_cockpit::web::context::CockpitContext;
use ucontact_cockpit::web::hooks::{Prefill, PrefillProvider, use_latest_prefill};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Document, Element, HtmlElement, Window};
use yew::prelude::*;

pub fn window() -> Window {
    web_sys::window().expect("a window")
}

pub fn document() -> Document {
    window().document().expect("a document")
}

/// A component mounted for a test, in a `<div>` of its own; dropping it unmounts the component
/// and removes the `<div>`, so no test leaves anything behind for the next.
pub struct Mounted {
    root: Element,
    destroy: Option<Box<dyn FnOnce()>>,
}

impl Deref for Mounted {
    type Target = Element;

    fn deref(&self) -> &Element {
        &self.root
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(destroy) = self.destroy.take() {
            destroy();
        }
        self.root.remove();
    }
}

/// Renders a component on its own (outside any cockpit) into a new `<div>` of `<body>`.
pub async fn mount_alone<C>(props: C::Properties) -> Mounted
where
    C: BaseComponent,
{
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let app = yew::Renderer::<C>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    Mounted {
        root,
        destroy: Some(Box::new(move || app.destroy())),
    }
}

/// The cockpit a component is rendered in: its language and configuration.
pub struct Setup {
    pub locale: Locale,
    pub config: Config,
}

impl Default for Setup {
    fn default() -> Self {
        Setup {
            locale: Locale::default(),
            config: Config {
                orphan_after_minutes: 60,
                ..Config::simulator_default()
            },
        }
    }
}

impl Setup {
    pub fn locale(code: &str) -> Setup {
        Setup {
            locale: Locale::from_code(code),
            ..Setup::default()
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct HarnessProps {
    pub context: CockpitContext,
    pub content: Html,
}

thread_local! {
    static PREFILLS: RefCell<Vec<Prefill>> = const { RefCell::new(Vec::new()) };
}

/// Every prefill made since the last call (what "Call again" and `tel:` links put in the form).
pub fn prefills() -> Vec<Prefill> {
    PREFILLS.with(|prefills| std::mem::take(&mut *prefills.borrow_mut()))
}

#[component]
fn PrefillProbe() -> Html {
    let latest = use_latest_prefill();
    use_effect_with(latest, |latest| {
        if let Some(prefill) = latest {
            PREFILLS.with(|prefills| prefills.borrow_mut().push(prefill.clone()));
        }
    });
    Html::default()
}

/// A cockpit's context and prefill around the content under test.
#[component]
pub fn Harness(props: &HarnessProps) -> Html {
    html! {
        <ContextProvider<CockpitContext> context={props.context.clone()}>
            <PrefillProvider>
                <PrefillProbe />
                { props.content.clone() }
            </PrefillProvider>
        </ContextProvider<CockpitContext>>
    }
}

/// Renders `content` in a cockpit of `setup`, into a new `<div>` of `<body>`.
pub async fn mount_content(setup: Setup, content: Html) -> Mounted {
    let context = CockpitContext {
        locale: setup.locale,
        config: Rc::new(setup.config),
        ..CockpitContext::standalone()
    };
    mount_alone::<Harness>(HarnessProps { context, content }).await
}

/// Renders a component with its props, in a cockpit of `setup`, into a new `<div>` of
/// `<body>`.
pub async fn mount_with<C>(setup: Setup, props: C::Properties) -> Mounted
where
    C: BaseComponent,
{
    mount_content(setup, html! { <C ..props /> }).await
}

#[derive(Properties, PartialEq)]
pub struct CallAgainProps {
    pub interaction: Rc<ucontact_cockpit::state::Interaction>,
}

/// Presses "Call again" for `interaction` as soon as it is mounted.
#[component]
pub fn CallAgain(props: &CallAgainProps) -> Html {
    let prefill = ucontact_cockpit::web::hooks::use_prefill();
    let interaction = props.interaction.clone();
    use_effect_with((), move |_| prefill.call_again(&interaction));
    Html::default()
}

/// Renders a component with its props in an English cockpit of the simulator's configuration.
pub async fn mount<C>(props: C::Properties) -> Mounted
where
    C: BaseComponent,
{
    mount_with::<C>(Setup::default(), props).await
}

pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|node| node.unchecked_into())
        .collect()
}

pub fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

pub fn text(root: &Element, selector: &str) -> String {
    one(root, selector).text_content().unwrap_or_default()
}

/// A computed style property of an element.
pub fn computed(element: &Element, property: &str) -> String {
    window()
        .get_computed_style(element)
        .unwrap()
        .unwrap()
        .get_property_value(property)
        .unwrap()
}

pub fn click(root: &Element, selector: &str) {
    one(root, selector).unchecked_into::<HtmlElement>().click();
}

/// Sets an input's value as a person typing would: with an `input` event that bubbles.
pub fn type_value(input: &web_sys::HtmlInputElement, value: &str) {
    input.set_value(value);
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&web_sys::InputEvent::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
}

/// Evaluates a JavaScript expression in this page's realm.
pub fn js(source: &str) -> JsValue {
    Function::new_no_args(&format!("return ({source});"))
        .call0(&JsValue::NULL)
        .unwrap()
}

/// Runs `post`, waits until the window has dispatched the resulting `message` event to every
/// listener registered before this call (the cockpit's among them), then until the task the
/// cockpit queued behind it has applied it (a `MessageChannel` message: the same task source, so
/// one sent now arrives after it), then lets Yew render.
pub async fn deliver(post: impl FnOnce()) {
    let arrived = Promise::new(&mut |resolve, _| {
        let once = js_sys::Object::new();
        js_sys::Reflect::set(&once, &"once".into(), &true.into()).unwrap();
        window()
            .add_event_listener_with_callback_and_add_event_listener_options(
                "message",
                &resolve,
                once.unchecked_ref(),
            )
            .unwrap();
    });
    post();
    JsFuture::from(arrived).await.unwrap();
    next_task().await;
    yew::scheduler::flush().await;
}

/// Waits for a `MessageChannel` message sent now: after every such message queued before.
pub async fn next_task() {
    let channel = web_sys::MessageChannel::new().unwrap();
    let arrived = Promise::new(&mut |resolve, _| channel.port1().set_onmessage(Some(&resolve)));
    channel.port2().post_message(&JsValue::NULL).unwrap();
    JsFuture::from(arrived).await.unwrap();
}

/// Counts the page's `<style>` elements.
pub fn style_elements() -> u32 {
    document().query_selector_all("style").unwrap().length()
}

/// Writes a theme's custom properties onto the page's `<html>`, as the cockpit on its own page
/// does.
pub fn apply_theme(theme: &ucontact_cockpit::state::Theme) {
    let root = ucontact_cockpit::web::styles::page_root().expect("an <html>");
    ucontact_cockpit::web::styles::apply_theme(theme, &root);
}
