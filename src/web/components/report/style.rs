//! The report's look: figures as tiles, tables and charts in the theme's colours.

static_style!(
    pub style,
    "ck-report",
    r#"
            display: grid;
            gap: 16px;
            .ck-report-head { display: grid; gap: 6px; }
            h2 { font-size: 16px; }
            h3 { font-size: 14px; margin-bottom: 6px; }
            .ck-report-scope, .ck-hint { color: var(--muted); font-size: 12px; margin: 0; }
            .ck-report-tools { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
            .ck-report-from { display: inline-flex; align-items: center; gap: 6px; }
            .ck-report-from input {
                font: inherit;
                padding: 4px 6px;
                border: 1px solid var(--border);
                border-radius: 4px;
                background: var(--surface);
                color: var(--text);
            }
            .ck-report-close { margin-left: auto; }
            .ck-report-dials h3 { margin-bottom: 6px; }
            .ck-figures {
                display: grid;
                grid-template-columns: repeat(auto-fill, minmax(130px, 1fr));
                gap: 8px;
                margin: 0;
            }
            .ck-figure {
                padding: 8px 10px;
                border: 1px solid var(--border);
                border-radius: 6px;
                background: var(--surface);
            }
            .ck-figure dt { font-size: 12px; color: var(--muted); }
            .ck-figure dd { margin: 2px 0 0; font-size: 20px; font-weight: 700; font-variant-numeric: tabular-nums; }
            .ck-report-section {
                padding: 10px;
                border: 1px solid var(--border);
                border-radius: 6px;
                background: var(--surface);
                break-inside: avoid;
            }
            .ck-chart { display: block; max-width: 100%; height: auto; margin-bottom: 8px; }
            .ck-chart-bar { fill: var(--primary); }
            .ck-chart-label, .ck-chart-value { fill: var(--text); font-size: 12px; }
            .ck-chart-axis { stroke: var(--border); }
            .ck-table-scroll { overflow-x: auto; }
            .ck-table { border-collapse: collapse; width: 100%; font-size: 13px; }
            .ck-table th, .ck-table td {
                padding: 4px 6px;
                border-bottom: 1px solid var(--border);
                text-align: left;
                font-weight: normal;
            }
            .ck-table thead th { font-weight: 700; color: var(--muted); font-size: 12px; }
            .ck-table .ck-number { text-align: right; font-variant-numeric: tabular-nums; }
            .ck-table .ck-total th, .ck-table .ck-total td { font-weight: 700; }
            .ck-tree .ck-depth-1 th { padding-left: 22px; }
            .ck-tree .ck-depth-2 th { padding-left: 38px; }
            .ck-tree .ck-depth-3 th { padding-left: 54px; }
            .ck-tree .ck-depth-4 th, .ck-tree .ck-depth-5 th { padding-left: 70px; }
            .ck-tree .ck-depth-0 th { font-weight: 700; }
        "#
);
