//! CSS colours as uContact sends them (`changedTheme.primary`), read by a strict grammar and
//! written back in one canonical form, so nothing but a well-formed colour ever reaches a
//! stylesheet.
//!
//! Accepted: `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`; `rgb()`/`rgba()` and `hsl()`/`hsla()` in
//! the comma and the space syntax of CSS Color 4 (values in range, no `none`, no exponents,
//! `deg` the only angle unit); the CSS named colours and `transparent`. Case is ignored, the
//! surrounding whitespace trimmed; nothing else is a colour.

use std::fmt;

/// Longest colour string accepted (what uContact may send as `primary`).
pub const MAX_COLOR: usize = 64;

/// An sRGB colour with 8-bit channels and alpha.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Color {
    pub r: u8,
    pub g: u8,
    pub b: u8,
    pub a: u8,
}

impl Color {
    pub const BLACK: Color = Color::rgb(0, 0, 0);
    pub const WHITE: Color = Color::rgb(255, 255, 255);

    /// An opaque colour.
    pub const fn rgb(r: u8, g: u8, b: u8) -> Color {
        Color { r, g, b, a: 255 }
    }

    const fn from_hex(rgb: u32) -> Color {
        Color::rgb((rgb >> 16) as u8, (rgb >> 8) as u8, rgb as u8)
    }

    /// Reads a colour by the grammar above; `None` when the input is not one.
    pub fn parse(input: &str) -> Option<Color> {
        if input.len() > MAX_COLOR {
            return None;
        }
        let input = input.trim_matches(|c: char| c.is_ascii_whitespace());
        if !input.is_ascii() {
            return None;
        }
        let input = input.to_ascii_lowercase();
        if let Some(hex) = input.strip_prefix('#') {
            return parse_hex(hex);
        }
        if let Some((name, rest)) = input.split_once('(') {
            let args = rest.strip_suffix(')')?;
            return match name {
                "rgb" | "rgba" => parse_rgb(args),
                "hsl" | "hsla" => parse_hsl(args),
                _ => None,
            };
        }
        if input == "transparent" {
            return Some(Color {
                a: 0,
                ..Color::BLACK
            });
        }
        NAMED
            .binary_search_by(|(name, _)| name.cmp(&input.as_str()))
            .ok()
            .and_then(|index| NAMED.get(index))
            .map(|&(_, rgb)| Color::from_hex(rgb))
    }

    /// The canonical form: `#rrggbb` when opaque, `rgba(r, g, b, a)` otherwise, with the alpha
    /// rounded to three decimals.
    pub fn to_css(self) -> String {
        if self.a == 255 {
            format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
        } else {
            let alpha = format!("{:.3}", f64::from(self.a) / 255.0);
            let alpha = alpha.trim_end_matches('0').trim_end_matches('.');
            format!("rgba({}, {}, {}, {alpha})", self.r, self.g, self.b)
        }
    }

    /// This colour painted over an opaque `background`.
    pub fn over(self, background: Color) -> Color {
        let alpha = f64::from(self.a) / 255.0;
        let mix = |front: u8, back: u8| {
            channel(f64::from(front) * alpha + f64::from(back) * (1.0 - alpha))
        };
        Color::rgb(
            mix(self.r, background.r),
            mix(self.g, background.g),
            mix(self.b, background.b),
        )
    }

    /// Relative luminance as WCAG 2 defines it (alpha ignored).
    pub fn luminance(self) -> f64 {
        let linear = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(self.r) + 0.7152 * linear(self.g) + 0.0722 * linear(self.b)
    }

    /// WCAG 2 contrast ratio between two opaque colours, from 1 to 21.
    pub fn contrast(self, other: Color) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// Black or white, whichever reads better on this colour painted over `background`.
    pub fn readable_text(self, background: Color) -> Color {
        let surface = self.over(background);
        if surface.contrast(Color::BLACK) >= surface.contrast(Color::WHITE) {
            Color::BLACK
        } else {
            Color::WHITE
        }
    }
}

impl fmt::Display for Color {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_css())
    }
}

/// Rounds a channel value already known to lie in 0..=255.
fn channel(value: f64) -> u8 {
    value.round().clamp(0.0, 255.0) as u8
}

