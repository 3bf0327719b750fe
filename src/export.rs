//! The shift as files the agent downloads: CSV for spreadsheets and JSON for everything else,
//! active interactions first, then history newest first, every field and every disposition.

use serde_json::{Value, json};

use crate::datetime::iso_utc;
use crate::i18n::{Lang, Texts};
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
pub fn csv_header(texts: &Texts) -> [&'static str; 13] {
    [
        texts.csv_status,
        texts.csv_guid,
        texts.field_campaign,
        texts.field_channel,
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

/// The cell separator a spreadsheet in this language expects: a comma in English, a semicolon
/// where the decimal separator is a comma (Spanish, Portuguese), as Excel does.
pub fn csv_separator(lang: Lang) -> char {
    match lang {
        Lang::En => ',',
        Lang::Es | Lang::Pt => ';',
    }
}

/// The shift as CSV for a spreadsheet in the agent's language: a UTF-8 byte order mark (so
/// Excel reads accents right), headers and status in that language, its separator (see
/// [`csv_separator`]), CRLF line ends and RFC 4180 quoting. Several dispositions are joined
/// with ` | `; a disposition's levels read `id=value; id=value`. A cell that a spreadsheet
/// would run as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage return) is prefixed
/// with `'`.
pub fn to_csv(cockpit: &Cockpit, lang: Lang) -> String {
    let texts = lang.texts();
    let separator = csv_separator(lang);
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
                assignment.map(|a| a.channel.clone()).unwrap_or_default(),
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
    let cells: Vec<String> = cells
        .into_iter()
        .map(|cell| csv_cell(&cell, separator))
        .collect();
    out.push_str(&cells.join(&separator.to_string()));
    out.push_str("\r\n");
}

fn csv_cell(value: &str, separator: char) -> String {
    let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if value.contains([separator, '"', '\n', '\r']) {
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
                campaign: "Sales, North".into(),
                channel: "Phone".into(),
                client_id: "=cmd|' /C calc'!A0".into(),
            }),
            Event::AssignedInteraction(AssignedInteraction {
                guid: "f-1".into(),
                campaign: "Support".into(),
                channel: "Email".into(),
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
    fn csv_has_every_field_quoted_safely() {
        let csv = to_csv(&shift(), Lang::En);
        let csv = csv.strip_prefix('\u{feff}').expect("a byte order mark");
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[0], csv_header(Lang::En.texts()).join(","));
        assert_eq!(
            lines[1],
            "active,a-1,\"Sales, North\",Phone,'=cmd|' /C calc'!A0,2024-05-10T17:33:12.000Z,,,,,no,,"
        );
        assert_eq!(
            csv.split("\r\n").skip(2).collect::<Vec<_>>().join("\r\n"),
            "finished,f-1,Support,Email,42,2024-05-10T17:33:13.000Z,2024-05-10 14:33:12,\
             2024-05-10T17:33:16.000Z,3,0,no,\"said \"\"thanks\"\"\nand left | second\",1=Sale; 2= | =x\r\n"
        );
    }

    #[test]
    fn csv_speaks_the_agents_language_with_its_separator() {
        let csv = to_csv(&shift(), Lang::Es);
        assert!(csv.starts_with('\u{feff}'));
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(lines[0], csv_header(Lang::Es.texts()).join(";"));
        assert!(lines[0].contains("Campaña"), "{}", lines[0]);
        assert!(lines[1].starts_with(&format!(
            "{};a-1;Sales, North;",
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
}
