//! Every text the cockpit shows, in English, Spanish and Portuguese, and how a language code
//! from uContact (`es-UY`, `pt-BR`, `fr`) selects one of them.
//!
//! Each language is one [`Texts`] value; a missing text is a compile error, an empty one or a
//! mismatched `{placeholder}` fails the tests.

use std::rc::Rc;

use crate::config::{ConfigError, Expected};
use crate::origin::UrlProblem;
use crate::protocol::{DialErrors, FieldError, Kind, Problem, Rejected};
use crate::screen_pop::{PLACEHOLDERS, TemplateProblem};
use crate::stored::{StorageNotice, StoredError};

/// A language the cockpit speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Es,
    Pt,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Es, Lang::Pt];

    /// The language for a code: its primary subtag decides (`es-UY` is Spanish, `pt_BR`
    /// Portuguese), case-insensitively; any other language falls back to English.
    pub fn from_code(code: &str) -> Lang {
        Lang::recognise(code).unwrap_or_default()
    }

    /// The language a code names, if the cockpit speaks it.
    pub fn recognise(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next().unwrap_or_default();
        Lang::ALL
            .into_iter()
            .find(|lang| primary.eq_ignore_ascii_case(lang.tag()))
    }

    /// The primary language tag (`en`, `es`, `pt`).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Pt => "pt",
        }
    }

    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::En => &EN,
            Lang::Es => &ES,
            Lang::Pt => &PT,
        }
    }
}

/// A language and the locale to format dates with: the code uContact sent when it names a
/// language the cockpit speaks (`es-UY` keeps Uruguayan date formats), else the bare tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locale {
    pub lang: Lang,
    /// Shared: every row of the panel holds the locale, and copying it costs a count.
    pub tag: Rc<str>,
}

impl Locale {
    /// The locale for a language code (see [`Lang::from_code`]).
    pub fn from_code(code: &str) -> Locale {
        Locale::recognise(code).unwrap_or_default()
    }

    fn recognise(code: &str) -> Option<Locale> {
        Lang::recognise(code).map(|lang| Locale {
            lang,
            tag: Rc::from(code.replace('_', "-")),
        })
    }

    /// The first of the browser's preferred languages the cockpit speaks, else English.
    pub fn preferred<'a>(codes: impl IntoIterator<Item = &'a str>) -> Locale {
        codes
            .into_iter()
            .find_map(Locale::recognise)
            .unwrap_or_default()
    }
}

impl Default for Locale {
    fn default() -> Self {
        Locale {
            lang: Lang::En,
            tag: Rc::from("en"),
        }
    }
}

/// Replaces each `{name}` in `template` with its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_owned(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

mod en;
mod es;
mod pt;

pub use en::EN;
pub use es::ES;
pub use pt::PT;

