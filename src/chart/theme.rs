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
            ("text on a row band", TEXT, RGBColor(0xF5, 0xF5, 0xF5)),
        ] {
            let ratio = contrast(text, bg);
            assert!(ratio >= 4.5, "{name}: {ratio:.2}:1");
        }
    }

    #[test]
    fn dark_theme_colours_hold_too() {
        // The stylesheet's dark theme maps the chart's neutrals onto these (see style.css).
        let panel = RGBColor(0x1E, 0x1E, 0x1E);
        let status_and_marks = [
            ("member bars / pledges", RGBColor(0x00, 0x72, 0xB2)),
            ("suspended bars / pledges", PLEDGE),
            ("deliveries (sky blue)", RGBColor(0x56, 0xB4, 0xE9)),
            ("grid-independent item outline", RGBColor(0xBD, 0xBD, 0xBD)),
        ];
        for (name, c) in status_and_marks {
            let ratio = contrast(c, panel);
            assert!(ratio >= 3.0, "{name}: {ratio:.2}:1 on the dark panel");
        }
        for (name, c) in [
            ("text", RGBColor(0xEC, 0xEC, 0xEC)),
            ("muted", RGBColor(0xB3, 0xB3, 0xB3)),
            ("accent", RGBColor(0x8C, 0xC8, 0xFF)),
        ] {
            let ratio = contrast(c, panel);
            assert!(ratio >= 4.5, "{name}: {ratio:.2}:1 on the dark panel");
        }
    }
}
