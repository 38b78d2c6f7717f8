//! The frame around an exported picture: an explicit white background, the title and subtitle,
//! a key, the content, and the source line with the dataset version, licence and page address.
//! Text is wrapped by an estimate of its width, since nothing here can measure fonts. Pure.

use crate::chart::MarkShape;
use crate::chart::svg::escape;

/// The system font stack: an export loads no font.
pub const FONT_STACK: &str =
    "system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif";
const PAD: f64 = 16.0;
const TEXT: &str = "#1A1A1A";
const MUTED: &str = "#595959";

pub struct FrameTexts {
    pub title: String,
    pub subtitle: String,
    pub source: String,
    pub url: Option<String>,
    pub version: String,
    pub digest: String,
    pub lang: &'static str,
}

/// An exported picture and its size in CSS pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct Framed {
    pub svg: String,
    pub width: u32,
    pub height: u32,
}

/// One entry of a key: a swatch drawn in a 16 × 16 box, and its words.
pub struct LegendEntry {
    pub swatch: String,
    pub label: String,
}

impl LegendEntry {
    pub fn new(swatch: String, label: &str) -> LegendEntry {
        LegendEntry {
            swatch,
            label: label.to_owned(),
        }
    }

    /// A chart mark, drawn as the chart draws it.
    pub fn shape(shape: MarkShape, label: &str) -> LegendEntry {
        let diamond = "8,1 15,8 8,15 1,8";
        let swatch = match shape {
            MarkShape::PledgeStated => {
                format!(
                    r##"<polygon points="{diamond}" fill="#D55E00" stroke="#D55E00" stroke-width="2"/>"##
                )
            }
            MarkShape::PledgeUndisclosed => {
                format!(
                    r##"<polygon points="{diamond}" fill="#FFFFFF" stroke="#D55E00" stroke-width="2"/>"##
                )
            }
            MarkShape::Delivery => r##"<circle cx="8" cy="8" r="7" fill="#0072B2"/>"##.to_owned(),
            MarkShape::NoneReported => {
                r##"<path d="M2 2L14 14M2 14L14 2" stroke="#595959" stroke-width="3"/>"##.to_owned()
            }
        };
        LegendEntry::new(swatch, label)
    }

    /// The chart's deadline band.
    pub fn band(label: &str) -> LegendEntry {
        LegendEntry::new(
            r##"<rect x="0.5" y="2.5" width="15" height="11" fill="#F7DCC7" stroke="#9A3F00"/>"##
                .to_owned(),
            label,
        )
    }
}

/// A number as SVG writes it: at most two decimals, no trailing zeros.
pub fn number(value: f64) -> String {
    let text = format!("{:.2}", value);
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_owned()
    } else {
        text.to_owned()
    }
}

/// An estimate of a text's width, erring wide: system sans-serif fonts average under 0.59 em
/// for Latin letters and 0.66 em for Cyrillic ones (checked against Chromium's rendering of
/// our titles and source lines). Bold text is about a tenth wider.
pub fn text_width(text: &str, font_px: f64) -> f64 {
    text.chars()
        .map(|c| match c {
            ' ' | '.' | ',' | ':' | ';' | '\'' | 'i' | 'l' | 'j' | '|' => 0.32,
            'А'..='я' | 'Ё' | 'ё' => 0.66,
            'A'..='Z' | 'm' | 'w' => 0.72,
            _ => 0.59,
        })
        .sum::<f64>()
        * font_px
}

pub fn bold_text_width(text: &str, font_px: f64) -> f64 {
    text_width(text, font_px) * 1.1
}

