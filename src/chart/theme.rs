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
