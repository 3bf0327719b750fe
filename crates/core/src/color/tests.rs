use super::*;

fn rgba(r: u8, g: u8, b: u8, a: u8) -> Color {
    Color { r, g, b, a }
}

#[test]
fn reads_every_accepted_form() {
    let table = [
        ("#1976d2", Color::rgb(0x19, 0x76, 0xd2)),
        ("#1976D2", Color::rgb(0x19, 0x76, 0xd2)),
        ("  #fff\n", Color::WHITE),
        ("#f0a", Color::rgb(0xff, 0x00, 0xaa)),
        ("#f0a8", rgba(0xff, 0x00, 0xaa, 0x88)),
        ("#11223344", rgba(0x11, 0x22, 0x33, 0x44)),
        ("rgb(25, 118, 210)", Color::rgb(25, 118, 210)),
        ("RGB(25,118,210)", Color::rgb(25, 118, 210)),
        ("rgba(25, 118, 210, 0.5)", rgba(25, 118, 210, 128)),
        ("rgba(25, 118, 210, 50%)", rgba(25, 118, 210, 128)),
        ("rgb(100%, 0%, 50%)", Color::rgb(255, 0, 128)),
        ("rgb(25 118 210)", Color::rgb(25, 118, 210)),
        ("rgb(25 118 210 / 0.25)", rgba(25, 118, 210, 64)),
        ("rgb(10% 118 210 / 1)", Color::rgb(26, 118, 210)),
        ("rgb(0.5 254.5 +3)", Color::rgb(1, 255, 3)),
        ("rgba(.5, 1, 2, .5)", rgba(1, 1, 2, 128)),
        ("hsl(0, 100%, 50%)", Color::rgb(255, 0, 0)),
        ("hsl(120deg 100% 25%)", Color::rgb(0, 128, 0)),
        ("hsla(240, 100%, 50%, 0.5)", rgba(0, 0, 255, 128)),
        ("hsl(-120 100% 50%)", Color::rgb(0, 0, 255)),
        ("hsl(480 100% 50%)", Color::rgb(0, 255, 0)),
        ("hsl(0 0% 100%)", Color::WHITE),
        // Hues between the primaries, at lightness at and under 50% (CSS Color 4's algorithm,
        // checked against Python's colorsys).
        ("hsl(30 100% 25%)", Color::rgb(128, 64, 0)),
        ("hsl(200 60% 40%)", Color::rgb(41, 122, 163)),
        ("hsl(290 80% 30%)", Color::rgb(117, 15, 138)),
        ("hsl(150 50% 50%)", Color::rgb(64, 191, 128)),
        ("hsl(75 40% 10%)", Color::rgb(31, 36, 15)),
        ("hsl(330 100% 75%)", Color::rgb(255, 128, 191)),
        ("rebeccapurple", Color::rgb(0x66, 0x33, 0x99)),
        ("DarkSlateGray", Color::rgb(0x2f, 0x4f, 0x4f)),
        ("transparent", rgba(0, 0, 0, 0)),
    ];
    for (input, expected) in table {
        assert_eq!(Color::parse(input), Some(expected), "{input:?}");
    }
}

#[test]
fn refuses_everything_else() {
    for input in [
        "",
        "rgb(1,2,3,)",
        "rgb(1,,3)",
        "rgb(1 2 3 /)",
        "rgb(1 2 3 / )",
        "rgb(1 2, 3, 4)",
        "rgb(1 2 3 / 0 5)",
        "#",
        "#ff",
        "#fffff",
        "#fffffff",
        "#ggg",
        "# fff",
        "fff",
        "#fff;",
        "red;",
        "red; background: url(x)",
        "red}body{display:none",
        "url(javascript:alert(1))",
        "expression(alert(1))",
        "var(--x)",
        "currentcolor",
        "inherit",
        "initial",
        "none",
        "notacolor",
        "rgb()",
        "rgb(1, 2)",
        "rgb(1, 2, 3, 4, 5)",
        "rgb(1 2 3 4)",
        "rgb(1, 2 3)",
        "rgb(1, 2, 3",
        "rgb 1, 2, 3)",
        "rgb(1, 2, 3))",
        "rgb(256, 0, 0)",
        "rgb(-1, 0, 0)",
        "rgb(101%, 0%, 0%)",
        "rgb(1, 2%, 3)",
        "rgb(1, 2, 3, 1.5)",
        "rgb(1, 2, 3, -0.1)",
        "rgb(1 2 3 / 2)",
        "rgb(1 2 3 /)",
        "rgb(1 2 3 / 0.5 0.5)",
        "rgb(1e2, 0, 0)",
        "rgb(1., 0, 0)",
        "rgb(., 0, 0)",
        "rgb(none 0 0)",
        "rgb(calc(1), 0, 0)",
        "rgb(1,,2,3)",
        "rgb(1, 2, 3,)",
        "hsl(0, 100, 50)",
        "hsl(0turn 100% 50%)",
        "hsl(0 101% 50%)",
        "lab(50% 40 59)",
        "color(srgb 1 0 0)",
        "\u{ff03}fff",
        "#ｆｆｆ",
        "rgb(１, 2, 3)",
    ] {
        assert_eq!(Color::parse(input), None, "{input:?}");
    }
    assert_eq!(
        Color::parse(&format!("#fff{}", " ".repeat(100))),
        None,
        "over the length bound"
    );
}

