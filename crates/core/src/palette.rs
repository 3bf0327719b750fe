//! The cockpit's light and dark palettes, and the CSS custom properties a theme from uContact
//! turns into. The stylesheets only ever say `var(--…)`; these values are the only colours
//! that reach CSS, and the one from uContact has been through [`Color::parse`].

use crate::color::Color;
use crate::state::Theme;

/// The colours of one palette.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    pub background: Color,
    pub surface: Color,
    pub text: Color,
    pub muted: Color,
    pub border: Color,
    /// The accent until uContact names its primary colour.
    pub accent: Color,
    pub danger: Color,
    pub success: Color,
    /// Time running long, before it is urgent.
    pub warning: Color,
}

pub const LIGHT: Palette = Palette {
    background: Color::rgb(0xf3, 0xf5, 0xf8),
    surface: Color::rgb(0xff, 0xff, 0xff),
    text: Color::rgb(0x1b, 0x1f, 0x24),
    muted: Color::rgb(0x57, 0x60, 0x6a),
    border: Color::rgb(0xd0, 0xd7, 0xde),
    accent: Color::rgb(0x0b, 0x5c, 0xad),
    danger: Color::rgb(0xb4, 0x23, 0x18),
    success: Color::rgb(0x1a, 0x7f, 0x37),
    warning: Color::rgb(0x8a, 0x55, 0x00),
};

pub const DARK: Palette = Palette {
    background: Color::rgb(0x10, 0x13, 0x17),
    surface: Color::rgb(0x1a, 0x1e, 0x24),
    text: Color::rgb(0xe6, 0xe9, 0xed),
    muted: Color::rgb(0x9a, 0xa4, 0xaf),
    border: Color::rgb(0x37, 0x3e, 0x47),
    accent: Color::rgb(0x58, 0xa6, 0xff),
    danger: Color::rgb(0xff, 0x7b, 0x72),
    success: Color::rgb(0x56, 0xd3, 0x64),
    warning: Color::rgb(0xe3, 0xb3, 0x41),
};

impl Palette {
    pub fn of(theme: &Theme) -> &'static Palette {
        if theme.dark { &DARK } else { &LIGHT }
    }
}

/// Every custom property the stylesheets read, with its value for this theme. The primary
/// colour becomes the accent, with black or white text on it, whichever reads better.
pub fn custom_properties(theme: &Theme) -> [(&'static str, String); 12] {
    let palette = Palette::of(theme);
    let primary = theme.primary.unwrap_or(palette.accent);
    [
        ("--bg", palette.background.to_css()),
        ("--surface", palette.surface.to_css()),
        ("--text", palette.text.to_css()),
        ("--muted", palette.muted.to_css()),
        ("--border", palette.border.to_css()),
        ("--primary", primary.to_css()),
        (
            "--on-primary",
            primary.readable_text(palette.surface).to_css(),
        ),
        ("--danger", palette.danger.to_css()),
        (
            "--on-danger",
            palette.danger.readable_text(palette.surface).to_css(),
        ),
        ("--success", palette.success.to_css()),
        ("--warning", palette.warning.to_css()),
        (
            "color-scheme",
            if theme.dark { "dark" } else { "light" }.to_owned(),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(properties: &[(&str, String)], name: &str) -> String {
        properties
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.clone())
            .unwrap()
    }

    #[test]
    fn primary_becomes_the_accent_with_readable_text() {
        let yellow = Color::rgb(0xff, 0xeb, 0x3b);
        let properties = custom_properties(&Theme {
            dark: false,
            primary: Some(yellow),
        });
        assert_eq!(value(&properties, "--primary"), "#ffeb3b");
        assert_eq!(value(&properties, "--on-primary"), "#000000");
        let navy = Color::rgb(0, 0, 0x80);
        let properties = custom_properties(&Theme {
            dark: true,
            primary: Some(navy),
        });
        assert_eq!(value(&properties, "--primary"), "#000080");
        assert_eq!(value(&properties, "--on-primary"), "#ffffff");
        assert_eq!(value(&properties, "--bg"), DARK.background.to_css());
        assert_eq!(value(&properties, "color-scheme"), "dark");
    }

    #[test]
    fn without_a_primary_the_palette_accent_is_used() {
        let light = custom_properties(&Theme::default());
        assert_eq!(value(&light, "--primary"), LIGHT.accent.to_css());
        assert_eq!(value(&light, "--bg"), LIGHT.background.to_css());
        assert_eq!(value(&light, "color-scheme"), "light");
    }

    #[test]
    fn each_palette_reads_well() {
        for palette in [LIGHT, DARK] {
            assert!(palette.text.contrast(palette.background) >= 7.0);
            assert!(palette.text.contrast(palette.surface) >= 7.0);
            assert!(palette.muted.contrast(palette.surface) >= 4.5);
            assert!(palette.accent.contrast(palette.surface) >= 4.5);
            assert!(palette.danger.contrast(palette.surface) >= 4.5);
            assert!(palette.success.contrast(palette.surface) >= 4.5);
            assert!(palette.warning.contrast(palette.surface) >= 4.5);
            assert!(palette.warning.contrast(palette.background) >= 4.5);
            let on_danger = palette.danger.readable_text(palette.surface);
            assert!(on_danger.contrast(palette.danger) >= 4.5);
        }
    }
}