fn parse_hex(hex: &str) -> Option<Color> {
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let digit = |i: usize| hex.get(i..=i).and_then(|d| u8::from_str_radix(d, 16).ok());
    let pair = |i: usize| {
        hex.get(i..i + 2)
            .and_then(|d| u8::from_str_radix(d, 16).ok())
    };
    let short = |i: usize| digit(i).map(|d| d * 17);
    match hex.len() {
        3 => Some(Color::rgb(short(0)?, short(1)?, short(2)?)),
        4 => Some(Color {
            a: short(3)?,
            ..Color::rgb(short(0)?, short(1)?, short(2)?)
        }),
        6 => Some(Color::rgb(pair(0)?, pair(2)?, pair(4)?)),
        8 => Some(Color {
            a: pair(6)?,
            ..Color::rgb(pair(0)?, pair(2)?, pair(4)?)
        }),
        _ => None,
    }
}

/// A number or percentage as CSS writes it, without exponent.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Value {
    Number(f64),
    Percent(f64),
}

fn parse_value(token: &str) -> Option<Value> {
    let (digits, percent) = match token.strip_suffix('%') {
        Some(digits) => (digits, true),
        None => (token, false),
    };
    let number = parse_number(digits)?;
    Some(if percent {
        Value::Percent(number)
    } else {
        Value::Number(number)
    })
}

/// `[+-]? ( digits ( . digits )? | . digits )`
fn parse_number(token: &str) -> Option<f64> {
    let unsigned = token.strip_prefix(['+', '-']).unwrap_or(token);
    let (int, frac) = match unsigned.split_once('.') {
        Some((int, frac)) => (int, Some(frac)),
        None => (unsigned, None),
    };
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let well_formed = digits(int)
        && match frac {
            Some(frac) => !frac.is_empty() && digits(frac),
            None => !int.is_empty(),
        };
    if well_formed {
        token.parse().ok()
    } else {
        None
    }
}

/// The arguments of a colour function: three components and an optional alpha, in either the
/// comma syntax (`1, 2, 3, 0.5`) or the space syntax (`1 2 3 / 0.5`).
fn arguments(args: &str) -> Option<(bool, [&str; 3], Option<&str>)> {
    let args = args.trim_matches(|c: char| c.is_ascii_whitespace());
    // (An empty component passes here and is refused by the number it does not make.)
    let no_space = |s: &str| !s.contains(|c: char| c.is_ascii_whitespace());
    if args.contains(',') {
        let parts: Vec<&str> = args
            .split(',')
            .map(|p| p.trim_matches(|c: char| c.is_ascii_whitespace()))
            .collect();
        if !parts.iter().all(|p| no_space(p)) {
            return None;
        }
        match parts.as_slice() {
            [a, b, c] => Some((true, [a, b, c], None)),
            [a, b, c, alpha] => Some((true, [a, b, c], Some(alpha))),
            _ => None,
        }
    } else {
        let (components, alpha) = match args.split_once('/') {
            Some((components, alpha)) => {
                let alpha = alpha.trim_matches(|c: char| c.is_ascii_whitespace());
                if !no_space(alpha) {
                    return None;
                }
                (components, Some(alpha))
            }
            None => (args, None),
        };
        let parts: Vec<&str> = components.split_ascii_whitespace().collect();
        match parts.as_slice() {
            [a, b, c] => Some((false, [a, b, c], alpha)),
            _ => None,
        }
    }
}

/// An alpha value: a number in 0..=1 or a percentage in 0..=100.
fn parse_alpha(token: Option<&str>) -> Option<u8> {
    let Some(token) = token else {
        return Some(255);
    };
    let fraction = match parse_value(token)? {
        Value::Number(n) => n,
        Value::Percent(p) => p / 100.0,
    };
    (0.0..=1.0)
        .contains(&fraction)
        .then(|| channel(fraction * 255.0))
}

