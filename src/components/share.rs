//! "Share, embed, download": the link to the current view with a copy button, the embed dialog
//! (`embed_dialog.rs`), and downloads of the timeline and the chart (SVG, PNG at 2×) and of the data (CSV
//! tables in a zip, JSON). Pictures are made on demand from the same layout and spec the page
//! draws; the data files are written at build time (`src/bin/data-files.rs`).

use std::rc::Rc;

use yew::prelude::*;

use crate::chart::spec;
use crate::data::{Day, Track};
use crate::export::{self, Framed, package};
use crate::i18n::{Key, Lang};
use crate::model::timeline::TimelineLayout;
use crate::permalink::{self, ViewParams};
use crate::state::DataRef;
use crate::web::share as web;

use super::embed_dialog::EmbedDialog;

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub data: DataRef,
    /// The view on screen, as the address has it.
    pub view: ViewParams,
    pub layout: Rc<TimelineLayout>,
    pub date: Day,
    pub track: Track,
    pub today: Day,
}

/// The offline copy `tools/offline.mjs` writes next to the page.
const OFFLINE_FILE: &str = "csto-explorer-offline.html";
const LINK_FIELD: &str = "share-link";

#[derive(Clone, Copy, PartialEq)]
enum Picture {
    Timeline,
    Chart,
}

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Svg,
    Png,
}

/// A Copy button's click: copies `text` (falling back to selecting the element `field`) and
/// says in `status` whether it worked. Shared by every copy button on the page.
pub fn copy_button(
    lang: Lang,
    text: String,
    field: &'static str,
    status: UseStateHandle<String>,
) -> Callback<MouseEvent> {
    Callback::from(move |_: MouseEvent| {
        let status = status.clone();
        web::copy_text(text.clone(), field, move |copied| {
            status.set(
                lang.t(if copied { Key::Copied } else { Key::CopyFailed })
                    .to_owned(),
            );
        });
    })
}

