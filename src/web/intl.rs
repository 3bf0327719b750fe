//! Dates and times for the agent's language, through the browser's `Intl.DateTimeFormat`.
//! Formatters are cached per locale and style; a locale the browser refuses falls back to the
//! bare language tag, and a date that does not parse is shown as uContact wrote it.

use std::cell::RefCell;

use js_sys::{Array, Date, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::datetime::FinishDate;
use crate::i18n::Locale;

/// What to show of an instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Date and time (`10 May 2024, 14:33:12`).
    DateTime,
    /// Time of day only (`14:33:12`).
    Time,
    /// Hours and minutes (`14:33`).
    ShortTime,
    /// Short date, hours and minutes (`10/05/2024, 14:33`).
    ShortDateTime,
}

/// `finishDate` for display: formatted when it parses, verbatim otherwise.
pub fn finish_date(raw: &str, locale: &Locale) -> String {
    finish_instant(raw)
        .and_then(|instant| format(&instant, locale, Style::DateTime))
        .unwrap_or_else(|| raw.to_owned())
}

/// `finishDate` for a line of history: the time alone when it is today, else a short date and
/// time; verbatim when it does not parse.
pub fn finish_date_short(raw: &str, locale: &Locale) -> String {
    let Some(instant) = finish_instant(raw) else {
        return raw.to_owned();
    };
    let today = Date::new_0();
    let same_day = instant.get_full_year() == today.get_full_year()
        && instant.get_month() == today.get_month()
        && instant.get_date() == today.get_date();
    let style = if same_day {
        Style::ShortTime
    } else {
        Style::ShortDateTime
    };
    format(&instant, locale, style).unwrap_or_else(|| raw.to_owned())
}

fn finish_instant(raw: &str) -> Option<Date> {
    let date = FinishDate::parse(raw)?;
    let instant = match date.utc_millis() {
        Some(millis) => Date::new(&JsValue::from_f64(millis as f64)),
        None => {
            let local = Date::new_0();
            local.set_full_year_with_month_date(
                date.year as u32,
                date.month as i32 - 1,
                date.day as i32,
            );
            local.set_hours(date.hour);
            local.set_minutes(date.minute);
            local.set_seconds(date.second);
            local.set_milliseconds(date.millisecond);
            local
        }
    };
    Some(instant)
}

/// A time the cockpit recorded (milliseconds since the epoch) for display.
pub fn moment(millis: u64, locale: &Locale, style: Style) -> String {
    let instant = Date::new(&JsValue::from_f64(millis as f64));
    format(&instant, locale, style).unwrap_or_else(|| String::from(instant.to_iso_string()))
}

thread_local! {
    static FORMATTERS: RefCell<Vec<(String, Style, Function)>> = const { RefCell::new(Vec::new()) };
}

fn format(instant: &Date, locale: &Locale, style: Style) -> Option<String> {
    if instant.get_time().is_nan() {
        return None;
    }
    let formatter =
        formatter(&locale.tag, style).or_else(|| formatter(locale.lang.tag(), style))?;
    formatter.call1(&JsValue::NULL, instant).ok()?.as_string()
}

/// The bound `format` function of an `Intl.DateTimeFormat`, built once per locale and style.
fn formatter(tag: &str, style: Style) -> Option<Function> {
    let cached = FORMATTERS.with(|cache| {
        cache
            .borrow()
            .iter()
            .find(|(t, s, _)| t == tag && *s == style)
            .map(|(_, _, f)| f.clone())
    });
    if cached.is_some() {
        return cached;
    }
    let options = Object::new();
    let set = |key: &str, value: &str| Reflect::set(&options, &key.into(), &value.into());
    let (date, time) = match style {
        Style::DateTime => (Some("medium"), "medium"),
        Style::Time => (None, "medium"),
        Style::ShortTime => (None, "short"),
        Style::ShortDateTime => (Some("short"), "short"),
    };
    if let Some(date) = date {
        set("dateStyle", date).ok()?;
    }
    set("timeStyle", time).ok()?;
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let constructor: Function = Reflect::get(&intl, &"DateTimeFormat".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let arguments = Array::of2(&JsValue::from_str(tag), &options);
    // `construct` reports a RangeError for a malformed locale instead of throwing through Wasm.
    let instance = Reflect::construct(&constructor, &arguments).ok()?;
    let format: Function = Reflect::get(&instance, &"format".into())
        .ok()?
        .dyn_into()
        .ok()?;
    FORMATTERS.with(|cache| {
        let mut cache = cache.borrow_mut();
        if cache.len() >= 16 {
            cache.clear();
        }
        cache.push((tag.to_owned(), style, format.clone()));
    });
    Some(format)
}
