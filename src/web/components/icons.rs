//! Small line icons (16 px, in the control's text colour), drawn by CSS: a class on the button
//! or link masks its `::before` with an inline SVG (the rules are in the global stylesheet,
//! `web::styles`), so an icon adds no element to the page (a row shows four; as elements they
//! cost a third of the time an event takes to show). They are decorative: the control that shows
//! one carries the name. The masks are `data:` images, which the cockpit's
//! Content-Security-Policy allows (`img-src 'self' data:`).

/// Two sheets: copy.
pub const COPY: &str = "ck-i ck-i-copy";
/// A handset: call again.
pub const PHONE: &str = "ck-i ck-i-phone";
/// A box with an arrow leaving it: opens elsewhere.
pub const EXTERNAL: &str = "ck-i ck-i-external";
/// A chevron pointing right; turned down by CSS when its row is open.
pub const CHEVRON: &str = "ck-i ck-i-chevron";
/// A bell: notifications.
pub const BELL: &str = "ck-i ck-i-bell";
