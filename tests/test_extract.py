"""Finding quotations: marks, kinds, multi-paragraph and colon-introduced quotes, bad marks."""

import pytest

from quotes.extract import find_quote_spans, sentence_spans


def quoted(text, kinds=("direct", "partial", "block", "title")):
    return [(text[q.start:q.end], q.kind) for q in find_quote_spans(text) if q.kind in kinds]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("“We will win,” Kim said.", [("We will win,", "direct")]),
        ('"We will win," Kim said.', [("We will win,", "direct")]),
        ("Kim said, “We will win.”", [("We will win.", "direct")]),
        ("He called it a “sacred fight to defend sovereignty.”", [("sacred fight to defend sovereignty.", "partial")]),
        ("Kim said: “We will win.”", [("We will win.", "direct")]),
        ('He said "yes" and "no."', [("yes", "partial"), ("no.", "partial")]),
        ("''This isn't tax reform,'' said Douglas Holtz-Eakin.", [("This isn't tax reform,", "direct")]),
        ("``We will win,'' Kim said.", [("We will win,", "direct")]),
    ],
)
def test_marked_quotes_and_kinds(text, expected):
    assert quoted(text) == expected


def test_split_quote_gives_two_pieces():
    text = "“The first part,” Kim said. “The second part.”"
    assert quoted(text) == [("The first part,", "direct"), ("The second part.", "direct")]


def test_closing_mark_used_as_opener():
    text = "“They don’t like it,” Wi told NPR.”But still, they have another consideration.”"
    assert quoted(text) == [("They don’t like it,", "direct"),
                            ("But still, they have another consideration.", "direct")]


def test_nested_single_quotes_stay_inside():
    text = "“You say you ‘accept responsibility,’ but you don’t,” Merkley said."
    assert quoted(text) == [("You say you ‘accept responsibility,’ but you don’t,", "direct")]


def test_apostrophes_inside_doubled_apostrophe_quotes_are_not_marks():
    text = "The students' union called it ''a fair deal, isn't it?'' on Monday."
    assert quoted(text) == [("a fair deal, isn't it?", "partial")]


def test_multi_paragraph_quote_has_one_group():
    text = "“First paragraph of the speech.\n\n“Second paragraph of it,” Kim said."
    spans = [q for q in find_quote_spans(text)]
    assert [text[q.start:q.end] for q in spans] == ["First paragraph of the speech.", "Second paragraph of it,"]
    assert spans[0].group == spans[1].group


def test_unbalanced_mark_never_swallows_the_article():
    text = "He said “this never closes.\n\nA new paragraph. “A real quote,” she said.\n\nMore text."
    assert quoted(text) == [("A real quote,", "direct")]


def test_title_of_a_work_is_not_speech():
    text = "Koffler, author of “Putin’s Playbook,” told Fox."
    assert quoted(text, kinds=("title",)) == [("Putin’s Playbook,", "title")]


def test_colon_introduced_block_quote():
    text = "Kim continued:\nRussia is rising to the sacred struggle. We stand by it.\nPutin responded."
    assert quoted(text, kinds=("block",)) == [("Russia is rising to the sacred struggle. We stand by it.", "block")]


def test_sentences_do_not_break_inside_quotes_or_after_abbreviations():
    text = "“It is late. We go,” said Mr. Kim of the U.S. State Department. Then he left."
    spans = sentence_spans(text, find_quote_spans(text))
    assert [text[a:b] for a, b in spans] == [
        "“It is late. We go,” said Mr. Kim of the U.S. State Department.", "Then he left."
    ]


