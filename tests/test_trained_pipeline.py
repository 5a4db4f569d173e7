"""The --model path: a trained spaCy pipeline loads, and its entities type speakers.

No trained English pipeline can be downloaded here, so the test trains a tiny NER
pipeline itself, saves it to disk and loads it by path, as a user would load one.
"""

import json
import random

import pytest
import spacy
from click.testing import CliRunner
from spacy.training import Example

from quotes.cli import cli
from quotes.pipeline import load_pipeline

TRAIN = [
    ("“We will win,” Acme Zorblat said.", [(15, 27, "ORG")]),
    ("Acme Zorblat said the plan works.", [(0, 12, "ORG")]),
    ("“It is done,” Jane Doe said.", [(14, 22, "PERSON")]),
    ("Jane Doe told reporters the vote was close.", [(0, 8, "PERSON")]),
    ("The board of Acme Zorblat met on Monday.", [(13, 25, "ORG")]),
    ("Officials at Acme Zorblat declined to comment.", [(13, 25, "ORG")]),
]
TEXT = "“We will win,” Acme Zorblat said."


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    random.seed(0)
    nlp = spacy.blank("en")
    ner = nlp.add_pipe("ner")
    examples = [Example.from_dict(nlp.make_doc(t), {"entities": ents}) for t, ents in TRAIN]
    for _, ents in TRAIN:
        for *_, label in ents:
            ner.add_label(label)
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(40):
        random.shuffle(examples)
        nlp.update(examples, sgd=optimizer, drop=0.0)
    path = tmp_path_factory.mktemp("model") / "tiny_ner"
    nlp.to_disk(path)
    return path


def test_trained_pipeline_loads_by_path_with_quote_components(tiny_model):
    nlp = load_pipeline(str(tiny_model))
    assert nlp.pipe_names == ["ner", "quote_finder", "quote_attributor"]


def test_entities_from_the_model_type_the_speaker(tiny_model):
    with_model = load_pipeline(str(tiny_model))(TEXT)
    assert [(e.text, e.label_) for e in with_model.ents] == [("Acme Zorblat", "ORG")]
    (q,) = with_model._.quotes
    assert (q.speaker, q.speaker_type) == ("Acme Zorblat", "organization")
    (rules_only,) = load_pipeline()(TEXT)._.quotes
    assert rules_only.speaker_type == "person"


def test_cli_model_option(tiny_model, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(article), "--model", str(tiny_model)], catch_exceptions=False)
    (record,) = [json.loads(line) for line in result.output.splitlines()]
    assert record["speaker_type"] == "organization"
