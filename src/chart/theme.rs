//! Colours and type for the chart, from the Okabe–Ito palette (safe for the common colour-vision
//! deficiencies). Every colour that carries meaning is also told apart by shape and label, and
//! reaches 3:1 contrast on the white background. Pure.

use plotters::style::RGBColor;

/// Pledges: vermillion, 3.9:1 on white.
pub const PLEDGE: RGBColor = RGBColor(0xD5, 0x5E, 0x00);
/// Deliveries: blue, 5.0:1 on white.
pub const DELIVERY: RGBColor = RGBColor(0x00, 0x72, 0xB2);
/// Text in the delivery colour, darkened for 4.5:1 on white.
pub const DELIVERY_TEXT: RGBColor = RGBColor(0x00, 0x5A, 0x8C);
/// "None reported" marks and the as-of rule.
pub const MUTED: RGBColor = RGBColor(0x59, 0x59, 0x59);
pub const TEXT: RGBColor = RGBColor(0x1A, 0x1A, 0x1A);
pub const GRID: RGBColor = RGBColor(0xD9, 0xD9, 0xD9);
pub const BACKGROUND: RGBColor = RGBColor(0xFF, 0xFF, 0xFF);
/// Every other donor row is shaded, to guide the eye along it.
pub const ROW_BAND: RGBColor = RGBColor(0xF5, 0xF5, 0xF5);
/// Text in the pledge colour, darkened to reach 4.5:1 on the deadline band.
pub const PLEDGE_TEXT: RGBColor = RGBColor(0x9A, 0x3F, 0x00);
/// The 2013 three-month deadline band (a tint of the pledge colour).
pub const DEADLINE_BAND: RGBColor = RGBColor(0xF7, 0xDC, 0xC7);

/// The system font stack: no web font is ever loaded.
pub const FONT_FAMILY: &str = "system-ui, sans-serif";
/// The SVG backend writes `font-size` as the requested size divided by 1.24. This returns the
/// size to request so that the file says exactly `px` (`px * 1.24` alone can come out as
/// 13.000000000000002 through rounding).
pub fn font_size(px: f64) -> f64 {
    let mut size = px * 1.24;
    for _ in 0..8 {
        let written = size / 1.24;
        if written == px {
            break;
        }
        size = if written < px {
            size.next_up()
        } else {
            size.next_down()
        };
    }
    size
}

#[cfg(test)]
mod tests {
    #[test]
    fn font_sizes_come_out_exact() {
        for px in [11.0, 12.0] {
            assert_eq!(super::font_size(px) / 1.24, px);
        }
    }
}

/// WCAG relative luminance of an sRGB colour.
pub fn luminance(c: RGBColor) -> f64 {
    let channel = |v: u8| {
        let s = f64::from(v) / 255.0;
        if s <= 0.039_28 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2)
}

/// WCAG contrast ratio between two colours (1 to 21).
pub fn contrast(a: RGBColor, b: RGBColor) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod contrast_tests {
    use super::*;

    #[test]
    fn marks_reach_3_to_1_and_text_4_5_to_1() {
        for (name, graphic) in [("pledge", PLEDGE), ("delivery", DELIVERY), ("muted", MUTED)] {
            let ratio = contrast(graphic, BACKGROUND);
            assert!(ratio >= 3.0, "{name} marks: {ratio:.2}:1 on white");
        }
        for (name, text, bg) in [
            ("text", TEXT, BACKGROUND),
            ("muted text", MUTED, BACKGROUND),
            (
                "pledge text on the deadline band",
                PLEDGE_TEXT,
                DEADLINE_BAND,
            ),
            ("pledge text", PLEDGE_TEXT, BACKGROUND),
            ("delivery text", DELIVERY_TEXT, BACKGROUND),
            ("text on a row band", TEXT, ROW_BAND),
        ] {
            let ratio = contrast(text, bg);
            assert!(ratio >= 4.5, "{name}: {ratio:.2}:1");
        }
    }

    /// A colour custom property from the stylesheet: from the dark theme's block when `dark`,
    /// else (or when the dark theme does not override it) from `:root`.
    fn css_colour(name: &str, dark: bool) -> RGBColor {
        const CSS: &str = include_str!("../../static/style.css");
        let block = |start: &str| {
            let from = CSS
                .find(start)
                .unwrap_or_else(|| panic!("no {start} block in style.css"));
            &CSS[from..from + CSS[from..].find('}').unwrap()]
        };
        let find = |text: &str| {
            let at = text.find(&format!("--{name}: #"))? + name.len() + 5;
            let hex = &text[at..at + 6];
            let byte = |k: usize| u8::from_str_radix(&hex[k..k + 2], 16).unwrap();
            Some(RGBColor(byte(0), byte(2), byte(4)))
        };
        let dark_value = if dark {
            find(block(":root[data-theme=\"dark\"] {"))
        } else {
            None
        };
        dark_value
            .or_else(|| find(block(":root {")))
            .unwrap_or_else(|| panic!("--{name} not in style.css"))
    }

    #[test]
    fn stylesheet_colours_reach_wcag_contrast_in_both_themes() {
        for dark in [false, true] {
            let panel = css_colour("panel", dark);
            let bg = css_colour("bg", dark);
            for name in [
                "member",
                "suspended",
                "delivery",
                "outline",
                "event",
                "focus",
                "today",
            ] {
                let ratio = contrast(css_colour(name, dark), panel);
                assert!(
                    ratio >= 3.0,
                    "--{name} on --panel (dark: {dark}): {ratio:.2}:1"
                );
            }
            for name in [
                "text",
                "muted",
                "accent",
                "delivery-text",
                "pledge-text",
                "date-line",
                "dek",
            ] {
                for (bg_name, background) in [("panel", panel), ("bg", bg)] {
                    let ratio = contrast(css_colour(name, dark), background);
                    assert!(
                        ratio >= 4.5,
                        "--{name} on --{bg_name} (dark: {dark}): {ratio:.2}:1"
                    );
                }
            }
            let tip = contrast(css_colour("tip-text", dark), css_colour("tip-bg", dark));
            assert!(tip >= 4.5, "tooltips (dark: {dark}): {tip:.2}:1");
        }
    }
}