def test_a_quotation_opening_after_a_company_form_opens_a_sentence():
    text = ("“Margins held,” said Lotte Brinkman, an analyst at Van Houten & Co. “Income is going the wrong way.” "
            "She was founded by Gen. “Tex” Hill.")
    spans = sentence_spans(text, find_quote_spans(text))
    assert [text[a:b] for a, b in spans] == [
        "“Margins held,” said Lotte Brinkman, an analyst at Van Houten & Co.", "“Income is going the wrong way.”",
        "She was founded by Gen. “Tex” Hill."
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        # British style: single marks quote, double ones nest inside
        ("‘We will win,’ Ms Truss said. ‘The leaders’ plans are bold.’",
         [("We will win,", "Ms Truss"), ("The leaders’ plans are bold.", "Ms Truss")]),
        ("The workers’ union said the offer was ‘a disgrace’ and its members’ pay ‘a scandal’.",
         [("a disgrace", "The workers’ union"), ("a scandal", "The workers’ union")]),
        ("‘He told me “never”, and I believed him,’ Ann Hall said.",
         [("He told me “never”, and I believed him,", "Ann Hall")]),
        ("'We're not going back,' said Ed Miliband. 'It's over.'",
         [("We're not going back,", "Ed Miliband"), ("It's over.", "Ed Miliband")]),
        # a quotation of two paragraphs, open at the first one's end, goes on in the next
        ("‘We paid on time,’ Jo Kerr said. ‘We read the contract and nobody warned us.\n\n"
         "‘Now the venue will not even answer the phone.’",
         [("We paid on time,", "Jo Kerr"), ("We read the contract and nobody warned us.", "Jo Kerr"),
          ("Now the venue will not even answer the phone.", "Jo Kerr")]),
        # American style: single marks nest inside double ones and are left alone
        ("“He said ‘no’ and ‘never’ to me,” Ann Hall said.", [("He said ‘no’ and ‘never’ to me,", "Ann Hall")]),
        ("The ‘90s were different, Hall’s friends’ parents said.", []),
    ],
)
def test_quotes_in_single_marks(extract, text, expected):
    from quotes.pipeline import quotes_of_text

    found = [(q.quote, q.speaker_mention) for q in extract(text) if q.kind != "indirect"]
    assert found == expected
    assert all(text[q.start:q.end] == q.quote for q in extract(text))
    assert quotes_of_text(text) == extract(text)  # without a Doc, as `quotes ingest` runs them


def test_a_quote_runs_on_over_a_web_pages_interjected_line(extract):
    # British web news: each paragraph of a statement opens with a mark, and the page puts a
    # "read more" line between two of them
    text = ("A spokesperson for the Scottish Parliament said: “Substantial roaming charges were incurred.\n"
            "read more in politics\n"
            "“The Parliament challenged the company over the scale of the data fees.”\n")
    found = [(q.quote, q.speaker) for q in extract(text) if q.kind != "indirect"]
    assert [q for q, _ in found] == ["Substantial roaming charges were incurred.",
                                     "The Parliament challenged the company over the scale of the data fees."]
    assert {s for _, s in found} == {"Scottish Parliament spokesperson"}


def test_a_quote_introduced_by_a_colon_runs_to_its_paragraphs_end(extract):
    text = "Scottish Tory chairman Craig Hoy said: “It’s absolutely scandalous that taxpayers pay.\nMost read in News\n"
    assert [(q.quote, q.speaker) for q in extract(text) if q.kind != "indirect"] == [
        ("It’s absolutely scandalous that taxpayers pay.", "Craig Hoy")]


@pytest.mark.parametrize("text,title", [
    ("Laura Dern won for playing a lawyer in Netflix domestic drama “Marriage Story.”", "Marriage Story."),
    ("But “Mrs Maisel” actress Alex Borstein said the prize should have gone elsewhere.", "Mrs Maisel"),
    ("The nominees include “Joker,” “Little Women,” and “The Irishman.”", "Little Women,"),
    # a programme named after the episode or broadcast it is of
    ("On Sunday’s episode of “Meet The Press Weekend,” the senator said taxes would not rise.",
     "Meet The Press Weekend,"),
    ("During a live broadcast of “Country Hour Extra,” the minister promised relief.", "Country Hour Extra,"),
])
def test_titles_of_works_are_not_quotations(text, title):
    from quotes.extract import find_quote_spans

    kinds = {text[q.start:q.end]: q.kind for q in find_quote_spans(text)}
    assert kinds[title] == "title"


