//! The report's tables as one model: what each table holds, in the agent's language, with typed
//! cells. The panel's view renders them (numbers and times through the browser's `Intl`, each
//! beside its chart) and the CSV writes them (plain numbers, seconds, ISO times): the tables
//! are defined once.

use super::{Count, LocalTime, Node, Report, Times};
use crate::i18n::Texts;
use crate::state::Millis;

/// One cell's value, formatted by whoever shows it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Count(usize),
    /// A share of `whole`.
    Share {
        part: usize,
        whole: usize,
    },
    /// A duration; `None` when unknown.
    Duration(Option<Millis>),
}

/// A column: its heading on screen, its header in the CSV.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub label: &'static str,
    /// On screen, columns of one group share a heading above them.
    pub group: Option<&'static str>,
    pub csv: String,
}

/// What names a row.
#[derive(Debug, Clone, PartialEq)]
pub enum Label {
    Text(String),
    /// A channel, by uContact's id: shown by its name, with its icon (`crate::naming`).
    Channel(String),
    /// A campaign, by its raw name: shown without its arrow, with its direction.
    Campaign(String),
    /// The start of a local hour.
    Hour(LocalTime),
}

/// One row: what it is about, and its cells in the columns' order.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub label: Label,
    /// In a tree, the labels of the rows above this one (empty at the first level).
    pub path: Vec<String>,
    /// The row that sums up the others (the times of all channels).
    pub total: bool,
    pub cells: Vec<Cell>,
}

/// Which table; also its element id on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    ByChannel,
    ByCampaign,
    Times,
    Dispositions,
    PerHour,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub kind: Kind,
    pub title: &'static str,
    /// The rows' own heading (channel, campaign, hour, …) on screen and in the CSV.
    pub label: &'static str,
    pub label_csv: String,
    /// The CSV's second column for the label, when it has one: a channel's name beside its id,
    /// a campaign's direction beside its raw name.
    pub detail_csv: Option<&'static str>,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

impl Table {
    /// Whether it is a tree (the dispositions): each row's path says where it sits.
    pub fn is_tree(&self) -> bool {
        self.kind == Kind::Dispositions
    }

    /// The labels and counts a chart of this table draws (the first level of a tree); `None`
    /// for a table drawn by no chart.
    pub fn chart(&self) -> Option<Vec<(&Label, usize)>> {
        if self.kind == Kind::Times {
            return None;
        }
        let items = self
            .rows
            .iter()
            .filter(|row| row.path.is_empty())
            .filter_map(|row| match row.cells.first() {
                Some(Cell::Count(count)) => Some((&row.label, *count)),
                _ => None,
            })
            .collect();
        Some(items)
    }
}

/// The report's tables, in the order they are shown and exported; those with nothing to show
/// (no disposition at all) are left out.
pub fn tables(report: &Report, texts: &Texts) -> Vec<Table> {
    let mut tables = vec![
        counts(
            Kind::ByChannel,
            (texts.report_by_channel, texts.field_channel),
            (Label::Channel, texts.csv_channel_name),
            &report.by_channel,
            report.handled,
            texts,
        ),
        counts(
            Kind::ByCampaign,
            (texts.report_by_campaign, texts.field_campaign),
            (Label::Campaign, texts.csv_direction),
            &report.by_campaign,
            report.handled,
            texts,
        ),
        times(report, texts),
    ];
    if report.disposed > 0 {
        tables.push(dispositions(report, texts));
    }
    tables.push(per_hour(report, texts));
    tables
}

/// A channel's or campaign's row label; "Unknown" for interactions first seen finished.
fn name(name: &Option<String>, known: fn(String) -> Label, texts: &Texts) -> Label {
    match name {
        Some(name) => known(name.clone()),
        None => Label::Text(texts.report_unknown.to_owned()),
    }
}

fn count_columns(texts: &Texts) -> Vec<Column> {
    vec![
        Column {
            label: texts.report_count,
            group: None,
            csv: texts.report_count.to_owned(),
        },
        Column {
            label: texts.report_share,
            group: None,
            csv: texts.report_csv_share.to_owned(),
        },
    ]
}

