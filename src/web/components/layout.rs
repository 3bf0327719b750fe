//! The cockpit's layout, shared by the page in charge and an element that is not: uContact's
//! frame on the left, the panel on the right (its bar, the scrolling body, the dial form pinned
//! at its foot), collapsing to a rail; narrower than about 700 px the panel starts as a rail and
//! opens over the frame. The panel bar's and the recent dials' looks belong here too: they are
//! parts of the panel.

static_style!(pub layout, "ck-cockpit", r#"
            display: flex;
            height: 100%;
            min-width: 0;
            iframe {
                flex: 1 1 auto;
                min-width: 0;
                height: 100%;
                border: 0;
                background: var(--surface);
            }
            .ck-panel {
                flex: 0 0 clamp(380px, 30vw, 420px);
                min-width: 0;
                display: flex;
                flex-direction: column;
                min-height: 0;
                border-left: 1px solid var(--border);
                background: var(--bg);
            }
            &.ck-collapsed .ck-panel { flex-basis: 44px; }
            &.ck-reporting:not(.ck-collapsed) .ck-panel { flex-basis: clamp(380px, 64vw, 800px); }
            .ck-lists {
                display: grid;
                grid-template-columns: minmax(0, 1fr);
                align-content: start;
                gap: 14px;
            }
            .ck-lists[hidden] { display: none; }
            .ck-bar {
                display: flex;
                align-items: center;
                gap: 6px;
                padding: 6px 8px 6px 12px;
                border-bottom: 1px solid var(--border);
                background: var(--surface);
            }
            &.ck-collapsed .ck-bar {
                flex-direction: column;
                padding: 6px 4px;
                border-bottom: 0;
            }
            .ck-bar h1 { font-size: 15px; margin-right: auto; }
            .ck-report-button[aria-pressed="true"] {
                background: var(--primary);
                border-color: var(--primary);
                color: var(--on-primary);
            }
            .ck-toggle {
                width: 28px;
                height: 28px;
                border: 1px solid var(--border);
                border-radius: 4px;
                background: var(--surface);
                cursor: pointer;
            }
            .ck-rail {
                display: grid;
                justify-items: center;
                gap: 6px;
                width: 34px;
                padding: 6px 0;
                border: 0;
                border-radius: 4px;
                background: none;
                cursor: pointer;
            }
            .ck-rail-count, .ck-rail-new {
                min-width: 24px;
                padding: 1px 4px;
                border-radius: 10px;
                font-size: 12px;
                font-weight: 700;
                text-align: center;
            }
            .ck-rail-count { background: var(--primary); color: var(--on-primary); }
            .ck-rail-new { background: var(--danger); color: var(--on-danger); font-size: 11px; }
            .ck-body {
                flex: 1 1 auto;
                overflow-y: auto;
                display: grid;
                grid-template-columns: minmax(0, 1fr);
                align-content: start;
                gap: 14px;
                padding: 10px 10px 16px;
            }
            .ck-body[hidden], .ck-dock[hidden] { display: none; }
            .ck-dock {
                flex: 0 0 auto;
                padding: 8px 10px 10px;
                border-top: 1px solid var(--border);
                background: var(--surface);
                box-shadow: 0 -2px 6px rgba(0, 0, 0, 0.06);
            }
            .ck-shift-tools { display: flex; flex-wrap: wrap; gap: 8px; }
            .ck-end-shift { margin-left: auto; }
            .ck-dial-log { font-size: 12px; }
            .ck-dial-log summary { cursor: pointer; color: var(--muted); }
            .ck-dial-log ol { list-style: none; margin: 6px 0 0; padding: 0; display: grid; gap: 6px; }
            &.ck-remote .ck-panel { flex: 1 1 auto; border-left: 0; }
            @container (max-width: 700px) {
                position: relative;
                padding-right: 44px;
                .ck-panel {
                    position: absolute;
                    inset: 0 0 0 auto;
                    z-index: 2;
                    width: min(380px, 100%);
                    box-shadow: -4px 0 12px rgba(0, 0, 0, 0.25);
                }
                &.ck-collapsed .ck-panel { width: 44px; box-shadow: none; }
                &.ck-reporting:not(.ck-collapsed) .ck-panel { width: 100%; }
            }
        "#);