macro_rules! texts {
    (
        $($(#[doc = $doc:literal])* $key:ident,)*
        ; plurals: $($(#[doc = $pdoc:literal])* $plural:ident,)*
    ) => {
        /// The cockpit's texts in one language.
        #[derive(Debug)]
        pub struct Texts {
            $($(#[doc = $doc])* pub $key: &'static str,)*
            $($(#[doc = $pdoc])* pub $plural: Plural,)*
        }

        impl Texts {
            /// Every text with its key, for the completeness tests.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($key), self.$key),)*]
            }

            /// Every text with a count, with its key.
            pub fn plurals(&self) -> Vec<(&'static str, Plural)> {
                vec![$((stringify!($plural), self.$plural),)*]
            }
        }
    };
}

/// A plural category of CLDR, as `Intl.PluralRules.prototype.select` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Category {
    /// The category a name gives; anything unknown is `Other`.
    pub fn from_name(name: &str) -> Category {
        match name {
            "zero" => Category::Zero,
            "one" => Category::One,
            "two" => Category::Two,
            "few" => Category::Few,
            "many" => Category::Many,
            _ => Category::Other,
        }
    }
}

/// How counts read in the agent's locale: which plural form a count takes, and the count as
/// the locale writes numbers. The cockpit asks the browser (`Intl.PluralRules`,
/// `Intl.NumberFormat`); [`Plain`] stands in where there is no browser.
pub trait Numbers {
    fn category(&self, count: u64) -> Category;
    fn number(&self, count: u64) -> String;
}

/// CLDR's cardinal rules for English, Spanish and Portuguese (Brazil) and each language's own
/// digit grouping, without a browser: for native code and tests. The browser's `Intl` is what
/// the cockpit uses (it knows `es-MX` from `es-UY`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plain(pub Lang);

impl Numbers for Plain {
    fn category(&self, count: u64) -> Category {
        let million = count != 0 && count.is_multiple_of(1_000_000);
        match self.0 {
            Lang::En if count == 1 => Category::One,
            Lang::Es if count == 1 => Category::One,
            Lang::Pt if count <= 1 => Category::One,
            Lang::Es | Lang::Pt if million => Category::Many,
            _ => Category::Other,
        }
    }

    fn number(&self, count: u64) -> String {
        let digits = count.to_string();
        let (separator, least) = match self.0 {
            Lang::En => (',', 4),
            // Spanish groups from five digits (1534, 12.345), as CLDR's `es` does.
            Lang::Es => ('.', 5),
            Lang::Pt => ('.', 4),
        };
        if digits.len() < least {
            return digits;
        }
        let mut out = String::with_capacity(digits.len() + digits.len() / 3);
        for (index, digit) in digits.chars().enumerate() {
            if index > 0 && (digits.len() - index).is_multiple_of(3) {
                out.push(separator);
            }
            out.push(digit);
        }
        out
    }
}

/// A text with a count, in each form the count may take: `one` and `other` (CLDR's), and
/// `zero` where none reads better than the number (it is used for 0 whatever the category:
/// Portuguese puts 0 in "one"). `{count}` is the count as the locale writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plural {
    pub zero: Option<&'static str>,
    pub one: &'static str,
    pub other: &'static str,
}

impl Plural {
    /// The form for `count`, filled.
    pub fn of(&self, count: u64, numbers: &dyn Numbers) -> String {
        self.of_with(count, numbers, &[])
    }

    /// The form for `count`, filled with `{count}` and `values`.
    pub fn of_with(&self, count: u64, numbers: &dyn Numbers, values: &[(&str, &str)]) -> String {
        let form = match (self.zero, numbers.category(count)) {
            (Some(zero), _) if count == 0 => zero,
            (_, Category::One) => self.one,
            _ => self.other,
        };
        let number = numbers.number(count);
        let mut all = vec![("count", number.as_str())];
        all.extend_from_slice(values);
        fill(form, &all)
    }

    /// Every form, for the completeness tests.
    pub fn forms(&self) -> Vec<&'static str> {
        self.zero
            .into_iter()
            .chain([self.one, self.other])
            .collect()
    }
}

texts! {
    app_title,
    frame_title,
    panel_label,
    collapse_panel,
    expand_panel,
    loading,
    simulator_notice,
    active_heading,
    active_empty,
    history_heading,
    history_empty,
    /// `{from}`, `{to}`, `{total}`
    history_range,
    history_newer,
    history_older,
    field_guid,
    field_campaign,
    field_channel,
    direction_inbound,
    direction_outbound,
    field_client_id,
    field_elapsed,
    field_finished,
    not_finished,
    unknown_value,
    disposition,
    disposition_comment,
    disposition_levels,
    missing_level,
    dial_heading,
    dial_submit,
    dial_unavailable,
    dial_empty,
    /// `{max}`
    dial_too_long,
    dial_control,
    inspector_heading,
    inspector_empty,
    inspector_accepted,
    inspector_rejected,
    /// `{origin}`
    reason_wrong_origin,
    reason_wrong_source,
    reason_unreadable,
    /// `{kind}`
    reason_not_object,
    /// `{name}`
    reason_unknown_event,
    /// `{field}`, `{problem}`
    reason_field,
    problem_missing,
    /// `{expected}`, `{found}`
    problem_wrong_type,
    /// `{max}`
    problem_too_long,
    /// `{max}`
    problem_too_many,
    problem_empty,
    problem_invalid_text,
    problem_bad_color,
    problem_bad_language,
    kind_undefined,
    kind_null,
    kind_boolean,
    kind_number,
    kind_string,
    kind_array,
    kind_object,
    kind_other,
    expected_text,
    expected_boolean,
    expected_object,
    expected_text_list,
    expected_relay_mode,
    config_error_title,
    config_error_help,
    /// `{detail}`
    config_unreachable,
    /// `{status}`
    config_http_status,
    /// `{url}`
    config_missing,
    config_html,
    /// `{max}`
    config_too_large,
    /// `{line}`, `{column}`
    config_not_json,
    config_not_object,
    /// `{key}`, `{known}`
    config_unknown_key,
    config_missing_url,
    /// `{key}`, `{expected}`
    config_wrong_type,
    /// `{url}`, `{problem}`
    config_bad_url,
    /// `{key}`, `{max}`
    config_too_many,
    /// `{key}`, `{index}`
    config_bad_suggestion,
    /// `{key}`, `{min}`, `{max}`
    config_out_of_range,
    url_too_long,
    url_invalid_characters,
    url_not_absolute,
    url_scheme,
    url_credentials,
    url_missing_host,
    url_bad_host,
    url_ipv6,
    url_non_ascii_host,
    url_bad_port,
    panic_title,
    panic_body,
    panic_reload,
    panic_repeated,
    panic_detail,
    silence_title,
    /// `{origin}`
    silence_body,
    silence_reload,
    storage_blocked,
    storage_too_large,
    storage_not_json,
    storage_foreign,
    /// `{version}`
    storage_version,
    /// `{field}`
    storage_corrupt,
    restored,
    /// `{minutes}`
    orphaned,
    search_label,
    search_placeholder,
    export_csv,
    export_json,
    follower_title,
    follower_gone,
    follower_body,
    take_over,
    taking_over,
    csv_status,
    csv_guid,
    csv_channel_name,
    csv_direction,
    csv_assigned_at,
    csv_finish_date,
    csv_finished_at,
    csv_handle_seconds,
    csv_wrap_up_seconds,
    csv_restored,
    csv_comments,
    csv_levels,
    csv_active,
    csv_finished,
    csv_reported,
    csv_yes,
    csv_no,
    show_details,
    copy_client,
    copied,
    copy_failed,
    call_again,
    open_crm,
    field_assigned,
    field_handle,
    field_wrap_up,
    dials_heading,
    dial_pending,
    dial_pending_silent,
    dial_answered,
    dial_not_answered,
    dial_not_sent,
    /// `{seconds}`
    dial_reason_timeout,
    dial_reason_unheard,
    dial_show,
    dial_retry,
    dial_duplicate,
    dial_too_many,
    dial_confirm_title,
    /// `{page}`, `{client}`, `{campaign}`, `{channel}`
    dial_confirm_body,
    dial_confirm_call,
    dial_confirm_decline,
    /// `{page}`
    dial_from_page,
    dial_declined,
    dial_unconfirmed,
    notify_enable,
    notify_on,
    notify_off,
    notify_denied,
    notification_title,
    popup_blocked,
    dismiss,
    cancel,
    take_over_confirm,
    take_over_anyway,
    follower_gone_body,
    take_charge_now,
    took_charge,
    lock_stolen,
    locks_refused,
    end_shift,
    end_shift_title,
    /// `{active}`, `{finished}`
    end_shift_body,
    end_shift_confirm,
    end_shift_wait,
    shift_ended,
    shift_stored_title,
    /// `{when}`
    shift_stored_body,
    shift_continue,
    shift_end_stored,
    storage_partial_unknown,
    storage_rewritten,
    /// `{event}`, `{reason}`
    lost_notice,
    problem_not_an_id,
    config_missing_screen_pop_url,
    config_bad_zone,
    /// `{key}`
    config_bad_hubspot,
    /// `{index}`
    config_bad_hubspot_origin,
    /// `{key}`
    config_bad_forward,
    /// `{url}`, `{problem}`
    config_bad_forward_url,
    /// `{url}`
    config_forward_not_secure,
    /// `{url}`, `{problem}`
    config_bad_screen_pop,
    template_placeholder_in_origin,
    /// `{name}`, `{known}`
    template_unknown_placeholder,
    template_unbalanced,
    /// `{max}`
    config_bad_label,
    /// `{min}`, `{max}`
    config_bad_attention,
    /// `{index}`
    config_unknown_permission,
    coerced_note,
    host_not_in_charge,
    /// `{seconds}`
    relay_no_answer,
    element_duplicate,
    /// `{key}`
    config_bad_dial_default,
    /// `{index}`
    config_bad_host_origin,
    /// `{origin}`
    framed_unlisted,
    framed_unintroduced,
    hubspot_not_connected,
    /// `{client}`
    hubspot_log_failed,
    hubspot_end_call,
    hubspot_refused,
    hubspot_bad_number,
    hubspot_logged,
    hubspot_logging,
    hubspot_not_logged,
    /// `{status}`
    forward_refused,
    forward_unsaved,
    /// `{origin}`: the collector's origin.
    inspector_forward,
    /// `{time}`
    forward_retrying,
    forward_error_network,
    /// `{status}`
    forward_error_status,
    /// `{first}`, `{second}`
    silence_origins,
    remote_title,
    remote_body,
    remote_take_over,
    remote_no_channel,
    pop_out,
    pop_out_title,
    /// The panel's button that opens the shift report.
    report_button,
    report_heading,
    report_close,
    /// Label of the time from which the report counts.
    report_from,
    report_from_hint,
    report_scope_shift,
    report_scope_since,
    report_print,
    report_export,
    report_handled,
    report_active,
    report_orphaned,
    report_reported_only,
    report_by_channel,
    report_by_campaign,
    report_times,
    report_dispositions,
    report_per_hour,
    report_dials,
    report_dials_sent,
    /// The report's count of dials uContact answered with an interaction.
    report_dials_answered,
    report_dials_not_answered,
    report_dials_not_sent,
    report_dials_pending,
    /// Column: how many interactions.
    report_count,
    /// Column: the share of the whole, in percent.
    report_share,
    report_hour,
    report_median,
    report_p90,
    report_mean,
    /// Column: interactions without a known time.
    report_unknown_times,
    /// Row of the times table: every channel.
    report_all,
    /// A channel or campaign never reported (the interaction was first seen finished).
    report_unknown,
    /// A disposition without levels.
    report_no_level,
    report_empty,
    /// Accessible name of a chart; the table after it has the same figures.
    report_chart,
    report_times_note,
    /// CSV: the line that starts each table.
    report_csv_section,
    report_csv_hour,
    /// CSV column of a time, in seconds.
    report_csv_seconds,
    report_csv_share,
    /// CSV column of the disposition tree: a level's depth.
    report_csv_level,
    /// CSV column of the disposition tree: the level values from the first.
    report_csv_path,
    report_csv_figure,
    report_csv_value,
    report_csv_scope,
    shortcuts_button,
    shortcuts_heading,
    shortcuts_note,
    shortcut_search,
    shortcut_dial,
    shortcut_report,
    shortcut_next,
    shortcut_previous,
    shortcut_help,
    close,
    ; plurals:
    /// The panel bar's count of active interactions.
    active_count,
    search_results,
    /// Messages accepted (the message inspector).
    inspector_accepted_count,
    inspector_rejected_count,
    inspector_coerced,
    storage_full,
    /// `{hours}` too.
    storage_expired,
    storage_partial,
    follower_active,
    /// What End shift deletes: `{active}` of `end_shift_body`.
    end_shift_active,
    /// `{finished}` of `end_shift_body`.
    end_shift_finished,
    /// The collapsed panel's badge: interactions that arrived while it was collapsed.
    rail_unseen,
    /// Events dropped from a full outbox.
    forward_dropped,
    /// `{hours}` too.
    forward_expired,
    forward_unreadable,
    /// The inspector: events not yet delivered.
    forward_queued,
    forward_delivered,
    /// End shift, when events wait for the back end.
    end_shift_undelivered,
}

impl Texts {
    /// Why a message was rejected, for the inspector.
    pub fn rejection(&self, rejected: &Rejected) -> String {
        match rejected {
            Rejected::WrongOrigin(origin) => fill(self.reason_wrong_origin, &[("origin", origin)]),
            Rejected::WrongSource => self.reason_wrong_source.to_owned(),
            Rejected::Unreadable => self.reason_unreadable.to_owned(),
            Rejected::NotAnObject(kind) => {
                fill(self.reason_not_object, &[("kind", self.kind(*kind))])
            }
            Rejected::UnknownEvent(name) => fill(self.reason_unknown_event, &[("name", name)]),
            Rejected::Field { field, problem } => fill(
                self.reason_field,
                &[("field", field), ("problem", &self.problem(problem))],
            ),
        }
    }

    fn problem(&self, problem: &Problem) -> String {
        match problem {
            Problem::Missing => self.problem_missing.to_owned(),
            Problem::WrongType { expected, found } => fill(
                self.problem_wrong_type,
                &[
                    ("expected", self.kind(*expected)),
                    ("found", self.kind(*found)),
                ],
            ),
            Problem::TooLong { max } => fill(self.problem_too_long, &[("max", &max.to_string())]),
            Problem::TooMany { max } => fill(self.problem_too_many, &[("max", &max.to_string())]),
            Problem::Empty => self.problem_empty.to_owned(),
            Problem::InvalidText => self.problem_invalid_text.to_owned(),
            Problem::BadColor => self.problem_bad_color.to_owned(),
            Problem::BadLanguage => self.problem_bad_language.to_owned(),
            Problem::NotAnId => self.problem_not_an_id.to_owned(),
            Problem::AlreadyPending => self.dial_duplicate.to_owned(),
        }
    }

    /// What is wrong with one field of the dial form.
    pub fn dial_error(&self, error: FieldError) -> String {
        match error {
            FieldError::Empty => self.dial_empty.to_owned(),
            FieldError::TooLong { max } => fill(self.dial_too_long, &[("max", &max.to_string())]),
            FieldError::ControlCharacter => self.dial_control.to_owned(),
        }
    }

    /// What is wrong with a dial request, field by field, as the dial form says it
    /// (`Campaign: Required. Channel: Required.`).
    pub fn dial_errors(&self, errors: &DialErrors) -> String {
        [
            (self.field_campaign, errors.campaign),
            (self.field_channel, errors.channel),
            (self.field_client_id, errors.client_id),
        ]
        .into_iter()
        .filter_map(|(label, error)| {
            error.map(|error| {
                fill(
                    "{label}: {error}",
                    &[("label", label), ("error", &self.dial_error(error))],
                )
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
    }

    /// What is wrong with the configuration, for the error page.
    pub fn config_error(&self, error: &ConfigError) -> String {
        match error {
            ConfigError::Unreachable(detail) => {
                fill(self.config_unreachable, &[("detail", detail)])
            }
            ConfigError::HttpStatus(status) => {
                fill(self.config_http_status, &[("status", &status.to_string())])
            }
            ConfigError::Missing(url) => fill(self.config_missing, &[("url", url)]),
            ConfigError::HtmlInsteadOfJson => self.config_html.to_owned(),
            ConfigError::TooLarge { max_bytes } => {
                fill(self.config_too_large, &[("max", &max_bytes.to_string())])
            }
            ConfigError::NotJson { line, column } => fill(
                self.config_not_json,
                &[("line", &line.to_string()), ("column", &column.to_string())],
            ),
            ConfigError::NotAnObject => self.config_not_object.to_owned(),
            ConfigError::UnknownKey { key, known } => fill(
                self.config_unknown_key,
                &[("key", key), ("known", &known.join(", "))],
            ),
            ConfigError::MissingUrl => self.config_missing_url.to_owned(),
            ConfigError::WrongType { key, expected } => fill(
                self.config_wrong_type,
                &[("key", key), ("expected", self.expected(*expected))],
            ),
            ConfigError::BadUrl { url, problem } => fill(
                self.config_bad_url,
                &[("url", url), ("problem", self.url_problem(*problem))],
            ),
            ConfigError::TooManySuggestions { key, max } => fill(
                self.config_too_many,
                &[("key", key), ("max", &max.to_string())],
            ),
            ConfigError::OutOfRange { key, min, max } => fill(
                self.config_out_of_range,
                &[
                    ("key", key),
                    ("min", &min.to_string()),
                    ("max", &max.to_string()),
                ],
            ),
            ConfigError::BadSuggestion { key, index } => fill(
                self.config_bad_suggestion,
                &[("key", key), ("index", &index.to_string())],
            ),
            ConfigError::MissingScreenPopUrl => self.config_missing_screen_pop_url.to_owned(),
            ConfigError::BadZone => self.config_bad_zone.to_owned(),
            ConfigError::BadHubSpot { key } => fill(self.config_bad_hubspot, &[("key", key)]),
            ConfigError::BadHubSpotOrigin { index } => fill(
                self.config_bad_hubspot_origin,
                &[("index", &index.to_string())],
            ),
            ConfigError::BadForward { key } => fill(self.config_bad_forward, &[("key", key)]),
            ConfigError::BadForwardUrl { url, problem } => fill(
                self.config_bad_forward_url,
                &[("url", url), ("problem", self.url_problem(*problem))],
            ),
            ConfigError::ForwardNotSecure { url } => {
                fill(self.config_forward_not_secure, &[("url", url)])
            }
            ConfigError::BadScreenPop { url, problem } => {
                let problem = match problem {
                    TemplateProblem::Url(problem) => self.url_problem(*problem).to_owned(),
                    TemplateProblem::PlaceholderInOrigin => {
                        self.template_placeholder_in_origin.to_owned()
                    }
                    TemplateProblem::UnknownPlaceholder(name) => fill(
                        self.template_unknown_placeholder,
                        &[("name", name), ("known", &PLACEHOLDERS.join(", "))],
                    ),
                    TemplateProblem::UnbalancedBrace => self.template_unbalanced.to_owned(),
                };
                fill(
                    self.config_bad_screen_pop,
                    &[("url", url), ("problem", &problem)],
                )
            }
            ConfigError::BadLabel { max } => {
                fill(self.config_bad_label, &[("max", &max.to_string())])
            }
            ConfigError::BadAttention { min, max } => fill(
                self.config_bad_attention,
                &[("min", &min.to_string()), ("max", &max.to_string())],
            ),
            ConfigError::UnknownPermission { index } => fill(
                self.config_unknown_permission,
                &[("index", &index.to_string())],
            ),
            ConfigError::BadDialDefault { key } => {
                fill(self.config_bad_dial_default, &[("key", key)])
            }
            ConfigError::BadHostOrigin { index } => fill(
                self.config_bad_host_origin,
                &[("index", &index.to_string())],
            ),
        }
    }

    /// What the agent is told about storage; counts as `numbers` writes them.
    pub fn storage_notice(&self, notice: &StorageNotice, numbers: &dyn Numbers) -> String {
        match notice {
            StorageNotice::Discarded(error) => match error {
                StoredError::TooLarge => self.storage_too_large.to_owned(),
                StoredError::NotJson => self.storage_not_json.to_owned(),
                StoredError::Foreign => self.storage_foreign.to_owned(),
                StoredError::Version(version) => {
                    fill(self.storage_version, &[("version", &version.to_string())])
                }
                StoredError::Corrupt(field) => fill(self.storage_corrupt, &[("field", field)]),
            },
            StorageNotice::Blocked => self.storage_blocked.to_owned(),
            StorageNotice::Full { dropped } => self.storage_full.of(*dropped as u64, numbers),
            StorageNotice::Expired { count, hours } => self.storage_expired.of_with(
                *count as u64,
                numbers,
                &[("hours", &numbers.number(u64::from(*hours)))],
            ),
            StorageNotice::Partial { lost: 0 } => self.storage_partial_unknown.to_owned(),
            StorageNotice::Partial { lost } => self.storage_partial.of(*lost as u64, numbers),
            StorageNotice::Rewritten => self.storage_rewritten.to_owned(),
        }
    }

    /// A kind of value, as a message or `config.json` had it.
    pub fn kind(&self, kind: Kind) -> &'static str {
        match kind {
            Kind::Undefined => self.kind_undefined,
            Kind::Null => self.kind_null,
            Kind::Bool => self.kind_boolean,
            Kind::Number => self.kind_number,
            Kind::String => self.kind_string,
            Kind::Array => self.kind_array,
            Kind::Object => self.kind_object,
            Kind::Other => self.kind_other,
        }
    }

    /// What a key of `config.json` must be.
    pub fn expected(&self, expected: Expected) -> &'static str {
        match expected {
            Expected::Text => self.expected_text,
            Expected::Boolean => self.expected_boolean,
            Expected::Object => self.expected_object,
            Expected::TextList => self.expected_text_list,
            Expected::RelayMode => self.expected_relay_mode,
        }
    }

    fn url_problem(&self, problem: UrlProblem) -> &'static str {
        match problem {
            UrlProblem::TooLong => self.url_too_long,
            UrlProblem::InvalidCharacters => self.url_invalid_characters,
            UrlProblem::NotAbsolute => self.url_not_absolute,
            UrlProblem::UnsupportedScheme => self.url_scheme,
            UrlProblem::Credentials => self.url_credentials,
            UrlProblem::MissingHost => self.url_missing_host,
            UrlProblem::BadHost => self.url_bad_host,
            UrlProblem::Ipv6 => self.url_ipv6,
            UrlProblem::NonAsciiHost => self.url_non_ascii_host,
            UrlProblem::BadPort => self.url_bad_port,
        }
    }
}

#[cfg(test)]
mod tests;