#[component]
pub fn Share(props: &ShareProps) -> Html {
    let (ds, lang) = (&*props.data.ds, props.data.lang);
    let page_view = ViewParams {
        embed: false,
        sync: false,
        ..props.view.clone()
    };
    // The page's own address is the browser's alone: the first render (the one that hydrates
    // the prerendered page) goes without it, as the server did.
    let mounted = super::use_mounted();
    let link = if mounted {
        web::view_url(&page_view)
    } else {
        permalink::to_query(&page_view)
    };
    // A served page (not a copy opened from a file) offers the embed code and the offline
    // copy; the code's address waits for the browser, like the link.
    let served = !mounted || web::is_served();
    let base = web::page_base().filter(|_| mounted);
    // What the last copy or download did, for the status line under the buttons.
    let status = use_state(String::new);

    let copy = |text: String, field: &'static str, status: UseStateHandle<String>| {
        copy_button(lang, text, field, status)
    };
    let embed_base = served.then(|| base.clone().unwrap_or_default());

    let make = {
        let layout = props.layout.clone();
        let (date, track, today) = (props.date, props.track, props.today);
        let link = link.clone();
        let data = props.data.ds.clone();
        move |picture: Picture| -> Result<(Framed, String), String> {
            let ds = &*data;
            let url = web::page_base().map(|_| link.as_str());
            match picture {
                Picture::Timeline => {
                    let width = web::element_width(".timeline").unwrap_or(1100.0).round() as u32;
                    Ok((
                        export::timeline_svg(ds, lang, &layout, date, width, url),
                        "timeline".to_owned(),
                    ))
                }
                Picture::Chart => {
                    let width = web::element_width(".chart-svg").unwrap_or(960.0).round() as u32;
                    let chart = spec::build(ds, lang, track, today);
                    export::chart_svg(ds, lang, &chart, width, url)
                        .map(|framed| (framed, format!("chart-{}", track.key())))
                        .map_err(|e| e.to_string())
                }
            }
        }
    };
    let download = |picture: Picture, format: Format| {
        let make = make.clone();
        let status = status.clone();
        let data = props.data.ds.clone();
        Callback::from(move |_: MouseEvent| {
            let ds = &*data;
            let failed = {
                let status = status.clone();
                move |reason: String| {
                    status.set(lang.fill(Key::ExportFailed, &[("reason", &reason)]));
                }
            };
            let (framed, what) = match make(picture) {
                Ok(made) => made,
                Err(reason) => return failed(reason),
            };
            status.set(String::new());
            match format {
                Format::Svg => {
                    let name = export::file_name(ds, lang, &what, "svg");
                    if let Err(reason) = web::download_text(&name, "image/svg+xml", &framed.svg) {
                        failed(reason);
                    }
                }
                Format::Png => {
                    let name = export::file_name(ds, lang, &what, "png");
                    web::download_png(name, &framed.svg, framed.width, framed.height, move |r| {
                        if let Err(reason) = r {
                            failed(reason);
                        }
                    });
                }
            }
        })
    };
    let label = |object: Key, format: Key| {
        lang.fill(
            Key::DownloadAs,
            &[("what", lang.t(object)), ("format", lang.t(format))],
        )
    };
    let picture_row = |picture: Picture, heading: Key, object: Key| {
        html! {
            <li>
                <span class="download-what">{ lang.t(heading) }</span>
                <button type="button" class="button" aria-label={label(object, Key::FormatSvg)}
                    data-download={format!("{}-svg", if picture == Picture::Timeline { "timeline" } else { "chart" })}
                    onclick={download(picture, Format::Svg)}>{ lang.t(Key::FormatSvg) }</button>
                <button type="button" class="button" aria-label={label(object, Key::FormatPng)}
                    data-download={format!("{}-png", if picture == Picture::Timeline { "timeline" } else { "chart" })}
                    onclick={download(picture, Format::Png)}>{ lang.t(Key::FormatPng) }</button>
            </li>
        }
    };
    let (zip_name, json_name) = package::names(ds, lang);
    // The offline copy carries the data files inline: save from there rather than follow a link
    // to a file that is not beside it.
    let inline_file = web::save_inline_on_click;

    html! {
        <section class="panel share" aria-labelledby="share-title">
            <h2 id="share-title">{ lang.t(Key::ShareTitle) }</h2>
            <p class="muted">{ lang.t(Key::ShareIntro) }</p>
            <div class="share-link">
                <label for={LINK_FIELD}>{ lang.t(Key::LinkLabel) }</label>
                <input id={LINK_FIELD} type="text" readonly=true value={link.clone()} />
                <button type="button" class="button" onclick={copy(link.clone(), LINK_FIELD, status.clone())}>{ lang.t(Key::CopyLink) }</button>
                <EmbedDialog {lang} view={page_view.clone()} base={embed_base} />
            </div>
            <ul class="downloads">
                { picture_row(Picture::Timeline, Key::DownloadTimeline, Key::ObjectTimeline) }
                { picture_row(Picture::Chart, Key::DownloadChart, Key::ObjectChart) }
                // Our data files and the offline copy are the CSTO data: not on offer for a
                // reader's own dataset.
                if props.data.custom.is_none() {
                <li>
                    <span class="download-what">{ lang.t(Key::DownloadData) }</span>
                    <a class="button" href={format!("data/{zip_name}")} download={zip_name.clone()} data-download="data-zip"
                        aria-label={label(Key::ObjectData, Key::FormatCsv)} onclick={inline_file(zip_name.clone())}>{ lang.t(Key::FormatCsv) }</a>
                    <a class="button" href={format!("data/{json_name}")} download={json_name.clone()} data-download="data-json"
                        aria-label={label(Key::ObjectData, Key::FormatJson)} onclick={inline_file(json_name.clone())}>{ lang.t(Key::FormatJson) }</a>
                </li>
                }
                if served && props.data.custom.is_none() {
                    <li>
                        <span class="download-what">{ lang.t(Key::OfflineCopy) }</span>
                        <a class="button" href={OFFLINE_FILE} download={OFFLINE_FILE} data-download="offline">{ lang.t(Key::OfflineLink) }</a>
                        <span class="muted">{ lang.t(Key::OfflineNote) }</span>
                    </li>
                }
            </ul>
            <p class="muted">{ lang.t(Key::DownloadNote) }</p>
            <p class="share-status" role="status" data-testid="share-status">{ (*status).clone() }</p>
        </section>
    }
}