#[test]
fn writes_one_canonical_form_that_reads_back_the_same() {
    assert_eq!(Color::rgb(0x19, 0x76, 0xd2).to_css(), "#1976d2");
    assert_eq!(
        rgba(25, 118, 210, 128).to_css(),
        "rgba(25, 118, 210, 0.502)"
    );
    assert_eq!(rgba(0, 0, 0, 0).to_css(), "rgba(0, 0, 0, 0)");
    for input in [
        "#abc",
        "rgb(1 2 3 / 0.3)",
        "hsl(200 50% 40%)",
        "teal",
        "transparent",
        "#12345678",
    ] {
        let color = Color::parse(input).unwrap();
        let css = color.to_css();
        assert_eq!(Color::parse(&css), Some(color), "{input} → {css}");
    }
}

#[test]
fn picks_readable_text_for_any_accent() {
    assert_eq!(
        Color::rgb(0x19, 0x76, 0xd2).readable_text(Color::WHITE),
        Color::WHITE
    );
    assert_eq!(
        Color::rgb(0xff, 0xeb, 0x3b).readable_text(Color::WHITE),
        Color::BLACK
    );
    assert_eq!(Color::BLACK.readable_text(Color::WHITE), Color::WHITE);
    // A transparent accent shows the background through: text must read on that.
    assert_eq!(rgba(0, 0, 0, 0).readable_text(Color::BLACK), Color::WHITE);
    assert_eq!(rgba(0, 0, 0, 0).readable_text(Color::WHITE), Color::BLACK);
    assert!((Color::BLACK.contrast(Color::WHITE) - 21.0).abs() < 1e-9);
    for n in 0..=255u8 {
        let accent = Color::rgb(n, 255 - n, n / 2);
        let text = accent.readable_text(Color::WHITE);
        assert!(
            accent.contrast(text) >= 4.5,
            "{accent} with {text}: {}",
            accent.contrast(text)
        );
    }
}

#[test]
fn named_colours_are_sorted_for_binary_search() {
    assert!(NAMED.windows(2).all(|pair| pair[0].0 < pair[1].0));
    assert_eq!(NAMED.len(), 148);
    for (name, _) in NAMED {
        assert!(Color::parse(name).is_some(), "{name}");
    }
}

#[test]
fn reads_up_to_its_length_limit_and_not_one_byte_more() {
    let padded = |len: usize| format!("{:>len$}", "#fff");
    assert_eq!(padded(MAX_COLOR).len(), MAX_COLOR);
    assert_eq!(Color::parse(&padded(MAX_COLOR)), Some(Color::WHITE));
    assert_eq!(Color::parse(&padded(MAX_COLOR + 1)), None);
}

#[test]
fn luminance_follows_wcag_for_dark_and_light_channels() {
    // Channels up to 10 (c ≤ 0.04045) are linear, c / 12.92; above, the 2.4 power curve.
    let table = [
        (0, 0.0),
        (1, 0.000_303_527),
        (10, 0.003_035_270),
        (11, 0.003_346_536),
        (128, 0.215_860_500),
        (255, 1.0),
    ];
    for (channel, expected) in table {
        let grey = Color::rgb(channel, channel, channel);
        assert!(
            (grey.luminance() - expected).abs() < 1e-8,
            "{channel}: {}",
            grey.luminance()
        );
    }
    // The weights of red, green and blue.
    assert!((Color::rgb(255, 0, 0).luminance() - 0.2126).abs() < 1e-12);
    assert!((Color::rgb(0, 255, 0).luminance() - 0.7152).abs() < 1e-12);
    assert!((Color::rgb(0, 0, 255).luminance() - 0.0722).abs() < 1e-12);
}

#[test]
fn displays_as_its_css() {
    for color in [Color::WHITE, Color::rgb(25, 118, 210), rgba(1, 2, 3, 128)] {
        assert_eq!(color.to_string(), color.to_css());
        assert!(!color.to_string().is_empty());
    }
}
