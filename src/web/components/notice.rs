//! A line the panel tells the agent: storage, retention, the simulator, a blocked pop-up, an
//! interaction event that could not be read. Dismissible when `ondismiss` is given.

use yew::prelude::*;

use crate::web::context::use_cockpit;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub text: AttrValue,
    /// Draws the eye: something may be missing or must be acted on.
    #[prop_or_default]
    pub warning: bool,
    #[prop_or_default]
    pub ondismiss: Option<Callback<()>>,
    #[prop_or_default]
    pub class: Classes,
}

#[component]
pub fn Notice(props: &NoticeProps) -> Html {
    let texts = use_cockpit().texts();
    html! {
        <div class={classes!("ck-notice", props.warning.then_some("ck-warning"), props.class.clone())}
            role="status">
            <p>{ props.text.clone() }</p>
            if let Some(ondismiss) = &props.ondismiss {
                <button type="button" class="ck-link" onclick={ondismiss.reform(|_: MouseEvent| ())}>
                    { texts.dismiss }
                </button>
            }
        </div>
    }
}
