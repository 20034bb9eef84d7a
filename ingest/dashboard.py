"""``parley dashboard``: a static, offline dashboard over the published warehouse.

The charts are Vega-Lite specifications built with Altair and rendered to SVG by vl-convert
(which bundles Vega), so the page has no scripts and needs no network. Everything is read through
the read-only, locked-down connection of ``parley query``.
"""

from __future__ import annotations

import argparse
import functools
import html
import http.server
import socketserver
from datetime import UTC, datetime
from pathlib import Path

import altair as alt
import networkx as nx
import pandas as pd
import vl_convert

from ingest.config import warehouse_path
from ingest.warehouse.query import connect_read_only

PAIRS_SQL = """
with participant_countries as (
    select distinct b.meeting_id, p.country
    from bdg_meeting_participants b join dim_people p using (person_id)
    where p.country is not null
)
select date_trunc('month', coalesce(m.date_start, m.first_reported_at)) as month, a.country || ' – ' || b.country as pair, count(*) as meetings
from fct_meetings m
join participant_countries a on a.meeting_id = m.meeting_id
join participant_countries b on b.meeting_id = m.meeting_id and a.country < b.country
where coalesce(m.date_start, m.first_reported_at) is not null
group by all order by month
"""
NETWORK_SQL = """
select a.person_name as person_a, b.person_name as person_b, count(distinct a.meeting_id) as meetings
from bdg_meeting_participants a
join bdg_meeting_participants b on b.meeting_id = a.meeting_id and a.person_id < b.person_id
group by all order by person_a, person_b
"""
QUOTED_SQL = """
with counts as (
    select o.outlet_name as outlet, q.speaker_name as speaker, count(*) as quotes
    from fct_quotes q join dim_outlets o using (outlet_id)
    where q.speaker_type = 'person' and not q.is_duplicate_in_outlet
    group by all
)
select * from counts qualify row_number() over (partition by outlet order by quotes desc, speaker) <= 3
"""
STATUS_SQL = "select kind, status, count(*) as meetings from fct_meetings group by all"
SOURCES_SQL = """
select m.date_start, m.kind, m.status, m.participant_names_text,
       list(distinct {'title': coalesce(a.title, a.source_key), 'outlet': a.outlet_name, 'url': a.url}) as sources
from fct_meetings m join fct_meeting_mentions mm using (meeting_id) join dim_articles a using (article_id)
group by all order by m.date_start desc nulls last, m.participant_names_text limit 50
"""


def _frame(con, sql: str) -> pd.DataFrame:
    return con.execute(sql).df()


def pairs_chart(frame: pd.DataFrame) -> alt.Chart:
    """Meetings per month, stacked by the pair of countries taking part."""
    return (
        alt.Chart(frame, title="Meetings over time per pair of countries")
        .mark_bar()
        .encode(x=alt.X("yearmonth(month):T", title="month"), y=alt.Y("sum(meetings):Q", title="meetings"), color=alt.Color("pair:N"))
        .properties(width=700, height=260)
    )


def network_chart(frame: pd.DataFrame) -> alt.LayerChart:
    """Who meets whom: people as points (spring layout), one line per pair that met."""
    graph = nx.Graph()
    for row in frame.itertuples():
        graph.add_edge(row.person_a, row.person_b, weight=row.meetings)
    layout = nx.spring_layout(graph, seed=7) if graph.number_of_nodes() else {}
    nodes = pd.DataFrame([{"person": p, "x": float(x), "y": float(y), "degree": graph.degree(p)} for p, (x, y) in layout.items()])
    edges = pd.DataFrame(
        [
            {"x": layout[a][0], "y": layout[a][1], "x2": layout[b][0], "y2": layout[b][1], "meetings": d["weight"]}
            for a, b, d in graph.edges(data=True)
        ]
    )
    axis = alt.Axis(labels=False, ticks=False, grid=False, title=None, domain=False)
    lines = alt.Chart(edges).mark_rule(color="#7a9cc6").encode(
        x=alt.X("x:Q", axis=axis), y=alt.Y("y:Q", axis=axis), x2="x2:Q", y2="y2:Q", strokeWidth=alt.StrokeWidth("meetings:Q", legend=None)
    )
    points = alt.Chart(nodes).mark_circle(color="#d62728", opacity=0.9).encode(x="x:Q", y="y:Q", size=alt.Size("degree:Q", legend=None))
    labels = alt.Chart(nodes).mark_text(dy=-10, fontSize=11).encode(x="x:Q", y="y:Q", text="person:N")
    return alt.layer(lines, points, labels, title="Who meets whom").properties(width=700, height=420)