def test_names_someone_was_called_in_a_list_stay_quotations():
    from quotes.extract import find_quote_spans

    text = "Clinton cited his references to Machado as “Miss Piggy” and “Miss Housekeeping” at the debate."
    assert {q.kind for q in find_quote_spans(text)} == {"partial"}


def test_a_paragraph_quoting_in_double_marks_keeps_them_on_a_page_of_single_ones(extract):
    text = ("An 'unflappable' organizer\n"
            "Gov. Phil Murphy told The Washington Post that it's \"an enormous job, incredibly complex.\" "
            "An unnamed campaign staffer said that she is \"unflappable and constantly focused.\"\n"
            "'Americans are deeply pessimistic' Instant opinion\n"
            "'Something is clearly awry' Instant opinion\n")
    found = {(q.quote, q.speaker) for q in extract(text) if q.kind == "partial"}
    assert found == {("an enormous job, incredibly complex.", "Phil Murphy"),
                     ("unflappable and constantly focused.", "campaign staffer")}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a page quoting in double marks quotes someone in single ones, with a colon before
        ("“It was a long night,” Tom Barr said.\n\nHis coach, Ian Fell, said: ‘We were never ready for that.’",
         [("It was a long night,", "direct"), ("We were never ready for that.", "direct")]),
        # ... or a cue after its closing comma
        ('"We lost," Tom Barr said. "Badly," he added.\n\n'
         "'The crowd was louder than I have ever heard it,' the captain said.",
         [("We lost,", "direct"), ("Badly,", "direct"),
          ("The crowd was louder than I have ever heard it,", "direct")]),
        # ... or a cue and its listener before it
        ('"We lost," Tom Barr said.\n\nIan Fell told reporters, \'Nobody played well.\'',
         [("We lost,", "direct"), ("Nobody played well.", "direct")]),
        # apostrophes, a decade, "rock 'n' roll" and a scare quote inside a quotation stay words
        ('"The fans don\'t care about the Smiths\' songs or the \'90s," Tom Barr said. '
         '"We play rock \'n\' roll, and the \'new\' stadium can take it," he said.\n\n'
         "The band's manager said it was 'fine', she said.",
         [("The fans don't care about the Smiths' songs or the '90s,", "direct"),
          ("We play rock 'n' roll, and the 'new' stadium can take it,", "direct")]),
        # a headline sets off speech in single marks by a colon after it or before it, or "says"
        ("‘We can’t keep paying these rents’: the cafés closing on the high street\n\n"
         "“It was a long night,” Tom Barr said.",
         [("We can’t keep paying these rents", "direct"), ("It was a long night,", "direct")]),
        ("‘We are not for sale’ — Cedar Air boss on fares\n\n“It was a long night,” Tom Barr said.",
         [("We are not for sale", "direct"), ("It was a long night,", "direct")]),
        ("Marion Clegg: ‘I learned to bake in a caravan’\n\n“It was a long night,” Tom Barr said.",
         [("I learned to bake in a caravan", "direct"), ("It was a long night,", "direct")]),
        ("New drug ‘changes everything for us’, says Cardiff father\n\n“It was a long night,” Tom Barr said.",
         [("changes everything for us", "partial"), ("It was a long night,", "direct")]),
        # any quotation a heading holds: the headline's after "says", a standfirst's, a crosshead's
        ("Harbour boss says new ferry ‘not fit for purpose’\n\n“It was a long night,” Tom Barr said.",
         [("not fit for purpose", "partial"), ("It was a long night,", "direct")]),
        ("Ferry boss fined\n\nPort chief admitted misconduct after claiming inspectors had ‘an axe to grind’\n\n"
         "“It was a long night,” Tom Barr said.\n\n‘We have nowhere else to go’\n\nMorag Tulloch said: “We have "
         "nowhere else to go.”",
         [("an axe to grind", "partial"), ("It was a long night,", "direct"), ("We have nowhere else to go", "direct"),
          ("We have nowhere else to go.", "direct")]),
        # but not a word in marks, nor a title or a name in a headline's capitals the story never quotes,
        # nor a word in a sentence the text wraps at the line's end
        ("Firm fined\n\n“It was a long night,” Tom Barr said. The firm sold what it called its ‘safe’\n"
         "products to investors, the court heard.",
         [("It was a long night,", "direct")]),
        ("Voters back ‘levelling up’ fund for town\n\n“It was a long night,” Tom Barr said.",
         [("It was a long night,", "direct")]),
        ("‘Bloodline’ Star Is Ready To Go ‘Girl’ Crazy\n\nTom Barr, who starred in the drama “Bloodline,” said: "
         "“It was a long night.”",
         [("It was a long night.", "direct")]),
    ],
)
def test_quotes_in_single_marks_on_a_page_of_double_ones(extract, text, expected):
    found = [(q.quote, q.kind) for q in extract(text) if q.kind != "indirect"]
    assert found == expected


