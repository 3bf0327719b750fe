//! The printed page: the shift report alone, in light colours.

use stylist::StyleSource;

use crate::palette;

/// Printing: the light palette whatever the theme, and, while the shift report is shown, the
/// report alone (no uContact, no panel bar, no dial form), across as many pages as it takes (A4:
/// `index.html` sets the page, which Stylist cannot).
pub fn print_style() -> StyleSource {
    let light = &palette::LIGHT;
    stylist::css!(
        r#"
            @media print {
                html, .ck-root {
                    --bg: ${bg} !important;
                    --surface: ${surface} !important;
                    --text: ${text} !important;
                    --muted: ${muted} !important;
                    --border: ${border} !important;
                    --primary: ${accent} !important;
                    --on-primary: ${on_accent} !important;
                    color-scheme: light !important;
                }
                html, body, .ck-root { height: auto !important; overflow: visible !important; }
                .ck-reporting { display: block !important; padding: 0 !important; }
                .ck-reporting > iframe, .ck-reporting .ck-bar, .ck-reporting .ck-dock,
                .ck-reporting .ck-lists, .ck-reporting .ck-report-tools { display: none !important; }
                .ck-reporting .ck-panel {
                    display: block !important;
                    position: static !important;
                    width: auto !important;
                    border: 0 !important;
                    box-shadow: none !important;
                }
                .ck-reporting .ck-body { display: block !important; overflow: visible !important; padding: 0 !important; }
                .ck-report-section { break-inside: avoid; margin-top: 12px; }
            }
        "#,
        bg = light.surface.to_css(),
        surface = light.surface.to_css(),
        text = light.text.to_css(),
        muted = light.muted.to_css(),
        border = light.border.to_css(),
        accent = light.accent.to_css(),
        on_accent = light.accent.readable_text(light.surface).to_css(),
    )
}
