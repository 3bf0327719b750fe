//! Times as the cockpit shows them: uContact's `finishDate` read by a strict ISO 8601 subset
//! (the browser's `Intl` then formats it for the agent's language), and elapsed durations.

/// A calendar date and time of day as uContact wrote it, with its UTC offset when it gave one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FinishDate {
    pub year: i32,
    /// 1 to 12.
    pub month: u32,
    /// 1 to the length of the month.
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
    pub millisecond: u32,
    /// Minutes east of UTC; `None` for a local time.
    pub offset_minutes: Option<i32>,
}

/// `finishDateZone`: how a `finishDate` written without a zone is read (uContact writes
/// `YYYY-MM-DD HH:mm:ss` and stores UTC; its agent application may show local time). A date that
/// says its zone is read as it says, whatever this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FinishZone {
    /// The agent's local time (the browser's).
    #[default]
    Local,
    /// A fixed offset east of UTC, in minutes (`"UTC"` is 0).
    Offset(i32),
}

impl FinishZone {
    /// `"local"`, `"UTC"`, or an offset `±HH:MM` (up to ±14:00); `None` for anything else.
    pub fn parse(text: &str) -> Option<FinishZone> {
        match text {
            "local" => return Some(FinishZone::Local),
            "UTC" => return Some(FinishZone::Offset(0)),
            _ => {}
        }
        let bytes = text.as_bytes();
        let (sign, rest) = match bytes.split_first()? {
            (b'+', rest) => (1, rest),
            (b'-', rest) => (-1, rest),
            _ => return None,
        };
        let mut cursor = Cursor(rest);
        let hours = cursor.digits(2)?;
        cursor.consume(b':')?;
        let minutes = cursor.digits(2)?;
        let total = hours * 60 + minutes;
        (cursor.is_empty() && minutes <= 59 && total <= 14 * 60)
            .then(|| FinishZone::Offset(sign * i32::try_from(total).unwrap_or(0)))
    }
}

impl FinishDate {
    /// This date with `zone` as its offset when it gave none.
    pub fn in_zone(self, zone: FinishZone) -> FinishDate {
        match (self.offset_minutes, zone) {
            (None, FinishZone::Offset(offset)) => FinishDate {
                offset_minutes: Some(offset),
                ..self
            },
            _ => self,
        }
    }

    /// Reads `YYYY-MM-DD`, optionally followed by `T` or a space, `HH:MM`, `:SS`, a fraction of
    /// up to nine digits, and `Z` or an offset (`±HH:MM`, `±HHMM`, `±HH`). `None` for anything
    /// else, including impossible dates such as February 30th.
    pub fn parse(input: &str) -> Option<FinishDate> {
        let mut cursor = Cursor(input.as_bytes());
        let year = cursor.digits(4)?;
        cursor.consume(b'-')?;
        let month = cursor.digits(2)?;
        cursor.consume(b'-')?;
        let day = cursor.digits(2)?;
        let mut date = FinishDate {
            year: i32::try_from(year).ok()?,
            month,
            day,
            hour: 0,
            minute: 0,
            second: 0,
            millisecond: 0,
            offset_minutes: None,
        };
        if cursor.is_empty() {
            return date.validated();
        }
        match cursor.next()? {
            b'T' | b't' | b' ' => {}
            _ => return None,
        }
        date.hour = cursor.digits(2)?;
        cursor.consume(b':')?;
        date.minute = cursor.digits(2)?;
        if cursor.peek() == Some(b':') {
            cursor.next();
            date.second = cursor.digits(2)?;
            if cursor.peek() == Some(b'.') {
                cursor.next();
                date.millisecond = cursor.fraction_millis()?;
            }
        }
        date.offset_minutes = match cursor.next() {
            None => None,
            Some(b'Z' | b'z') => Some(0),
            Some(sign @ (b'+' | b'-')) => {
                let hours = cursor.digits(2)?;
                if cursor.peek() == Some(b':') {
                    cursor.next();
                }
                let minutes = if cursor.is_empty() {
                    0
                } else {
                    cursor.digits(2)?
                };
                if hours > 23 || minutes > 59 {
                    return None;
                }
                let offset = i32::try_from(hours * 60 + minutes).ok()?;
                Some(if sign == b'-' { -offset } else { offset })
            }
            Some(_) => return None,
        };
        if !cursor.is_empty() {
            return None;
        }
        date.validated()
    }