fn parse_rgb(args: &str) -> Option<Color> {
    let (legacy, components, alpha) = arguments(args)?;
    let values = components.map(parse_value);
    if legacy {
        let all_numbers = values.iter().all(|v| matches!(v, Some(Value::Number(_))));
        let all_percents = values.iter().all(|v| matches!(v, Some(Value::Percent(_))));
        if !all_numbers && !all_percents {
            return None;
        }
    }
    let to_channel = |value: Option<Value>| match value? {
        Value::Number(n) if (0.0..=255.0).contains(&n) => Some(channel(n)),
        Value::Percent(p) if (0.0..=100.0).contains(&p) => Some(channel(p * 255.0 / 100.0)),
        _ => None,
    };
    let [r, g, b] = values;
    Some(Color {
        a: parse_alpha(alpha)?,
        ..Color::rgb(to_channel(r)?, to_channel(g)?, to_channel(b)?)
    })
}

fn parse_hsl(args: &str) -> Option<Color> {
    let (_, [hue, saturation, lightness], alpha) = arguments(args)?;
    let hue = parse_number(hue.strip_suffix("deg").unwrap_or(hue))?;
    let percent = |token: &str| match parse_value(token)? {
        Value::Percent(p) if (0.0..=100.0).contains(&p) => Some(p / 100.0),
        _ => None,
    };
    let (s, l) = (percent(saturation)?, percent(lightness)?);
    // CSS Color 4, "Converting HSL Colors to sRGB".
    let hue = hue.rem_euclid(360.0);
    let k = |n: f64| (n + hue / 30.0).rem_euclid(12.0);
    let a = s * l.min(1.0 - l);
    let f = |n: f64| {
        let k = k(n);
        channel((l - a * (k - 3.0).min(9.0 - k).clamp(-1.0, 1.0)) * 255.0)
    };
    Some(Color {
        a: parse_alpha(alpha)?,
        ..Color::rgb(f(0.0), f(8.0), f(4.0))
    })
}