def test_a_spoken_quote_in_single_marks_is_attributed(extract):
    text = ("\"Bittersweet,\" Aaron Wiremu said.\n\n"
            "Captain Lukas Henare said: 'The noise when the kick went over was huge.'")
    found = [(q.quote, q.kind, q.speaker) for q in extract(text)]
    assert found == [("Bittersweet,", "direct", "Aaron Wiremu"),
                     ("The noise when the kick went over was huge.", "direct", "Lukas Henare")]


def test_quotations_inside_a_quote_are_found_where_someone_is_quoted_saying_them():
    from quotes.extract import find_quote_spans, inner_quotes

    text = ("“She used to tell me, ‘The bread does not care if you are tired,’ and she was right. People "
            "have heard ‘next year’ before. I watch a show called ‘Bake Off Heroes’ on Sundays,” he said.")
    outer = find_quote_spans(text)[0]
    assert [text[q.start:q.end] for q in inner_quotes(text, outer)] == ["The bread does not care if you are tired,"]


def test_a_companys_pvt_dot_ends_no_sentence(extract):
    text = ("Bridge inquiry\n\n"
            "Kavery Infra Builders Pvt. Ltd. said it had “cooperated fully” with the committee.")
    assert [q.speaker for q in extract(text)] == ["Kavery Infra Builders Pvt Ltd"]


def test_a_dateline_over_the_story_with_a_colon_introduces_no_block_quote(extract):
    text = ("Eagles end long wait for cup\n\nMAY PEN, Clarendon:\n\nJERMAINE BARRETT struck an unbeaten 138 "
            "as Clarendon Pioneers won the final at Halse Hall yesterday.")
    assert extract(text) == []


def test_a_colon_dateline_below_a_headline_and_standfirst_is_no_transcripts_turn(extract):
    text = ("'Not one cusec will be taken', says minister\n"
            "Minister defends canal, offers to take dispute to the council\n\n"
            "KARACHI: Federal Minister for Water Resources Syed Tariq Hussain Shah has said the new canal will not "
            "take \"a single drop\" from the province's share of the river, and that the Centre is ready to talk.\n\n"
            "Excerpts from the interview follow:\n\n"
            "Q: Is the concern baseless?\n\n"
            "A: Concern is never baseless. But the data shows surplus flows in wet years.\n")
    quotes = extract(text)
    assert not any(q.quote.startswith("Federal Minister") for q in quotes)
    assert [q.speaker for q in quotes if q.quote == "a single drop"] == ["Syed Tariq Hussain Shah"]
