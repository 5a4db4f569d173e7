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


def test_reingesting_with_another_model_extracts_again_and_records_it(tiny_model, tmp_path):
    import sqlite_utils

    article, db_path = tmp_path / "a.txt", tmp_path / "q.db"
    article.write_text(TEXT, encoding="utf-8")

    def ingest(*model):
        result = CliRunner().invoke(cli, ["ingest", str(article), "--db", str(db_path), *model], catch_exceptions=False)
        row = sqlite_utils.Database(db_path).execute(
            "select a.model, q.speaker_type from articles a join quotes q on q.article_id = a.id").fetchone()
        return result.output.split(";")[0], row

    rules = ("1 ingested, 0 unchanged, 0 failed", (None, "person"))
    trained = ("1 ingested, 0 unchanged, 0 failed", ("en_pipeline 0.0.0", "organization"))
    assert ingest() == rules
    assert ingest() == ("0 ingested, 1 unchanged, 0 failed", rules[1])
    assert ingest("--model", str(tiny_model)) == trained
    assert ingest("--model", str(tiny_model)) == ("0 ingested, 1 unchanged, 0 failed", trained[1])
    assert ingest() == rules


PARSE = [  # (text, heads, deps): “ X X , ” Name Name said .
    ("“We will win the war,” Acme Zorblat said.",
     [3, 3, 3, 10, 5, 3, 3, 3, 9, 10, 10, 10],
     ["punct", "nsubj", "aux", "ccomp", "det", "dobj", "punct", "punct", "compound", "nsubj", "ROOT", "punct"]),
    ("“They can not stop us now,” Jane Doe said.",
     [4, 4, 4, 4, 11, 4, 4, 4, 4, 10, 11, 11, 11],
     ["punct", "nsubj", "aux", "neg", "ccomp", "dobj", "advmod", "punct", "punct", "compound", "nsubj", "ROOT",
      "punct"]),
]


@pytest.fixture(scope="module")
def tiny_parser(tmp_path_factory):
    """A pipeline with a parser trained on two sentences, and rules giving POS and lemma of "said"."""
    random.seed(0)
    nlp = spacy.blank("en")
    parser = nlp.add_pipe("parser")
    ruler = nlp.add_pipe("attribute_ruler")
    examples = [Example.from_dict(nlp.make_doc(t), {"heads": h, "deps": d}) for t, h, d in PARSE]
    for _, _, deps in PARSE:
        for dep in deps:
            parser.add_label(dep)
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(60):
        random.shuffle(examples)
        nlp.update(examples, sgd=optimizer, drop=0.0)
    ruler.add([[{"LOWER": "said"}]], {"POS": "VERB", "LEMMA": "say"})  # after initialize, which resets rules
    path = tmp_path_factory.mktemp("model") / "tiny_parser"
    nlp.to_disk(path)
    return path


def test_textacy_engine_compares_on_a_gold_folder(tiny_parser, tmp_path):
    text = PARSE[0][0]
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.txt").write_text(text, encoding="utf-8")
    row = {"doc": "a.txt", "start": 1, "end": 20, "quote": text[1:20], "speaker": "Acme Zorblat",
           "speaker_start": 22, "speaker_end": 34, "kind": "direct", "status": "required"}
    (tmp_path / "gold.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli,
                                ["evaluate", str(tmp_path), "--engine", "textacy", "--model", str(tiny_parser),
                                 "--json"],
                                catch_exceptions=False)
    scores = json.loads(result.output)
    assert scores["quote_recall"] == 1.0 and scores["attributed_f1"] == 1.0


def test_textacy_engine_without_a_parser_is_a_usage_error(tiny_model, tmp_path):
    (tmp_path / "texts").mkdir()
    (tmp_path / "gold.jsonl").write_text("")
    result = CliRunner().invoke(cli, ["evaluate", str(tmp_path), "--engine", "textacy", "--model", str(tiny_model)])
    assert result.exit_code == 2 and "needs a trained spaCy pipeline with a parser" in result.output
