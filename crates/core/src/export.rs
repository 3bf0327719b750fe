//! The shift as files the agent downloads: CSV for spreadsheets and JSON for everything else,
//! active interactions first, then history newest first, every field and every disposition;
//! and the shift report, as CSV and as plain data.

use serde_json::{Value, json};

use crate::datetime::{iso_local, iso_utc};
use crate::i18n::{Lang, Texts};
use crate::naming;
use crate::report::{Cell, Count, Label, LocalTime, Node, Report, Times, tables};
use crate::state::{Cockpit, Interaction};

/// Where an interaction stands, as the exports name it.
fn status(interaction: &Interaction, active: bool) -> &'static str {
    match (active, interaction.finish.is_some()) {
        (true, _) => "active",
        (false, true) => "finished",
        (false, false) => "reported",
    }
}

fn rows(cockpit: &Cockpit) -> impl Iterator<Item = (&Interaction, bool)> {
    cockpit
        .active
        .iter()
        .map(|entry| (entry.as_ref(), true))
        .chain(
            cockpit
                .history
                .newest_first()
                .map(|entry| (entry.as_ref(), false)),
        )
}

/// The CSV columns, in order, as the agent's language names them.
pub fn csv_header(texts: &Texts) -> [&'static str; 15] {
    [
        texts.csv_status,
        texts.csv_guid,
        texts.field_campaign,
        texts.csv_direction,
        texts.field_channel,
        texts.csv_channel_name,
        texts.field_client_id,
        texts.csv_assigned_at,
        texts.csv_finish_date,
        texts.csv_finished_at,
        texts.csv_handle_seconds,
        texts.csv_wrap_up_seconds,
        texts.csv_restored,
        texts.csv_comments,
        texts.csv_levels,
    ]
}

/// How a CSV is written for the agent: headers and status in their language, and the
/// separator their spreadsheet expects, which follows the locale's decimal symbol (as Excel
/// does): `,` between fields where decimals take a point (en, es-MX, es-US, most of Central
/// America, the Dominican Republic, Puerto Rico), `;` where they take a comma (es-UY, es-AR,
/// es-ES, pt-BR).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvStyle {
    pub lang: Lang,
    /// The locale's decimal symbol (the browser's `Intl` tells it).
    pub decimal: char,
}

impl CsvStyle {
    /// For a language alone, without a locale to ask: English's point, Spanish's and
    /// Portuguese's usual comma.
    pub fn of_lang(lang: Lang) -> CsvStyle {
        let decimal = match lang {
            Lang::En => '.',
            Lang::Es | Lang::Pt => ',',
        };
        CsvStyle { lang, decimal }
    }

    /// The cell separator.
    pub fn separator(self) -> char {
        if self.decimal == ',' { ';' } else { ',' }
    }
}

