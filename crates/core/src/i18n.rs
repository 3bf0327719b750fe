//! Every text the cockpit shows, in English, Spanish and Portuguese, and how a language code
//! from uContact (`es-UY`, `pt-BR`, `fr`) selects one of them.
//!
//! Each language is one [`Texts`] value; a missing text is a compile error, an empty one or a
//! mismatched `{placeholder}` fails the tests.

use std::rc::Rc;

use crate::config::ConfigError;
use crate::origin::UrlProblem;
use crate::protocol::{DialErrors, FieldError, Problem, Rejected};
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

macro_rules! texts {
    ($($(#[doc = $doc:literal])* $key:ident,)*) => {
        /// The cockpit's texts in one language.
        #[derive(Debug)]
        pub struct Texts {
            $($(#[doc = $doc])* pub $key: &'static str,)*
        }

        impl Texts {
            /// Every text with its key, for the completeness tests.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($key), self.$key),)*]
            }
        }
    };
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
    /// `{accepted}`, `{rejected}`
    inspector_counts,
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
    /// `{reason}`
    storage_discarded,
    storage_too_large,
    storage_not_json,
    storage_foreign,
    /// `{version}`
    storage_version,
    /// `{field}`
    storage_corrupt,
    storage_blocked,
    /// `{count}`
    storage_full,
    restored,
    /// `{minutes}`
    orphaned,
    search_label,
    search_placeholder,
    /// `{count}`
    search_results,
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
    rail_new,
    notify_enable,
    notify_on,
    notify_off,
    notify_denied,
    notification_title,
    popup_blocked,
    dismiss,
    cancel,
    follower_active_one,
    /// `{count}`
    follower_active_other,
    follower_active_none,
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
    shift_ended,
    shift_stored_title,
    /// `{when}`
    shift_stored_body,
    shift_continue,
    shift_end_stored,
    /// `{count}`, `{hours}`
    storage_expired,
    /// `{count}`
    storage_partial,
    storage_partial_unknown,
    storage_rewritten,
    /// `{event}`, `{reason}`
    lost_notice,
    /// `{count}`
    inspector_coerced,
    problem_not_an_id,
    /// `{count}`
    active_count,
    config_missing_screen_pop_url,
    config_bad_zone,
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
}

pub static EN: Texts = Texts {
    app_title: "uContact cockpit",
    frame_title: "uContact agent application",
    panel_label: "Agent panel",
    collapse_panel: "Collapse panel",
    expand_panel: "Expand panel",
    loading: "Loading the cockpit…",
    simulator_notice: "No config.json found: using the development simulator at {url}.",
    active_heading: "Active interactions",
    active_empty: "No active interactions.",
    history_heading: "History",
    history_empty: "No finished interactions yet.",
    history_range: "{from}–{to} of {total}",
    history_newer: "Newer",
    history_older: "Older",
    field_guid: "Interaction",
    field_campaign: "Campaign",
    field_channel: "Channel",
    direction_inbound: "Inbound",
    direction_outbound: "Outbound",
    field_client_id: "Client ID",
    field_elapsed: "Elapsed",
    field_finished: "Finished",
    not_finished: "Not finished",
    unknown_value: "unknown",
    disposition: "Disposition",
    disposition_comment: "Comment",
    disposition_levels: "Levels",
    missing_level: "(none)",
    dial_heading: "Start an interaction",
    dial_submit: "Start interaction",
    dial_unavailable: "uContact is not loaded yet; nothing was sent.",
    dial_empty: "Required.",
    dial_too_long: "At most {max} characters.",
    dial_control: "Plain text on one line only.",
    inspector_heading: "Message inspector",
    inspector_counts: "{accepted} accepted, {rejected} rejected",
    inspector_empty: "No messages yet.",
    inspector_accepted: "Accepted",
    inspector_rejected: "Rejected",
    reason_wrong_origin: "sent from {origin}, not from uContact's origin",
    reason_wrong_source: "not sent by the uContact frame",
    reason_unreadable: "the browser could not deserialise the message",
    reason_not_object: "the message is {kind}, not an object",
    reason_unknown_event: "unknown event “{name}”",
    reason_field: "{field}: {problem}",
    problem_missing: "missing",
    problem_wrong_type: "expected {expected}, got {found}",
    problem_too_long: "longer than {max} characters",
    problem_too_many: "more than {max} items",
    problem_empty: "empty",
    problem_invalid_text: "not plain text",
    problem_bad_color: "not a valid colour",
    problem_bad_language: "not a language code",
    config_error_title: "The cockpit cannot start",
    config_error_help: "Ask whoever deployed the cockpit to correct config.json, the file beside its index.html.",
    config_unreachable: "config.json could not be loaded: {detail}",
    config_http_status: "config.json could not be loaded: the server answered HTTP {status}.",
    config_missing: "There is no configuration at {url} (the server answered 404 Not Found). Put the deployment's config.json there, or point the element's config attribute at it.",
    config_html: "config.json was answered with an HTML page; is the server rewriting missing files to index.html?",
    config_too_large: "config.json is larger than {max} bytes.",
    config_not_json: "config.json is not valid JSON (line {line}, column {column}).",
    config_not_object: "config.json must hold a JSON object.",
    config_unknown_key: "config.json has an unknown key “{key}” (known keys: {known}).",
    config_missing_url: "config.json has no “ucontactUrl”.",
    config_wrong_type: "In config.json, “{key}” must be {expected}.",
    config_bad_url: "“ucontactUrl” ({url}) cannot be used: {problem}",
    config_too_many: "In config.json, “{key}” has more than {max} entries.",
    config_bad_suggestion: "In config.json, entry {index} of “{key}” must be a non-empty line of text.",
    config_out_of_range: "In config.json, “{key}” must be a whole number from {min} to {max}.",
    url_too_long: "it is too long.",
    url_invalid_characters: "it contains spaces, control characters or backslashes.",
    url_not_absolute: "it must be an absolute URL such as https://acme.ucontactcloud.com/.",
    url_scheme: "it must start with http:// or https://.",
    url_credentials: "it must not contain a user name or password.",
    url_missing_host: "it has no host.",
    url_bad_host: "its host is not a valid name or IPv4 address.",
    url_ipv6: "IPv6 addresses are not supported; use a host name.",
    url_non_ascii_host: "write an international host name in its xn-- form.",
    url_bad_port: "its port is not a number from 0 to 65535.",
    panic_title: "The cockpit stopped because of an internal error.",
    panic_body: "uContact itself is not affected: calls and chats carry on in its window.",
    panic_reload: "Reload the cockpit",
    panic_repeated: "It failed again within a minute, so reloading is not helping. Tell your administrator, with the details below.",
    panic_detail: "Technical details",
    silence_title: "uContact has not answered yet.",
    silence_body: "If its frame stays empty, uContact is probably refusing to be framed here: ask its administrator to add {origin} to uContact's frame-ancestors option.",
    silence_reload: "Reload uContact",
    storage_discarded: "The cockpit saved in this browser could not be used ({reason}), so it starts empty.",
    storage_too_large: "it is too large",
    storage_not_json: "it is not readable",
    storage_foreign: "it was written by another application",
    storage_version: "it was written by an incompatible version, format {version}",
    storage_corrupt: "it is damaged: {field}",
    storage_blocked: "This browser does not let the cockpit save: interactions are kept in this tab only, until it closes.",
    storage_full: "Browser storage is full: the {count} oldest finished interactions are kept in this tab only. Export the shift to keep them.",
    restored: "Restored after reload",
    orphaned: "Restored, not confirmed for over {minutes} min: uContact may have finished it while the cockpit was closed",
    search_label: "Search history",
    search_placeholder: "Client, campaign, channel, ID or disposition",
    search_results: "{count} found",
    export_csv: "Export CSV",
    export_json: "Export JSON",
    follower_title: "The cockpit is open in another tab.",
    follower_gone: "The tab that was in charge has closed.",
    follower_body: "Only one tab works with uContact at a time, so that nothing is lost or counted twice.",
    take_over: "Use the cockpit in this tab",
    taking_over: "Taking over…",
    csv_status: "Status",
    csv_guid: "Interaction ID",
    csv_channel_name: "Channel name",
    csv_direction: "Direction",
    csv_assigned_at: "Assigned at (UTC)",
    csv_finish_date: "Finish date (uContact)",
    csv_finished_at: "Finished at (UTC)",
    csv_handle_seconds: "Handle time (s)",
    csv_wrap_up_seconds: "Wrap-up time (s)",
    csv_restored: "Restored after reload",
    csv_comments: "Disposition comments",
    csv_levels: "Disposition levels",
    csv_active: "active",
    csv_finished: "finished",
    csv_reported: "reported only",
    csv_yes: "yes",
    csv_no: "no",
    show_details: "Show details",
    copy_client: "Copy client ID",
    copied: "Copied",
    copy_failed: "Could not copy",
    call_again: "Call again",
    open_crm: "Open in CRM",
    field_assigned: "Assigned",
    field_handle: "Handle time",
    field_wrap_up: "Wrap-up",
    dials_heading: "Recent dials",
    dial_pending: "Waiting for uContact",
    dial_pending_silent: "Waiting: uContact has not answered since it loaded",
    dial_answered: "Answered",
    dial_not_answered: "Not answered",
    dial_not_sent: "Not sent",
    dial_reason_timeout: "uContact assigned no interaction for this client within {seconds} s.",
    dial_reason_unheard: "uContact sent nothing at all since the request: it may be unreachable.",
    dial_show: "Show interaction",
    dial_retry: "Retry",
    dial_duplicate: "This request is already waiting for uContact.",
    dial_too_many: "Other pages of this site asked for too many calls in a minute; this one was not sent.",
    dial_confirm_title: "Another page asks to call",
    dial_confirm_body: "{page} asks to start an interaction with {client} ({campaign} · {channel}). Nothing is sent until you say so.",
    dial_confirm_call: "Call",
    dial_confirm_decline: "Decline",
    dial_from_page: "Asked by {page}",
    dial_declined: "The agent declined this request in the tab that runs uContact; nothing was sent.",
    dial_unconfirmed: "Nobody confirmed this request in the tab that runs uContact within a minute; nothing was sent.",
    rail_new: "New interaction",
    notify_enable: "Notify me of new interactions",
    notify_on: "Notifications on",
    notify_off: "Turn notifications off",
    notify_denied: "Notifications are blocked in this browser's settings.",
    notification_title: "New interaction",
    popup_blocked: "The browser blocked the CRM window. Allow pop-ups for this site so that records open by themselves.",
    dismiss: "Dismiss",
    cancel: "Cancel",
    follower_active_one: "1 interaction is active there.",
    follower_active_other: "{count} interactions are active there.",
    follower_active_none: "No interaction is active there.",
    take_over_confirm: "Taking over closes uContact in the other tab: a call in progress there would be cut off. Take over anyway?",
    take_over_anyway: "Take over",
    follower_gone_body: "This tab takes charge in a moment, with everything the other tab kept.",
    take_charge_now: "Take charge now",
    took_charge: "The tab that was in charge closed; this tab has taken charge.",
    lock_stolen: "Another page of this site took uContact from this tab without asking. It comes back here by itself as soon as that page lets go.",
    locks_refused: "This browser does not let the cockpit coordinate its tabs here (storage is blocked for this frame), so this tab runs uContact on its own: keep the cockpit open in this tab only.",
    end_shift: "End shift",
    end_shift_title: "End the shift?",
    end_shift_body: "Everything the cockpit keeps in this browser will be deleted, in every tab: {active} active and {finished} finished interactions, and the recent dials. Export the shift first if you need it.",
    end_shift_confirm: "Delete and end shift",
    shift_ended: "Shift ended: everything the cockpit kept in this browser was deleted.",
    shift_stored_title: "A shift is stored in this browser",
    shift_stored_body: "The cockpit was last used on {when} and closed without End shift. If that shift is yours, continue it; if not, end it: everything it kept is deleted from this browser, unseen.",
    shift_continue: "Continue that shift",
    shift_end_stored: "End it and start a new one",
    storage_expired: "{count} interactions older than {hours} h were deleted, as the retention setting asks.",
    storage_partial: "{count} stored interactions could not be read back (another page of this site removed or changed them); the rest of the shift was restored.",
    storage_partial_unknown: "Part of the stored shift could not be read back (another page of this site removed or changed it); the rest was restored.",
    storage_rewritten: "Another page of this site cleared or changed the saved shift; this tab saved it again, whole.",
    lost_notice: "uContact sent an {event} the cockpit could not read ({reason}): an interaction may be missing here. The message inspector below has the details.",
    inspector_coerced: "{count} with numeric ids read as text",
    problem_not_an_id: "not an id (text, or a whole number up to 2^53)",
    active_count: "{count} active interactions",
    config_missing_screen_pop_url: "In config.json, “screenPop” needs a “url”.",
    config_bad_zone: "finishDateZone must be \"local\", \"UTC\" or an offset from UTC such as \"-03:00\".",
    config_bad_screen_pop: "“screenPop.url” ({url}) cannot be used: {problem}",
    template_placeholder_in_origin: "placeholders may only follow the host, in the path, query or fragment.",
    template_unknown_placeholder: "“{{name}}” is not a placeholder (known: {known}).",
    template_unbalanced: "a brace is not closed, or closes nothing.",
    config_bad_label: "In config.json, “screenPop.label” must be a non-empty line of at most {max} characters.",
    config_bad_attention: "In config.json, “attentionMinutes” must list up to two increasing whole numbers from {min} to {max}.",
    config_unknown_permission: "In config.json, entry {index} of “frameAllow” is not a permission browsers know, or repeats one.",
    coerced_note: "numeric id read as text",
    host_not_in_charge: "The cockpit is not in charge in this tab (another tab or window runs uContact); nothing was sent.",
    relay_no_answer: "The page that runs uContact did not answer within {seconds} s; the request may not have been sent. Check that page, then try again.",
    element_duplicate: "The uContact panel is already on this page.",
    config_bad_dial_default: "In config.json, “dialDefaults.{key}” must be a non-empty line of text.",
    config_bad_host_origin: "In config.json, entry {index} of “hostOrigins” must be an origin such as https://intranet.acme.com (no path), each once.",
    framed_unlisted: "This page is framed by {origin}, which is not in hostOrigins: the cockpit does not start here. Open it in a tab of its own, or list that origin in hostOrigins.",
    framed_unintroduced: "This page is framed by a page whose address the browser does not tell (it sends no referrer): the cockpit starts when that page introduces itself with {\"event\": \"hello\"} from an origin in hostOrigins.",
    silence_origins: "{first} and {second}",
    remote_title: "uContact runs in another tab or window of this site.",
    remote_body: "This page shows the shift and sends its dials there.",
    remote_take_over: "Use uContact here",
    remote_no_channel: "This browser cannot reach the tab in charge from here: dials cannot be sent from this page.",
    pop_out: "Pop out",
    pop_out_title: "Open the cockpit in a window of its own, which keeps uContact while intranet pages come and go",
    report_button: "Report",
    report_heading: "Shift report",
    report_close: "Back to interactions",
    report_from: "From",
    report_from_hint: "Empty: the whole shift kept",
    report_scope_shift: "The whole shift kept in this browser",
    report_scope_since: "Since {time} today",
    report_print: "Print",
    report_export: "Export report (CSV)",
    report_handled: "Interactions handled",
    report_active: "Still active",
    report_orphaned: "Possibly orphaned",
    report_reported_only: "Disposed, never finished",
    report_by_channel: "By channel",
    report_by_campaign: "By campaign",
    report_times: "Handle and wrap-up times",
    report_dispositions: "Dispositions",
    report_per_hour: "Interactions per hour",
    report_dials: "Dials",
    report_dials_sent: "Sent",
    report_count: "Interactions",
    report_share: "Share",
    report_hour: "Hour",
    report_median: "Median",
    report_p90: "90th percentile",
    report_mean: "Mean",
    report_unknown_times: "Time unknown",
    report_all: "All channels",
    report_unknown: "Unknown",
    report_no_level: "No category",
    report_empty: "Nothing handled in this period yet.",
    report_chart: "Chart: {title}. The table below has the same figures.",
    report_times_note: "Times in minutes and seconds; interactions without a known time are left out of them and counted apart.",
    report_csv_section: "Section",
    report_csv_hour: "Hour starting (local time)",
    report_csv_seconds: "{name} (s)",
    report_csv_share: "Share (%)",
    report_csv_level: "Level",
    report_csv_path: "Disposition",
    report_csv_figure: "Figure",
    report_csv_value: "Value",
    report_csv_scope: "Period",
    shortcuts_button: "Keyboard shortcuts",
    shortcuts_heading: "Keyboard shortcuts",
    shortcuts_note: "Shortcuts do nothing while you type in a field; everything they do has a button or a field of its own.",
    shortcut_search: "Search history",
    shortcut_dial: "Go to the dial form",
    shortcut_report: "Open or close the report",
    shortcut_next: "Next interaction",
    shortcut_previous: "Previous interaction",
    shortcut_help: "Show these shortcuts",
    close: "Close",
};

pub static ES: Texts = Texts {
    app_title: "Panel del agente",
    frame_title: "Aplicación de agente de uContact",
    panel_label: "Panel del agente",
    collapse_panel: "Contraer panel",
    expand_panel: "Expandir panel",
    loading: "Cargando el panel…",
    simulator_notice: "No se encontró config.json: se usa el simulador de desarrollo en {url}.",
    active_heading: "Interacciones activas",
    active_empty: "No hay interacciones activas.",
    history_heading: "Historial",
    history_empty: "Todavía no hay interacciones finalizadas.",
    history_range: "{from}–{to} de {total}",
    history_newer: "Más recientes",
    history_older: "Más antiguas",
    field_guid: "Interacción",
    field_campaign: "Campaña",
    field_channel: "Canal",
    direction_inbound: "Entrante",
    direction_outbound: "Saliente",
    field_client_id: "ID de cliente",
    field_elapsed: "Transcurrido",
    field_finished: "Finalizada",
    not_finished: "Sin finalizar",
    unknown_value: "desconocido",
    disposition: "Tipificación",
    disposition_comment: "Comentario",
    disposition_levels: "Niveles",
    missing_level: "(ninguno)",
    dial_heading: "Iniciar una interacción",
    dial_submit: "Iniciar interacción",
    dial_unavailable: "uContact aún no está cargado; no se envió nada.",
    dial_empty: "Obligatorio.",
    dial_too_long: "Como máximo {max} caracteres.",
    dial_control: "Solo texto simple en una línea.",
    inspector_heading: "Inspector de mensajes",
    inspector_counts: "{accepted} aceptados, {rejected} rechazados",
    inspector_empty: "Todavía no hay mensajes.",
    inspector_accepted: "Aceptado",
    inspector_rejected: "Rechazado",
    reason_wrong_origin: "enviado desde {origin}, no desde el origen de uContact",
    reason_wrong_source: "no lo envió el marco de uContact",
    reason_unreadable: "el navegador no pudo deserializar el mensaje",
    reason_not_object: "el mensaje es {kind}, no un objeto",
    reason_unknown_event: "evento desconocido «{name}»",
    reason_field: "{field}: {problem}",
    problem_missing: "falta",
    problem_wrong_type: "se esperaba {expected}, llegó {found}",
    problem_too_long: "más de {max} caracteres",
    problem_too_many: "más de {max} elementos",
    problem_empty: "vacío",
    problem_invalid_text: "no es texto simple",
    problem_bad_color: "no es un color válido",
    problem_bad_language: "no es un código de idioma",
    config_error_title: "El panel no puede iniciar",
    config_error_help: "Pida a quien instaló el panel que corrija config.json, el archivo junto a su index.html.",
    config_unreachable: "No se pudo cargar config.json: {detail}",
    config_http_status: "No se pudo cargar config.json: el servidor respondió HTTP {status}.",
    config_missing: "No hay configuración en {url} (el servidor respondió 404 Not Found). Coloque allí el config.json de la instalación, o indique su dirección en el atributo config del elemento.",
    config_html: "config.json se respondió con una página HTML; ¿el servidor redirige los archivos faltantes a index.html?",
    config_too_large: "config.json supera los {max} bytes.",
    config_not_json: "config.json no es JSON válido (línea {line}, columna {column}).",
    config_not_object: "config.json debe contener un objeto JSON.",
    config_unknown_key: "config.json tiene una clave desconocida «{key}» (claves conocidas: {known}).",
    config_missing_url: "config.json no tiene «ucontactUrl».",
    config_wrong_type: "En config.json, «{key}» debe ser {expected}.",
    config_bad_url: "«ucontactUrl» ({url}) no se puede usar: {problem}",
    config_too_many: "En config.json, «{key}» tiene más de {max} entradas.",
    config_bad_suggestion: "En config.json, la entrada {index} de «{key}» debe ser una línea de texto no vacía.",
    config_out_of_range: "En config.json, «{key}» debe ser un número entero de {min} a {max}.",
    url_too_long: "es demasiado larga.",
    url_invalid_characters: "contiene espacios, caracteres de control o barras invertidas.",
    url_not_absolute: "debe ser una URL absoluta como https://acme.ucontactcloud.com/.",
    url_scheme: "debe empezar con http:// o https://.",
    url_credentials: "no debe contener usuario ni contraseña.",
    url_missing_host: "no tiene servidor.",
    url_bad_host: "su servidor no es un nombre ni una dirección IPv4 válidos.",
    url_ipv6: "no se admiten direcciones IPv6; use un nombre de servidor.",
    url_non_ascii_host: "escriba el nombre de servidor internacional en su forma xn--.",
    url_bad_port: "su puerto no es un número de 0 a 65535.",
    panic_title: "El panel se detuvo por un error interno.",
    panic_body: "uContact no se ve afectado: llamadas y chats siguen en su ventana.",
    panic_reload: "Recargar el panel",
    panic_repeated: "Volvió a fallar en menos de un minuto, así que recargar no ayuda. Avise a su administrador, con los detalles de abajo.",
    panic_detail: "Detalles técnicos",
    silence_title: "uContact todavía no respondió.",
    silence_body: "Si su marco sigue vacío, probablemente uContact se niega a mostrarse aquí: pida a su administrador que agregue {origin} a la opción frame-ancestors de uContact.",
    silence_reload: "Recargar uContact",
    storage_discarded: "El panel guardado en este navegador no se pudo usar ({reason}), así que empieza vacío.",
    storage_too_large: "es demasiado grande",
    storage_not_json: "no se puede leer",
    storage_foreign: "la escribió otra aplicación",
    storage_version: "la escribió una versión incompatible, formato {version}",
    storage_corrupt: "está dañada: {field}",
    storage_blocked: "Este navegador no deja guardar al panel: las interacciones se conservan solo en esta pestaña, hasta que se cierre.",
    storage_full: "El almacenamiento del navegador está lleno: las {count} interacciones finalizadas más antiguas se conservan solo en esta pestaña. Exporte el turno para conservarlas.",
    restored: "Restaurada tras recargar",
    orphaned: "Restaurada y sin confirmar desde hace más de {minutes} min: uContact pudo finalizarla mientras el panel estaba cerrado",
    search_label: "Buscar en el historial",
    search_placeholder: "Cliente, campaña, canal, ID o tipificación",
    search_results: "{count} encontradas",
    export_csv: "Exportar CSV",
    export_json: "Exportar JSON",
    follower_title: "El panel está abierto en otra pestaña.",
    follower_gone: "La pestaña que estaba a cargo se cerró.",
    follower_body: "Solo una pestaña trabaja con uContact a la vez, para que nada se pierda ni se cuente dos veces.",
    take_over: "Usar el panel en esta pestaña",
    taking_over: "Tomando el control…",
    csv_status: "Estado",
    csv_guid: "ID de interacción",
    csv_channel_name: "Nombre del canal",
    csv_direction: "Dirección",
    csv_assigned_at: "Asignada (UTC)",
    csv_finish_date: "Fecha de fin (uContact)",
    csv_finished_at: "Finalizada (UTC)",
    csv_handle_seconds: "Tiempo de atención (s)",
    csv_wrap_up_seconds: "Tiempo de cierre (s)",
    csv_restored: "Restaurada tras recargar",
    csv_comments: "Comentarios de tipificación",
    csv_levels: "Niveles de tipificación",
    csv_active: "activa",
    csv_finished: "finalizada",
    csv_reported: "solo informada",
    csv_yes: "sí",
    csv_no: "no",
    show_details: "Ver detalles",
    copy_client: "Copiar ID de cliente",
    copied: "Copiado",
    copy_failed: "No se pudo copiar",
    call_again: "Volver a llamar",
    open_crm: "Abrir en el CRM",
    field_assigned: "Asignada",
    field_handle: "Atención",
    field_wrap_up: "Cierre",
    dials_heading: "Llamadas recientes",
    dial_pending: "Esperando a uContact",
    dial_pending_silent: "Esperando: uContact no responde desde que cargó",
    dial_answered: "Atendida",
    dial_not_answered: "Sin respuesta",
    dial_not_sent: "No enviada",
    dial_reason_timeout: "uContact no asignó ninguna interacción para este cliente en {seconds} s.",
    dial_reason_unheard: "uContact no envió nada desde la solicitud: puede que no esté disponible.",
    dial_show: "Ver interacción",
    dial_retry: "Reintentar",
    dial_duplicate: "Esta solicitud ya está esperando a uContact.",
    dial_too_many: "Otras páginas de este sitio pidieron demasiadas llamadas en un minuto; esta no se envió.",
    dial_confirm_title: "Otra página pide llamar",
    dial_confirm_body: "{page} pide iniciar una interacción con {client} ({campaign} · {channel}). No se envía nada hasta que usted lo indique.",
    dial_confirm_call: "Llamar",
    dial_confirm_decline: "Rechazar",
    dial_from_page: "Pedida por {page}",
    dial_declined: "El agente rechazó esta solicitud en la pestaña que tiene uContact; no se envió nada.",
    dial_unconfirmed: "Nadie confirmó esta solicitud en la pestaña que tiene uContact en un minuto; no se envió nada.",
    rail_new: "Nueva interacción",
    notify_enable: "Avisarme de nuevas interacciones",
    notify_on: "Avisos activados",
    notify_off: "Desactivar avisos",
    notify_denied: "Los avisos están bloqueados en la configuración del navegador.",
    notification_title: "Nueva interacción",
    popup_blocked: "El navegador bloqueó la ventana del CRM. Permita las ventanas emergentes para este sitio para que las fichas se abran solas.",
    dismiss: "Descartar",
    cancel: "Cancelar",
    follower_active_one: "Allí hay 1 interacción activa.",
    follower_active_other: "Allí hay {count} interacciones activas.",
    follower_active_none: "Allí no hay interacciones activas.",
    take_over_confirm: "Tomar el control cierra uContact en la otra pestaña: se cortaría una llamada en curso allí. ¿Tomar el control de todos modos?",
    take_over_anyway: "Tomar el control",
    follower_gone_body: "Esta pestaña toma el control en un momento, con todo lo que guardaba la otra.",
    take_charge_now: "Tomar el control ahora",
    took_charge: "La pestaña que estaba a cargo se cerró; esta pestaña tomó el control.",
    lock_stolen: "Otra página de este sitio le quitó uContact a esta pestaña sin preguntar. Vuelve aquí por sí solo en cuanto esa página lo libere.",
    locks_refused: "Este navegador no permite que el panel coordine sus pestañas aquí (el almacenamiento está bloqueado en este marco), así que esta pestaña ejecuta uContact por su cuenta: mantenga el panel abierto solo en esta pestaña.",
    end_shift: "Terminar turno",
    end_shift_title: "¿Terminar el turno?",
    end_shift_body: "Se borrará todo lo que el panel guarda en este navegador, en todas las pestañas: {active} interacciones activas y {finished} finalizadas, y las llamadas recientes. Exporte el turno antes si lo necesita.",
    end_shift_confirm: "Borrar y terminar turno",
    shift_ended: "Turno terminado: se borró todo lo que el panel guardaba en este navegador.",
    shift_stored_title: "Hay un turno guardado en este navegador",
    shift_stored_body: "El panel se usó por última vez el {when} y se cerró sin Terminar turno. Si ese turno es suyo, continúelo; si no, termínelo: todo lo que guardaba se borra de este navegador sin mostrarse.",
    shift_continue: "Continuar ese turno",
    shift_end_stored: "Terminarlo y empezar uno nuevo",
    storage_expired: "Se borraron {count} interacciones de hace más de {hours} h, según la configuración de retención.",
    storage_partial: "No se pudieron leer {count} interacciones guardadas (otra página de este sitio las borró o modificó); el resto del turno se recuperó.",
    storage_partial_unknown: "No se pudo leer una parte del turno guardado (otra página de este sitio la borró o modificó); el resto se recuperó.",
    storage_rewritten: "Otra página de este sitio borró o modificó el turno guardado; esta pestaña lo volvió a guardar completo.",
    lost_notice: "uContact envió un {event} que el panel no pudo leer ({reason}): puede faltar una interacción aquí. El inspector de mensajes, más abajo, tiene los detalles.",
    inspector_coerced: "{count} con identificadores numéricos leídos como texto",
    problem_not_an_id: "no es un identificador (texto, o un entero de hasta 2^53)",
    active_count: "{count} interacciones activas",
    config_missing_screen_pop_url: "En config.json, “screenPop” necesita una “url”.",
    config_bad_zone: "finishDateZone debe ser \"local\", \"UTC\" o una diferencia con UTC como \"-03:00\".",
    config_bad_screen_pop: "“screenPop.url” ({url}) no se puede usar: {problem}",
    template_placeholder_in_origin: "los marcadores solo pueden ir después del servidor, en la ruta, la consulta o el fragmento.",
    template_unknown_placeholder: "“{{name}}” no es un marcador (conocidos: {known}).",
    template_unbalanced: "una llave no está cerrada, o no cierra nada.",
    config_bad_label: "En config.json, “screenPop.label” debe ser una línea no vacía de hasta {max} caracteres.",
    config_bad_attention: "En config.json, “attentionMinutes” debe tener hasta dos enteros crecientes de {min} a {max}.",
    config_unknown_permission: "En config.json, la entrada {index} de “frameAllow” no es un permiso que los navegadores conozcan, o repite uno.",
    coerced_note: "identificador numérico leído como texto",
    host_not_in_charge: "El panel no está a cargo en esta pestaña (otra pestaña o ventana tiene uContact); no se envió nada.",
    relay_no_answer: "La página que tiene uContact no respondió en {seconds} s; es posible que la solicitud no se haya enviado. Revise esa página y vuelva a intentarlo.",
    element_duplicate: "El panel de uContact ya está en esta página.",
    config_bad_dial_default: "En config.json, “dialDefaults.{key}” debe ser una línea de texto no vacía.",
    config_bad_host_origin: "En config.json, la entrada {index} de “hostOrigins” debe ser un origen como https://intranet.acme.com (sin ruta), sin repetir.",
    framed_unlisted: "Esta página está dentro de {origin}, que no está en hostOrigins: el panel no se inicia aquí. Ábralo en una pestaña propia o agregue ese origen a hostOrigins.",
    framed_unintroduced: "Esta página está dentro de otra cuya dirección el navegador no indica (no envía referrer): el panel se inicia cuando esa página se presente con {\"event\": \"hello\"} desde un origen de hostOrigins.",
    silence_origins: "{first} y {second}",
    remote_title: "uContact está abierto en otra pestaña o ventana de este sitio.",
    remote_body: "Esta página muestra el turno y envía sus llamadas allí.",
    remote_take_over: "Usar uContact aquí",
    remote_no_channel: "Este navegador no puede comunicarse desde aquí con la pestaña a cargo: no se pueden enviar llamadas desde esta página.",
    pop_out: "Abrir en ventana aparte",
    pop_out_title: "Abrir el panel en una ventana propia, que mantiene uContact mientras las páginas de la intranet van y vienen",
    report_button: "Informe",
    report_heading: "Informe del turno",
    report_close: "Volver a las interacciones",
    report_from: "Desde",
    report_from_hint: "Vacío: todo el turno guardado",
    report_scope_shift: "Todo el turno guardado en este navegador",
    report_scope_since: "Desde las {time} de hoy",
    report_print: "Imprimir",
    report_export: "Exportar informe (CSV)",
    report_handled: "Interacciones atendidas",
    report_active: "Aún activas",
    report_orphaned: "Posiblemente huérfanas",
    report_reported_only: "Tipificadas sin finalizar",
    report_by_channel: "Por canal",
    report_by_campaign: "Por campaña",
    report_times: "Tiempos de atención y de cierre",
    report_dispositions: "Tipificaciones",
    report_per_hour: "Interacciones por hora",
    report_dials: "Llamadas",
    report_dials_sent: "Enviadas",
    report_count: "Interacciones",
    report_share: "Proporción",
    report_hour: "Hora",
    report_median: "Mediana",
    report_p90: "Percentil 90",
    report_mean: "Media",
    report_unknown_times: "Sin tiempo conocido",
    report_all: "Todos los canales",
    report_unknown: "Desconocido",
    report_no_level: "Sin categoría",
    report_empty: "Nada atendido en este período todavía.",
    report_chart: "Gráfico: {title}. La tabla siguiente tiene las mismas cifras.",
    report_times_note: "Tiempos en minutos y segundos; las interacciones sin tiempo conocido quedan fuera y se cuentan aparte.",
    report_csv_section: "Sección",
    report_csv_hour: "Hora desde (hora local)",
    report_csv_seconds: "{name} (s)",
    report_csv_share: "Proporción (%)",
    report_csv_level: "Nivel",
    report_csv_path: "Tipificación",
    report_csv_figure: "Cifra",
    report_csv_value: "Valor",
    report_csv_scope: "Período",
    shortcuts_button: "Atajos de teclado",
    shortcuts_heading: "Atajos de teclado",
    shortcuts_note: "Los atajos no hacen nada mientras se escribe en un campo; todo lo que hacen tiene su propio botón o campo.",
    shortcut_search: "Buscar en el historial",
    shortcut_dial: "Ir al formulario para iniciar una interacción",
    shortcut_report: "Abrir o cerrar el informe",
    shortcut_next: "Interacción siguiente",
    shortcut_previous: "Interacción anterior",
    shortcut_help: "Mostrar estos atajos",
    close: "Cerrar",
};

pub static PT: Texts = Texts {
    app_title: "Painel do agente",
    frame_title: "Aplicativo de agente do uContact",
    panel_label: "Painel do agente",
    collapse_panel: "Recolher painel",
    expand_panel: "Expandir painel",
    loading: "Carregando o painel…",
    simulator_notice: "Nenhum config.json encontrado: usando o simulador de desenvolvimento em {url}.",
    active_heading: "Interações ativas",
    active_empty: "Nenhuma interação ativa.",
    history_heading: "Histórico",
    history_empty: "Ainda não há interações finalizadas.",
    history_range: "{from}–{to} de {total}",
    history_newer: "Mais recentes",
    history_older: "Mais antigas",
    field_guid: "Interação",
    field_campaign: "Campanha",
    field_channel: "Canal",
    direction_inbound: "Entrada",
    direction_outbound: "Saída",
    field_client_id: "ID do cliente",
    field_elapsed: "Decorrido",
    field_finished: "Finalizada",
    not_finished: "Não finalizada",
    unknown_value: "desconhecido",
    disposition: "Tabulação",
    disposition_comment: "Comentário",
    disposition_levels: "Níveis",
    missing_level: "(nenhum)",
    dial_heading: "Iniciar uma interação",
    dial_submit: "Iniciar interação",
    dial_unavailable: "O uContact ainda não foi carregado; nada foi enviado.",
    dial_empty: "Obrigatório.",
    dial_too_long: "No máximo {max} caracteres.",
    dial_control: "Somente texto simples em uma linha.",
    inspector_heading: "Inspetor de mensagens",
    inspector_counts: "{accepted} aceitas, {rejected} rejeitadas",
    inspector_empty: "Ainda não há mensagens.",
    inspector_accepted: "Aceita",
    inspector_rejected: "Rejeitada",
    reason_wrong_origin: "enviada de {origin}, não da origem do uContact",
    reason_wrong_source: "não foi enviada pelo quadro do uContact",
    reason_unreadable: "o navegador não conseguiu desserializar a mensagem",
    reason_not_object: "a mensagem é {kind}, não um objeto",
    reason_unknown_event: "evento desconhecido “{name}”",
    reason_field: "{field}: {problem}",
    problem_missing: "ausente",
    problem_wrong_type: "esperado {expected}, recebido {found}",
    problem_too_long: "mais de {max} caracteres",
    problem_too_many: "mais de {max} itens",
    problem_empty: "vazio",
    problem_invalid_text: "não é texto simples",
    problem_bad_color: "não é uma cor válida",
    problem_bad_language: "não é um código de idioma",
    config_error_title: "O painel não pode iniciar",
    config_error_help: "Peça a quem instalou o painel que corrija o config.json, o arquivo ao lado do seu index.html.",
    config_unreachable: "Não foi possível carregar o config.json: {detail}",
    config_http_status: "Não foi possível carregar o config.json: o servidor respondeu HTTP {status}.",
    config_missing: "Não há configuração em {url} (o servidor respondeu 404 Not Found). Coloque ali o config.json da instalação, ou indique o endereço dele no atributo config do elemento.",
    config_html: "O config.json foi respondido com uma página HTML; o servidor está redirecionando arquivos ausentes para o index.html?",
    config_too_large: "O config.json tem mais de {max} bytes.",
    config_not_json: "O config.json não é JSON válido (linha {line}, coluna {column}).",
    config_not_object: "O config.json deve conter um objeto JSON.",
    config_unknown_key: "O config.json tem uma chave desconhecida “{key}” (chaves conhecidas: {known}).",
    config_missing_url: "O config.json não tem “ucontactUrl”.",
    config_wrong_type: "No config.json, “{key}” deve ser {expected}.",
    config_bad_url: "“ucontactUrl” ({url}) não pode ser usado: {problem}",
    config_too_many: "No config.json, “{key}” tem mais de {max} entradas.",
    config_bad_suggestion: "No config.json, a entrada {index} de “{key}” deve ser uma linha de texto não vazia.",
    config_out_of_range: "No config.json, “{key}” deve ser um número inteiro de {min} a {max}.",
    url_too_long: "é longo demais.",
    url_invalid_characters: "contém espaços, caracteres de controle ou barras invertidas.",
    url_not_absolute: "deve ser uma URL absoluta como https://acme.ucontactcloud.com/.",
    url_scheme: "deve começar com http:// ou https://.",
    url_credentials: "não deve conter usuário nem senha.",
    url_missing_host: "não tem servidor.",
    url_bad_host: "seu servidor não é um nome nem um endereço IPv4 válido.",
    url_ipv6: "endereços IPv6 não são suportados; use um nome de servidor.",
    url_non_ascii_host: "escreva o nome de servidor internacional na forma xn--.",
    url_bad_port: "sua porta não é um número de 0 a 65535.",
    panic_title: "O painel parou por causa de um erro interno.",
    panic_body: "O uContact não é afetado: chamadas e chats continuam na janela dele.",
    panic_reload: "Recarregar o painel",
    panic_repeated: "Falhou de novo em menos de um minuto, então recarregar não está ajudando. Avise o seu administrador, com os detalhes abaixo.",
    panic_detail: "Detalhes técnicos",
    silence_title: "O uContact ainda não respondeu.",
    silence_body: "Se o quadro dele continuar vazio, provavelmente o uContact está se recusando a ser exibido aqui: peça ao administrador que adicione {origin} à opção frame-ancestors do uContact.",
    silence_reload: "Recarregar o uContact",
    storage_discarded: "O painel salvo neste navegador não pôde ser usado ({reason}), então ele começa vazio.",
    storage_too_large: "é grande demais",
    storage_not_json: "não pode ser lido",
    storage_foreign: "foi gravado por outro aplicativo",
    storage_version: "foi gravado por uma versão incompatível, formato {version}",
    storage_corrupt: "está danificado: {field}",
    storage_blocked: "Este navegador não deixa o painel salvar: as interações ficam só nesta aba, até ela ser fechada.",
    storage_full: "O armazenamento do navegador está cheio: as {count} interações finalizadas mais antigas ficam só nesta aba. Exporte o turno para guardá-las.",
    restored: "Restaurada após recarregar",
    orphaned: "Restaurada e sem confirmação há mais de {minutes} min: o uContact pode tê-la finalizado enquanto o painel estava fechado",
    search_label: "Pesquisar no histórico",
    search_placeholder: "Cliente, campanha, canal, ID ou tabulação",
    search_results: "{count} encontradas",
    export_csv: "Exportar CSV",
    export_json: "Exportar JSON",
    follower_title: "O painel está aberto em outra aba.",
    follower_gone: "A aba que estava no comando foi fechada.",
    follower_body: "Só uma aba trabalha com o uContact por vez, para que nada se perca nem seja contado duas vezes.",
    take_over: "Usar o painel nesta aba",
    taking_over: "Assumindo…",
    csv_status: "Situação",
    csv_guid: "ID da interação",
    csv_channel_name: "Nome do canal",
    csv_direction: "Direção",
    csv_assigned_at: "Atribuída em (UTC)",
    csv_finish_date: "Data de término (uContact)",
    csv_finished_at: "Finalizada em (UTC)",
    csv_handle_seconds: "Tempo de atendimento (s)",
    csv_wrap_up_seconds: "Tempo de finalização (s)",
    csv_restored: "Restaurada após recarregar",
    csv_comments: "Comentários de tabulação",
    csv_levels: "Níveis de tabulação",
    csv_active: "ativa",
    csv_finished: "finalizada",
    csv_reported: "apenas informada",
    csv_yes: "sim",
    csv_no: "não",
    show_details: "Ver detalhes",
    copy_client: "Copiar ID do cliente",
    copied: "Copiado",
    copy_failed: "Não foi possível copiar",
    call_again: "Ligar de novo",
    open_crm: "Abrir no CRM",
    field_assigned: "Atribuída",
    field_handle: "Atendimento",
    field_wrap_up: "Finalização",
    dials_heading: "Chamadas recentes",
    dial_pending: "Aguardando o uContact",
    dial_pending_silent: "Aguardando: o uContact não responde desde que carregou",
    dial_answered: "Atendida",
    dial_not_answered: "Sem resposta",
    dial_not_sent: "Não enviada",
    dial_reason_timeout: "O uContact não atribuiu nenhuma interação para este cliente em {seconds} s.",
    dial_reason_unheard: "O uContact não enviou nada desde a solicitação: pode estar indisponível.",
    dial_show: "Ver interação",
    dial_retry: "Tentar de novo",
    dial_duplicate: "Esta solicitação já está aguardando o uContact.",
    dial_too_many: "Outras páginas deste site pediram chamadas demais em um minuto; esta não foi enviada.",
    dial_confirm_title: "Outra página pede para ligar",
    dial_confirm_body: "{page} pede para iniciar uma interação com {client} ({campaign} · {channel}). Nada é enviado até você confirmar.",
    dial_confirm_call: "Ligar",
    dial_confirm_decline: "Recusar",
    dial_from_page: "Pedida por {page}",
    dial_declined: "O agente recusou esta solicitação na aba que tem o uContact; nada foi enviado.",
    dial_unconfirmed: "Ninguém confirmou esta solicitação na aba que tem o uContact em um minuto; nada foi enviado.",
    rail_new: "Nova interação",
    notify_enable: "Avisar-me de novas interações",
    notify_on: "Avisos ativados",
    notify_off: "Desativar avisos",
    notify_denied: "Os avisos estão bloqueados nas configurações do navegador.",
    notification_title: "Nova interação",
    popup_blocked: "O navegador bloqueou a janela do CRM. Permita pop-ups para este site para que as fichas abram sozinhas.",
    dismiss: "Dispensar",
    cancel: "Cancelar",
    follower_active_one: "Há 1 interação ativa lá.",
    follower_active_other: "Há {count} interações ativas lá.",
    follower_active_none: "Não há interações ativas lá.",
    take_over_confirm: "Assumir fecha o uContact na outra aba: uma chamada em andamento lá seria cortada. Assumir mesmo assim?",
    take_over_anyway: "Assumir",
    follower_gone_body: "Esta aba assume em instantes, com tudo o que a outra guardava.",
    take_charge_now: "Assumir agora",
    took_charge: "A aba que estava no comando foi fechada; esta aba assumiu.",
    lock_stolen: "Outra página deste site tirou o uContact desta aba sem perguntar. Ele volta para cá sozinho assim que essa página o liberar.",
    locks_refused: "Este navegador não permite que o painel coordene suas abas aqui (o armazenamento está bloqueado neste quadro), então esta aba executa o uContact sozinha: mantenha o painel aberto só nesta aba.",
    end_shift: "Encerrar turno",
    end_shift_title: "Encerrar o turno?",
    end_shift_body: "Tudo o que o painel guarda neste navegador será apagado, em todas as abas: {active} interações ativas e {finished} finalizadas, e as chamadas recentes. Exporte o turno antes se precisar.",
    end_shift_confirm: "Apagar e encerrar turno",
    shift_ended: "Turno encerrado: tudo o que o painel guardava neste navegador foi apagado.",
    shift_stored_title: "Há um turno salvo neste navegador",
    shift_stored_body: "O painel foi usado pela última vez em {when} e fechado sem Encerrar turno. Se esse turno é seu, continue-o; se não, encerre-o: tudo o que ele guardava é apagado deste navegador sem ser mostrado.",
    shift_continue: "Continuar esse turno",
    shift_end_stored: "Encerrá-lo e começar um novo",
    storage_expired: "{count} interações com mais de {hours} h foram apagadas, conforme a configuração de retenção.",
    storage_partial: "Não foi possível ler {count} interações salvas (outra página deste site as apagou ou alterou); o restante do turno foi recuperado.",
    storage_partial_unknown: "Não foi possível ler uma parte do turno salvo (outra página deste site a apagou ou alterou); o restante foi recuperado.",
    storage_rewritten: "Outra página deste site apagou ou alterou o turno salvo; esta aba o salvou de novo, inteiro.",
    lost_notice: "O uContact enviou um {event} que o painel não conseguiu ler ({reason}): pode faltar uma interação aqui. O inspetor de mensagens, abaixo, tem os detalhes.",
    inspector_coerced: "{count} com identificadores numéricos lidos como texto",
    problem_not_an_id: "não é um identificador (texto, ou um inteiro até 2^53)",
    active_count: "{count} interações ativas",
    config_missing_screen_pop_url: "No config.json, “screenPop” precisa de uma “url”.",
    config_bad_zone: "finishDateZone deve ser \"local\", \"UTC\" ou uma diferença em relação ao UTC como \"-03:00\".",
    config_bad_screen_pop: "“screenPop.url” ({url}) não pode ser usada: {problem}",
    template_placeholder_in_origin: "os marcadores só podem vir depois do servidor, no caminho, na consulta ou no fragmento.",
    template_unknown_placeholder: "“{{name}}” não é um marcador (conhecidos: {known}).",
    template_unbalanced: "uma chave não está fechada, ou não fecha nada.",
    config_bad_label: "No config.json, “screenPop.label” deve ser uma linha não vazia de até {max} caracteres.",
    config_bad_attention: "No config.json, “attentionMinutes” deve ter até dois inteiros crescentes de {min} a {max}.",
    config_unknown_permission: "No config.json, a entrada {index} de “frameAllow” não é uma permissão que os navegadores conheçam, ou repete uma.",
    coerced_note: "identificador numérico lido como texto",
    host_not_in_charge: "O painel não está no comando nesta aba (outra aba ou janela tem o uContact); nada foi enviado.",
    relay_no_answer: "A página que tem o uContact não respondeu em {seconds} s; talvez a solicitação não tenha sido enviada. Verifique essa página e tente de novo.",
    element_duplicate: "O painel do uContact já está nesta página.",
    config_bad_dial_default: "No config.json, “dialDefaults.{key}” deve ser uma linha de texto não vazia.",
    config_bad_host_origin: "No config.json, a entrada {index} de “hostOrigins” deve ser uma origem como https://intranet.acme.com (sem caminho), sem repetir.",
    framed_unlisted: "Esta página está dentro de {origin}, que não está em hostOrigins: o painel não é iniciado aqui. Abra-o em uma aba própria ou inclua essa origem em hostOrigins.",
    framed_unintroduced: "Esta página está dentro de outra cujo endereço o navegador não informa (não envia referrer): o painel é iniciado quando essa página se apresentar com {\"event\": \"hello\"} a partir de uma origem de hostOrigins.",
    silence_origins: "{first} e {second}",
    remote_title: "O uContact está aberto em outra aba ou janela deste site.",
    remote_body: "Esta página mostra o turno e envia suas chamadas para lá.",
    remote_take_over: "Usar o uContact aqui",
    remote_no_channel: "Este navegador não consegue falar daqui com a aba no comando: não é possível enviar chamadas desta página.",
    pop_out: "Abrir em janela separada",
    pop_out_title: "Abrir o painel em uma janela própria, que mantém o uContact enquanto as páginas da intranet vêm e vão",
    report_button: "Relatório",
    report_heading: "Relatório do turno",
    report_close: "Voltar às interações",
    report_from: "Desde",
    report_from_hint: "Vazio: todo o turno guardado",
    report_scope_shift: "Todo o turno guardado neste navegador",
    report_scope_since: "Desde as {time} de hoje",
    report_print: "Imprimir",
    report_export: "Exportar relatório (CSV)",
    report_handled: "Interações atendidas",
    report_active: "Ainda ativas",
    report_orphaned: "Possivelmente órfãs",
    report_reported_only: "Tabuladas sem finalizar",
    report_by_channel: "Por canal",
    report_by_campaign: "Por campanha",
    report_times: "Tempos de atendimento e de finalização",
    report_dispositions: "Tabulações",
    report_per_hour: "Interações por hora",
    report_dials: "Chamadas",
    report_dials_sent: "Enviadas",
    report_count: "Interações",
    report_share: "Proporção",
    report_hour: "Hora",
    report_median: "Mediana",
    report_p90: "Percentil 90",
    report_mean: "Média",
    report_unknown_times: "Sem tempo conhecido",
    report_all: "Todos os canais",
    report_unknown: "Desconhecido",
    report_no_level: "Sem categoria",
    report_empty: "Nada atendido neste período ainda.",
    report_chart: "Gráfico: {title}. A tabela a seguir tem os mesmos números.",
    report_times_note: "Tempos em minutos e segundos; as interações sem tempo conhecido ficam de fora e são contadas à parte.",
    report_csv_section: "Seção",
    report_csv_hour: "Hora a partir de (hora local)",
    report_csv_seconds: "{name} (s)",
    report_csv_share: "Proporção (%)",
    report_csv_level: "Nível",
    report_csv_path: "Tabulação",
    report_csv_figure: "Número",
    report_csv_value: "Valor",
    report_csv_scope: "Período",
    shortcuts_button: "Atalhos de teclado",
    shortcuts_heading: "Atalhos de teclado",
    shortcuts_note: "Os atalhos não fazem nada enquanto se digita em um campo; tudo o que fazem tem um botão ou campo próprio.",
    shortcut_search: "Pesquisar no histórico",
    shortcut_dial: "Ir ao formulário para iniciar uma interação",
    shortcut_report: "Abrir ou fechar o relatório",
    shortcut_next: "Próxima interação",
    shortcut_previous: "Interação anterior",
    shortcut_help: "Mostrar estes atalhos",
    close: "Fechar",
};

impl Texts {
    /// Why a message was rejected, for the inspector.
    pub fn rejection(&self, rejected: &Rejected) -> String {
        match rejected {
            Rejected::WrongOrigin(origin) => fill(self.reason_wrong_origin, &[("origin", origin)]),
            Rejected::WrongSource => self.reason_wrong_source.to_owned(),
            Rejected::Unreadable => self.reason_unreadable.to_owned(),
            Rejected::NotAnObject(kind) => {
                fill(self.reason_not_object, &[("kind", &kind.to_string())])
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
                    ("expected", &expected.to_string()),
                    ("found", &found.to_string()),
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
                &[("key", key), ("expected", expected)],
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

    /// What the agent is told about storage.
    pub fn storage_notice(&self, notice: &StorageNotice) -> String {
        match notice {
            StorageNotice::Discarded(error) => {
                let reason = match error {
                    StoredError::TooLarge => self.storage_too_large.to_owned(),
                    StoredError::NotJson => self.storage_not_json.to_owned(),
                    StoredError::Foreign => self.storage_foreign.to_owned(),
                    StoredError::Version(version) => {
                        fill(self.storage_version, &[("version", &version.to_string())])
                    }
                    StoredError::Corrupt(field) => fill(self.storage_corrupt, &[("field", field)]),
                };
                fill(self.storage_discarded, &[("reason", &reason)])
            }
            StorageNotice::Blocked => self.storage_blocked.to_owned(),
            StorageNotice::Full { dropped } => {
                fill(self.storage_full, &[("count", &dropped.to_string())])
            }
            StorageNotice::Expired { count, hours } => fill(
                self.storage_expired,
                &[("count", &count.to_string()), ("hours", &hours.to_string())],
            ),
            StorageNotice::Partial { lost: 0 } => self.storage_partial_unknown.to_owned(),
            StorageNotice::Partial { lost } => {
                fill(self.storage_partial, &[("count", &lost.to_string())])
            }
            StorageNotice::Rewritten => self.storage_rewritten.to_owned(),
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