/// Splits text into lines no wider than `max_px`, breaking at spaces (a single word wider than
/// the line is left whole).
pub fn wrap(text: &str, font_px: f64, max_px: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if !line.is_empty() && text_width(&candidate, font_px) > max_px {
            lines.push(std::mem::replace(&mut line, word.to_owned()));
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Writes wrapped lines from `y` (the first baseline) down; returns the next free y.
fn text_block(out: &mut String, lines: &[String], y: f64, font_px: f64, attrs: &str) -> f64 {
    let line_h = (font_px * 1.3).round();
    let mut y = y;
    for line in lines {
        out.push_str(&format!(
            r#"<text x="{PAD}" y="{}" font-size="{}"{attrs}>{}</text>"#,
            number(y),
            number(font_px),
            escape(line)
        ));
        y += line_h;
    }
    y
}

/// Puts `content` (drawn for `width` pixels, `content_height` tall) into its frame.
pub fn frame(
    content: &str,
    content_height: f64,
    width: u32,
    legend: &[LegendEntry],
    texts: &FrameTexts,
) -> Framed {
    let w = f64::from(width);
    let max = w - 2.0 * PAD;
    let mut body = String::new();

    let title_lines = wrap(&texts.title, 22.0, max);
    let mut y = text_block(
        &mut body,
        &title_lines,
        PAD + 18.0,
        20.0,
        &format!(r#" font-weight="700" fill="{TEXT}""#),
    );
    let subtitle_lines = wrap(&texts.subtitle, 13.0, max);
    y = text_block(
        &mut body,
        &subtitle_lines,
        y + 2.0,
        13.0,
        &format!(r#" fill="{TEXT}""#),
    );

    // The key flows left to right and wraps like text.
    let (mut x, mut row_y) = (PAD, y + 2.0);
    for entry in legend {
        let entry_w = 22.0 + text_width(&entry.label, 12.0) + 16.0;
        if x > PAD && x + entry_w > w - PAD {
            x = PAD;
            row_y += 22.0;
        }
        body.push_str(&format!(
            r#"<g transform="translate({} {})">{}<text x="22" y="12.5" font-size="12" fill="{TEXT}">{}</text></g>"#,
            number(x),
            number(row_y),
            entry.swatch,
            escape(&entry.label)
        ));
        x += entry_w;
    }
    if !legend.is_empty() {
        y = row_y + 26.0;
    }

    body.push_str(&format!(
        r#"<g transform="translate(0 {})">{content}</g>"#,
        number(y.round())
    ));
    y = y.round() + content_height + 8.0;

    let mut footer = wrap(&texts.source, 11.0, max);
    if let Some(url) = &texts.url {
        footer.push(url.clone());
    }
    y = text_block(
        &mut body,
        &footer,
        y + 11.0,
        11.0,
        &format!(r#" fill="{MUTED}""#),
    );
    let height = (y + PAD - 11.0).ceil() as u32;

    let svg = format!(
        concat!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{w}" height="{h}" viewBox="0 0 {w} {h}" "#,
            r#"font-family="{font}" lang="{lang}" role="img" aria-labelledby="export-title export-desc">"#,
            r#"<title id="export-title">{title}</title><desc id="export-desc">{subtitle} {source}</desc>"#,
            r#"<metadata>dataset-version: {version}; dataset-sha256: {digest}</metadata>"#,
            r##"<rect width="100%" height="100%" fill="#FFFFFF"/>{body}</svg>"##
        ),
        w = width,
        h = height,
        font = FONT_STACK,
        lang = texts.lang,
        title = escape(&texts.title),
        subtitle = escape(&texts.subtitle),
        source = escape(&texts.source),
        version = escape(&texts.version),
        digest = escape(&texts.digest),
        body = body,
    );
    Framed { svg, width, height }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_spaces_within_the_width() {
        let text = "The CSTO explorer, dataset 1.0.0, facts checked to 11 Mar 2026";
        let lines = wrap(text, 11.0, 150.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.join(" "), text);
        for line in &lines {
            assert!(
                text_width(line, 11.0) <= 150.0 || !line.contains(' '),
                "{line}"
            );
        }
        assert_eq!(wrap("", 11.0, 100.0), Vec::<String>::new());
        assert_eq!(
            wrap("Supercalifragilistic", 20.0, 10.0),
            vec!["Supercalifragilistic"]
        );
    }

    #[test]
    fn numbers_are_short() {
        assert_eq!(number(1.0), "1");
        assert_eq!(number(0.833_333), "0.83");
        assert_eq!(number(-0.001), "0");
        assert_eq!(number(12.5), "12.5");
    }

    #[test]
    fn texts_are_escaped() {
        let texts = FrameTexts {
            title: "<script>".to_owned(),
            subtitle: "a & b".to_owned(),
            source: "\"s\"".to_owned(),
            url: Some("https://x/?a=1&b=2".to_owned()),
            version: "1".to_owned(),
            digest: "d".to_owned(),
            lang: "en",
        };
        let out = frame("", 10.0, 400, &[], &texts);
        assert!(!out.svg.contains("<script>"));
        assert!(out.svg.contains("a &amp; b"));
        assert!(out.svg.contains("?a=1&amp;b=2"));
    }
}