def quoted_chart(frame: pd.DataFrame) -> alt.Chart:
    """The three most-quoted people of every outlet."""
    return (
        alt.Chart(frame, title="Most-quoted people per outlet")
        .mark_bar()
        .encode(y=alt.Y("speaker:N", title=None, sort="-x"), x=alt.X("quotes:Q"), color=alt.Color("outlet:N"), row=alt.Row("outlet:N", title=None, header=alt.Header(labelAngle=0, labelAlign="left")))
        .properties(width=500)
        .resolve_scale(y="independent")
    )


def status_chart(frame: pd.DataFrame) -> alt.Chart:
    """Planned vs happened, per kind of meeting."""
    return (
        alt.Chart(frame, title="Planned vs happened")
        .mark_bar()
        .encode(x=alt.X("kind:N"), xOffset="status:N", y=alt.Y("meetings:Q"), color=alt.Color("status:N", scale=alt.Scale(range=["#2ca02c", "#ff7f0e"])))
        .properties(width=300, height=220)
    )


def _svg(chart) -> str:
    return vl_convert.vegalite_to_svg(chart.to_json())


def _sources_table(frame: pd.DataFrame) -> str:
    rows = []
    for row in frame.itertuples():
        links = []
        for source in row.sources:
            label = html.escape(f"{source['outlet'] or 'unknown outlet'}: {source['title']}")
            links.append(f'<a href="{html.escape(source["url"])}">{label}</a>' if source["url"] else label)
        day = "" if pd.isna(row.date_start) else str(row.date_start)[:10]
        rows.append(
            f"<tr><td>{day}</td><td>{html.escape(row.kind)}</td><td>{html.escape(row.status)}</td>"
            f"<td>{html.escape(row.participant_names_text)}</td><td>{'<br>'.join(links)}</td></tr>"
        )
    return (
        "<table><tr><th>date</th><th>kind</th><th>status</th><th>participants</th><th>sources</th></tr>" + "".join(rows) + "</table>"
    )


def build_dashboard(warehouse: Path, out_dir: Path) -> Path:
    """Render the dashboard of ``warehouse`` into ``out_dir/index.html``; returns that file."""
    con = connect_read_only(warehouse)
    try:
        frames = {name: _frame(con, sql) for name, sql in (("pairs", PAIRS_SQL), ("network", NETWORK_SQL), ("quoted", QUOTED_SQL), ("status", STATUS_SQL), ("sources", SOURCES_SQL))}
    finally:
        con.close()
    charts = [
        ("pairs", pairs_chart(frames["pairs"])),
        ("network", network_chart(frames["network"])),
        ("quoted", quoted_chart(frames["quoted"])),
        ("status", status_chart(frames["status"])),
    ]
    sections = "".join(f'<section id="{name}" class="chart">{_svg(chart)}</section>' for name, chart in charts)
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    page = (
        "<!doctype html><html><head><meta charset='utf-8'><title>Parley dashboard</title><style>"
        "body{font-family:sans-serif;margin:1.5em;color:#222}section{margin:1em 0}table{border-collapse:collapse;font-size:13px}"
        "td,th{border:1px solid #ddd;padding:.25em .6em;vertical-align:top;text-align:left}</style></head><body>"
        f"<h1>Parley: diplomacy dashboard</h1><p>Warehouse {html.escape(str(warehouse))}, rendered {stamp}.</p>"
        f"{sections}<section id='sources'><h2>Meetings and their sources</h2>{_sources_table(frames['sources'])}</section>"
        "</body></html>"
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    index = out_dir / "index.html"
    index.write_text(page, encoding="utf-8")
    return index


def cmd_dashboard(args: argparse.Namespace) -> int:
    """Build the dashboard beside the warehouse and optionally serve it on 127.0.0.1."""
    published = warehouse_path()
    out_dir = args.out or published.with_name(published.name + ".dashboard")
    index = build_dashboard(published, out_dir)
    print(f"dashboard: {index}")
    if args.serve:
        handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(out_dir))
        socketserver.TCPServer.allow_reuse_address = True  # restart right after a stop (no TIME_WAIT refusal)
        with socketserver.TCPServer(("127.0.0.1", args.port), handler) as server:
            print(f"serving on http://127.0.0.1:{server.server_address[1]}/ (Ctrl+C to stop)", flush=True)
            try:
                server.serve_forever()
            except KeyboardInterrupt:
                pass
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``parley dashboard`` to the CLI."""
    dashboard = sub.add_parser("dashboard", help="render the offline dashboard (and serve it with --serve)")
    dashboard.add_argument("--out", type=Path, help="folder for index.html (default: beside the warehouse)")
    dashboard.add_argument("--serve", action="store_true", help="serve it on 127.0.0.1")
    dashboard.add_argument("--port", type=int, default=8050)
    dashboard.set_defaults(func=cmd_dashboard)
