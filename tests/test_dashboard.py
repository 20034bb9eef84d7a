"""The README's dashboard command, in headless Chromium: every chart draws data (issue 17, point 6)."""

from __future__ import annotations

import json
import os
import shlex
import signal
import subprocess
import sys

from PIL import Image

from ingest.config import REPO_ROOT
from tests.conftest import browse, chromium_path
from tests.readme import code_blocks

CHARTS = ("pairs", "network", "quoted", "status")


def readme_command() -> list[str]:
    (command,) = [line for block in code_blocks("Dashboard", "bash") for line in block.splitlines() if "parley dashboard" in line]
    words = shlex.split(command)
    assert words[0] == ".venv/bin/parley"
    return [sys.executable, "-m", "ingest", *words[1:]]  # `python -m ingest` is `parley`


def coloured_share(image: Image.Image) -> float:
    """Share of clearly coloured pixels (bars, points, lines; not white, grey or black text)."""
    rgb = image.convert("RGB")
    colourful = sum(1 for r, g, b in rgb.get_flattened_data() if max(r, g, b) - min(r, g, b) > 60)
    return colourful / (rgb.width * rgb.height)


def test_dashboard_renders_every_chart_with_data(sample_warehouse, tmp_path):
    env = {**os.environ, "PARLEY_WAREHOUSE": str(sample_warehouse)}
    server = subprocess.Popen(
        readme_command(), cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True
    )
    try:
        built = server.stdout.readline()
        assert built.startswith("dashboard: "), built + server.stdout.read()
        serving = server.stdout.readline()
        assert serving.startswith("serving on http://127.0.0.1:"), serving + server.stdout.read()
        url = serving.split()[2]
        chromium = chromium_path()
        dom = browse(chromium, url, tmp_path / "p1", "--dump-dom").stdout
        shot = REPO_ROOT / "target" / "screenshots" / "dashboard.png"
        shot.parent.mkdir(parents=True, exist_ok=True)
        browse(chromium, url, tmp_path / "p2", f"--screenshot={shot}", "--window-size=1400,2400")
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    for chart in CHARTS:
        section = dom.split(f'id="{chart}"', 1)[1].split("</section>", 1)[0]
        assert "<svg" in section and ("mark-rect" in section or "mark-symbol" in section), chart
    assert dom.count('class="mark-rect role-mark') >= 3  # bars of the three bar charts
    network = dom.split('id="network"', 1)[1].split("</section>", 1)[0]
    assert "Sergey Lavrov" in network and "Wang Yi" in network  # the people who met
    assert 'href="https://www.themoscowtimes.com/' in dom  # links to the source articles
    image = Image.open(shot)
    bands = {chart: coloured_share(image.crop((0, i * image.height // 5, image.width, (i + 1) * image.height // 5))) for i, chart in enumerate(CHARTS)}
    assert all(share > 0.001 for share in bands.values()), json.dumps(bands)  # an empty chart has only grey axes