    fn validated(self) -> Option<FinishDate> {
        let valid = (1..=12).contains(&self.month)
            && (1..=days_in_month(self.year, self.month)).contains(&self.day)
            && self.hour <= 23
            && self.minute <= 59
            && self.second <= 59;
        valid.then_some(self)
    }

    /// Milliseconds since the Unix epoch, when the offset is known.
    pub fn utc_millis(&self) -> Option<i64> {
        let offset = self.offset_minutes?;
        let days = days_from_civil(self.year, self.month, self.day);
        let seconds = days * 86_400
            + i64::from(self.hour) * 3_600
            + i64::from(self.minute) * 60
            + i64::from(self.second)
            - i64::from(offset) * 60;
        Some(seconds * 1_000 + i64::from(self.millisecond))
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days from 1970-01-01 to the given proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let year = i64::from(year) - i64::from(month <= 2);
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month = i64::from(month);
    let day_of_year =
        (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The proleptic Gregorian date of a day count from 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * month_index + 2) / 5 + 1) as u32;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Milliseconds since the Unix epoch as an ISO 8601 UTC timestamp (`2024-05-10T14:33:12.250Z`).
pub fn iso_utc(millis: u64) -> String {
    let millis = i64::try_from(millis).unwrap_or(i64::MAX);
    let (days, in_day) = (millis.div_euclid(86_400_000), millis.rem_euclid(86_400_000));
    let (year, month, day) = civil_from_days(days);
    let (hour, minute) = (in_day / 3_600_000, in_day / 60_000 % 60);
    let (second, milli) = (in_day / 1_000 % 60, in_day % 1_000);
    format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}.{milli:03}Z")
}

/// An instant as ISO 8601 local time to the minute, with its offset from UTC
/// (`2026-11-26T14:00-03:00`).
pub fn iso_local(millis: u64, offset_minutes: i64) -> String {
    let local = i64::try_from(millis)
        .unwrap_or(i64::MAX)
        .saturating_add(offset_minutes.saturating_mul(60_000));
    let (days, in_day) = (local.div_euclid(86_400_000), local.rem_euclid(86_400_000));
    let (year, month, day) = civil_from_days(days);
    let (hour, minute) = (in_day / 3_600_000, in_day / 60_000 % 60);
    let sign = if offset_minutes < 0 { '-' } else { '+' };
    let offset = offset_minutes.unsigned_abs();
    let (offset_hours, offset_rest) = (offset / 60, offset % 60);
    format!(
        "{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}{sign}{offset_hours:02}:{offset_rest:02}"
    )
}

/// `HH:MM` (or `HH:MM:SS`, seconds ignored), as an `<input type="time">` gives it: hours and
/// minutes of a day.
pub fn clock_time(text: &str) -> Option<(u32, u32)> {
    let mut cursor = Cursor(text.as_bytes());
    let hours = cursor.digits(2)?;
    cursor.consume(b':')?;
    let minutes = cursor.digits(2)?;
    if !cursor.is_empty() {
        cursor.consume(b':')?;
        cursor.digits(2)?;
    }
    (cursor.is_empty() && hours < 24 && minutes < 60).then_some((hours, minutes))
}

/// A byte cursor over ASCII input.
struct Cursor<'a>(&'a [u8]);

impl Cursor<'_> {
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn peek(&self) -> Option<u8> {
        self.0.first().copied()
    }

    fn next(&mut self) -> Option<u8> {
        let (&first, rest) = self.0.split_first()?;
        self.0 = rest;
        Some(first)
    }

    fn consume(&mut self, byte: u8) -> Option<()> {
        (self.next()? == byte).then_some(())
    }

    /// Exactly `count` ASCII digits.
    fn digits(&mut self, count: usize) -> Option<u32> {
        (0..count).try_fold(0u32, |value, _| {
            let digit = self.next().filter(u8::is_ascii_digit)?;
            Some(value * 10 + u32::from(digit - b'0'))
        })
    }

    /// One to nine digits of a decimal fraction of a second, as whole milliseconds.
    fn fraction_millis(&mut self) -> Option<u32> {
        let mut millis = 0;
        let mut count = 0;
        while let Some(digit) = self.peek().filter(u8::is_ascii_digit) {
            self.next();
            if count < 3 {
                millis = millis * 10 + u32::from(digit - b'0');
            }
            count += 1;
        }
        if !(1..=9).contains(&count) {
            return None;
        }
        Some(millis * 10u32.pow(3u32.saturating_sub(count)))
    }
}

