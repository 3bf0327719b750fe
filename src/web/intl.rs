//! Dates, times and numbers for the agent's language, through the browser's
//! `Intl.DateTimeFormat` and `Intl.NumberFormat`. Formatters are cached per locale and style; a
//! locale the browser refuses falls back to the bare language tag, and a date that does not
//! parse is shown as uContact wrote it.

use std::cell::RefCell;

use js_sys::{Array, Date, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::datetime::{FinishDate, FinishZone};
use crate::i18n::{Category, Locale, Numbers, Plain};

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

/// `finishDate` for display (read in `zone` when it names none): formatted when it parses,
/// verbatim otherwise.
pub fn finish_date(raw: &str, zone: FinishZone, locale: &Locale) -> String {
    finish_instant(raw, zone)
        .and_then(|instant| format(&instant, locale, Style::DateTime))
        .unwrap_or_else(|| raw.to_owned())
}

/// `finishDate` for a line of history: the time alone when it is today, else a short date and
/// time; verbatim when it does not parse.
pub fn finish_date_short(raw: &str, zone: FinishZone, locale: &Locale) -> String {
    let Some(instant) = finish_instant(raw, zone) else {
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

fn finish_instant(raw: &str, zone: FinishZone) -> Option<Date> {
    let date = FinishDate::parse(raw)?.in_zone(zone);
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
    static FORMATTERS: Cache<Style> = const { RefCell::new(Vec::new()) };
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
    cached(&FORMATTERS, tag, style, 16, || {
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
        bound_format("DateTimeFormat", tag, &options)
    })
}

/// Bound `format` functions by locale tag and style, the newest `limit` kept.
type Cache<S> = RefCell<Vec<(String, S, Function)>>;

/// The function cached for `tag` and `style`, or the one `build` makes (then cached).
fn cached<S: Copy + PartialEq + 'static>(
    cache: &'static std::thread::LocalKey<Cache<S>>,
    tag: &str,
    style: S,
    limit: usize,
    build: impl FnOnce() -> Option<Function>,
) -> Option<Function> {
    let found = cache.with(|cache| {
        cache
            .borrow()
            .iter()
            .find(|(t, s, _)| t == tag && *s == style)
            .map(|(_, _, f)| f.clone())
    });
    if found.is_some() {
        return found;
    }
    let format = build()?;
    cache.with(|cache| {
        let mut cache = cache.borrow_mut();
        if cache.len() >= limit {
            cache.clear();
        }
        cache.push((tag.to_owned(), style, format.clone()));
    });
    Some(format)
}

/// The bound `format` of `new Intl[kind](tag, options)`; `None` when the browser has no such
/// constructor. `construct` reports a RangeError for a malformed locale instead of throwing
/// through Wasm.
fn bound_format(kind: &str, tag: &str, options: &Object) -> Option<Function> {
    bound_method(kind, "format", tag, options)
}

/// `method` of a new `Intl.<kind>(tag, options)`, bound to it.
fn bound_method(kind: &str, method: &str, tag: &str, options: &Object) -> Option<Function> {
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let constructor: Function = Reflect::get(&intl, &kind.into()).ok()?.dyn_into().ok()?;
    let arguments = Array::of2(&JsValue::from_str(tag), options);
    let instance = Reflect::construct(&constructor, &arguments).ok()?;
    let method: Function = Reflect::get(&instance, &method.into())
        .ok()?
        .dyn_into()
        .ok()?;
    // `select` and `format` read their instance: bind it, as a getter would.
    Some(method.bind0(&instance))
}

/// How to write a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Number {
    /// A count, with the language's grouping (`20,000`, `20.000`).
    Count,
    /// A share between 0 and 1 as a percentage with at most one decimal (`33.3%`, `33,3 %`).
    Percent,
}

thread_local! {
    static NUMBERS: Cache<Number> = const { RefCell::new(Vec::new()) };
}

/// `value` written for the agent's language; plainly when the browser has no `Intl`.
pub fn number(value: f64, locale: &Locale, style: Number) -> String {
    number_formatter(&locale.tag, style)
        .or_else(|| number_formatter(locale.lang.tag(), style))
        .and_then(|format| format.call1(&JsValue::NULL, &value.into()).ok())
        .and_then(|text| text.as_string())
        .unwrap_or_else(|| match style {
            Number::Count => format!("{value}"),
            Number::Percent => format!("{:.1}%", value * 100.0),
        })
}

fn number_formatter(tag: &str, style: Number) -> Option<Function> {
    cached(&NUMBERS, tag, style, 8, || {
        let options = Object::new();
        if style == Number::Percent {
            Reflect::set(&options, &"style".into(), &"percent".into()).ok()?;
            Reflect::set(&options, &"maximumFractionDigits".into(), &1.into()).ok()?;
        }
        bound_format("NumberFormat", tag, &options)
    })
}

thread_local! {
    static PLURALS: Cache<()> = const { RefCell::new(Vec::new()) };
}

/// Counts as the agent's locale reads them: `Intl.PluralRules` chooses the form, and
/// `Intl.NumberFormat` writes the number (`1,534` in `en`, `1.534` in `es-UY`). Where the
/// browser has neither, the core's CLDR rules for the language stand in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counts(pub Locale);

impl Numbers for Counts {
    fn category(&self, count: u64) -> Category {
        let select = cached(&PLURALS, &self.0.tag, (), 8, || {
            bound_method("PluralRules", "select", &self.0.tag, &Object::new())
        });
        select
            .and_then(|select| select.call1(&JsValue::NULL, &(count as f64).into()).ok())
            .and_then(|name| name.as_string())
            .map_or_else(
                || Plain(self.0.lang).category(count),
                |name| Category::from_name(&name),
            )
    }

    fn number(&self, count: u64) -> String {
        number(count as f64, &self.0, Number::Count)
    }
}

/// How a CSV is written for this locale: its decimal symbol, as the browser's `Intl` writes
/// one and a half, decides the separator (`crate::export::CsvStyle`).
pub fn csv_style(locale: &Locale) -> crate::export::CsvStyle {
    let written = number(1.5, locale, Number::Count);
    match written.chars().find(|c| !c.is_ascii_digit()) {
        Some(decimal) => crate::export::CsvStyle {
            lang: locale.lang,
            decimal,
        },
        None => crate::export::CsvStyle::of_lang(locale.lang),
    }
}

/// The browser's offset from UTC at an instant, in minutes (east positive).
pub fn offset_minutes(millis: u64) -> i64 {
    let offset = Date::new(&JsValue::from_f64(millis as f64)).get_timezone_offset();
    if offset.is_finite() {
        -(offset as i64)
    } else {
        0
    }
}

/// Today at `hh:mm` (local time), as milliseconds since the epoch; `None` unless `time` is a
/// valid `HH:MM` (what `<input type="time">` gives).
pub fn today_at(time: &str) -> Option<u64> {
    let (hours, minutes) = crate::datetime::clock_time(time)?;
    let date = Date::new_0();
    date.set_hours(hours);
    date.set_minutes(minutes);
    date.set_seconds(0);
    date.set_milliseconds(0);
    let millis = date.get_time();
    (millis.is_finite() && millis >= 0.0).then_some(millis as u64)
}
