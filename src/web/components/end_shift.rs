//! **End shift**: offers the exports first, then deletes everything the cockpit keeps in this
//! browser (in every tab), so the next agent at a shared desk sees nothing of this one's
//! clients. Asked in a modal dialog that names what will go.

use web_sys::HtmlDialogElement;
use yew::prelude::*;

use crate::i18n::fill;
use crate::state::Action;
use crate::web::components::ExportFormat;
use crate::web::components::exports::export_button;
use crate::web::context::use_cockpit;
use crate::web::integrations::forward::use_forward_status;
use crate::web::styles::use_styles;

/// How many interactions are active and finished are read when the dialog opens, so the button
/// need not render with every message.
#[component]
pub fn EndShift() -> Html {
    let cockpit = use_cockpit();
    let texts = cockpit.texts();
    let styles = use_styles();
    let dialog = use_node_ref();
    let counts = use_state(|| (0, 0));
    // Events still on their way to the integrator's back end: the agent may wait for them.
    let undelivered = use_forward_status().undelivered();
    let onopen = {
        let (dialog, counts, dispatch) = (dialog.clone(), counts.clone(), cockpit.dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            counts.set(
                dispatch
                    .read(|c| (c.active.len(), c.history.len()))
                    .unwrap_or_default(),
            );
            if let Some(dialog) = dialog.cast::<HtmlDialogElement>() {
                let _ = dialog.show_modal();
            }
        })
    };
    let oncancel = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(dialog) = dialog.cast::<HtmlDialogElement>() {
                dialog.close();
            }
        })
    };
    let onend = {
        let (dialog, cockpit) = (dialog.clone(), cockpit.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(dialog) = dialog.cast::<HtmlDialogElement>() {
                dialog.close();
            }
            cockpit.dispatch.dispatch(Action::EndShift);
            cockpit
                .board
                .raise("shift-ended", false, |texts| texts.shift_ended.to_owned());
        })
    };
    let export = export_button;
    let (active, finished) = *counts;
    let numbers = cockpit.counts();
    let body = fill(
        texts.end_shift_body,
        &[
            (
                "active",
                &texts.end_shift_active.of(active as u64, &numbers),
            ),
            (
                "finished",
                &texts.end_shift_finished.of(finished as u64, &numbers),
            ),
        ],
    );
    html! {
        <>
            <button type="button" class="ck-button ck-end-shift" onclick={onopen}>{ texts.end_shift }</button>
            <dialog ref={dialog} class={style(&styles)} aria-labelledby="ck-end-shift-title">
                <h2 id="ck-end-shift-title">{ texts.end_shift_title }</h2>
                <p>{ body }</p>
                if undelivered > 0 {
                    <p class="ck-undelivered" id="ck-undelivered" role="status">
                        { texts.end_shift_undelivered.of(undelivered as u64, &numbers) }
                    </p>
                }
                <div class="ck-exports">
                    { export(ExportFormat::Csv, texts.export_csv) }
                    { export(ExportFormat::Json, texts.export_json) }
                </div>
                <div class="ck-choices">
                    <button type="button" class="ck-button" onclick={oncancel}>
                        { if undelivered > 0 { texts.end_shift_wait } else { texts.cancel } }
                    </button>
                    <button type="button" class="ck-danger-button" onclick={onend}>{ texts.end_shift_confirm }</button>
                </div>
            </dialog>
        </>
    }
}

static_style!(
    style,
    "ck-end-shift-dialog",
    r#"
            max-width: 440px;
            padding: 20px 24px;
            border: 1px solid var(--border);
            border-top: 4px solid var(--danger);
            border-radius: 6px;
            background: var(--surface);
            color: var(--text);
            &::backdrop { background: rgba(0, 0, 0, 0.45); }
            h2 { font-size: 17px; margin-bottom: 8px; }
            p { margin: 0 0 12px; }
            .ck-exports, .ck-choices { display: flex; flex-wrap: wrap; gap: 8px; }
            .ck-choices { justify-content: flex-end; margin-top: 16px; }
            .ck-danger-button {
                padding: 6px 12px;
                border: 0;
                border-radius: 4px;
                background: var(--danger);
                color: var(--on-danger);
                font-weight: 600;
                cursor: pointer;
            }
        "#
);