/// An elapsed time as `m:ss`, or `h:mm:ss` from one hour on.
pub fn format_elapsed(millis: u64) -> String {
    let seconds = millis / 1_000;
    let (hours, minutes, seconds) = (seconds / 3_600, seconds / 60 % 60, seconds % 60);
    if hours > 0 {
        format!("{hours}:{minutes:02}:{seconds:02}")
    } else {
        format!("{minutes}:{seconds:02}")
    }
}

/// An HTTP date in its one current form, IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), as
/// milliseconds since the Unix epoch (a `Retry-After` header). The obsolete forms are refused.
pub fn http_date(text: &str) -> Option<u64> {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let parts: Vec<&str> = text.trim().split(' ').collect();
    let [weekday, day, month, year, time, "GMT"] = parts.as_slice() else {
        return None;
    };
    let number = |part: &str, len: usize| -> Option<u32> {
        (part.len() == len && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse().ok())
            .flatten()
    };
    if weekday.len() != 4 || !weekday.ends_with(',') {
        return None;
    }
    let month = MONTHS.iter().position(|m| m == month)? as u32 + 1;
    let (day, year) = (number(day, 2)?, number(year, 4)? as i32);
    let clock: Vec<&str> = time.split(':').collect();
    let [hour, minute, second] = clock.as_slice() else {
        return None;
    };
    let (hour, minute, second) = (number(hour, 2)?, number(minute, 2)?, number(second, 2)?);
    if day == 0 || day > days_in_month(year, month) || hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let days = days_from_civil(year, month, day);
    let seconds = days * 86_400 + i64::from(hour * 3_600 + minute * 60 + second);
    u64::try_from(seconds).ok()?.checked_mul(1_000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[allow(clippy::too_many_arguments)]
    fn date(
        y: i32,
        mo: u32,
        d: u32,
        h: u32,
        mi: u32,
        s: u32,
        ms: u32,
        off: Option<i32>,
    ) -> FinishDate {
        FinishDate {
            year: y,
            month: mo,
            day: d,
            hour: h,
            minute: mi,
            second: s,
            millisecond: ms,
            offset_minutes: off,
        }
    }

    #[test]
    fn reads_the_forms_ucontact_and_iso_use() {
        let table = [
            ("2024-05-10", date(2024, 5, 10, 0, 0, 0, 0, None)),
            ("2024-05-10 14:33", date(2024, 5, 10, 14, 33, 0, 0, None)),
            (
                "2024-05-10 14:33:12",
                date(2024, 5, 10, 14, 33, 12, 0, None),
            ),
            (
                "2024-05-10T14:33:12Z",
                date(2024, 5, 10, 14, 33, 12, 0, Some(0)),
            ),
            (
                "2024-05-10T14:33:12.5Z",
                date(2024, 5, 10, 14, 33, 12, 500, Some(0)),
            ),
            (
                "2024-05-10T14:33:12.123456789+00:00",
                date(2024, 5, 10, 14, 33, 12, 123, Some(0)),
            ),
            (
                "2024-05-10T14:33:12-03:00",
                date(2024, 5, 10, 14, 33, 12, 0, Some(-180)),
            ),
            (
                "2024-05-10T14:33:12+0530",
                date(2024, 5, 10, 14, 33, 12, 0, Some(330)),
            ),
            (
                "2024-05-10T14:33+02",
                date(2024, 5, 10, 14, 33, 0, 0, Some(120)),
            ),
            ("2024-02-29 00:00", date(2024, 2, 29, 0, 0, 0, 0, None)),
            // Limits, exactly at: the last minute and second, the widest offsets, the 29th of
            // February of a year divisible by 400.
            (
                "2024-12-31 23:59:59",
                date(2024, 12, 31, 23, 59, 59, 0, None),
            ),
            (
                "2024-05-10T14:33:12+23:59",
                date(2024, 5, 10, 14, 33, 12, 0, Some(1_439)),
            ),
            (
                "2024-05-10T14:33:12-23:59",
                date(2024, 5, 10, 14, 33, 12, 0, Some(-1_439)),
            ),
            ("2000-02-29", date(2000, 2, 29, 0, 0, 0, 0, None)),
            ("2400-02-29", date(2400, 2, 29, 0, 0, 0, 0, None)),
        ];
        for (input, expected) in table {
            assert_eq!(FinishDate::parse(input), Some(expected), "{input}");
        }
    }

    #[test]
    fn refuses_everything_else() {
        for input in [
            "",
            "yesterday",
            "10/05/2024 14:33",
            "2024-5-10",
            "2024-05-10T",
            "2024-05-10 14",
            "2024-05-10 14:33:1",
            "2024-05-10 14:33:12.",
            "2024-05-10 14:33:12.1234567890",
            "2024-05-10 24:00",
            "2024-05-10 23:60",
            "2024-05-10 23:59:60",
            "2023-02-29",
            "2024-13-01",
            "2024-00-01",
            "2024-04-31",
            "2024-05-10T14:33:12+24:00",
            "2024-05-10T14:33:12+23:60",
            "2024-05-10T14:33:12-00:60",
            // Century years are leap years only when divisible by 400.
            "1900-02-29",
            "2100-02-29",
            "2023-02-29",
            "2024-05-10T14:33:12+01:0",
            "2024-05-10T14:33:12ZZ",
            "2024-05-10T14:33:12 ",
            "２０２４-05-10",
            "<b>2024-05-10</b>",
        ] {
            assert_eq!(FinishDate::parse(input), None, "{input:?}");
        }
    }

    #[test]
    fn utc_millis_matches_known_instants() {
        let at = |s: &str| FinishDate::parse(s).and_then(|d| d.utc_millis());
        assert_eq!(at("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(at("2000-03-01T00:00:00Z"), Some(951_868_800_000));
        assert_eq!(at("2024-05-10T14:33:12.250-03:00"), Some(1_715_362_392_250));
        assert_eq!(at("1969-12-31T23:59:59Z"), Some(-1_000));
        assert_eq!(
            at("2024-05-10 14:33"),
            None,
            "a local time has no UTC instant"
        );
    }

    #[test]
    fn iso_utc_reads_back_as_the_same_instant() {
        assert_eq!(iso_utc(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(iso_utc(1_715_362_392_250), "2024-05-10T17:33:12.250Z");
        assert_eq!(iso_utc(951_782_400_000), "2000-02-29T00:00:00.000Z");
        for millis in [
            1u64,
            86_399_999,
            4_102_444_800_000,
            253_402_300_799_999,
            1_709_251_199_999,
        ] {
            let back = FinishDate::parse(&iso_utc(millis)).and_then(|d| d.utc_millis());
            assert_eq!(back, i64::try_from(millis).ok(), "{millis}");
        }
    }

    #[test]
    fn every_day_from_1970_to_2500_converts_both_ways() {
        // Through the leap days of 2000 (divisible by 400), the missing ones of 2100, 2200 and
        // 2300, and the last day of each 400-year era: the day count of each date, as
        // `utc_millis` computes it, is a day after the previous date's, and writes back as it.
        let mut expected_days = 0i64;
        for year in 1970..=2500 {
            for month in 1..=12 {
                for day in 1..=days_in_month(year, month) {
                    let text = format!("{year:04}-{month:02}-{day:02}");
                    let millis = FinishDate::parse(&format!("{text}T00:00Z"))
                        .and_then(|d| d.utc_millis())
                        .unwrap_or(-1);
                    assert_eq!(millis, expected_days * 86_400_000, "{text}");
                    assert!(iso_utc(millis as u64).starts_with(&text), "{text}");
                    expected_days += 1;
                }
            }
        }
        let leap = |year| is_leap(year).then_some(year);
        let leaps: Vec<i32> = [1900, 1996, 2000, 2023, 2024, 2100, 2400]
            .into_iter()
            .filter_map(leap)
            .collect();
        assert_eq!(leaps, [1996, 2000, 2024, 2400]);
    }

    #[test]
    fn iso_local_shows_the_local_minute_and_its_offset() {
        // 2024-05-10T17:33:12.250Z
        let at = 1_715_362_392_250;
        for (offset, expected) in [
            (0, "2024-05-10T17:33+00:00"),
            (-180, "2024-05-10T14:33-03:00"),
            (330, "2024-05-10T23:03+05:30"),
            (-600, "2024-05-10T07:33-10:00"),
            (420, "2024-05-11T00:33+07:00"),
        ] {
            assert_eq!(iso_local(at, offset), expected, "{offset}");
            let back =
                FinishDate::parse(&format!("{}:00", &expected[..16])).map(|d| (d.hour, d.minute));
            assert!(back.is_some(), "{expected} reads back");
        }
        assert_eq!(iso_local(0, -60), "1969-12-31T23:00-01:00");
    }

    #[test]
    fn clock_times_are_hours_and_minutes_of_a_day() {
        for (text, expected) in [
            ("00:00", Some((0, 0))),
            ("09:05", Some((9, 5))),
            ("23:59", Some((23, 59))),
            ("14:30:15", Some((14, 30))),
            ("24:00", None),
            ("12:60", None),
            ("9:05", None),
            ("09:5", None),
            ("09-05", None),
            ("09:05:", None),
            ("09:05 ", None),
            ("", None),
            ("１２:００", None),
        ] {
            assert_eq!(clock_time(text), expected, "{text:?}");
        }
    }

    #[test]
    fn elapsed_reads_like_a_stopwatch() {
        assert_eq!(format_elapsed(0), "0:00");
        assert_eq!(format_elapsed(999), "0:00");
        assert_eq!(format_elapsed(61_000), "1:01");
        // Minutes and seconds apart, so neither can stand for the other.
        assert_eq!(format_elapsed(125_000), "2:05");
        assert_eq!(format_elapsed(3_725_000), "1:02:05");
        assert_eq!(format_elapsed(59_999), "0:59");
        assert_eq!(format_elapsed(60_000), "1:00");
        assert_eq!(format_elapsed(3_599_000), "59:59");
        assert_eq!(format_elapsed(3_600_000), "1:00:00");
        assert_eq!(format_elapsed(36_061_000), "10:01:01");
    }

    #[test]
    fn finish_date_zone_reads_local_utc_or_an_offset() {
        let table = [
            ("local", Some(FinishZone::Local)),
            ("UTC", Some(FinishZone::Offset(0))),
            ("-03:00", Some(FinishZone::Offset(-180))),
            ("+05:30", Some(FinishZone::Offset(330))),
            ("+14:00", Some(FinishZone::Offset(840))),
            ("-00:00", Some(FinishZone::Offset(0))),
            ("+14:01", None),
            ("-03", None),
            ("-0300", None),
            ("03:00", None),
            ("utc", None),
            ("Local", None),
            ("America/Montevideo", None),
            ("", None),
            ("-03:60", None),
        ];
        for (text, zone) in table {
            assert_eq!(FinishZone::parse(text), zone, "{text}");
        }
    }

    #[test]
    fn a_zoneless_finish_date_takes_the_configured_zone_and_a_zoned_one_keeps_its_own() {
        let at = |raw: &str, zone| FinishDate::parse(raw).map(|d| d.in_zone(zone).utc_millis());
        let noon_utc = Some(Some(1_764_676_800_000));
        let table = [
            ("2025-12-02 12:00:00", FinishZone::Offset(0), noon_utc),
            ("2025-12-02 09:00:00", FinishZone::Offset(-180), noon_utc),
            ("2025-12-02 12:00:00", FinishZone::Local, Some(None)),
            ("2025-12-02T12:00:00Z", FinishZone::Offset(-180), noon_utc),
            ("2025-12-02T09:00:00-03:00", FinishZone::Local, noon_utc),
            ("2025-12-02T09:00:00-03:00", FinishZone::Offset(0), noon_utc),
            ("yesterday", FinishZone::Offset(0), None),
        ];
        for (raw, zone, expected) in table {
            assert_eq!(at(raw, zone), expected, "{raw} in {zone:?}");
        }
    }
}
