//! The embed dialog: the journalist first picks which graphic to embed (one of the five views,
//! or the whole explorer), sees it live in a preview frame, and copies code whose starting
//! height fits that graphic (`permalink::embed_height`). The preview is only loaded while the
//! dialog is open.

use yew::prelude::*;

use super::share::copy_button;
use crate::i18n::{Key, Lang};
use crate::permalink::{self, ViewKind, ViewParams};
use crate::web::share as web;

const DIALOG_ID: &str = "embed-dialog";
const CODE_FIELD: &str = "embed-code";

#[derive(Properties, PartialEq)]
pub struct EmbedDialogProps {
    pub lang: Lang,
    /// The view on screen, without `embed` or `sync`.
    pub view: ViewParams,
    /// The page's directory address; `None` when the page was opened as a local file (or has
    /// not mounted yet), which cannot be embedded.
    pub base: Option<String>,
}

/// A view's name, as the dialog's choices and the frame's title say it.
pub fn view_name(view: Option<ViewKind>) -> Key {
    match view {
        Some(ViewKind::Timeline) => Key::ViewTimeline,
        Some(ViewKind::Chart) => Key::ViewChart,
        Some(ViewKind::Map) => Key::ViewMap,
        Some(ViewKind::Roster) => Key::ViewRoster,
        Some(ViewKind::Changes) => Key::ViewChanges,
        None => Key::ViewWhole,
    }
}

/// The "Embed this view…" button and its dialog.
#[component]
pub fn EmbedDialog(props: &EmbedDialogProps) -> Html {
    let lang = props.lang;
    // A focused graphic is what an article usually wants; the whole explorer stays one choice.
    let which = use_state(|| props.view.view.or(Some(ViewKind::Timeline)));
    let open = use_state(|| false);
    let sync = use_state(|| false);
    let status = use_state(String::new);

    let chosen = ViewParams {
        view: *which,
        ..props.view.clone()
    };
    let frame_title = match *which {
        None => lang.t(Key::EmbedFrameTitle).to_owned(),
        Some(_) => lang.fill(
            Key::EmbedFrameTitleView,
            &[("view", lang.t(view_name(*which)))],
        ),
    };
    let code = props
        .base
        .as_deref()
        .map(|base| permalink::embed_snippet(base, &chosen, *sync, &frame_title));
    let preview_src = format!(
        "embed.html{}",
        permalink::to_query(&ViewParams {
            embed: true,
            sync: false,
            allow_data: chosen.data.is_some(),
            ..chosen.clone()
        })
    );
    let height = permalink::embed_height(*which);

    let on_open = {
        let (open, status) = (open.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            status.set(String::new());
            open.set(true);
            web::open_dialog(DIALOG_ID);
        })
    };
    // Closed by its button or by Esc: either way the preview frame goes.
    let on_closed = {
        let open = open.clone();
        Callback::from(move |_: Event| open.set(false))
    };
    let close = Callback::from(|_: MouseEvent| web::close_dialog(DIALOG_ID));
    let on_sync = {
        let sync = sync.clone();
        Callback::from(move |e: Event| {
            let checked = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .is_some_and(|input| input.checked());
            sync.set(checked);
        })
    };
    let choice = |view: Option<ViewKind>| {
        let pick = {
            let which = which.clone();
            Callback::from(move |_: Event| which.set(view))
        };
        let key = view.map_or("whole", ViewKind::key);
        html! {
            <label class="embed-choice">
                <input type="radio" name="embed-which" value={key} checked={*which == view} onchange={pick} />
                { lang.t(view_name(view)) }
            </label>
        }
    };

    html! {
        <>
            <button type="button" class="button" aria-haspopup="dialog" onclick={on_open}>{ lang.t(Key::EmbedOpen) }</button>
            <dialog id={DIALOG_ID} class="dialog embed-dialog" aria-labelledby="embed-title" onclose={on_closed}>
                <h2 id="embed-title">{ lang.t(Key::EmbedTitle) }</h2>
                <fieldset class="embed-which">
                    <legend>{ lang.t(Key::EmbedWhich) }</legend>
                    { for ViewKind::ALL.into_iter().map(|v| choice(Some(v))) }
                    { choice(None) }
                </fieldset>
                if let Some(code) = code {
                    <p>{ lang.t(Key::EmbedIntro) }</p>
                    <label class="check">
                        <input type="checkbox" checked={*sync} onchange={on_sync} />
                        { lang.t(Key::EmbedSync) }
                    </label>
                    <textarea id={CODE_FIELD} readonly=true rows="4" aria-labelledby="embed-title" value={code.clone()} />
                    <p class="dialog-actions">
                        <button type="button" class="button" onclick={copy_button(lang, code, CODE_FIELD, status.clone())}>{ lang.t(Key::CopyCode) }</button>
                        <button type="button" class="button" onclick={close.clone()}>{ lang.t(Key::CloseDialog) }</button>
                    </p>
                    <p role="status" data-testid="embed-status">{ (*status).clone() }</p>
                    <p class="muted" data-testid="embed-height">{ lang.fill(Key::EmbedHeight, &[("px", &height.to_string())]) }</p>
                    if *open {
                        <figure class="embed-preview">
                            <figcaption>{ lang.t(Key::EmbedPreview) }</figcaption>
                            <iframe src={preview_src} title={format!("{}: {}", lang.t(Key::EmbedPreview), frame_title)}
                                height={height.to_string()} data-testid="embed-preview"></iframe>
                        </figure>
                    }
                } else {
                    <p class="warning">{ lang.t(Key::EmbedLocalFile) }</p>
                    <p class="dialog-actions">
                        <button type="button" class="button" onclick={close}>{ lang.t(Key::CloseDialog) }</button>
                    </p>
                    <p role="status" data-testid="embed-status">{ (*status).clone() }</p>
                }
            </dialog>
        </>
    }
}
