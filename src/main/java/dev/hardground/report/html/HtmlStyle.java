package dev.hardground.report.html;

/** The report's stylesheet, inlined in the page: system fonts, cards, zebra tables, no external resource. */
public final class HtmlStyle {
    private HtmlStyle() {
    }

    static final String CSS = """
            :root {
              --ink: #1f2933; --muted: #616e7c; --line: #e4e7eb; --ground: #f3f5f8; --card: #ffffff;
              --durable: #2f855a; --fragile: #b7791f; --at-risk: #c53030; --accent: #2b6cb0; --zebra: #f8fafc;
            }
            * { box-sizing: border-box; }
            html { -webkit-text-size-adjust: 100%; }
            body {
              margin: 0; background: var(--ground); color: var(--ink);
              font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
                    "Noto Sans", "Liberation Sans", sans-serif;
            }
            .page { max-width: 1200px; margin: 0 auto; padding: 32px 24px 40px; }
            .card {
              background: var(--card); border-radius: 14px; padding: 24px 28px; margin-top: 22px;
              box-shadow: 0 1px 3px rgba(16, 24, 40, .08), 0 1px 2px rgba(16, 24, 40, .04);
            }
            .hero { display: grid; grid-template-columns: minmax(0, 1fr) 300px; gap: 32px; margin-top: 0; }
            .eyebrow {
              margin: 0; font-size: 12px; font-weight: 700; letter-spacing: .09em; text-transform: uppercase;
              color: var(--muted);
            }
            h1 { font-size: 30px; line-height: 1.2; margin: 8px 0 6px; letter-spacing: -.01em; }
            h2 { font-size: 20px; margin: 0 0 4px; }
            .agreement { margin: 0 0 18px; color: var(--muted); font-size: 17px; }
            .plain-words { margin: 0 0 18px; font-size: 17px; line-height: 1.5; max-width: 75ch; }
            .facts { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 14px 24px; margin: 0; }
            .facts div { min-width: 0; }
            .facts dt { font-size: 12px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
            .facts dd { margin: 2px 0 0; font-weight: 600; overflow-wrap: anywhere; }
            .verdict {
              border-left: 1px solid var(--line); padding-left: 32px; display: flex; flex-direction: column;
              justify-content: center; gap: 10px;
            }
            .badge {
              display: inline-block; align-self: flex-start; padding: 5px 14px; border-radius: 999px; color: #fff;
              font-size: 14px; font-weight: 700; letter-spacing: .07em; text-transform: uppercase;
            }
            .badge.small { padding: 2px 10px; font-size: 11px; }
            .durable { background: var(--durable); } .fragile { background: var(--fragile); }
            .at-risk { background: var(--at-risk); }
            .score { font-size: 68px; font-weight: 800; line-height: 1; font-variant-numeric: tabular-nums; }
            .score small { font-size: 22px; font-weight: 600; color: var(--muted); margin-left: 4px; }
            .gauge { position: relative; height: 10px; border-radius: 5px; margin: 4px 0 2px; }
            .gauge .mark {
              position: absolute; top: -5px; width: 4px; height: 20px; margin-left: -2px; border-radius: 2px;
              background: var(--ink); box-shadow: 0 0 0 2px #fff;
            }
            .scale { position: relative; height: 1.5em; font-size: 12px; color: var(--muted); }
            .scale .at { position: absolute; top: 0; transform: translateX(-50%); white-space: nowrap; }
            .survival-line { margin: 6px 0 0; font-size: 15px; }
            .survival-line strong { font-size: 22px; }
            .lede { margin: 0 0 14px; color: var(--muted); max-width: 75ch; }
            figure.chart { margin: 8px 0 4px; }
            figure.chart svg { display: block; width: 100%; height: auto; }
            table { width: 100%; border-collapse: collapse; font-size: 14px; margin-top: 8px; }
            th {
              text-align: left; font-size: 12px; font-weight: 700; letter-spacing: .05em; text-transform: uppercase;
              color: var(--muted); border-bottom: 2px solid var(--line); padding: 8px 10px;
            }
            td { padding: 9px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
            tbody tr:nth-child(even) { background: var(--zebra); }
            th.num, td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
            td.pos { color: var(--durable); font-weight: 600; } td.neg { color: var(--at-risk); font-weight: 600; }
            .sub { color: var(--muted); font-size: 13px; } td .sub { display: block; }
            code { font: 13px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
              color: #3e4c59; overflow-wrap: anywhere; }
            table.explain td:first-child { width: 34%; }
            tr.group th { text-transform: none; letter-spacing: 0; font-size: 14px; color: var(--ink);
              background: var(--zebra); border-bottom: 1px solid var(--line); }
            tr.group th.pos { color: var(--durable); } tr.group th.neg { color: var(--at-risk); }
            details { margin-top: 10px; } summary { cursor: pointer; color: var(--accent); font-weight: 600; }
            .empty { color: var(--muted); font-style: italic; }
            footer { margin-top: 28px; text-align: center; font-size: 13px; color: var(--muted); }
            @media (max-width: 820px) {
              .hero { grid-template-columns: 1fr; } .verdict { border-left: 0; padding-left: 0; }
              .facts { grid-template-columns: repeat(2, minmax(0, 1fr)); }
            }
            @media (max-width: 480px) {
              .page { padding: 10px; } .card { padding: 14px; } h1 { font-size: 22px; }
              .score { font-size: 48px; } .facts { grid-template-columns: 1fr; }
              table { font-size: 13px; } th, td { padding: 6px 5px; }
              table.wide { display: block; overflow-x: auto; } /* many columns: the table scrolls, not the page */
              table.explain td:first-child { width: auto; } table.explain td:last-child { min-width: 12ch; }
              table.tornado td:first-child { overflow-wrap: anywhere; }
            }
            @media print {
              body { background: #fff; } .card { box-shadow: none; border: 1px solid var(--line); break-inside: avoid; }
            }
            """;
}