fn counts(
    kind: Kind,
    (title, label): (&'static str, &'static str),
    (known, detail): (fn(String) -> Label, &'static str),
    counts: &[Count],
    total: usize,
    texts: &Texts,
) -> Table {
    Table {
        kind,
        title,
        label,
        label_csv: label.to_owned(),
        detail_csv: Some(detail),
        columns: count_columns(texts),
        rows: counts
            .iter()
            .map(|count| Row {
                label: name(&count.name, known, texts),
                path: Vec::new(),
                total: false,
                cells: vec![
                    Cell::Count(count.count),
                    Cell::Share {
                        part: count.count,
                        whole: total,
                    },
                ],
            })
            .collect(),
    }
}

fn times(report: &Report, texts: &Texts) -> Table {
    let mut columns = Vec::new();
    for group in [texts.field_handle, texts.field_wrap_up] {
        for figure in [texts.report_median, texts.report_p90, texts.report_mean] {
            let name = format!("{group} – {figure}");
            columns.push(Column {
                label: figure,
                group: Some(group),
                csv: crate::i18n::fill(texts.report_csv_seconds, &[("name", &name)]),
            });
        }
        columns.push(Column {
            label: texts.report_unknown_times,
            group: Some(group),
            csv: format!("{group} – {}", texts.report_unknown_times),
        });
    }
    let cells = |handle: &Times, wrap_up: &Times| {
        [handle, wrap_up]
            .into_iter()
            .flat_map(|times| {
                [
                    Cell::Duration(times.median),
                    Cell::Duration(times.p90),
                    Cell::Duration(times.mean),
                    Cell::Count(times.unknown),
                ]
            })
            .collect()
    };
    let all = Row {
        label: Label::Text(texts.report_all.to_owned()),
        path: Vec::new(),
        total: true,
        cells: cells(&report.handle, &report.wrap_up),
    };
    let by_channel = report.channel_times.iter().map(|times| Row {
        label: name(&times.channel, Label::Channel, texts),
        path: Vec::new(),
        total: false,
        cells: cells(&times.handle, &times.wrap_up),
    });
    Table {
        kind: Kind::Times,
        title: texts.report_times,
        label: texts.field_channel,
        label_csv: texts.field_channel.to_owned(),
        detail_csv: Some(texts.csv_channel_name),
        columns,
        rows: std::iter::once(all).chain(by_channel).collect(),
    }
}

fn dispositions(report: &Report, texts: &Texts) -> Table {
    fn walk(
        nodes: &[Node],
        parent: usize,
        path: &mut Vec<String>,
        texts: &Texts,
        rows: &mut Vec<Row>,
    ) {
        for node in nodes {
            let label = node
                .label
                .clone()
                .unwrap_or_else(|| texts.report_no_level.to_owned());
            rows.push(Row {
                label: Label::Text(label.clone()),
                path: path.clone(),
                total: false,
                cells: vec![
                    Cell::Count(node.count),
                    Cell::Share {
                        part: node.count,
                        whole: parent,
                    },
                ],
            });
            path.push(label);
            walk(&node.children, node.count, path, texts, rows);
            path.pop();
        }
    }
    let mut rows = Vec::new();
    walk(
        &report.dispositions,
        report.disposed,
        &mut Vec::new(),
        texts,
        &mut rows,
    );
    Table {
        kind: Kind::Dispositions,
        title: texts.report_dispositions,
        label: texts.report_csv_path,
        label_csv: texts.report_csv_path.to_owned(),
        detail_csv: None,
        columns: count_columns(texts),
        rows,
    }
}

fn per_hour(report: &Report, texts: &Texts) -> Table {
    Table {
        kind: Kind::PerHour,
        title: texts.report_per_hour,
        label: texts.report_hour,
        label_csv: texts.report_csv_hour.to_owned(),
        detail_csv: None,
        columns: vec![Column {
            label: texts.report_count,
            group: None,
            csv: texts.report_count.to_owned(),
        }],
        rows: report
            .per_hour
            .iter()
            .map(|hour| Row {
                label: Label::Hour(hour.start),
                path: Vec::new(),
                total: false,
                cells: vec![Cell::Count(hour.count)],
            })
            .collect(),
    }
}