/// The CSS named colours, sorted by name for binary search.
const NAMED: &[(&str, u32)] = &[
    ("aliceblue", 0xf0f8ff),
    ("antiquewhite", 0xfaebd7),
    ("aqua", 0x00ffff),
    ("aquamarine", 0x7fffd4),
    ("azure", 0xf0ffff),
    ("beige", 0xf5f5dc),
    ("bisque", 0xffe4c4),
    ("black", 0x000000),
    ("blanchedalmond", 0xffebcd),
    ("blue", 0x0000ff),
    ("blueviolet", 0x8a2be2),
    ("brown", 0xa52a2a),
    ("burlywood", 0xdeb887),
    ("cadetblue", 0x5f9ea0),
    ("chartreuse", 0x7fff00),
    ("chocolate", 0xd2691e),
    ("coral", 0xff7f50),
    ("cornflowerblue", 0x6495ed),
    ("cornsilk", 0xfff8dc),
    ("crimson", 0xdc143c),
    ("cyan", 0x00ffff),
    ("darkblue", 0x00008b),
    ("darkcyan", 0x008b8b),
    ("darkgoldenrod", 0xb8860b),
    ("darkgray", 0xa9a9a9),
    ("darkgreen", 0x006400),
    ("darkgrey", 0xa9a9a9),
    ("darkkhaki", 0xbdb76b),
    ("darkmagenta", 0x8b008b),
    ("darkolivegreen", 0x556b2f),
    ("darkorange", 0xff8c00),
    ("darkorchid", 0x9932cc),
    ("darkred", 0x8b0000),
    ("darksalmon", 0xe9967a),
    ("darkseagreen", 0x8fbc8f),
    ("darkslateblue", 0x483d8b),
    ("darkslategray", 0x2f4f4f),
    ("darkslategrey", 0x2f4f4f),
    ("darkturquoise", 0x00ced1),
    ("darkviolet", 0x9400d3),
    ("deeppink", 0xff1493),
    ("deepskyblue", 0x00bfff),
    ("dimgray", 0x696969),
    ("dimgrey", 0x696969),
    ("dodgerblue", 0x1e90ff),
    ("firebrick", 0xb22222),
    ("floralwhite", 0xfffaf0),
    ("forestgreen", 0x228b22),
    ("fuchsia", 0xff00ff),
    ("gainsboro", 0xdcdcdc),
    ("ghostwhite", 0xf8f8ff),
    ("gold", 0xffd700),
    ("goldenrod", 0xdaa520),
    ("gray", 0x808080),
    ("green", 0x008000),
    ("greenyellow", 0xadff2f),
    ("grey", 0x808080),
    ("honeydew", 0xf0fff0),
    ("hotpink", 0xff69b4),
    ("indianred", 0xcd5c5c),
    ("indigo", 0x4b0082),
    ("ivory", 0xfffff0),
    ("khaki", 0xf0e68c),
    ("lavender", 0xe6e6fa),
    ("lavenderblush", 0xfff0f5),
    ("lawngreen", 0x7cfc00),
    ("lemonchiffon", 0xfffacd),
    ("lightblue", 0xadd8e6),
    ("lightcoral", 0xf08080),
    ("lightcyan", 0xe0ffff),
    ("lightgoldenrodyellow", 0xfafad2),
    ("lightgray", 0xd3d3d3),
    ("lightgreen", 0x90ee90),
    ("lightgrey", 0xd3d3d3),
    ("lightpink", 0xffb6c1),
    ("lightsalmon", 0xffa07a),
    ("lightseagreen", 0x20b2aa),
    ("lightskyblue", 0x87cefa),
    ("lightslategray", 0x778899),
    ("lightslategrey", 0x778899),
    ("lightsteelblue", 0xb0c4de),
    ("lightyellow", 0xffffe0),
    ("lime", 0x00ff00),
    ("limegreen", 0x32cd32),
    ("linen", 0xfaf0e6),
    ("magenta", 0xff00ff),
    ("maroon", 0x800000),
    ("mediumaquamarine", 0x66cdaa),
    ("mediumblue", 0x0000cd),
    ("mediumorchid", 0xba55d3),
    ("mediumpurple", 0x9370db),
    ("mediumseagreen", 0x3cb371),
    ("mediumslateblue", 0x7b68ee),
    ("mediumspringgreen", 0x00fa9a),
    ("mediumturquoise", 0x48d1cc),
    ("mediumvioletred", 0xc71585),
    ("midnightblue", 0x191970),
    ("mintcream", 0xf5fffa),
    ("mistyrose", 0xffe4e1),
    ("moccasin", 0xffe4b5),
    ("navajowhite", 0xffdead),
    ("navy", 0x000080),
    ("oldlace", 0xfdf5e6),
    ("olive", 0x808000),
    ("olivedrab", 0x6b8e23),
    ("orange", 0xffa500),
    ("orangered", 0xff4500),
    ("orchid", 0xda70d6),
    ("palegoldenrod", 0xeee8aa),
    ("palegreen", 0x98fb98),
    ("paleturquoise", 0xafeeee),
    ("palevioletred", 0xdb7093),
    ("papayawhip", 0xffefd5),
    ("peachpuff", 0xffdab9),
    ("peru", 0xcd853f),
    ("pink", 0xffc0cb),
    ("plum", 0xdda0dd),
    ("powderblue", 0xb0e0e6),
    ("purple", 0x800080),
    ("rebeccapurple", 0x663399),
    ("red", 0xff0000),
    ("rosybrown", 0xbc8f8f),
    ("royalblue", 0x4169e1),
    ("saddlebrown", 0x8b4513),
    ("salmon", 0xfa8072),
    ("sandybrown", 0xf4a460),
    ("seagreen", 0x2e8b57),
    ("seashell", 0xfff5ee),
    ("sienna", 0xa0522d),
    ("silver", 0xc0c0c0),
    ("skyblue", 0x87ceeb),
    ("slateblue", 0x6a5acd),
    ("slategray", 0x708090),
    ("slategrey", 0x708090),
    ("snow", 0xfffafa),
    ("springgreen", 0x00ff7f),
    ("steelblue", 0x4682b4),
    ("tan", 0xd2b48c),
    ("teal", 0x008080),
    ("thistle", 0xd8bfd8),
    ("tomato", 0xff6347),
    ("turquoise", 0x40e0d0),
    ("violet", 0xee82ee),
    ("wheat", 0xf5deb3),
    ("white", 0xffffff),
    ("whitesmoke", 0xf5f5f5),
    ("yellow", 0xffff00),
    ("yellowgreen", 0x9acd32),
];

#[cfg(test)]
mod tests;
