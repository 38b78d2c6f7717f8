//! Prerenders the explorer's first view into the built page with Yew's server renderer, so a
//! reader sees the timeline, chart, roster, tables and sources before any script has loaded
//! (and a reader without JavaScript sees them at all). The wasm then hydrates this DOM instead
//! of drawing it again (`src/main.rs`). Trunk runs it after each build (`tools/post-build.mjs`):
//!
//!     cargo run --features build-tools --bin prerender -- dist      (or TRUNK_STAGING_DIR=dist)
//!
//! It writes `index.html` (the default view) and `embed.html` (the compact layout for an
//! article's iframe, `embed=1`) from Trunk's `index.html`. The day taken for "today" is
//! `SOURCE_DATE_EPOCH` when set (a reproducible build), else the build machine's date; `#app`
//! records it, and the browser hydrates with that same day before moving to its own.

mod native {
    use std::path::{Path, PathBuf};

    use csto_explorer::app::{App, AppProps, Prerendered};
    use csto_explorer::data::Day;
    use csto_explorer::permalink::ViewParams;
    use yew::LocalServerRenderer;

    /// The page Trunk wrote has this placeholder for the app (a loading line), minified or not.
    fn app_element(html: &str) -> Option<(usize, usize)> {
        let start = html
            .find("<div id=app>")
            .or_else(|| html.find(r#"<div id="app">"#))?;
        let end = start + html[start..].find("</div>")? + "</div>".len();
        Some((start, end))
    }

    fn build_day() -> Day {
        let seconds = std::env::var("SOURCE_DATE_EPOCH")
            .ok()
            .and_then(|s| s.trim().parse::<i64>().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_secs() as i64)
            });
        Day::from_days_since_epoch((seconds / 86_400) as i32)
    }

    async fn render(view: ViewParams, today: Day) -> (String, Prerendered) {
        let prerendered = Prerendered { view, today };
        let props = AppProps {
            today: Some(today),
            lang: None,
            prerendered: Some(prerendered.clone()),
            ..AppProps::default()
        };
        let html = LocalServerRenderer::<App>::with_props(props)
            .hydratable(true)
            .render()
            .await;
        (html, prerendered)
    }

    /// `page` with its app placeholder replaced by `body`, `#app` marked with what was rendered.
    fn fill(page: &str, body: &str, prerendered: &Prerendered) -> Option<String> {
        let (start, end) = app_element(page)?;
        Some(format!(
            "{}<div id=app {}>{body}</div>{}",
            &page[..start],
            prerendered.attributes(),
            &page[end..]
        ))
    }

    fn write(path: &Path, text: &str) -> Result<(), String> {
        std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
    }

    pub async fn run(dir: PathBuf) -> Result<(), String> {
        let index = dir.join("index.html");
        let page = std::fs::read_to_string(&index)
            .map_err(|e| format!("cannot read {}: {e}", index.display()))?;
        if page.contains("data-prerendered=") {
            return Err(format!("{} is already prerendered", index.display()));
        }
        let today = build_day();

        let (body, prerendered) = render(ViewParams::default(), today).await;
        let full = fill(&page, &body, &prerendered).ok_or("index.html has no <div id=app>")?;

        let embed_view = ViewParams {
            embed: true,
            ..ViewParams::default()
        };
        let (body, prerendered) = render(embed_view, today).await;
        let embedded = fill(&page, &body, &prerendered).ok_or("index.html has no <div id=app>")?;
        // The compact layout's class is on <html> from the first byte, so the page chrome never
        // shows in the iframe (the app keeps it there).
        let embedded = embedded.replacen("<html lang=en>", "<html lang=en class=embed>", 1);
        let embedded = embedded.replacen(
            r#"<html lang="en">"#,
            r#"<html lang="en" class="embed">"#,
            1,
        );

        write(&index, &full)?;
        write(&dir.join("embed.html"), &embedded)?;
        println!(
            "prerender: index.html {} KB, embed.html {} KB, today {}",
            full.len() / 1024,
            embedded.len() / 1024,
            today.iso()
        );
        Ok(())
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::process::ExitCode {
    let dir = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .unwrap_or_else(|| "dist".to_owned());
    match native::run(std::path::PathBuf::from(dir)).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