/// The shift as CSV for a spreadsheet in the agent's language: a UTF-8 byte order mark (so
/// Excel reads accents right), headers and status in that language, its separator (see
/// [`CsvStyle`]), CRLF line ends and RFC 4180 quoting. Several dispositions are joined
/// with ` | `; a disposition's levels read `id=value; id=value`. A cell that a spreadsheet
/// would run as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) is prefixed
/// with `'`.
pub fn to_csv(cockpit: &Cockpit, style: CsvStyle) -> String {
    let lang = style.lang;
    let texts = lang.texts();
    let separator = style.separator();
    let mut out = String::from('\u{feff}');
    push_row(&mut out, separator, csv_header(texts).map(str::to_owned));
    let seconds = |ms: Option<u64>| ms.map(|ms| (ms / 1_000).to_string()).unwrap_or_default();
    for (interaction, active) in rows(cockpit) {
        let assignment = interaction.assignment.as_ref();
        let finish = interaction.finish.as_ref();
        let comments: Vec<&str> = interaction
            .dispositions
            .iter()
            .map(|d| d.comment.as_str())
            .collect();
        let levels: Vec<String> = interaction
            .dispositions
            .iter()
            .map(|d| {
                d.levels
                    .iter()
                    .map(|level| {
                        format!(
                            "{}={}",
                            level.id.as_deref().unwrap_or_default(),
                            level.value.as_deref().unwrap_or_default()
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("; ")
            })
            .collect();
        let status = match status(interaction, active) {
            "active" => texts.csv_active,
            "finished" => texts.csv_finished,
            _ => texts.csv_reported,
        };
        push_row(
            &mut out,
            separator,
            [
                status.to_owned(),
                interaction.guid.clone(),
                assignment.map(|a| a.campaign.clone()).unwrap_or_default(),
                assignment
                    .and_then(|a| naming::campaign(&a.campaign).direction)
                    .map(|direction| direction.text(texts).to_owned())
                    .unwrap_or_default(),
                assignment.map(|a| a.channel.clone()).unwrap_or_default(),
                assignment
                    .map(|a| naming::channel_name(&a.channel, lang).to_owned())
                    .unwrap_or_default(),
                assignment.map(|a| a.client_id.clone()).unwrap_or_default(),
                assignment.map(|a| iso_utc(a.at)).unwrap_or_default(),
                finish.map(|f| f.date.clone()).unwrap_or_default(),
                finish.map(|f| iso_utc(f.at)).unwrap_or_default(),
                seconds(interaction.handle_time()),
                seconds(interaction.wrap_up()),
                if interaction.restored {
                    texts.csv_yes
                } else {
                    texts.csv_no
                }
                .to_owned(),
                comments.join(" | "),
                levels.join(" | "),
            ],
        );
    }
    out
}

fn push_row(out: &mut String, separator: char, cells: impl IntoIterator<Item = String>) {
    let cells: Vec<String> = cells.into_iter().map(|cell| csv_cell(&cell)).collect();
    out.push_str(&cells.join(&separator.to_string()));
    out.push_str("\r\n");
}

/// One cell: a value a spreadsheet would run as a formula is prefixed with `'`; a value holding
/// either separator (`,` or `;`: the file may be opened by a spreadsheet expecting the other
/// one), a quote or a line break is quoted, so it stays one cell whatever the spreadsheet's
/// separator (unquoted, `Ana;=cmd|…` would become a formula cell in a `;` spreadsheet).
fn csv_cell(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if value.contains([',', ';', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// The shift as plain data, `{"active": [...], "history": [...]}`: what an element's
/// `interactions()` returns.
pub fn to_value(cockpit: &Cockpit) -> Value {
    let interactions = |active: bool| -> Vec<Value> {
        rows(cockpit)
            .filter(|(_, is_active)| *is_active == active)
            .map(|(interaction, active)| interaction_json(interaction, active))
            .collect()
    };
    json!({ "active": interactions(true), "history": interactions(false) })
}

/// Everything, as JSON: `{"exportedAt", "active": [...], "history": [...]}`.
pub fn to_json(cockpit: &Cockpit, exported_at: u64) -> String {
    let interactions = |active: bool| -> Vec<Value> {
        rows(cockpit)
            .filter(|(_, is_active)| *is_active == active)
            .map(|(interaction, active)| interaction_json(interaction, active))
            .collect()
    };
    let export = json!({
        "exportedAt": iso_utc(exported_at),
        "active": interactions(true),
        "history": interactions(false),
    });
    serde_json::to_string_pretty(&export).unwrap_or_else(|_| export.to_string())
}

fn interaction_json(interaction: &Interaction, active: bool) -> Value {
    json!({
        "status": status(interaction, active),
        "guid": interaction.guid,
        "assignment": interaction.assignment.as_ref().map(|a| json!({
            "campaign": a.campaign,
            "channel": a.channel,
            "clientId": a.client_id,
            "assignedAt": iso_utc(a.at),
        })),
        "finish": interaction.finish.as_ref().map(|f| json!({
            "finishDate": f.date,
            "finishedAt": iso_utc(f.at),
        })),
        "restoredAfterReload": interaction.restored,
        "handleSeconds": interaction.handle_time().map(|ms| ms / 1_000),
        "wrapUpSeconds": interaction.wrap_up().map(|ms| ms / 1_000),
        "dispositions": interaction.dispositions.iter().map(|d| json!({
            "comment": d.comment,
            "levels": d.levels.iter().map(|l| json!({"id": l.id, "value": l.value})).collect::<Vec<_>>(),
            "receivedAt": d.at.map(iso_utc),
        })).collect::<Vec<_>>(),
    })
}

/// A share in percent with one decimal, written as a spreadsheet in this language reads it.
fn percent(part: usize, whole: usize, decimal: char) -> String {
    let tenths = (Report::share(part, whole) * 1_000.0).round() as u64;
    format!("{}{decimal}{}", tenths / 10, tenths % 10)
}

/// The report as CSV, one section per table (a line naming it, the headers, the rows, an empty
/// line), with the shift export's byte order mark, separator, quoting and localised headers.
/// Times are in whole seconds; shares in percent; hours as ISO 8601 local times.
pub fn report_csv(report: &Report, style: CsvStyle) -> String {
    let lang = style.lang;
    let texts = lang.texts();
    let separator = style.separator();
    let mut out = String::from('\u{feff}');
    let mut section = |title: &str, header: Vec<String>, rows: Vec<Vec<String>>| {
        push_row(
            &mut out,
            separator,
            [texts.report_csv_section.to_owned(), title.to_owned()],
        );
        push_row(&mut out, separator, header);
        for row in rows {
            push_row(&mut out, separator, row);
        }
        out.push_str("\r\n");
    };
    let scope = match report.since {
        None => texts.report_scope_shift.to_owned(),
        Some(since) => iso_local(since.at, since.offset_minutes),
    };
    let dials = &report.dials;
    let dial = |outcome: &str| format!("{} – {outcome}", texts.report_dials);
    let figures: [(String, String); 10] = [
        (texts.report_csv_scope.into(), scope),
        (texts.report_handled.into(), report.handled.to_string()),
        (texts.report_active.into(), report.active.to_string()),
        (
            texts.report_orphaned.into(),
            report.possibly_orphaned.to_string(),
        ),
        (
            texts.report_reported_only.into(),
            report.reported_only.to_string(),
        ),
        (dial(texts.report_dials_sent), dials.sent.to_string()),
        (
            dial(texts.report_dials_answered),
            dials.answered.to_string(),
        ),
        (
            dial(texts.report_dials_not_answered),
            dials.not_answered.to_string(),
        ),
        (
            dial(texts.report_dials_not_sent),
            dials.not_sent.to_string(),
        ),
        (dial(texts.report_dials_pending), dials.pending.to_string()),
    ];
    section(
        texts.report_heading,
        vec![
            texts.report_csv_figure.into(),
            texts.report_csv_value.into(),
        ],
        figures
            .into_iter()
            .map(|(name, value)| vec![name, value])
            .collect(),
    );
    for table in tables::tables(report, texts) {
        let cell = |cell: &Cell| match cell {
            Cell::Count(count) => count.to_string(),
            Cell::Share { part, whole } => percent(*part, *whole, style.decimal),
            Cell::Duration(ms) => ms.map(|ms| (ms / 1_000).to_string()).unwrap_or_default(),
        };
        let label = |label: &Label| match label {
            Label::Text(text) | Label::Channel(text) | Label::Campaign(text) => text.clone(),
            Label::Hour(start) => iso_local(start.at, start.offset_minutes),
        };
        // A channel's name beside its id; a campaign's direction beside its raw name.
        let detail = |label: &Label| match label {
            Label::Channel(id) => naming::channel_name(id, lang).to_owned(),
            Label::Campaign(raw) => naming::campaign(raw)
                .direction
                .map(|direction| direction.text(texts).to_owned())
                .unwrap_or_default(),
            Label::Text(_) | Label::Hour(_) => String::new(),
        };
        let columns = table.columns.iter().map(|column| column.csv.clone());
        let (header, rows): (Vec<String>, Vec<Vec<String>>) = if table.is_tree() {
            // Level, then the whole path of values: a row reads alone in a spreadsheet.
            let header = [texts.report_csv_level.to_owned(), table.label_csv.clone()];
            let rows = table.rows.iter().map(|row| {
                let mut path = row.path.clone();
                path.push(label(&row.label));
                [(row.path.len() + 1).to_string(), path.join(" › ")]
                    .into_iter()
                    .chain(row.cells.iter().map(cell))
                    .collect()
            });
            (header.into_iter().chain(columns).collect(), rows.collect())
        } else {
            let header = std::iter::once(table.label_csv.clone())
                .chain(table.detail_csv.map(str::to_owned))
                .chain(columns)
                .collect();
            let rows = table.rows.iter().map(|row| {
                std::iter::once(label(&row.label))
                    .chain(table.detail_csv.map(|_| detail(&row.label)))
                    .chain(row.cells.iter().map(cell))
                    .collect()
            });
            (header, rows.collect())
        };
        section(table.title, header, rows);
    }
    out
}

/// The report as plain data: what an element's `report()` returns. Times in milliseconds,
/// shares between 0 and 1, instants as ISO 8601 local times.
pub fn report_value(report: &Report) -> Value {
    let local = |time: &LocalTime| iso_local(time.at, time.offset_minutes);
    let counts = |key: &str, counts: &[Count]| -> Vec<Value> {
        counts
            .iter()
            .map(|count| {
                json!({
                    key: count.name,
                    "count": count.count,
                    "share": Report::share(count.count, report.handled),
                })
            })
            .collect()
    };
    let times = |times: &Times| {
        json!({
            "known": times.known,
            "unknown": times.unknown,
            "medianMs": times.median,
            "p90Ms": times.p90,
            "meanMs": times.mean,
        })
    };
    fn tree(nodes: &[Node], parent: usize) -> Vec<Value> {
        nodes
            .iter()
            .map(|node| {
                json!({
                    "label": node.label,
                    "count": node.count,
                    "share": Report::share(node.count, parent),
                    "children": tree(&node.children, node.count),
                })
            })
            .collect()
    }
    let dials = &report.dials;
    json!({
        "since": report.since.as_ref().map(local),
        "handled": report.handled,
        "reportedOnly": report.reported_only,
        "active": report.active,
        "possiblyOrphaned": report.possibly_orphaned,
        "byChannel": counts("channel", &report.by_channel),
        "byCampaign": counts("campaign", &report.by_campaign),
        "handle": times(&report.handle),
        "wrapUp": times(&report.wrap_up),
        "channelTimes": report.channel_times.iter().map(|row| json!({
            "channel": row.channel,
            "handle": times(&row.handle),
            "wrapUp": times(&row.wrap_up),
        })).collect::<Vec<_>>(),
        "dispositions": { "disposed": report.disposed, "tree": tree(&report.dispositions, report.disposed) },
        "perHour": report.per_hour.iter().map(|hour| json!({
            "start": local(&hour.start),
            "count": hour.count,
        })).collect::<Vec<_>>(),
        "dials": {
            "sent": dials.sent,
            "answered": dials.answered,
            "notAnswered": dials.not_answered,
            "notSent": dials.not_sent,
            "pending": dials.pending,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::{AssignedInteraction, Event, FinishedInteraction, SentDisposition};
    use crate::state::Action;

    fn shift() -> Cockpit {
        let mut cockpit = Cockpit::default();
        let events = vec![
            Event::AssignedInteraction(AssignedInteraction {
                guid: "a-1".into(),
                campaign: "Ventas, Norte<-".into(),
                channel: "telephony".into(),
                client_id: "=cmd|' /C calc'!A0".into(),
            }),
            Event::AssignedInteraction(AssignedInteraction {
                guid: "f-1".into(),
                campaign: "Soporte".into(),
                channel: "email".into(),
                client_id: "42".into(),
            }),
            Event::SentDisposition(SentDisposition {
                guid: "f-1".into(),
                comment: "said \"thanks\"\nand left".into(),
                levels_id: vec!["1".into(), "2".into()],
                levels_value: vec!["Sale".into()],
            }),
            Event::SentDisposition(SentDisposition {
                guid: "f-1".into(),
                comment: "second".into(),
                levels_id: vec![],
                levels_value: vec!["x".into()],
            }),
            Event::FinishedInteraction(FinishedInteraction {
                guid: "f-1".into(),
                finish_date: "2024-05-10 14:33:12".into(),
            }),
        ];
        for (n, event) in events.into_iter().enumerate() {
            cockpit.apply(Action::Received {
                at: 1_715_362_392_000 + n as u64 * 1_000,
                origin: String::new(),
                message: event.into(),
            });
        }
        cockpit
    }

    #[test]
    fn a_cell_stays_one_cell_whatever_the_spreadsheets_separator() {
        let table = [
            ("Ana", "Ana"),
            ("Ana;=cmd|' /C calc'!A0;x", "\"Ana;=cmd|' /C calc'!A0;x\""),
            ("Ana,=cmd|' /C calc'!A0,x", "\"Ana,=cmd|' /C calc'!A0,x\""),
            ("=1+1", "'=1+1"),
            ("+598 99", "'+598 99"),
            ("-1", "'-1"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("=a;b", "\"'=a;b\""),
            ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("two\nlines", "\"two\nlines\""),
        ];
        for (value, expected) in table {
            assert_eq!(csv_cell(value), expected, "{value}");
        }
    }

    #[test]
    fn csv_has_every_field_quoted_safely() {
        let csv = to_csv(&shift(), CsvStyle::of_lang(Lang::En));
        let csv = csv.strip_prefix('\u{feff}').expect("a byte order mark");
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[0], csv_header(Lang::En.texts()).join(","));
        assert_eq!(
            lines[1],
            "active,a-1,\"Ventas, Norte<-\",Inbound,telephony,Phone,'=cmd|' /C calc'!A0,2024-05-10T17:33:12.000Z,,,,,no,,"
        );
        assert_eq!(
            csv.split("\r\n").skip(2).collect::<Vec<_>>().join("\r\n"),
            "finished,f-1,Soporte,,email,Email,42,2024-05-10T17:33:13.000Z,2024-05-10 14:33:12,\
             2024-05-10T17:33:16.000Z,3,0,no,\"said \"\"thanks\"\"\nand left | second\",\"1=Sale; 2= | =x\"\r\n"
        );
    }

    #[test]
    fn csv_speaks_the_agents_language_with_its_separator() {
        let csv = to_csv(&shift(), CsvStyle::of_lang(Lang::Es));
        assert!(csv.starts_with('\u{feff}'));
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(lines[0], csv_header(Lang::Es.texts()).join(";"));
        assert!(lines[0].contains("Campaña"), "{}", lines[0]);
        assert!(lines[1].starts_with(&format!(
            "{};a-1;\"Ventas, Norte<-\";Entrante;telephony;Teléfono;",
            Lang::Es.texts().csv_active
        )));
        assert!(
            lines[2].ends_with(";\"1=Sale; 2= | =x\""),
            "a cell holding the separator is quoted: {}",
            lines[2]
        );
        for lang in Lang::ALL {
            let header = csv_header(lang.texts());
            let unique: std::collections::HashSet<_> = header.iter().collect();
            assert_eq!(
                unique.len(),
                header.len(),
                "{lang:?} names each column once"
            );
        }
    }

    #[test]
    fn the_separator_follows_the_locales_decimal_symbol_not_the_language() {
        // es-MX writes 1,534.5 (the browser's Intl says "."): fields take a comma. es-UY writes
        // 1.534,5: fields take a semicolon.
        let mexico = CsvStyle {
            lang: Lang::Es,
            decimal: '.',
        };
        let uruguay = CsvStyle {
            lang: Lang::Es,
            decimal: ',',
        };
        let header = |style| {
            to_csv(&shift(), style)
                .trim_start_matches('\u{feff}')
                .split("\r\n")
                .next()
                .unwrap_or_default()
                .to_owned()
        };
        assert_eq!(header(mexico), csv_header(Lang::Es.texts()).join(","));
        assert_eq!(header(uruguay), csv_header(Lang::Es.texts()).join(";"));
        let report = report_of(&shift(), None);
        assert!(report_csv(&report, mexico).contains("\r\nemail,Correo,1,100.0\r\n"));
        assert!(report_csv(&report, uruguay).contains("\r\nemail;Correo;1;\"100,0\"\r\n"));
        assert_eq!(CsvStyle::of_lang(Lang::Pt).separator(), ';');
        assert_eq!(CsvStyle::of_lang(Lang::En).separator(), ',');
    }

    #[test]
    fn json_has_every_field() {
        let value: Value = serde_json::from_str(&to_json(&shift(), 0)).unwrap();
        assert_eq!(value["exportedAt"], "1970-01-01T00:00:00.000Z");
        assert_eq!(
            value["active"][0]["assignment"]["clientId"],
            "=cmd|' /C calc'!A0"
        );
        let finished = &value["history"][0];
        assert_eq!(finished["status"], "finished");
        assert_eq!(finished["finish"]["finishDate"], "2024-05-10 14:33:12");
        assert_eq!(
            finished["dispositions"][0]["levels"][1],
            json!({"id": "2", "value": null})
        );
        assert_eq!(
            finished["dispositions"][1]["levels"][0],
            json!({"id": null, "value": "x"})
        );
    }

    fn report_of(cockpit: &Cockpit, since: Option<u64>) -> Report {
        let montevideo = |_: u64| -180;
        crate::report::compute(
            cockpit,
            &crate::report::Options {
                since,
                now: 1_715_400_000_000,
                orphan_after: 3_600_000,
                offset_minutes: &montevideo,
            },
        )
    }

    #[test]
    fn the_report_as_csv_has_one_section_per_table_in_the_agents_language() {
        let report = report_of(&shift(), None);
        let csv = report_csv(&report, CsvStyle::of_lang(Lang::Es));
        let csv = csv.strip_prefix('\u{feff}').expect("a byte order mark");
        let sections: Vec<Vec<&str>> = csv
            .split("\r\n\r\n")
            .filter(|section| !section.is_empty())
            .map(|section| section.split("\r\n").collect())
            .collect();
        let titles: Vec<&str> = sections.iter().map(|lines| lines[0]).collect();
        assert_eq!(
            titles,
            [
                "Sección;Reporte del turno",
                "Sección;Por canal",
                "Sección;Por campaña",
                "Sección;Tiempos de atención y de cierre",
                "Sección;Tipificaciones",
                "Sección;Interacciones por hora",
            ]
        );
        assert_eq!(sections[0][1], "Indicador;Valor");
        assert_eq!(
            sections[0][2],
            "Período;Todo el turno guardado en este navegador"
        );
        assert_eq!(sections[0][3], "Interacciones atendidas;1");
        assert_eq!(sections[0][4], "Aún activas;1");
        assert_eq!(sections[0][7], "Solicitudes – Enviadas;0");
        assert_eq!(
            sections[1][1],
            "Canal;Nombre del canal;Interacciones;Proporción (%)"
        );
        assert_eq!(sections[1][2], "email;Correo;1;\"100,0\"");
        assert_eq!(
            sections[2][1],
            "Campaña;Dirección;Interacciones;Proporción (%)"
        );
        assert_eq!(
            sections[2][2], "Soporte;;1;\"100,0\"",
            "a campaign without an arrow"
        );
        assert_eq!(
            sections[3][1],
            "Canal;Nombre del canal;Atención – Mediana (s);Atención – Percentil 90 (s);Atención – Promedio (s);\
             Atención – Sin tiempo conocido;Cierre – Mediana (s);Cierre – Percentil 90 (s);\
             Cierre – Promedio (s);Cierre – Sin tiempo conocido"
        );
        // f-1: assigned at +1 s, disposed at +2 s and +3 s, finished at +4 s: handle 3 s, the
        // first disposition before the finish, so wrap-up 0.
        assert_eq!(sections[3][2], "Todos los canales;;3;3;3;0;0;0;0;0");
        assert_eq!(sections[3][3], "email;Correo;3;3;3;0;0;0;0;0");
        assert_eq!(
            sections[4][1],
            "Nivel;Tipificación;Interacciones;Proporción (%)"
        );
        assert_eq!(
            &sections[4][2..],
            ["1;x;1;\"100,0\""],
            "the latest disposition counts (a level with a value and no id)"
        );
        // 2024-05-10T17:33:16Z, three hours behind.
        assert_eq!(sections[5][2], "2024-05-10T14:00-03:00;1");

        let english = report_csv(&report, CsvStyle::of_lang(Lang::En));
        assert!(english.contains("\r\nemail,Email,1,100.0\r\n"));
        let since = report_csv(
            &report_of(&shift(), Some(1_715_362_392_000)),
            CsvStyle::of_lang(Lang::En),
        );
        assert!(
            since.contains("\r\nPeriod,2024-05-10T14:33-03:00\r\n"),
            "{since}"
        );
    }

    #[test]
    fn the_shift_as_plain_data_splits_active_from_history() {
        let value = to_value(&shift());
        let guids = |key: &str| -> Vec<String> {
            value[key]
                .as_array()
                .unwrap()
                .iter()
                .map(|row| row["guid"].as_str().unwrap().to_owned())
                .collect()
        };
        assert_eq!(guids("active"), ["a-1"]);
        assert_eq!(guids("history"), ["f-1"]);
        assert_eq!(
            value["active"][0]["assignment"]["clientId"], "=cmd|' /C calc'!A0",
            "data, not a cell"
        );
        assert_eq!(
            value["history"][0]["dispositions"].as_array().map(Vec::len),
            Some(2)
        );
        assert_eq!(
            to_value(&Cockpit::default()),
            json!({"active": [], "history": []})
        );
    }

    #[test]
    fn shares_round_to_a_tenth_of_a_percent() {
        assert_eq!(percent(1, 3, '.'), "33.3");
        assert_eq!(percent(2, 3, ','), "66,7");
        assert_eq!(percent(0, 0, '.'), "0.0");
        assert_eq!(percent(7, 7, ','), "100,0");
    }

    #[test]
    fn the_report_as_plain_data_has_every_figure() {
        let value = report_value(&report_of(&shift(), None));
        assert_eq!(value["handled"], 1);
        assert_eq!(value["active"], 1);
        assert_eq!(value["since"], Value::Null);
        assert_eq!(
            value["byChannel"],
            json!([{"channel": "email", "count": 1, "share": 1.0}])
        );
        assert_eq!(value["byCampaign"][0]["campaign"], "Soporte");
        assert_eq!(
            value["handle"],
            json!({"known": 1, "unknown": 0, "medianMs": 3000, "p90Ms": 3000, "meanMs": 3000})
        );
        assert_eq!(value["channelTimes"][0]["channel"], "email");
        assert_eq!(
            value["dispositions"],
            json!({"disposed": 1, "tree": [{"label": "x", "count": 1, "share": 1.0, "children": []}]})
        );
        assert_eq!(
            value["perHour"],
            json!([{"start": "2024-05-10T14:00-03:00", "count": 1}])
        );
        assert_eq!(
            value["dials"],
            json!({"sent": 0, "answered": 0, "notAnswered": 0, "notSent": 0, "pending": 0})
        );
    }
}
