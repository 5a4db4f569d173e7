"""Who said it, by name: pronouns, name variants and descriptions resolved within an article."""

import pytest


def said(quotes, kinds=("direct", "partial", "block")):
    """(quote, canonical speaker, mention as written) of the quotes of ``kinds``."""
    return [(q.quote, q.speaker, q.speaker_mention) for q in quotes if q.kind in kinds]


@pytest.mark.parametrize(
    "text,quote,speaker",
    [
        # "she" is the woman just introduced, not the man quoted before her
        ("The school board voted 5-2 on Tuesday to move the start of classes to 8:30 a.m. “It gives teenagers the "
         "sleep they need,” said board member Tom Becker.\n\nLisa Moreno, whose two sons play varsity soccer, "
         "worried about practice schedules. “They already get home at seven,” she said.",
         "They already get home at seven,", "Lisa Moreno"),
        # a gendered title says who "he" is
        ("Councilwoman Maria Delgado said the vote was rushed. Her colleague, Councilman James Ortiz, disagreed.\n\n"
         "“We waited two years for this,” he said.", "We waited two years for this,", "James Ortiz"),
        # a first name nearly always given to men: "she" is not Antonin Scalia
        ("Antonin Scalia's name came up twice in the speech. Melanie Austin was in the front row.\n\n"
         "“Here comes Big Daddy,” she said, clapping.", "Here comes Big Daddy,", "Melanie Austin"),
        # the subject the paragraph is about, not the last person quoted
        ("“It is a big risk for Bloomberg to debate,” said Paul Begala, a Democratic strategist.\n\n"
         "Michael Bloomberg has attempted to apologize for the policy. But his effort hit a hurdle last week when "
         "audio surfaced of remarks Bloomberg made in 2015. In the speech, the former mayor argued that crime had "
         "fallen.\n\n“You can just take the description and pass it out to all the cops,” he said at the time.",
         "You can just take the description and pass it out to all the cops,", "Michael Bloomberg"),
    ],
)
def test_pronouns_agree_and_follow_salience(extract, text, quote, speaker):
    assert (quote, speaker) in [(q, s) for q, s, _ in said(extract(text))]


@pytest.mark.parametrize(
    "text,quote,speaker",
    [
        # "Mr. Obama" is never Michelle Obama, though she is named first
        ("Michelle Obama spoke first at the dinner. Later, President Barack Obama took the stage.\n\n"
         "\"My name may not be on the ballot,\" Mr. Obama said.", "My name may not be on the ballot,", "Barack Obama"),
        ("Jason Corbett was killed in 2015. His sister Tracey Corbett-Lynch spoke after the verdict, and so did "
         "Sarah Corbett, his daughter.\n\n“I was a piece in her chessboard,” Ms Corbett said.",
         "I was a piece in her chessboard,", "Sarah Corbett"),
    ],
)
def test_honorifics_choose_between_people_who_share_a_surname(extract, text, quote, speaker):
    assert (quote, speaker) in [(q, s) for q, s, _ in said(extract(text))]


def test_a_man_known_only_by_title_and_surname_is_not_the_woman_named_in_full(extract):
    text = ("Facing doubts among young voters, President Kagame is trying a new message: \"It's about me.\"\n\n"
            "\"Our progress is on the ballot,\" Mr. Kagame said on Saturday. The party plans to send Mr. Kagame "
            "and the first lady, Jeannette Kagame, to rallies.\n\nThe president called it a \"personal insult\" "
            "to stay home.")
    assert {s for _, s, _ in said(extract(text))} == {"Kagame"}


def test_a_title_abbreviation_does_not_end_the_sentence_or_name_the_speaker(extract):
    text = "“This is a waste of time,” said Del. Stacey Plaskett, a Democrat."
    (q,) = [q for q in extract(text) if q.kind == "direct"]
    assert (q.quote, q.speaker, q.speaker_mention, q.role) == (
        "This is a waste of time,", "Stacey Plaskett", "Stacey Plaskett", "Del.")


def test_places_and_companies_are_never_the_antecedent_of_he(extract):
    text = ("MIDWAY ATOLL — The president toured the atoll on Thursday with Peabody Energy executives nearby.\n\n"
            "President Obama spoke to reporters. “We are not going to be able to stop it,” he said.")
    assert [s for _, s, _ in said(extract(text))] == ["Obama"]


def test_a_person_with_an_unlisted_first_name_is_known_by_being_quoted(extract):
    text = ("Dr. Marwan Al-Hams is the director of the hospital. One of the women to flee was 25-year-old "
            "Nesma Hajjaj, who was pregnant. Hajjaj and her family walked south. “My child is in the nursery,” "
            "Hajjaj said.\n\nIn Hajjaj’s case, she stayed at the hospital. “I am worried about him,” she continued.")
    assert ("I am worried about him,", "Nesma Hajjaj") in [(q, s) for q, s, _ in said(extract(text))]


@pytest.mark.parametrize(
    "text,speaker,stype",
    [
        # where the article names no one, the description is the speaker, without its article
        ("“We are seeing more calls than ever,” a dispatcher said.", "dispatcher", "description"),
        ("“She has no path to the nomination,” one GOP operative said.", "GOP operative", "description"),
        ("“Nothing has changed,” critics said.", "critics", "group"),
        # a definite description goes to the body the article named
        ("The Commission on Presidential Debates chose the moderators on Friday. “They are fair and experienced,” "
         "the commission said.", "Commission on Presidential Debates", "organization"),
        # a document is not a speaker
        ("“The numbers do not add up,” the report said.", None, "unknown"),
    ],
)
def test_descriptions_name_the_speaker_as_the_article_does(extract, text, speaker, stype):
    (q,) = [q for q in extract(text) if q.kind == "direct"]
    assert (q.speaker, q.speaker_type) == (speaker, stype)


def test_a_title_with_its_place_goes_to_the_role_so_one_person_is_one_row():
    from quotes.speakers import name_key

    assert name_key("Donald J. Trump") == name_key("Donald Trump")
    assert name_key("Joseph R. Biden Jr.") == name_key("Joseph Biden")
    assert name_key("Kim Jong Un") != name_key("Kim Yo Jong")


@pytest.mark.parametrize(
    "text,quote,speaker",
    [
        # a surname that is also a country is still a surname after a first name
        ("“They wouldn’t get an immunity deal,” Rep. Jim Jordan (R-Ohio) said.\n\n“It is a scandal,” Jordan added.",
         "It is a scandal,", "Jim Jordan"),
        # a body's name ends where a person's begins
        ("NATO enlargement was backed by Speaker of the House Newt Gingrich in 1994.\n\n"
         "“We were right then,” Gingrich said.", "We were right then,", "Newt Gingrich"),
        # a headline names the person the story's surname means
        ("Hillary Clinton Goes After Donald Trump On Taxes\n\nThe Democratic nominee spoke in Ohio.\n\n"
         "“He has not paid a dime,” Clinton said.", "He has not paid a dime,", "Hillary Clinton"),
    ],
)
def test_full_names_are_found_where_a_careful_reader_finds_them(extract, text, quote, speaker):
    assert (quote, speaker) in [(q, s) for q, s, _ in said(extract(text))]


def test_a_nickname_inside_a_name_is_the_same_person(extract):
    text = ('For 40 years, Rep. Robert C. "Bobby" Scott has thrown open his family farm.\n\n'
            '"It is a tradition," Scott said. Supporters cheered for Bobby Scott.')
    assert [s for _, s, _ in said(extract(text))] == ["Robert C. Scott"]


def test_the_president_is_not_the_vice_president(extract):
    text = ("Vice President Joseph R. Biden Jr. spoke first. President Obama followed him to the stage.\n\n"
            "It was, the president said, “a stone where men and women were torn from their children.”")
    assert [s for _, s, _ in said(extract(text))] == ["Obama"]


@pytest.mark.parametrize(
    "text,quote,speaker",
    [
        # a reflexive between the speaker and the cue
        ("Raquel Montoya-Lewis was sworn in on Monday. As Montoya-Lewis herself said, “The most important thing is "
         "that I not be the last.”", "The most important thing is that I not be the last.", "Raquel Montoya-Lewis"),
        # "penned" is a speech cue
        ("Principal Mary Asfendis wrote to parents on Friday.\n\n“This is a very serious incident,” Asfendis penned.",
         "This is a very serious incident,", "Mary Asfendis"),
        # a title with its party, after "the", is a description of the person introduced with it
        ("Conservative MP Chris Grayling raised the matter in the Commons.\n\nSpeaking later, the Conservative MP "
         "said: “It does not need to be like this.”", "It does not need to be like this.", "Chris Grayling"),
    ],
)
def test_speaker_phrases_a_careful_reader_reads(extract, text, quote, speaker):
    assert (quote, speaker) in [(q, s) for q, s, _ in said(extract(text))]


def test_an_age_is_never_a_name(extract):
    text = "Vivek Ramaswamy spoke next. “You’re just scum,” the 38-year-old said."
    assert [(s, m) for _, s, m in said(extract(text))] == [("Vivek Ramaswamy", "the 38-year-old")]


@pytest.mark.parametrize(
    "text,quote,speaker",
    [
        # a body's short name goes to the full name the article gives
        ("Bernie Sanders cited a New York Times article on Saturday. “After the collapse of the market, he went "
         "bankrupt,” the Times wrote.", "After the collapse of the market, he went bankrupt,", "New York Times"),
        ("The Urban-Brookings Tax Policy Center published its analysis on Monday.\n\n“The plan would raise "
         "taxes,” the Tax Policy Center said.", "The plan would raise taxes,", "Urban-Brookings Tax Policy Center"),
        # "police" after the force was named
        ("Charlotte-Mecklenburg police released the video on Saturday.\n\n“We need adequate resources,” police said.",
         "We need adequate resources,", "Charlotte-Mecklenburg police"),
    ],
)
def test_bodies_are_named_in_full(extract, text, quote, speaker):
    assert (quote, speaker) in [(q, s) for q, s, _ in said(extract(text))]


def test_a_possessive_is_not_part_of_a_name(extract):
    text = ("President Obama's trip ended on Friday. Ben Rhodes briefed reporters.\n\n"
            "“It was a good news story,” he said, referring to President Obama's visit.")
    assert [s for _, s, _ in said(extract(text))] == ["Ben Rhodes"]


def test_a_surname_modifying_a_noun_is_no_mention_of_the_person(extract):
    # "the Clinton campaign" does not make Hillary Clinton the likeliest "she"
    text = ("Hillary Clinton spoke in Tampa on Monday.\n\n“The campaign is in panic mode,” said Leslie Wimes, a "
            "South Florida activist. Wimes believes that the Clinton campaign took voters for granted and must "
            "now convince them to support her.\n\n“They have a big problem,” she said.")
    assert ("They have a big problem,", "Leslie Wimes") in [(q, s) for q, s, _ in said(extract(text))]


def test_a_county_party_committee_is_not_a_person(extract):
    text = ("Donald Trump spoke to the Kent County Republican dinner on Friday.\n\n"
            "He said, “I wonder why it was bad.”")
    assert [s for _, s, _ in said(extract(text))] == ["Donald Trump"]


@pytest.mark.parametrize(
    "text,quote,speaker",
    [
        # the body in a document's description, its acronym spelled out where the article does
        ("The International Monetary Fund cut its forecast on Tuesday.\n\n“Growth will slow,” the IMF report said.",
         "Growth will slow,", "International Monetary Fund"),
        # a document's author named before it
        ("A report by Citizens for Tax Justice counted the subsidiaries.\n\n"
         "“The penalties are light,” the report said.",
         "The penalties are light,", "Citizens for Tax Justice"),
    ],
)
def test_a_document_speaks_for_whoever_issued_it(extract, text, quote, speaker):
    assert (quote, speaker) in [(q, s) for q, s, _ in said(extract(text))]


def test_confidence_says_how_the_name_was_reached(extract):
    text = ("“We will win,” Vladimir Putin said. “It is time,” he added.\n\n"
            "“Nothing has changed,” a dispatcher said. “It is late,” she said.")
    conf = {q.quote: q.confidence for q in extract(text) if q.kind == "direct"}
    assert conf["We will win,"] >= 0.9  # a full name at the cue
    assert conf["It is time,"] < 0.9  # a pronoun
    assert conf["Nothing has changed,"] < conf["It is time,"]  # a description naming no one
    assert conf["It is late,"] < 0.5  # a pronoun with no one to refer to


@pytest.mark.parametrize(
    "text,speaker,role",
    [
        # roles keep their whole phrase; titles go to the role, not the name
        ("“It gives teenagers the sleep they need,” said board member Tom Becker.", "Tom Becker", "board member"),
        ("Senior class president Aisha Johnson said: “We were not asked.”", "Aisha Johnson", "Senior class president"),
        ("“It works,” said Monmouth University political scientist Patrick Murray.", "Patrick Murray",
         "Monmouth University political scientist"),
        ("A spokesperson for the district, Marcus Green, said: “We will reopen.”", "Marcus Green",
         "A spokesperson for the district"),
        ("“Rates will fall,” said Raj Patel, an analyst at Crestline Securities.", "Raj Patel",
         "an analyst at Crestline Securities"),
        ("Councilwoman Maria Delgado said: “The vote was rushed.”", "Maria Delgado", "Councilwoman"),
        ("New Jersey Gov. Chris Christie said: “No.”", "Chris Christie", "New Jersey Gov."),
    ],
)
def test_names_and_roles_as_a_byline_reads_them(extract, text, speaker, role):
    (q,) = [q for q in extract(text) if q.kind == "direct"]
    assert (q.speaker, q.role) == (speaker, role)


def test_reported_speech_after_an_appositive_keeps_subject_and_content_apart(extract):
    text = ("State Sen. Maria Alvarez, a Democrat whose district includes the plant, said she would ask the "
            "company to honor that commitment.")
    (q,) = extract(text)
    assert (q.kind, q.quote, q.speaker) == ("indirect", "she would ask the company to honor that commitment",
                                            "Maria Alvarez")


@pytest.mark.parametrize("text,speaker", [
    ("“We expect to return to growth next year,” the company said.", "company"),
    ("The Trump campaign released a plan on Monday. “It is good,” the campaign said.", "Trump campaign"),
    ("“We are sorry,” said a spokeswoman for West Midlands Police.", "West Midlands Police spokeswoman"),
])
def test_a_body_speaks_by_its_name_or_its_description(extract, text, speaker):
    (q,) = [q for q in extract(text) if q.kind == "direct"]
    assert q.speaker == speaker


@pytest.mark.parametrize("text,speaker", [
    # a possessive description is named by its owner
    ("Bryan Pagliano worked on the server. Pagliano's lawyer said Monday that he would not testify.",
     "Bryan Pagliano’s lawyer"),
    ("Rep. Robert Scott spoke in Newport News. His aides said the campaign would start in June.",
     "Robert Scott’s aides"),
    # a document whose author is not given speaks as itself, where it is more than "the report"
    ("One study found that the tax would cost jobs in every state.", "one study"),
    ("Some environmental groups said the deal would not protect the streams.", "Some environmental groups"),
])
def test_reported_speech_by_what_the_article_calls_its_source(extract, text, speaker):
    (q,) = extract(text)
    assert q.kind == "indirect" and q.speaker == speaker


def test_a_lede_description_is_the_person_named_with_that_role_below(extract):
    text = ("A councillor said the decision to close the library would hurt families.\n\n"
            "The plan was approved on Tuesday.\n\nCouncillor Jane Roe said: “This is a sad day for the town.”")
    assert [(q.kind, q.speaker) for q in extract(text)] == [("indirect", "Jane Roe"), ("direct", "Jane Roe")]
    # a role named near someone else is not enough
    other = ("A campaign aide said the visit would go ahead.\n\nDonald Trump, who spoke to an aide on Friday, left.")
    assert [q.speaker for q in extract(other)] == ["campaign aide"]


def test_the_prosecution_is_the_prosecutor_named_before(extract):
    text = ("They found £34,000 in his car, said prosecutor Harry Crowson. According to the prosecution, this was "
            "“the thin end of the wedge”.")
    partials = [(q.quote, q.speaker) for q in extract(text) if q.kind == "partial"]
    assert partials == [("the thin end of the wedge", "Harry Crowson")]


@pytest.mark.parametrize(
    "text,quote,speaker",
    [
        # "she" is the woman the sentence names, not the man of unknown first name who is its subject
        ("Gov. Chris Christie described Senator Maria Lopez as a “disgrace” after she attacked state troopers "
         "and blamed traffic stops on “implicit bias” against minorities.", "implicit bias", "Maria Lopez"),
    ],
)
def test_a_gendered_pronoun_prefers_a_person_known_to_agree(extract, text, quote, speaker):
    assert (quote, speaker) in [(q, s) for q, s, _ in said(extract(text))]


@pytest.mark.parametrize(
    "text,quote,speaker",
    [
        # a name after an honorific is a given name and a surname, not a masthead and a first name
        ("“The generators need fuel every hour,” said Dr. Nadeen Samir, a surgeon. Later, Dr. Samir Haddad, "
         "who runs the ward, spoke to reporters.", "The generators need fuel every hour,", "Nadeen Samir"),
        # a time between the subject and the cue, then the quote that goes on with them
        ("Councillor Ana Ruiz asked for the full plans. “We were promised a hub,” she said.\n"
         "Mr. Ortega last week said the parking remains his concern. “We have asked twice and heard nothing.”\n"
         "Ortega's colleague Tomas Ortega-Diaz did not comment.",
         "We have asked twice and heard nothing.", "Ortega"),
        # a cue after a question that brings its own quote does not take the question
        ("After board member Nora Fields asked on Monday “Why has this taken four months?” Mr. Kemp replied "
         "that “the review was exhaustive.”", "Why has this taken four months?", "Nora Fields"),
        # "said ROLE, NAME": the name in apposition speaks, the role is theirs
        ("“It’s like Christmas morning for the players,” said head coach of the women’s team, Dana Brooks.",
         "It’s like Christmas morning for the players,", "Dana Brooks"),
    ],
)
def test_speaker_phrases_around_cues(extract, text, quote, speaker):
    assert (quote, speaker) in [(q, s) for q, s, _ in said(extract(text))]


def test_a_shouted_first_name_is_written_as_a_name(extract):
    text = "JANE Doyle has vowed “not to give up” after her diagnosis."
    assert [s for _, s, _ in said(extract(text))] == ["Jane Doyle"]


def test_one_of_an_unnamed_kind_is_indexed_by_the_kind(extract):
    text = "“The delegation is furious,” said one GOP operative in the state. “One study” was all he cited."
    assert ("The delegation is furious,", "GOP operative") in [(q, s) for q, s, _ in said(extract(text))]


def test_the_spokesperson_who_goes_on_speaking_is_he_or_she(extract):
    text = ("“Fees have doubled in five years,” said Mary Quinn, the union's general secretary.\n"
            "But a spokesperson for the Colleges Employers’ Association said members had cut zero-hours contracts.\n"
            "“We have worked with the unions for years,” he said.")
    assert ("We have worked with the unions for years,", "Colleges Employers’ Association spokesperson") in [
        (q, s) for q, s, _ in said(extract(text))]


def test_a_first_name_after_a_masthead_is_the_person_named_in_full(extract):
    text = ("SINGER Ruth Malone has vowed “to keep going” after her diagnosis.\n"
            "Writing in The Mirror Ruth said: “My memory has been lapsing for a while.”\n"
            "Talking of her husband's funeral, she described it as “amazing”.")
    assert {s for _, s, _ in said(extract(text))} == {"Ruth Malone"}


def test_a_spelled_out_number_is_never_a_name(extract):
    text = ("Twenty-seven states led by Wyoming are challenging the rules, court papers said. Wyoming's governor, "
            "Mark Gordon, said the rules were “unlawful.”")
    assert "Twenty-seven" not in {q.speaker for q in extract(text)}


def test_they_goes_on_with_the_group_that_spoke(extract):
    text = ("Officials at the Securities and Exchange Commission declined to comment.\n"
            "Proponents say the program creates jobs, and they say it costs taxpayers nothing.")
    found = {(q.speaker_mention, q.speaker) for q in extract(text) if q.kind == "indirect"}
    assert ("they", "proponents") in found


def test_a_spokesperson_speaks_for_the_body_that_spoke_just_before(extract):
    text = ("Gwent Police confirmed on Friday that a man had been arrested. A spokesperson said: “A 34-year-old man "
            "from Newport remains in custody.”")
    assert [(q.speaker, q.speaker_type) for q in extract(text) if q.kind == "direct"] == [
        ("Gwent Police spokesperson", "description")]


def test_a_surname_misspelt_by_one_letter_is_the_person_named_in_full(extract):
    text = ("Two voters, Tyresha McClenney and Bryan Anderson, saw the senator speak.\n\n"
            "McLenney said the senator does not show consistency on the issue.")
    assert [q.speaker for q in extract(text) if q.speaker_mention == "McLenney"] == ["Tyresha McClenney"]


def test_an_outlet_owning_a_name_is_no_part_of_it(extract):
    text = ("The poll was analysed by CBC’s Anna Tremonti on Sunday.\n\n"
            "“Voters have seen and heard a lot from both candidates,” she said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Anna Tremonti"]


def test_an_outlet_owning_a_speaker_name_goes_to_the_role(extract):
    (q,) = extract("“Debates matter less than you think,” said NBC’s Dante Chinni. In Clon Casey's Bar it was quiet.")
    assert (q.speaker, q.role) == ("Dante Chinni", "NBC’s")


def test_a_description_takes_the_gender_its_own_clause_gives(extract):
    text = ("“Leave my family out of this,” Senator Jane Holt shot back, drawing cheers. Mark Reyes, 38, smiled.\n"
            "“You have her supporters cheering her on, that’s fine,” the 38-year-old said as he tried to continue.\n"
            "“You’re just a fraud,” Holt interjected.")
    found = [(q.quote, q.speaker) for q in extract(text) if q.kind == "direct"]
    assert found[1:] == [("You have her supporters cheering her on, that’s fine,", "Mark Reyes"),
                         ("You’re just a fraud,", "Jane Holt")]


def test_a_document_published_by_a_body_speaks_for_it(extract):
    text = ("A timeline published by the Scottish Government on Wednesday set out the requests.\n"
            "The timeline says the inquiry requested “any communications relating to key decisions” in February.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Scottish Government"]


def test_a_body_after_a_title_word_is_no_person(extract):
    text = ("Loretta Lynch was sworn in last year. When she is looking to fill a position at the Justice Department, "
            "she said she ensures women are among the candidates. Data from the American Community Survey show "
            "that women hold 41 percent of the jobs.")
    found = {q.speaker: q.speaker_type for q in extract(text)}
    assert "Department" not in found and found.get("Loretta Lynch") == "person"
    assert found.get("American Community Survey") == "organization"


def test_an_opening_she_keeps_her_salient_through_other_women_named(extract):
    text = ("Attorney General Maria Ortiz rose to prominence despite obstacles.\n\n"
            "She has faced controversies since taking the job, most recently over an inquiry into the governor's "
            "wife, Senator Ellen Hart, over a private email server she used. She has called the protests "
            "a turning point.\n\n"
            "“People tend not to say those things to the attorney general,” she said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Maria Ortiz"]


def test_i_outside_quotes_is_the_writer_not_the_last_person_named(extract):
    text = ("“We will win,” Donald Trump said in Ohio on Monday. When I visited my mother later, I said that "
            "the campaign had changed her mind about many things.")
    assert [q.speaker for q in extract(text) if q.speaker_mention == "I"] == [None]


@pytest.mark.parametrize("text,role", [
    ("George Zimmerman, who identifies as Hispanic, said “I am not a racist.”", None),
    ("Jorge Ramos, 58, told reporters “I will keep asking.”", None),
    ("“It is a scandal,” said Brent Bozell, founder of the Media Research Center.",
     "founder of the Media Research Center"),
])
def test_a_role_is_a_noun_phrase_never_an_age_or_a_clause(extract, text, role):
    (q,) = extract(text)
    assert q.role == role


@pytest.mark.parametrize("text", [
    "Jorge Ramos, 58, said the network would fight back.",
    "Ramos, who was ejected from the news conference, said the network would fight back.",
])
def test_reported_speech_after_a_subject_with_an_aside_keeps_subject_and_content_apart(extract, text):
    assert [(q.speaker, q.quote) for q in extract(text)] == [
        ("Jorge Ramos" if text.startswith("Jorge") else "Ramos", "the network would fight back")]


def test_an_irish_court_report_reads_as_its_reader_would(extract):
    text = ("A Limerick man who attacked a taxi driver has been jailed for three years.\n\n"
            "Garda Brian O'Connor told the court the driver suffered a fractured jaw. The driver said he no "
            "longer felt safe at work. \"I used to love this job,\" he said.\n\n"
            "Defending, Ms Aoife Ryan BL said her client had \"shown genuine remorse\".")
    found = {q.quote: (q.speaker, q.role) for q in extract(text)}
    assert found["the driver suffered a fractured jaw"] == ("Brian O'Connor", "Garda")
    assert found["I used to love this job,"][0] == "taxi driver"
    assert found["shown genuine remorse"][0] == "Aoife Ryan"


def test_a_role_with_no_determiner_of_its_own_stands_for_someone_known(extract):
    text = ("Senator Maria Lopez spoke on Tuesday's radio show.\n"
            "The former state treasurer and current Democratic gubernatorial nominee said she wanted to speak "
            "“directly to farmers.”")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Maria Lopez"]


def test_a_body_named_for_a_description_never_reaches_across_a_paragraph(extract):
    text = ("Flight attendants' union endorses Clinton.\n\nA union representing flight attendants endorsed "
            "Hillary Clinton on Thursday.\n\n“Our members are ready,” the union wrote.")
    assert "Clinton. A union" not in {q.speaker for q in extract(text)}


def test_a_report_speaks_for_the_author_named_next(extract):
    text = ("Thousands of nurses are on short contracts, says a report highlighting the “alarming rise of agency "
            "work” in hospitals.\nThe report by the Royal College of Nursing claims trusts have cut permanent posts.")
    assert [(q.quote, q.speaker) for q in extract(text) if q.kind == "partial"] == [
        ("alarming rise of agency work", "Royal College of Nursing")]


def test_polls_that_report_speak_as_themselves(extract):
    text = "In 2012, exit polls showed Mitt Romney had a ten-point lead among high earners."
    assert [q.speaker for q in extract(text)] == ["exit polls"]


def test_a_spokeswoman_for_a_person_is_not_that_person(extract):
    text = "A spokeswoman for Hillary Clinton said neither the nominee nor her staff had seen the letter."
    assert [(q.speaker, q.speaker_type) for q in extract(text)] == [("Hillary Clinton’s spokeswoman", "description")]
    text = ("A spokesman for House Speaker Walter Greeley said the Speaker would \"review the Senate bill "
            "carefully\". Brian Fallon, a spokesman for the campaign, said it was \"a distraction\".")
    assert [q.speaker for q in extract(text)] == ["Walter Greeley’s spokesman", "Brian Fallon"]


def test_a_short_first_name_is_the_person_named_in_full(extract):
    text = ("Rep. Robert C. Scott, a Democrat, has served since 1993.\n\n"
            "Bobby Scott said he plans to ramp up fundraising and hire staff.")
    assert [q.speaker for q in extract(text)] == ["Robert C. Scott"]


def test_someone_of_a_thing_is_said_as_written_never_the_most_salient_person(extract):
    text = ("Donald Trump has called the tax code unfair. Hillary Clinton released a new ad on Monday.\n\n"
            "“If he thinks that makes him smart,” the ad’s narrator says, “what does he think of you?”")
    assert {q.speaker for q in extract(text) if q.kind in ("direct", "partial")} == {"ad’s narrator"}


def test_a_capitalised_verb_opening_a_list_line_is_no_name(extract):
    text = ("What he does:\n\nRepeats words about many people.\n\n"
            "Preys on our worst fears, and calls people “losers” and “sad.”")
    assert "Preys" not in {q.speaker for q in extract(text)}


def test_a_daughter_named_by_first_name_carries_the_family_name(extract):
    text = ("Jason Corbett was killed in 2015.\n\nMr Corbett's daughter Sarah (17) said Molly Martens had taken "
            "everything from her.\n\n“I was a piece in her chessboard,” Ms Corbett told the court.")
    assert {q.speaker for q in extract(text)} == {"Sarah Corbett"}


def test_an_epithet_owned_by_someone_named_is_the_person_just_introduced(extract):
    text = ("Council split over housing plan.\n\nMaria Keane on Tuesday urged councillors to drop the plan.\n\n"
            "“It was a mistake from the start,” Brennan's former policy adviser said in a radio interview.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Maria Keane"]


def test_an_epithet_long_after_the_people_named_is_said_as_written(extract):
    text = ("Maria Keane said she would vote against the housing plan. The vote is on Monday. Builders want it. "
            "Tenants do not. The council has argued for a year. Nobody expects a quick result.\n\n"
            "Brennan's spokesman said the mayor stood by the plan.")
    assert [q.speaker for q in extract(text)] == ["Maria Keane", "Brennan's spokesman"]


def test_a_surname_qualifying_someone_elses_role_is_no_mention_of_its_person(extract):
    text = ("Tom Brennan himself saw what the win meant. “This was the moment,” he said in his victory speech that "
            "night.\n\nBrennan consultant Paul Osei, the city's best-known pollster, picked up the thread at the time. "
            "“Voters have more in common than not,” he said.")
    assert [q.speaker for q in extract(text)] == ["Tom Brennan", "Paul Osei"]


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("Maya Lund set up the server. A lawyer for Maya Lund said she would not testify.", "lawyer for Maya Lund"),
        ("Senator Tom Reese voted no. An aide to the senator said the bill was rushed.", "aide to the senator"),
        ("Tom Reese spoke on Friday. Advisers to Mr. Reese said the senator was tired.", "advisers to Tom Reese"),
        ("People familiar with the talks said a deal was close.", "people familiar with the talks"),
        ("A person close to the campaign said the ad would run on Monday.", "person close to the campaign"),
        ("A professor at Trinity College said the study was flawed.", "professor at Trinity College"),
        ("Maya Lund set up the server. “We are sure,” said a lawyer for Maya Lund.", "lawyer for Maya Lund"),
        ("One person with knowledge of the plan said the talks stalled.", "person with knowledge of the plan"),
        ("Ana Ruiz wrote a post from her office. A post from Ana Ruiz said the plan was dead.", "Ana Ruiz"),
    ],
)
def test_a_speaker_tied_to_someone_after_it_is_never_that_someone(extract, text, speaker):
    assert [q.speaker for q in extract(text)][-1] == speaker


def test_a_title_tied_to_a_place_in_a_standfirst_is_the_person_holding_it(extract):
    text = ("Ted Ruiz endorses Amy Hart.\n\nSenator from Kansas says he cannot allow the bill to pass.\n\n"
            "Sen. Ted Ruiz (R-Kan.) is endorsing Amy Hart's campaign.")
    assert [q.speaker for q in extract(text)][0] == "Ted Ruiz"


def test_one_of_the_people_just_spoken_of_and_a_second_described_with_who(extract):
    text = ("Head teachers reacted with anger to the new rules on Monday. One, who asked not to be named, said: "
            "“Nobody asked us about any of this.”\n\nA second head teacher, who runs a school in Leeds, agreed: "
            "“We found out from the radio.”")
    assert [(q.kind, q.speaker) for q in extract(text)] == [("direct", "head teacher"), ("direct", "head teacher")]


def test_a_quote_after_a_paragraph_about_someone_new_is_theirs(extract):
    text = ("“The halls are full,” said Professor Fraser Amos, who studies student housing.\n\n"
            "Tom (not his real name), a 19-year-old student, has just come home after a week in halls. He does not "
            "plan to go back. “I was living with five people I had never met.”")
    assert [q.speaker for q in extract(text)] == ["Fraser Amos", "Tom"]


def test_a_role_given_in_apposition_is_known_later(extract):
    text = ("Mark Cuban, a billionaire investor, backed the plan on Monday. Senator Lindsey Graham said he would "
            "oppose it in the Senate.\n\nThe investor said the plan would help small firms grow.")
    assert [q.speaker for q in extract(text)] == ["Lindsey Graham", "Mark Cuban"]


@pytest.mark.parametrize("text,speaker", [
    ("Pensioner Margaret Allen, 78, from Eastfield, said: \"I don't know how I'm going to manage.\"", "Margaret Allen"),
    ("Mum-of-two Sarah Lee, 34, said: \"We cannot afford it.\"", "Sarah Lee"),
    ("Billionaire Tom Reese said the plan would pay for itself within a year.", "Tom Reese"),
])
def test_a_noun_for_the_person_opening_a_name_is_no_part_of_it(extract, text, speaker):
    assert [q.speaker for q in extract(text)] == [speaker]


def test_the_pm_is_the_prime_minister_not_the_minister_named_since(extract):
    text = ("Prime Minister Anthony Albanese defended the plan on Tuesday. Foreign Minister Penny Wong, who was in "
            "Jakarta, backed it.\n\nThe PM later told ABC Radio that the states had signed up.")
    assert [q.speaker for q in extract(text)][-1] == "Anthony Albanese"


def test_a_noun_for_a_body_before_a_comma_does_not_make_the_next_name_a_body(extract):
    text = ("Peter Larsen served two terms as mayor.\n\nDuring his years in office, Mr. Larsen said, the city "
            "learned to “live within its means.”")
    assert [(q.speaker, q.speaker_type) for q in extract(text) if q.kind == "partial"] == [("Peter Larsen", "person")]


@pytest.mark.parametrize(
    "text,speaker",
    [
        # "and" between capitalised words inside a body's name that ends in its head
        ("Shellfish from the bay is unsafe to eat, according to the Fisheries and Marine Protection Agency.",
         "Fisheries and Marine Protection Agency"),
        ("The Health and Safety Authority said the quarry would stay closed until March.",
         "Health and Safety Authority"),
        ("“The ferry was towed back to harbour,” a Rivers and Canals Authority spokeswoman said.",
         "Rivers and Canals Authority spokeswoman"),
        # the head may come first: "Institute for Strategic and Regional Studies"
        ("The Institute for Strategic and Regional Studies said the treaty would not survive the winter.",
         "Institute for Strategic and Regional Studies"),
        # its initials, and the head noun, name it again; a body named beside it is another
        ("The Fisheries and Marine Protection Agency fined the trawler’s owner on Monday.\n\n"
         "The F.M.P.A. said the owner had ignored three warnings about his nets.",
         "Fisheries and Marine Protection Agency"),
        ("The fine was set by the Rivers and Canals Authority and Kent County Council last week.\n\n"
         "“We will collect every penny,” the authority said.", "Rivers and Canals Authority"),
    ],
)
def test_and_inside_a_bodys_name_keeps_the_name_whole(extract, text, speaker):
    assert [q.speaker for q in extract(text)] == [speaker]


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("A survey by the University of Leeds and Professor Amara Osei concluded that rents in the city would "
         "rise again next year.", "Amara Osei"),
        ("Mayor Tom Hale and Water Authority staff met on Monday.\n\nThe authority said the pipes would be "
         "replaced before the winter set in.", "Water Authority"),
    ],
)
def test_and_after_a_body_or_a_person_begins_another_name(extract, text, speaker):
    (q,) = extract(text)
    assert q.speaker == speaker and " and " not in q.speaker_mention


def test_names_joined_by_and_are_one_joint_source_that_they_goes_on_to_name(extract):
    text = ("Sens. Maria Delgado (D-Ore.) and Thomas Becker (R-Kan.) said in a letter, “The rule cannot stand.”\n\n"
            "The agency has not answered. Ms. Delgado and Mr. Becker said the agency ignored two requests.\n\n"
            "“We asked twice and heard nothing,” they said.")
    found = [(q.speaker, q.speaker_type) for q in extract(text)]
    assert found == [("Maria Delgado and Thomas Becker", "group")] * 3


@pytest.mark.parametrize(
    "text,speaker",
    [
        # two bodies, the first whole with its head
        ("“We will appeal,” the Daily Herald and Channel Nine News said in a joint statement.",
         "Daily Herald and Channel Nine News"),
        ("Spain and Portugal said the border would reopen on Monday.", "Spain and Portugal"),
        ("Sen. Ann Kraus, D-Ohio, and Paul Nagy, R-Ind., said the bill would pass.", "Ann Kraus and Paul Nagy"),
        # three names in a list
        ("Rep. Ann Kraus (D-Ohio), Lena Ortiz (D-N.M.) and Paul Nagy (R-Ind.) said the bill would pass.",
         "Ann Kraus and Lena Ortiz and Paul Nagy"),
        # first names that share the surname written once
        ("Anna K. and Maria L. Petrova said the gallery would close.", "Anna K. Petrova and Maria L. Petrova"),
        ("Ethan and Maria Petrova said the gallery would close.", "Ethan Petrova and Maria Petrova"),
        ("Paris and New York said the talks would resume.", "Paris and New York"),
        # after the cue
        ("Shellfish from the bay is unsafe to eat, according to the Fisheries and Marine Protection Agency "
         "and Norway.", "Fisheries and Marine Protection Agency and Norway"),
        ("“We will not sign it,” said Sen. Lena Ortiz and Rep. Paul Nagy.", "Lena Ortiz and Paul Nagy"),
        ("“We will not sign it,” said Sens. Lena Ortiz, D-N.M., and Paul Nagy, R-Ind.", "Lena Ortiz and Paul Nagy"),
        # a preposition opening the sentence is no name
        ("Among Democrats, Lena Ortiz and Paul Nagy said the vote would be close.", "Lena Ortiz and Paul Nagy"),
        # a clause joined by ", and" is no list of speakers
        ("Talks ended in Vienna, and Viktor Orlov said the deal was dead.", "Viktor Orlov"),
    ],
)
def test_joint_sources(extract, text, speaker):
    joint = " and " in speaker
    assert [(q.speaker, q.speaker_type == "group") for q in extract(text)] == [(speaker, joint)]


@pytest.mark.parametrize(
    "text",
    [
        "“The fight goes on,” Friends of the Earth and other groups said.",
        "“We will keep knocking on doors,” the Hale and Moreno campaigns said.",
        "“Nothing was agreed,” a meeting between Ortiz and Becker said.",
        "Turnout will be low this year, according to the county chairs from Ashford and Millbrook.",
        "“The race is close,” said former Ohio Gov. and Democratic Party Chairman Tom Ridley.",
    ],
)
def test_names_and_something_else_are_no_joint_source(extract, text):
    assert not any(" and " in (q.speaker or "") for q in extract(text))


def test_a_title_in_the_plural_is_no_part_of_either_name(extract):
    text = ("Senators Maria Delgado and Thomas Becker have both asked the agency for its records.\n\n"
            "“We asked twice and heard nothing,” Ms. Delgado said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Maria Delgado"]


def test_a_document_to_someone_speaks_for_its_author_never_its_recipient(extract):
    text = ("The Green Party’s complaint to the Electoral Standards Board says the minister broke campaign rules "
            "last spring.")
    assert [q.speaker for q in extract(text)] == ["Green Party"]


def test_a_body_described_by_its_kind_is_the_body_that_spoke_just_before(extract):
    text = ("The Corner House on Coburg Street announced on Tuesday that it would close its doors after 40 years. "
            "Posting on Facebook, the pub said: \"It is with a heavy heart that we announce our closure.\"")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Corner House on Coburg Street"]


def test_the_institution_is_the_body_the_paragraph_last_named(extract):
    text = ("On Friday, students at Dunmore University halls held a party of 200 guests, which the institution "
            "called “outrageous” in a statement.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Dunmore University"]


def test_the_union_is_the_body_that_spoke_just_before(extract):
    text = ("In a statement, the Association of Nurses called the plan “a betrayal” of its members.\n\n"
            "“We will not stand by while wards close,” the union wrote.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Association of Nurses"]


def test_a_speech_verb_ends_a_descriptions_words(extract):
    text = ("Others reported supervisors unfairly demanding credit for research, and of having to endure "
            "“abrasive and demeaning” managers.")
    assert "reported" not in " ".join(q.speaker_mention or "" for q in extract(text))


def test_a_body_named_with_its_noun_never_runs_across_a_sentence_end(extract):
    text = ("Raids intensified where the Israeli military has surrounded Gaza City. The Israeli military says it is "
            "fighting to destroy the group.\n\nAid groups say the raids go on. The Israeli military has denied that it "
            "is targeting the city's hospitals.")
    assert [q.speaker for q in extract(text)] == ["Israeli military", "Israeli military"]


def test_a_title_won_after_an_honorific_is_no_part_of_the_name(extract):
    text = ("The senator again attacked former Miss Universe Alicia Machado on Friday.\n\n"
            "Machado said she would campaign against the senator in Florida next week.")
    assert [q.speaker for q in extract(text)] == ["Alicia Machado"]


def test_the_mum_of_three_is_the_mother_named_before(extract):
    text = ("Kelly Brown, 34, from Rotherham, said her son was sent home over his haircut.\n\n"
            "“It's ridiculous. He's been punished for a haircut,” the mum-of-three told The Star.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Kelly Brown"]


def test_a_person_spoken_of_in_a_report_is_not_followed_as_the_next_speaker(extract):
    text = ("Senator Ellen Marsh spoke to a crowd of several hundred people in the hall on Monday night.\n\n"
            "Marsh told the debate audience that she believes the town must come first, saying that “jobs still "
            "matter most” here.\n\n"
            "Still, the lack of enthusiasm for Marsh among young voters seems to be a real issue for her campaign, "
            "as shown by two voters, Tyresha McAllister and Bryan Holt, who saw Marsh’s running mate Tim Kane "
            "speak at a recent rally.\n\n"
            "McAlister said Marsh doesn’t show consistency in her concern for the town.\n\n"
            "“It’s not something she talks about, only when the cameras come,” she said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Tyresha McAllister"]


def test_a_pronoun_in_a_sentence_opening_with_an_unnamed_woman_is_her(extract):
    text = ("Like Senator Ellen Marsh, I believe in the good sense of the people of this town.\n\n"
            "My mother has softened with age, but even now at 86 she says things such as, "
            "\"We're not all meant to be equal, you know.\"")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [None]


def test_a_suffix_after_the_surname_keeps_one_person(extract):
    text = ("Adm. Harry B. Harris Jr. spoke in Sydney on Tuesday about the islands that China is building "
            "across the sea, and the ships it sends to guard them.\n\n"
            "Beijing has called Mr. Harris a provocateur. Mr. Harris shrugged that off.\n\n"
            "\"They try to demonize me,\" he said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Harry B. Harris Jr."]


def test_the_article_speaks_for_the_paper_that_ran_it(extract):
    text = ("The Daily Caller unearthed a 1995 story from The Chronicle with a very different tone. Twenty years ago, "
            "a Chronicle article hailed the developer as a comeback kid.\n\n"
            "“Business leaders honored the developer yesterday,” the article read.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Chronicle"]


def test_a_hyphenated_first_name_makes_a_person_with_a_gender(extract):
    text = ("Aaron Kall, the director of debate at a university, compared the candidate to a coach.\n\n"
            "Mary-Kate Obuya, political science professor at Seton Hall University, described the approach "
            "in terms of lowering expectations.\n\n"
            "\"If he is asked questions he cannot answer, he would deflect them,\" she said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Mary-Kate Obuya"]


@pytest.mark.parametrize("text, speaker", [
    ("The policy applies to married couples only, according to the Dunn campaign's website. The leave must be "
     "\"recognized under state law,\" the Dunn campaign's website says.", "Dunn campaign"),
    ("Senator Ellen Marsh spoke to reporters on Tuesday about the emails and the server.\n\nHer statement said "
     "none of the emails were \"marked classified at the time.\"", "Ellen Marsh"),
])
def test_a_website_or_statement_speaks_for_its_owner(extract, text, speaker):
    assert [q.speaker for q in extract(text) if q.kind != "indirect"] == [speaker]


def test_the_judge_is_the_justice_named_before(extract):
    text = ("Manhattan Supreme Court Justice Frank Nervo rejected that argument in a ruling released Thursday.\n\n"
            "Lawyers for both Donald and Ivana Trump filed papers opposing the unsealing. His ex-wife agreed, and "
            "Ivana Trump's brief dismissed those reports.\n\n"
            "The judge agreed with Ivana Trump that there was no reason to intrude on her privacy.")
    assert [q.speaker for q in extract(text) if q.speaker_mention == "The judge"] == ["Frank Nervo"]


def test_a_family_name_written_first_and_a_role_in_apposition_make_one_person(extract):
    text = ("Ban Ki-moon, the secretary general of the United Nations, visited the camp on Tuesday.\n\n"
            "Mr. Ban's successor is to take over in January. In recent months, he said he backed the idea of a "
            "woman succeeding him.")
    assert [q.speaker for q in extract(text) if q.speaker_mention == "he"] == ["Ban Ki-moon"]


def test_a_verb_opening_the_title_is_no_part_of_a_name(extract):
    text = ("Hold Melania Trump to her husband's standards.\n\n"
            "The story drew many letters last week.\n\n"
            "Melania Trump said she would discuss her immigration history \"in a few weeks.\"")
    assert {q.speaker for q in extract(text)} == {"Melania Trump"}


def test_a_time_opening_the_sentence_before_is_no_body(extract):
    text = ("Storm warning for the coast\n\nForecasters expect gusts of up to 90km/h along the coast.\n\n"
            "Early Tuesday, the agency issued a red warning for three counties.\n\n"
            "\u201cDo not travel unless you must,\u201d the agency said.")
    assert [q.speaker for q in extract(text)] == ["agency"]


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("\u201cWe could not staff the unit safely,\u201d Dana Whitlock, Pine Hollow's chief executive, said on "
         "Tuesday.", "Dana Whitlock"),
        # a clause, not an appositive: the place before it is no speaker
        ("After the board voted in Salem, Pine Hollow's chief executive resigned, saying he could \u201cno longer "
         "defend the cuts.\u201d", "Pine Hollow\u2019s chief executive"),
    ],
)
def test_a_role_of_a_body_of_two_words_in_commas_after_a_name(extract, text, speaker):
    assert [q.speaker for q in extract(text)] == [speaker]


def test_a_bodys_role_in_lower_case_before_a_name(extract):
    text = ("Lakeshore District police spokeswoman Inspector Dana Wilde rejected the criticism, saying officers had "
            "made \u201cdozens of arrests\u201d since March.")
    assert [q.speaker for q in extract(text)] == ["Dana Wilde"]


def test_a_country_is_no_company_its_name_opens(extract):
    text = ("Power cut across the north\n\nIsrael said it would respond \u201cat a time of our choosing\u201d.\n\n"
            "The Israel Electric Corporation says crews will work through the night.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Israel"]


def test_a_country_in_a_reported_clause_is_the_reporters_words(extract):
    text = "The foreign minister said Chile would respond \u201cwith every means available\u201d."
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["foreign minister"]


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("Clerk jailed for fraud\n\nJohn Smith, 45, stole \u00a340,000 from his employer, Leeds Crown Court heard. "
         "His barrister, Anne Cole, said he was sorry.\n\n"
         "\u201cI never touched the money,\u201d the defendant told the court.", "John Smith"),
        ("Scam caller jailed\n\nThe court ordered the defendant, who was not named in court documents, to repay "
         "the money. His lawyer, Sara Haddad, argued the evidence was circumstantial.\n\n"
         "Asked whether he had anything to add, the defendant said: \u201cI did not call anyone.\u201d",
         "defendant"),
    ],
)
def test_the_defendant_is_never_their_lawyer(extract, text, speaker):
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [speaker]


def test_a_courts_ruling_is_its_judgment(extract):
    text = ("Council loses land case\n\nThe High Court in Kisumu was not persuaded. In its ruling on Friday, it "
            "said the lease had been granted unlawfully.\n\n"
            "\u201cThe council acted beyond its powers,\u201d the judgment read.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["High Court"]


def test_a_heading_label_speaks_the_heading_and_is_named_below(extract):
    text = ("Live updates: floods in the valley\n\n10:31 pm\n\n"
            "Riverside mayor: \u2018We were told the river was safe\u2019\n\n"
            "Riverside Mayor Dana Kowalski criticised the state after floodwater reached the primary school.\n\n"
            "\u201cNobody warned us,\u201d Kowalski told reporters.\n\n10:02 pm\n\n"
            "Senior official: state will act \u2018within days\u2019\n\n"
            "A senior state official told reporters the levee would be repaired.")
    assert [q.speaker for q in extract(text) if q.kind != "indirect"] == [
        "Dana Kowalski", "Dana Kowalski", "Senior official"]


def test_an_unnamed_person_of_a_bodys_unit_keeps_the_unit(extract):
    text = ("A detective from Kent Police's economic crime unit told the court that the phones had been seized in "
            "June.\n\n\"We found 40 SIM cards in a shoebox,\" the detective said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [
        "detective from Kent Police's economic crime unit"]


def test_a_name_that_takes_a_plural_verb_is_a_band_not_a_person(extract):
    text = ("Boy band to reunite\n\nSilver Tide were formed on a television talent show in 2009.\n\n"
            "A spokesman for Silver Tide said: \"The door is always open.\"")
    assert [q.speaker for q in extract(text)] == ["Silver Tide spokesman"]


def test_a_headlines_minister_holds_the_portfolio_it_names(extract):
    text = ("\u2018Not one bus route will be cut\u2019, says transport minister\n\n"
            "ABUJA: Federal Minister for Transport Adaeze Okafor has said no bus route will be cut this year.\n\n"
            "She spoke at a briefing on Monday.\n\n"
            "Lagos Works Minister Tunde Bello said the state had heard such promises before.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Adaeze Okafor"]


@pytest.mark.parametrize(
    "text,speakers",
    [
        # introduced as one of a group, and speaking as "he" after a sentence that names no one
        ("But a director of one of the country's largest rice importers, who spoke on condition of anonymity, "
         "admitted that some firms were holding back stock. Consumer groups have for years accused a so-called "
         "\"rice cartel\" of controlling supply.\n\n\"There is rice in the warehouses,\" he said.",
         ["director of one of the country's largest rice importers"] * 2),
        ("Senator Jane Ruiz spoke first.\n\nThe speech was delivered by the mother of one of the flood victims, "
         "who said the state had \u201cfailed every family on the river.\u201d",
         ["mother of one of the flood victims"]),
    ],
)
def test_one_described_as_of_one_of_a_group(extract, text, speakers):
    assert [q.speaker for q in extract(text)] == speakers


@pytest.mark.parametrize(
    "text,speaker",
    [
        # a place written with its state, and a song's name in marks, inside the sentence
        ("At a rally in Dayton, Ohio, last week, Rivera introduced \u201cRiver Song\u201d by telling the crowd, "
         "\u201cThis one is for my mother.\u201d", "Rivera"),
        # a time between the auxiliary and the verb
        ("The state Commissioner of Police, Aminu Bello, had on Monday warned that officers would \u201cnot "
         "tolerate any violence\u201d at the polls.", "Aminu Bello"),
    ],
)
def test_the_subject_across_what_a_sentence_sets_before_its_verb(extract, text, speaker):
    assert [q.speaker for q in extract(text) if q.kind != "indirect"] == [speaker]


@pytest.mark.parametrize("name", ["Analyn Tabanao", "Tam Wai-ling"])
def test_her_son_in_her_own_clause_is_no_man_she_is(extract, name):
    # "with her teenage son" says she is a woman; and "Tam", a family name written first, says nothing
    text = ("Tenants protest outside council\n\n"
            "Councillor Dev Malhotra, who chairs the housing committee, said the rules would be enforced.\n\n"
            f"{name}, 31, who shares a single room in Kwun Tong with her teenage son, said she supported the "
            "rules but feared a rent rise.\n\n\"Every time something changes, the rent goes up,\" she said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [name]


def test_a_schemes_name_is_no_one(extract):
    text = ("Voices from the market\n\nIn the old town market, vegetable vendor Lakshmamma, 58, said she had "
            "received Rs 2,000 every month under the state's Maya Lakshmi scheme. \"The money comes on time,\" she "
            "said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Lakshmamma"]


def test_her_father_shares_a_part_of_her_double_barrelled_surname(extract):
    text = ("Floods in Penal\n\nRamesh Persad spent the night on his roof with his wife.\n\n"
            "At the community centre, Rev Clyde Baptiste was helping volunteers serve hot meals.\n\n"
            "Among those at the shelter was the Persads' daughter, Kamla Persad-Mohammed, 34, whose own home was "
            "also flooded.\n\nHer father, who had come to the centre to collect a hamper, shook his head.\n\n"
            "\"Forty goats I had. I find only eleven this morning,\" he said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Ramesh Persad"]


def test_a_bare_surname_is_no_double_barrelled_namesake(extract):
    text = ("Potter at 70\n\nMaureen Ashworth has made pots in Longton for fifty years.\n\n"
            "Her granddaughter, Ellie Pryce-Ashworth, 19, has started spending Saturday mornings at the studio, "
            "mostly, she says, because \u201cit smells like mud and biscuits\u201d.\n\n"
            "\u201cI\u2019ll stop when my hands stop,\u201d Ashworth says.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Maureen Ashworth"]


@pytest.mark.parametrize(
    "text,speakers",
    [
        ("Union leader profile\n\nBrenda Okafor has led the drivers\u2019 union for six years.\n\n"
         "\u201cOf course people are fed up. So am I,\u201d she says. \u201cNobody goes on strike for fun.\u201d\n\n"
         "And if the government brings in new curbs on strike action, as some backbenchers have urged?\n\n"
         "\u201cLet them try. We\u2019ve had laws thrown at us before.\u201d",
         ["Brenda Okafor", "Brenda Okafor", "Brenda Okafor"]),
        # questions about someone else: the one asked answers them
        ("Lindqvist rules out sale\n\n\"Jamie is our captain and he is not for sale,\" Lindqvist told his "
         "pre-match news conference.\n\nLindqvist was then asked a series of questions about the player:\n\n"
         "Was Jamie at training today?\n\n\"Yes, he trained this morning.\"\n\nHas he asked to leave?\n\n"
         "\"No. He has not asked me anything.\"", ["Lindqvist", "Lindqvist", "Lindqvist"]),
    ],
)
def test_answers_to_questions_the_writer_puts_between_quotes(extract, text, speakers):
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == speakers


@pytest.mark.parametrize("text", ["Lindqvist was then asked a series of questions about the player.",
                                  "Respondents were also asked to pick the loser of the debate."])
def test_one_asked_reports_nothing(extract, text):
    assert extract(text) == []


def test_a_name_the_lists_do_not_know_is_a_person_by_the_she_of_its_sentence(extract):
    text = ("Rangoon activist honoured\n\nKhin Mar Aye arrived in Geneva on Monday to collect the award, ten years "
            "after she was freed from prison.\n\nFor her part, Mar Aye has faced criticism at home. She now advises "
            "Minister Zaw Win Naing.\n\n\"Freedom also means responsibility,\" she said at the ceremony.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Khin Mar Aye"]


@pytest.mark.parametrize("said, speaker", [
    ("A senior European diplomat familiar with the talks, who spoke on condition of anonymity, said the sticking "
     "point was the order of the withdrawal.\n\n\u201cEverything else is detail,\u201d the diplomat said.",
     "senior European diplomat"),
    ("\u201cWe were told nothing,\u201d a Health Ministry official briefed on the plan said.",
     "Health Ministry official"),
    ("\u201cThe count will slip,\u201d said multiple sources familiar with the effort.",
     "multiple sources familiar with the effort"),
    ("\u201cThe count will slip,\u201d said a person familiar with the matter.", "person familiar with the matter"),
])
def test_what_a_source_knows_names_them_only_where_the_head_does_not(extract, said, speaker):
    assert [q.speaker for q in extract(said) if q.kind == "direct"] == [speaker]


def test_a_party_member_counted_one_of_several_is_no_one_named(extract):
    text = ("Coalition split deepens over climate target\n\n"
            "The party room met on Tuesday to debate the policy, with one moderate Liberal MP telling colleagues: "
            "\u201cWe look like we\u2019re at war with ourselves.\u201d\n\n"
            "One Nationals MP said the mood was \u201cthe worst I\u2019ve seen since the spill\u201d.\n\n"
            "\u201cPeople were genuinely angry,\u201d the MP said.\n\n"
            "A Sinn F\u00e9in MLA called the plan \u201cdead in the water\u201d.\n\n"
            "Nationals MP Grant Hollis said it was \u201ca farce\u201d.")
    assert [q.speaker for q in extract(text)] == [
        "moderate Liberal MP", "Nationals MP", "Nationals MP", "Sinn F\u00e9in MLA", "Grant Hollis"]


def test_a_headline_title_before_a_role_noun_is_the_office_named_below(extract):
    text = ("Chief Constable warns of \u2018lowest officer numbers in a generation\u2019\n\n"
            "Chief Constable Alan Dunwoody told the Policing Board on Thursday that numbers had fallen.\n\n"
            "\u201cWe are being asked to do more with less,\u201d Mr Dunwoody said.")
    assert [q.speaker for q in extract(text)] == ["Alan Dunwoody"] * 3


def test_a_time_ago_is_no_speaker(extract):
    text = ("Inquest opens\n\nThe children of a bread delivery man shot dead in Belfast almost half a century ago "
            "have told an inquest they \u201cstill do not know the truth\u201d about how he died.")
    assert [(q.speaker, q.speaker_mention) for q in extract(text)] == [(None, None)]  # not "a century ago"


def test_a_military_rank_of_several_words_is_no_part_of_the_name(extract):
    text = ("Joanne Pruitt said she learned of the attack from a news alert. Her son, Petty Officer 2nd Class "
            "Kyle Pruitt, is a fire controlman aboard the Carver.\n\n"
            "\u201cHe wrote that they were fine,\u201d his mother said.\n\n"
            "Airman First Class Jo Diaz said the night was \u201cloud\u201d. Petty Officer 2nd Class Kyle Pruitt "
            "called it \u201ca long night\u201d.")
    assert [q.speaker for q in extract(text) if q.kind != "indirect"] == ["Joanne Pruitt", "Jo Diaz", "Kyle Pruitt"]


def test_a_company_named_by_its_first_word_ends_on_its_company_word_before_of(extract):
    text = ("The Lancer interceptor, built by Arcwright Defense Systems of Huntsville, Alabama, was due to enter "
            "production this fall.\n\nArcwright said it had \u201cfull confidence\u201d in the new seeker.")
    assert [q.speaker for q in extract(text)] == ["Arcwright Defense Systems"]


def test_a_name_the_article_calls_a_company_is_no_person(extract):
    text = ("Renee Delgado said she filed nine work orders with Keystone Military Communities, the private company "
            "that manages housing on the base.\n\n"
            "In a statement, Keystone Military Communities said it \u201ctakes every concern seriously\u201d.\n\n"
            "\u201cWe regret the frustration this has caused,\u201d the company said.")
    quotes = [q for q in extract(text) if q.kind != "indirect"]
    assert [(q.speaker, q.speaker_type) for q in quotes] == [("Keystone Military Communities", "organization")] * 2


def test_a_federal_body_keeps_its_country_and_its_initials_are_it(extract):
    text = ("U.S. Customs and Border Protection said it had \u201csurged personnel\u201d to the area.\n\n"
            "Immigration and Customs Enforcement said it \u201cdoes not comment\u201d on cases.\n\n"
            "CBP said on Friday that the app \u201cremains the lawful pathway\u201d for migrants.")
    cbp = "U.S. Customs and Border Protection"
    assert [q.speaker for q in extract(text)] == [cbp, "Immigration and Customs Enforcement", cbp]


def test_stewards_and_a_panel_speak_as_described(extract):
    text = ("The race stewards said the car was \u201creleased in a safe manner\u201d.\n\n"
            "In its decision, the MotoGP stewards panel said the move was \u201coverly ambitious\u201d.")
    assert [q.speaker for q in extract(text)] == ["race stewards", "MotoGP stewards panel"]


def test_a_description_with_a_country_the_introduction_lacks_is_someone_else(extract):
    text = ("The commissaires warned Sanz\u2019s teammate Lucas Ferreira over a gesture towards a motorbike rider.\n\n"
            "Ferreira was unrepentant. \u201cThe motorbike was in the middle of the road,\u201d the Portuguese rider "
            "said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Lucas Ferreira"]


def test_one_known_by_first_name_opening_the_story_is_the_he_after(extract):
    text = ("Shelter full\n\nMATAMOROS, Tamaulipas \u2014 Josu\u00e9 checks his phone before dawn every morning, "
            "the same way he has for 14 weeks.\n\n"
            "\u201cNothing again,\u201d the 19-year-old from Honduras said on Thursday.\n\n"
            "The Rev. Abelardo Quintanilla, a Methodist pastor who runs the shelter, said numbers had grown. "
            "\u201cWe are full,\u201d he said.\n\n"
            "By late afternoon, Josu\u00e9 had tried the app twice more. The screen told him nothing was free.\n\n"
            "\u201cMa\u00f1ana,\u201d he said, shrugging.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [
        "Josu\u00e9", "Abelardo Quintanilla", "Josu\u00e9"]


@pytest.mark.parametrize("before", [
    "",
    "Sector Chief Raymond Castellanos said crossings had doubled.\n\n",
])
def test_the_wife_of_one_known_by_one_name_has_no_one_elses_surname(extract, before):
    text = (f"{before}Among those waiting was Yeferson, a 27-year-old mechanic from Maracay, Venezuela. He said he had "
            "travelled for two months with his wife and their son, crossing the Dari\u00e9n Gap on foot.\n\n"
            "His wife, Daniela, said the family turned themselves in to agents.\n\n"
            "\u201cThey gave us a paper and a date,\u201d the 24-year-old said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Daniela"]


def test_an_interview_turn_labelled_by_role_is_the_one_given_that_role(extract):
    text = ("Health minister Mervyn Allister said waiting lists would fall.\n\n"
            "Earlier, the minister was questioned by presenter Conor Magill on the morning programme.\n\n"
            "Presenter: \u201cMinister, why should anyone believe it will be different?\u201d\n\n"
            "Mr Allister: \u201cBecause the money is ring-fenced.\u201d\n\n"
            "Presenter: \u201cBut is it enough?\u201d\n\n"
            "Mr Allister: \u201cNo. It is a start.\u201d")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Conor Magill", "Mervyn Allister"] * 2


def test_a_parent_of_so_many_children_is_a_parent(extract):
    text = ("Outside the school, one father of two said he supported the teachers. \u201cIt is hard,\u201d the father "
            "said.\n\n\u201cNobody listens,\u201d said a mother of six.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["father", "mother"]


def test_mr_and_a_shared_surname_is_the_namesake_who_spoke_two_paragraphs_before(extract):
    text = ("Brian Trelawny, 71, a retired fisherman, went to hospital with chest pain and died the next day.\n\n"
            "Dr Tomasz Wilk told the inquest the department had been \u201cextremely busy\u201d that night.\n\n"
            "Gary Trelawny, the dead man\u2019s son, asked Dr Wilk why a second blood test had not been done.\n\n"
            "Dr Wilk said the first result had been normal.\n\n"
            "\u201cBut isn\u2019t the whole point that you do it twice?\u201d Mr Trelawny asked.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Gary Trelawny"]


def test_a_standfirst_office_ending_in_initials_is_the_one_named_below(extract):
    text = ("Talks stall\n\nOpposition MK accuses coalition of \u2018playing for time\u2019; senior official says gaps "
            "remain wide\n\nThe committee met on Monday.\n\nOpposition MK Yifat Dromi, who had requested the "
            "hearing, accused the coalition of \u201cplaying for time\u201d.")
    assert {q.speaker for q in extract(text) if q.quote == "playing for time"} == {"Yifat Dromi"}


@pytest.mark.parametrize("branch", ["the military\u2019s civil defence branch", "the civil defence unit"])
def test_a_branch_or_unit_after_a_body_speaking_is_that_body(extract, branch):
    text = ("The Home Front Command says restrictions on gatherings will stay in force until Thursday.\n\n"
            f"\u201cResidents are asked to stay close to shelters,\u201d {branch} says in a statement.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Home Front Command"]


@pytest.mark.parametrize("asked", [
    "In an interview with Army Radio later, he is asked, \u201cAre you telling residents to leave the city?\u201d",
    "Ohana was asked, \u201cAre you telling residents to leave the city?\u201d",
])
def test_a_question_put_to_someone_is_not_theirs(extract, asked):
    text = ("Mayor Yehiel Ohana said the city would stay open.\n\n"
            f"{asked}\n\n"
            "\u201cI am telling them to listen to the Home Front Command,\u201d Ohana replies.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [None, "Yehiel Ohana"]


def test_a_name_with_a_capital_inside_is_no_participle_and_is_named_in_full(extract):
    text = ("SkyMed Air Rescue, a privately held air medical company based in Denver, sent the bill.\n\n"
            "SkyMed said it \u201cfollows all applicable law\u201d and works with patients.")
    assert [(q.speaker, q.speaker_mention) for q in extract(text)] == [("SkyMed Air Rescue", "SkyMed")]


def test_a_leaked_briefing_speaks_for_the_body_that_wrote_it(extract):
    text = ("Premier Adrian Vella has ruled out lifting land tax, hours after a leaked Treasury briefing warned the "
            "government\u2019s spending commitments were \u201cnot sustainable\u201d without new revenue.\n\n"
            "\u201cHealth costs are growing faster than revenue,\u201d the briefing states.")
    assert [q.speaker for q in extract(text)] == ["Treasury", "Treasury"]


def test_an_owner_after_warned_opens_the_reported_clause_not_its_listener(extract):
    text = "The Local Government Association warned the government\u2019s funding plans would leave councils short."
    assert [q.quote for q in extract(text)] == ["the government\u2019s funding plans would leave councils short"]


def test_a_body_called_by_the_word_before_its_of_is_named_in_full(extract):
    text = ("The U.S. Army Corps of Engineers is studying the levee.\n\n"
            "The Corps said several options \u201cremain under active consideration\u201d.")
    assert [q.speaker for q in extract(text)] == ["U.S. Army Corps of Engineers"]


def test_a_place_named_in_the_plural_is_no_team(extract):
    text = ("Asked about the final week in the Alps, the race leader said he felt strong.\n\n"
            "The 29-year-old was taken to hospital. The team said he had \u201csuffered a suspected fracture\u201d.")
    assert [(q.speaker, q.speaker_mention) for q in extract(text)] == [(None, "The team")]  # never "Alps"


def test_admonishing_cues_a_partial_and_at_one_point_is_no_speaker(extract):
    text = ("Nikki Haley pushed back on the governor\u2019s record. She admonished him for trying to "
            "\u201cact like you weren\u2019t a liberal\u201d on energy.\n\n"
            "Loretta Lynch said the partner had backed her, at one point even admonishing the client: \u201cYou "
            "have to look at her, because she is the one who knows the answer.\u201d")
    quotes = extract(text)
    assert [q.speaker for q in quotes if q.kind == "partial"] == ["Nikki Haley"]
    assert [q.speaker_mention for q in quotes if q.kind == "direct"] == ["Loretta Lynch"]  # not "one point"


def test_a_colon_quote_closed_by_a_comma_and_its_cue_is_no_report(extract):
    text = ("Sen. Claire McCaskill chided him: \u201cThe scientific community is against the three products you "
            "called \u2018miracles,\u2019\u201d she said.")
    assert [(q.kind, q.speaker) for q in extract(text)] == [("direct", "Claire McCaskill")]


def test_the_body_another_is_a_division_of_is_not_the_agency_after(extract):
    text = ("Officials at Harbor Fraud Investigations, a division of Immigration and Customs Enforcement, said they "
            "were concerned. In a memo, the agency said \u201cthere are no safeguards\u201d in the program.")
    assert [(q.speaker, q.speaker_mention) for q in extract(text) if q.kind == "partial"] == [
        ("agency", "the agency")]  # not Immigration and Customs Enforcement


def test_a_long_aside_between_dashes_closes_the_appositive_before_it(extract):
    text = ("Rhona Pettigrew, the managing director of Tidewell Studios -- the production house that makes the "
            "quiz show, which is also sold to broadcasters in Canada and Ireland -- told me, \u201cWe make what "
            "people want to watch.\u201d\n\n"
            "Amir Dasgupta, chairman of the residents\u2019 group Friends of Calder Park, or FCP \u2014 which was "
            "set up by a former councillor after the floods of 2009 and which has opposed the plan \u2014 said "
            "the park would be lost.")
    quotes = extract(text)
    assert [(q.kind, q.speaker, q.speaker_mention) for q in quotes] == [
        ("direct", "Rhona Pettigrew", "Rhona Pettigrew"),  # not Canada, nor the studio
        ("indirect", "Amir Dasgupta", "Amir Dasgupta")]  # not FCP


def test_as_one_noted_between_dashes_reports_nothing_after_it(extract):
    text = ("The new leaflet \u2014 as the campaigner Ruth Okafor noted last week in a letter to the paper \u2014 "
            "promises to keep every library open until 2030.\n\n"
            "If the levy is unlawful \u2014 as many residents believe, but the council strongly denies \u2014 "
            "\u201cwhy would you not challenge it?\u201d asked Tom Reilly, a local solicitor.\n\n"
            "As Okafor noted, the council has closed four branches since 2019.")
    quotes = extract(text)
    assert [(q.kind, q.speaker) for q in quotes if q.speaker] == [
        ("partial", "Tom Reilly"), ("indirect", "Ruth Okafor")]
    assert quotes[-1].quote == "the council has closed four branches since 2019"


def test_a_national_party_keeps_its_demonym(extract):
    text = ("Scottish Labour said the budget was \u201ca betrayal of working families\u201d. The Welsh "
            "Conservatives accused ministers of \u201cmanaging decline\u201d.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Scottish Labour", "Welsh Conservatives"]


def test_an_acronym_written_as_a_word_is_the_body_in_apposition_to_it(extract):
    text = ("Nalgo, the National Association of Local Government Officers, issued a statement on Friday.\n\n"
            "\u201cOur members have had enough,\u201d it said. \u201cWe will ballot next month,\u201d Nalgo added.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [
        "National Association of Local Government Officers"] * 2


def test_a_place_s_officer_in_an_s_apostrophe_is_the_one_named_below_not_the_byline(extract):
    text = ("Ambulance delays 'unacceptable'\n\nBy Carys Lloyd, political reporter\n\n"
            "Wales' economy minister has said she is \u201cdeeply concerned\u201d about the closure.\n\n"
            "Mererid Hughes told the Senedd the firm had \u201clet down its workers\u201d.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Mererid Hughes", "Mererid Hughes"]


def test_an_office_no_one_named_holds_is_the_one_the_paragraph_before_opens_on(extract):
    text = ("Question time: Alasdair Reid faces MSPs over ferry delays\n\n"
            "Opposition leader Douglas Kerr went first. \u201cWhen will islanders get a service?\u201d he asked.\n\n"
            "Alasdair Reid began by addressing the protesters in the gallery.\n\n"
            "\u201cI hear your frustration,\u201d the First Minister said.")
    assert [q.speaker for q in extract(text)][-1] == "Alasdair Reid"


def test_a_verb_in_a_reported_clause_s_past_perfect_goes_on_with_its_subject(extract):
    text = ("The fiscal depute, Ailsa Grant, said the car had been found on a verge. She added that Moffat had been "
            "\u201cpolite throughout\u201d and had told officers: \u201cI only had two pints.\u201d")
    assert [(q.kind, q.speaker) for q in extract(text) if q.kind != "indirect"] == [
        ("partial", "Ailsa Grant"), ("direct", "Moffat")]


def test_a_cue_set_off_in_commas_owns_the_quote_of_its_sentence(extract):
    text = ("Gethin Rees runs the family\u2019s bakery. In December, Gethin says, they posted 3,000 hampers, "
            "\u201cwhich was chaos, but good chaos\u201d.")
    assert [(q.speaker, q.cue) for q in extract(text) if q.kind == "partial"] == [("Gethin Rees", "says")]
    text = ("Asked about his attacks, Tom Hale said that was part of the race \u2014 no different, he said, from "
            "Ann Cole calling his plan \u201ca fantasy\u201d before she endorsed him.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Ann Cole"]  # named at the nearer cue


def test_a_quote_in_the_second_clause_a_cue_reports_is_the_reporter_s(extract):
    text = ("The health minister, Ruth Dale, was questioned for an hour. The minister said she would look into the "
            "case and that the department was offering \u201cenhanced\u201d grants to rural dentists.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Ruth Dale"]


def test_tabloid_sources_fans_and_headline_speakers(extract):
    text = ("A friend of the singer said: \u201cShe is devastated.\u201d\n\n"
            "The friend added: \u201cShe will bounce back.\u201d\n\n"
            "One viewer wrote on X: \u201cBest final ever.\u201d\n\n"
            "Another posted: \u201cGive them the money now.\u201d\n\n"
            "Speaking last spring, Carla Doyle had hinted she wanted to stay \u201cuntil they drag me off\u201d.")
    assert [(q.speaker, q.kind) for q in extract(text)] == [
        ("friend of the singer", "direct"), ("friend of the singer", "direct"),  # never "… singer said"
        ("one viewer", "direct"), ("viewer", "direct"), ("Carla Doyle", "partial")]


def test_a_headline_quote_a_colon_gives_to_one_described_doing_something_is_the_story_s_subject(extract):
    text = ("\u2018I fed three prime ministers \u2013 and none of them tipped\u2019: former Downing Street "
            "cook spills the beans\n\nBy Ann Cole\n\nMaureen Hollis has a confession. In 30 years in the "
            "kitchen, she never once burnt the toast.\n\n\u201cNot once,\u201d she says.")
    assert [q.speaker for q in extract(text)] == ["Maureen Hollis", "Maureen Hollis"]


def test_a_scream_is_a_cue(extract):
    text = ("The wife of a Championship striker screamed \u2018Do you know who I am?\u2019 at a warden, a court "
            "heard.\n\nDanielle Moss, 29, admitted a public order offence.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Danielle Moss"]


def test_local_tv_district_and_deputy_at_the_scene(extract):
    text = ("Carver County Schools will open two hours late Thursday, the district said on Facebook.\n\n"
            "\u201cBuses will not run on gravel roads,\u201d the district said.\n\n"
            "Emergency Management Director Rick Salas urged residents to stay home.\n\n"
            "A Carver County sheriff's deputy at the scene on Route 9, who was not authorized to speak, said a "
            "truck had overturned.\n\n"
            "\u201cThe driver walked away from it,\u201d the deputy said.\n\n"
            "Later, North Plains Rural Power District said 9,000 homes had no power.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [
        "Carver County Schools", "Carver County sheriff's deputy"]  # never the power district, nor Salas


def test_a_heading_s_bare_role_or_kind_names_no_one(extract):
    text = ("Manitoba budget live: deficit to hit $2.1 billion\n\nRuling sends province back to the table; "
            "company says mine timeline \u2018on hold\u2019\n\nBy Ana Ruiz\n\n"
            "A judge quashed the licence granted to Redfield Lithium Corp. on Tuesday.\n\n"
            "In a statement, the company said its timeline was \u201con hold\u201d.\n\n"
            "1:30 p.m. \u2014 Premier says budget \u2018keeps Manitoba working\u2019\n\n"
            "Premier Wab Collins told reporters the budget \u201ckeeps Manitoba working\u201d.")
    quotes = extract(text)
    assert [q.speaker for q in quotes if q.kind == "partial"] == [
        "Redfield Lithium Corp", "Redfield Lithium Corp", "Wab Collins", "Wab Collins"]
    assert not [q for q in quotes if q.kind == "indirect" and q.speaker in ("company", "Premier")]


def test_new_zealand_live_copy_offices_crossheads_and_entry_headings(extract):
    text = ("Storm live: rain warnings for the East Coast\n\nUpdates through the day.\n\n"
            "Hawke's Bay Civil Defence Emergency Management said roads were closed.\n\n"
            "MetService meteorologist Clare Dunn said the front was \u201cslow-moving\u201d.\n\n"
            "\"Police are urging people to stay off the roads,\" police said in a statement.\n\n"
            "4.05pm: 'The worst is still in front of us'\n\n"
            "Controller Ben Hoani has just finished a briefing.\n\n"
            "\"We are not out of this yet. The worst of the rain is still in front of us,\" Hoani said.\n\n"
            "Split council\n\n"
            "In a statement after the vote, the council said rates would rise. \"The increase is driven by flood "
            "recovery,\" the statement said.\n\n"
            "The minister responsible for emergency management said on social media the Government was \"ready to "
            "support the region\".")
    said = {q.quote: q.speaker for q in extract(text)}
    assert said["The worst is still in front of us"] == "Ben Hoani"  # never the police, who spoke before it
    assert said["The increase is driven by flood recovery,"] != "Split council"  # a crosshead is no body
    assert said["ready to support the region"] == "minister responsible for emergency management"
    assert said["roads were closed"] == "Hawke's Bay Civil Defence Emergency Management"


def test_a_headline_quote_said_again_with_a_word_between_is_the_speaker_s(extract):
    text = ("\u2018Sheer luck nobody died\u2019: Eaglehawk man jailed over pursuit\n\n"
            "A man who led police on a chase has been jailed for eight months.\n\n"
            "Magistrate Anna Fenwick said the man had driven at 140km/h.\n\n"
            "\u201cIt is sheer luck that nobody died on High Street that night,\u201d she said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Anna Fenwick", "Anna Fenwick"]


def test_one_of_them_the_defence_and_an_aside_closing_a_phrase(extract):
    text = ("Crowds gathered at the secretariat. Some of the marchers jeered the commissioner. One of them "
            "shouted: \u201cWe want answers!\u201d\n\n"
            "Under cross-examination by counsel for the second defendant, Mr Tunde Bakare, SAN, the witness "
            "admitted he had never met the accused.\n\n"
            "The defence said the case was \u201cbuilt on hearsay\u201d.\n\n"
            "Judge Amara Obi said that, far from being a minor figure as the defence had claimed, it appeared "
            "the accused had \u201cdirected the whole scheme\u201d.\n\n"
            "Jabbing a finger at a heckler as she angrily said, \u201cSit down,\u201d the senator left the stage.")
    quotes = extract(text)
    said = {q.quote: q.speaker for q in quotes}
    assert said["We want answers!"] == "marcher"
    assert said["built on hearsay"] == "Tunde Bakare"
    assert said["directed the whole scheme"] == "Amara Obi"  # not the defence, whose claim is an aside
    # an "as" clause whose own words follow its comma still speaks them
    assert [q.speaker_mention for q in quotes if q.quote == "Sit down,"] == ["she"]


def test_sports_bodies_clubs_and_a_lede_s_relative_clause(extract):
    text = ("A former hurler who says he suffered a brain injury after being sent back on following a heavy "
            "collision has told the High Court he \"couldn't remember the second half\".\n\n"
            "Cathal Moran (34), of Athenry, has sued Kilbeacanty GAA over the injury.\n\n"
            "In its defence, the club says the decision was \"a reasonable clinical judgment\".\n\n"
            "The Board of Control for Cricket in Nepal said the fine was \"accepted in full\". A senior "
            "BCCN official declined to comment.")
    said = {q.quote: q.speaker for q in extract(text)}
    assert said["couldn't remember the second half"] == "Cathal Moran"  # not "a heavy collision"
    assert said["a reasonable clinical judgment"] == "Kilbeacanty GAA"
    assert said["accepted in full"] == "Board of Control for Cricket in Nepal"


def test_district_court_ages_judges_and_a_chairman_s_label(extract):
    text = ("Man told he came close to jail\n\nBy Ann Tobin\n\n"
            "A 41-year-old man who kicked a door at a garda station has been spared prison.\n\n"
            "Declan Furey, of Mill Road, Tralee, pleaded guilty to criminal damage.\n\n"
            "Judge Colm Hession said Mr Furey had come very close to a custodial sentence.\n\n"
            "\u201cI understand, judge. I\u2019m sorry,\u201d the 41-year-old replied.\n\n"
            "The judge imposed a suspended sentence on condition that Mr Furey stay sober.\n\n"
            "\u201cIf you come back before me, that sentence will be activated,\u201d he said.\n\n"
            "Earlier, in the council chamber:\n\nMcGrath: \"You're not answering.\"\n\n"
            "Chairman: \"Members, please.\"\n\nChairman Liam Dolan had to intervene again.")
    said = {q.quote: q.speaker for q in extract(text)}
    assert said["I understand, judge. I\u2019m sorry,"] == "Declan Furey"  # the lede's 41-year-old, named next
    assert said["If you come back before me, that sentence will be activated,"] == "Colm Hession"  # the judge's
    assert said["Members, please."] == "Liam Dolan"  # the label's title, named below


def test_a_rank_s_initials_in_an_appositive(extract):
    text = ("\u201cPrices decide everything,\u201d said Dr Kofi Mensah, a lecturer.\n\n"
            "The Eastern Regional Police Commander, DCOP Yaw Boateng, said the command had arrested 12 suspects.\n\n"
            "\u201cWe cannot be everywhere,\u201d he said.")
    assert [(q.kind, q.speaker) for q in extract(text)][1:] == [("indirect", "Yaw Boateng"), ("direct", "Yaw Boateng")]


def test_a_headline_s_first_person_quote_over_a_third_person_partial(extract):
    text = ("\u2018I couldn\u2019t remember the final whistle,\u2019 former hurler tells High Court\n\n"
            "Paudie Kehoe claims he was sent back on after a head injury\n\n"
            "A former hurler who claims he suffered a brain injury has told the High Court he \u201ccouldn\u2019t "
            "remember the final whistle, or who scored\u201d.\n\nPaudie Kehoe (31), of Ferns, has sued his club.")
    assert [q.speaker for q in extract(text) if q.kind != "indirect"] == ["Paudie Kehoe"] * 2


def test_a_body_owned_by_a_plural_is_no_body_named_before(extract):
    text = ("Castleford Rovers manager Sean Dunmore was furious. The club confirmed in a statement that it "
            "would write to the league.\n\n"
            "A spokesperson for the referees\u2019 body said: \u201cAll decisions will be reviewed.\u201d")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] != ["Castleford Rovers spokesperson"]
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["referees\u2019 body"]


def test_a_quotation_that_is_the_sentence_s_verb_phrase_is_its_subject_s(extract):
    text = ("The Welsh Government handed over no messages, but \u201cmade clear that every decision was minuted\u201d "
            "in its reply to the inquiry.")
    assert [(q.speaker, q.speaker_mention) for q in extract(text)] == [
        ("Welsh Government", "The Welsh Government")]


def test_a_teller_named_by_the_passive_and_a_body_after_according_to(extract):
    text = ("Another, 88-year-old Edna Pike, was told by Lee Cotter that her roof was \"a death trap\" and that "
            "she would be \"liable\" if it fell.\n\n"
            "According to the Federation of Village Shops, the number of shops has halved.\n\n"
            "\u201cWe are squeezed from every side,\u201d the federation said in a statement.")
    said = {q.quote: q.speaker for q in extract(text)}
    assert said["a death trap"] == said["liable"] == "Lee Cotter"  # never the one told
    assert said["We are squeezed from every side,"] == "Federation of Village Shops"  # never "According to …"


def test_a_heading_label_ending_on_a_role_names_no_one(extract):
    text = ("Harlow Springs Fire Chief: 'We Need Twelve More Firefighters'\n\n"
            "Chief Dana Okafor, a 20-year veteran of the department, asked the council for money on Monday.\n\n"
            "\"We need twelve more firefighters,\" Okafor said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Dana Okafor", "Dana Okafor"]


def test_the_group_after_a_group_called_so(extract):
    text = ("A group called Save Elm Park has gathered 900 signatures. In a Facebook post Wednesday, the group "
            "urged residents to \"show up and be heard.\"")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Save Elm Park"]


def test_a_person_of_a_body_named_of_something_else(extract):
    text = ("Parish news\n\n"
            "Father Liam Doyle of the Holy Redeemer Church of God said the parish needed "
            "\u201cmore than promises\u201d.\n\n"
            "Dr Helen Park of the University of Dundee said the results were \u201cstriking\u201d.\n\n"
            "\u201cWe are proud of the team,\u201d the university said.")
    said = {q.quote: q.speaker for q in extract(text)}
    assert said["more than promises"] == "Liam Doyle"  # a church speaks as a body; he is of it
    assert said["We are proud of the team,"] == "University of Dundee"  # never "Dr Helen Park of the …"


def test_a_role_written_as_a_title_in_apposition_and_a_portfolio_list(extract):
    text = ("Council news\n\n"
            "Mayor of Ashdown, Councillor Priya Nand, who opened the session, said the traders had been warned "
            "\u201cthree times\u201d already.\n\n"
            "Minister of Culture, Gender and Entertainment Maria Lewis said the fund would open "
            "\u201cby March\u201d.\n\n"
            "Minister of Tourism and Transport Kevin Roach rejected the claim, saying work would start \"in May\".\n\n"
            "\"We have the money,\" the minister said.")
    said = {q.quote: q.speaker for q in extract(text)}
    assert said["three times"] == "Priya Nand"  # not Ashdown, the place her office is of
    assert said["by March"] == "Maria Lewis"  # the portfolios, listed with commas, are no part of her name
    assert said["in May"] == said["We have the money,"] == "Kevin Roach"


def test_a_possessive_of_people_is_part_of_a_body_s_name(extract):
    text = ("The Working People\u2019s Alliance (WPA) criticised the budget, which the alliance said was "
            "\u201ca cruel joke\u201d.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Working People\u2019s Alliance"]


def test_where_one_serves_and_an_aside_that_opens_on_a_participle(extract):
    text = ("A sergeant attached to the Eastern Command, speaking on condition of anonymity, said morale was "
            "\u201con the floor\u201d.\n\n"
            "\u201cNobody has been paid since June,\u201d the sergeant said.")
    found = [(q.speaker_mention, q.speaker) for q in extract(text)]
    assert found[0] == ("A sergeant attached to the Eastern Command", "sergeant attached to the Eastern Command")
    assert found[1][1] == "sergeant attached to the Eastern Command"  # not the command


def test_an_age_in_an_appositive_names_the_one_described(extract):
    text = ("Siobhan Kerr, Declan\u2019s 29-year-old sister, runs the cafe. Her partner, Tom Reilly, bakes the "
            "bread.\n\n"
            "\u201cWe never planned any of this,\u201d the 29-year-old says.")
    assert [q.speaker for q in extract(text)] == ["Siobhan Kerr"]


def test_a_plural_noun_that_reads_as_a_cue(extract):
    text = ("The commissioner, Elsa Brandt, said the plan allowed member states to delay payments, and that "
            "Brussels was \u201cmonitoring closely\u201d how they did so.\n\n"
            "The Planning Tribunal said the agency had \u201cfailed to check\u201d the traffic estimates supplied by "
            "the developer.")
    said = {q.quote: (q.speaker, q.speaker_mention) for q in extract(text) if q.kind == "partial"}
    assert said["monitoring closely"] == ("Elsa Brandt", "Elsa Brandt")  # never "the plan allowed member"
    assert said["failed to check"][0] == "Planning Tribunal"  # never "the traffic"


def test_a_body_described_in_apposition_and_a_body_a_union_owns(extract):
    text = ("Ridgeway Transit, the consortium behind the tram line, said the delay was \u201cregrettable\u201d.\n\n"
            "\u201cWe will finish on budget,\u201d the consortium said in a statement.\n\n"
            "The UN\u2019s World Food Programme said supplies were \u201crunning out\u201d.\n\n"
            "The UAE\u2019s Ministry of Economy said the deal would \u201cdouble trade\u201d.")
    said = {q.quote: q.speaker for q in extract(text)}
    assert said["We will finish on budget,"] == "Ridgeway Transit"
    assert said["running out"] == "World Food Programme"
    assert said["double trade"] == "Ministry of Economy"  # as a country's ministry is named without it


def test_a_participle_goes_with_the_clause_it_is_in(extract):
    text = ("Reverend Tom Ash stood at the lectern in Dover, Kent, and, quoting Psalm 23 (\u201cThe Lord is my "
            "shepherd\u201d), urged calm.\n\n"
            "Turnout was low in the county (Gov. Ray Hill won it easily, although Tom Ford won the headlines by "
            "calling himself \u201cthe people's choice\u201d) this year.")
    said = {q.quote: q.speaker for q in extract(text)}
    assert said["The Lord is my shepherd"] == "Tom Ash"  # ", and," joins a verb to his clause: no Kent
    assert said["the people's choice"] == "Tom Ford"


def test_a_company_by_its_name_without_sdn_bhd_is_it(extract):
    text = ("Timber firm fined\n\n"
            "Sri Kenanga Timber Sdn Bhd was fined on Monday. The Securities Commission said the breach was "
            "\"serious\".\n\n"
            "Sri Kenanga Timber, in a filing with the exchange, said the fine was unfair and that it would appeal.\n\n"
            "\"The board disagrees with the finding,\" it said.")
    # a name opening on a given name ("Sri") that the article writes with a company's legal form
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Sri Kenanga Timber Sdn Bhd"]


def test_the_elder_of_two_sharing_a_surname_is_the_older(extract):
    text = ("Father and son charged\n\n"
            "Ong Boon Keat, 61, was charged on Monday. His son, Ong Wei Ming, 30, a director of the firm, was "
            "also charged.\n\n"
            "Outside the court, the elder Ong said he would clear his name.\n\n"
            "\"I have done nothing wrong,\" he said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Ong Boon Keat"]


def test_i_in_an_answer_labelled_with_a_name_is_the_one_answering(extract):
    text = ("Q&A: A retiring librarian\n\n"
            "By Dana Pruitt\n\n"
            "Marta Feld has run the Eastfield library for 22 years.\n\n"
            "Q: What was the hardest moment?\n\n"
            "Feld: The budget cuts. One trustee \u2014 I won't say who \u2014 took me aside and said, \u201cClose "
            "the branch.\u201d I said, \u201cNever.\u201d")
    said = {q.quote: q.speaker for q in extract(text) if q.kind == "direct"}
    assert said["Never."] == "Marta Feld"  # not the byline's writer
    assert said["Close the branch."] == "one trustee"  # the aside's "I" is no subject


def test_a_body_after_a_possessive_of_the_place_the_article_names(extract):
    text = ("Library hours cut\n\n"
            "Marta Feld runs the Dade County Library Service.\n\n"
            "The county's Board of Supervisors said in a statement that the cuts were \"regrettable but "
            "necessary.\"")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Dade County Board of Supervisors"]


def test_an_obituary_s_birth_name_and_the_namesake_just_introduced(extract):
    text = ("Helen Varga, Potter Who Revived Slipware, Dies at 91\n\n"
            "Helen Varga, a potter, died on May 2. She was 91.\n\n"
            "Her son, Thomas Varga, said the cause was pneumonia.\n\n"
            "Helen Mary Osborne was born on June 3, 1933, in Leeds. She trained at a pottery in Devon.\n\n"
            "\u201cI was told women threw small pots,\u201d she said in a 1990 interview.\n\n"
            "In 1958 she married Paul Varga, a kiln builder.\n\n"
            "Mr. Varga, who died in 2004, once described their studio in a radio interview.\n\n"
            "\u201cShe makes them, I fire them,\u201d he said.")
    said = {q.quote: q.speaker for q in extract(text) if q.kind == "direct"}
    assert said["I was told women threw small pots,"] == "Helen Varga"  # her birth name is hers
    assert said["She makes them, I fire them,"] == "Paul Varga"  # the husband just introduced, not the son


def test_a_lord_mayor_may_be_a_woman_and_a_passive_after_an_aside_names_no_one(extract):
    text = ("Council honours former lord mayor Denis Hayes\n\n"
            "Mr Hayes, who died last week aged 80, remembered as \u2018a true gentleman\u2019\n\n"
            "By Ciara Walsh\n\n"
            "Opening the tributes, Lord Mayor Cllr Gr\u00e1inne Kelly said Mr Hayes had served the city well.\n\n"
            "\u201cHe never looked for credit,\u201d she said.\n\n"
            "Cllr Ronan Burke described him as \u201ca true gentleman\u201d.")
    found = extract(text)
    assert [q.speaker for q in found if q.quote == "He never looked for credit,"] == ["Gr\u00e1inne Kelly"]
    # the one remembered is no speaker of the heading's words
    assert "Denis Hayes" not in [q.speaker for q in found if q.quote == "a true gentleman"]


def test_a_colleague_at_an_office_in_a_place_is_the_speaker(extract):
    text = ("Postman poet dies\n\n"
            "Bernard Okafor, a poet, has died aged 61.\n\n"
            "A former colleague at the Royal Mail sorting office in Ardwick, who asked not to be named, said "
            "Okafor used to recite his round in rhyme. \u201cDrove us all mad,\u201d he said.")
    found = [q.speaker for q in extract(text) if q.kind == "direct"]
    assert found == ["former colleague at the Royal Mail sorting office in Ardwick"]


def test_a_sentence_adverb_in_commas_and_it_after_a_body_by_one_word(extract):
    text = ("Plan approved\n\n"
            "Residents have objected to Bracknell Forest Council's plan. The council, however, said it was "
            "\"the only workable option\".\n\n"
            "Norges Cuts Rates\n\n"
            "\"The committee has decided to cut the rate,\" the Norgesbank said in a statement. It added:\n\n"
            "\"Inflation is close to the target.\"")
    said = {q.quote: q.speaker for q in extract(text)}
    assert said["the only workable option"] == "Bracknell Forest Council"  # ", however," is no aside of what it is
    assert said["Inflation is close to the target."] == "Norgesbank"


def test_an_owned_description_and_an_unnamed_role_opening_a_paragraph(extract):
    text = ("Guard denies theft\n\n"
            "A 31-year-old security guard told the court he had \"panicked\".\n\n"
            "A police officer said the van was found empty. \"It was abandoned,\" the officer said.\n\n"
            "The firm's shift manager, a 45-year-old Briton, said the guard had been warned before.\n\n"
            "\"He was late twice that week,\" the manager said.\n\n"
            "Defence lawyer Omar Haddad said his client was sorry.\n\n"
            "The presiding judge adjourned the case. \"We will sit again in May,\" the judge said.")
    said = {q.quote: q.speaker for q in extract(text) if q.kind == "direct"}
    assert said["He was late twice that week,"] == "firm's shift manager"  # never the officer
    assert said["We will sit again in May,"] == "presiding judge"  # never the lawyer named last


def test_the_firm_of_an_analyst_is_not_the_company(extract):
    text = ("Shipping group profits\n\n"
            "Kvist Maritime, the tanker group, reported record profit last week.\n\n"
            "Ingrid Moe, an analyst at Fjordline Securities, said the outlook was \"murky\".\n\n"
            "The company said profit would fall by \"a third\" this year.")
    assert "Fjordline Securities" not in [q.speaker for q in extract(text) if q.quote == "a third"]


def test_in_someone_s_words_and_a_judge_titled_justice_below(extract):
    text = ("Court gives builder final chance\n\n"
            "A Singapore judge on Monday gave builder Tan Holdings a month to pay, calling it the "
            "firm's \"final chance\".\n\n"
            "Justice Lim Mei Ling of the High Court adjourned the hearing. \"The court has been patient,\" Lim "
            "said.\n\n"
            "Wong Kar Fai, a lecturer, said creditors were \"losing faith\".\n\n"
            "Creditors said the delay was \"deeply frustrating\", in Wong's words.")
    said = {q.quote: q.speaker for q in extract(text)}
    assert said["final chance"] == "Lim Mei Ling"  # the lede's judge is the Justice named below
    assert said["deeply frustrating"] == "Wong Kar Fai"  # not the creditors


def test_a_person_in_a_body_an_owner_names_with_a_participle_aside(extract):
    text = ("Library opens\n\n"
            "A deputy director in the city's Department of Parks, quoted anonymously in the same report, called "
            "the plan \u201ca folly\u201d.")
    found = [(q.speaker_mention, q.speaker) for q in extract(text) if q.kind == "partial"]
    assert found == [("A deputy director in the city's Department of Parks",
                      "deputy director in the city's Department of Parks")]  # never the department


def test_a_body_doing_something_and_a_number_with_thousands(extract):
    text = ("Nurses warn of strain\n\n"
            "The Allied Nurses Federation has called for more staff.\n\n"
            "The union representing the region's roughly 14,000 registered nurses said its members were "
            "\u201cat breaking point\u201d.")
    found = [(q.speaker_mention, q.speaker) for q in extract(text) if q.kind == "partial"]
    assert found == [("The union", "Allied Nurses Federation")]  # never "000 registered nurses"


def test_words_read_aloud_from_a_letter_are_its_writer_s(extract):
    text = ("Council hearing\n\n"
            "Cllr Dana Ruiz read from a letter sent to her office by Peter Lund, a carer from Leeds.\n\n"
            "\u201cI waited nine hours for an ambulance,\u201d Ruiz read.\n\n"
            "The email, released by Open Records Now, was sent by an aide. It read: \u201cHold the line.\u201d")
    said = {q.quote: q.speaker for q in extract(text)}
    assert said["I waited nine hours for an ambulance,"] == "Peter Lund"  # not the councillor reading it
    assert said["Hold the line."] != "Open Records Now"  # who released it wrote none of it


def test_a_team_by_its_nickname_is_its_full_name_written(extract):
    text = ("Trade news\n\n"
            "The Sacramento Kings acquired guard Leo Park on Monday.\n\n"
            "The Kings said Park had \"cleared every medical benchmark\".")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Sacramento Kings"]


def test_an_outlet_s_sign_off_line_names_no_speaker(extract):
    text = ("Veto row\n\n"
            "Economist Laura Paz said the government would win the argument.\n\n"
            "\u201cMarkets will read it as weakness.\u201d\n\n"
            "\u2013 HERALD\n")
    # the paper's credit closing the story is no one
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Laura Paz"]


def test_the_office_is_its_holder_now_not_its_former_holder(extract):
    text = ("Council pays tribute to former mayor\n\n"
            "Members stood in silence for former lord mayor Declan Moran, who died last week.\n\n"
            "Opening the tributes, Lord Mayor Cllr Siobhan Quirke said he had served with distinction.\n\n"
            "A motion to name a square after Mr Moran was passed. \u201cIt goes to committee next week,\u201d the "
            "Lord Mayor said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Siobhan Quirke"]


def test_met_after_a_name_is_a_verb_not_a_title(extract):
    text = ("Governor Lyle Brandt met with hospital staff on Monday, calling the closure \u201ca loss for every "
            "family.\u201d")
    assert [q.speaker for q in extract(text)] == ["Lyle Brandt"]


@pytest.mark.parametrize("opening", ["The bank said", "In a statement, the bank said"])
def test_a_body_named_at_the_end_of_the_sentence_before(extract, opening):
    text = (f"Most of the victims were customers of Coastal Farmers Bank. {opening} it had repaid them in full.\n\n"
            "\u201cWe will never ask for a PIN,\u201d the statement said.")
    assert {q.speaker for q in extract(text)} == {"Coastal Farmers Bank"}


def test_a_courts_name_ends_at_the_title_of_its_judge(extract):
    text = ("Manhattan Supreme Court Justice Frank Nervo rejected that argument in a ruling released Thursday.\n\n"
            "The court said the file would stay sealed for now.")
    assert [q.speaker for q in extract(text) if q.speaker_mention == "The court"] == ["Manhattan Supreme Court"]


def test_her_submission_to_the_court_is_hers(extract):
    text = ("Ivana Trump filed legal papers opposing the unsealing last month.\n\n"
            "Her submission to the court noted that she is not running for office.")
    assert [q.speaker for q in extract(text) if q.speaker_mention == "Her submission"] == ["Ivana Trump"]


def test_a_surname_takes_the_full_name_written_only_inside_a_title(extract):
    text = ("Civil rights leaders are joining \"Melba Acosta Day,\" a day on Nov. 1 to engage voters.\n\n"
            "\"We need Chapter 9,\" Ms. Acosta said on Saturday night at the gala.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Melba Acosta"]


def test_a_bodys_name_takes_no_first_name_from_the_text(extract):
    text = ("The FBI said it would review the case. In Texas, officials waited.\n\n"
            "\"We are not done,\" the FBI said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["FBI"]


def test_a_description_naming_a_party_is_no_one_of_the_other_party(extract):
    text = ("Marco Rubio, the Republican presidential candidate, spoke in Iowa on Monday, and Bernie Sanders "
            "spoke in New Hampshire.\n\n"
            "\"China is equally concerned,\" said the independent Vermont senator and Democratic presidential "
            "candidate.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Bernie Sanders"]


def test_a_force_spokesman_speaks_for_the_police_force_named(extract):
    text = ("South Yorkshire Police confirmed officers had been called. \"Officers attended an address on "
            "Thursday,\" a force spokesman said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["South Yorkshire Police spokesman"]


def test_a_spokesperson_for_a_company_named_like_a_person_speaks_for_the_company(extract):
    text = ("Flooding hit dozens of homes in Leeds on Monday night after heavy rain.\n\n"
            "A spokesperson for Yorkshire Water said: \"Our teams are working around the clock.\"")
    assert [q.speaker for q in extract(text)] == ["Yorkshire Water spokesperson"]


def test_a_spokesperson_speaks_for_the_body_past_what_kind_of_body_it_is(extract):
    text = ("Outside court, a former colleague of the dead man, who asked not to be named, said he had been "
            "\"a mentor to everyone\".\n\n"
            "A spokeswoman for road safety charity Brake Aware said the case showed the need for tougher testing.\n\n"
            "\"We see too many cases where the warning signs were there for years,\" she said.")
    assert [q.speaker for q in extract(text)][-1:] == ["Brake Aware spokeswoman"]


def test_the_finance_chief_is_the_chief_financial_officer_not_the_analyst_asking(extract):
    text = ("Chief Financial Officer Sanne Brouwer said customers were still moving money into savings.\n\n"
            "\"Can you give us any sense of where it settles?\" asked Maarten Visser, an analyst at Zuidas "
            "Securities.\n\n"
            "\"I would love to give you a number, but it depends on the ECB,\" the finance chief replied.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Maarten Visser", "Sanne Brouwer"]


def test_a_role_apposed_to_a_name_at_the_sentence_end_introduces_no_one_new(extract):
    text = ("Banks are under pressure, said Maarten Visser, an analyst at Zuidas Securities. Chief executive "
            "Joost Brouwer said the bank would hold its rates.\n\n"
            "\"We will be disciplined,\" Brouwer said.\n\n"
            "\"They have no choice,\" the analyst said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Joost Brouwer", "Maarten Visser"]


def test_a_spokesperson_for_a_company_by_its_first_word_speaks_for_the_company_written_with_or_without_inc(extract):
    text = ("Everett Systems shares slide as cloud forecast disappoints\n\n"
            "Everett Systems Inc reported third-quarter revenue above estimates on Tuesday.\n\n"
            "Everett has no plans to slow hiring. A spokeswoman for Everett said the company \"does not comment on "
            "the holdings of individual shareholders.\"")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Everett Systems Inc spokeswoman"]


def test_the_reporter_after_another_reporter_is_that_reporter_not_the_official_briefing(extract):
    text = ("\"This outbreak is not yet under control,\" said Mireille Achterberg, the WHO incident manager.\n\n"
            "Asked whether the virus could cross the border, Achterberg said the regional risk was high.\n\n"
            "\"We cannot rule it out,\" she said.\n\n"
            "Another reporter pressed on whether WHO would declare an emergency. \"Is that on the table this "
            "week?\" the reporter asked.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [
        "Mireille Achterberg", "Mireille Achterberg", "reporter"]


def test_an_age_with_a_role_apposed_to_it_is_the_subject(extract):
    text = ("Finance Minister Carsten Hollenbach said on Wednesday that he would not suspend the rule.\n\n"
            "The 58-year-old, a former state finance minister in Lower Saxony, dismissed the proposals as "
            "\"wishful thinking with a price tag.\"")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Carsten Hollenbach"]


def test_a_ministers_portfolio_is_no_part_of_the_name(extract):
    text = ("Taoiseach Micheál Martin said: \"This is a difficult day for the country.\"\n\n"
            "Minister for Health Stephen Donnelly said the move was necessary. \"Hospitals are under pressure,\" "
            "the minister added.")
    assert [q.speaker for q in extract(text)] == ["Micheál Martin", "Stephen Donnelly", "Stephen Donnelly"]


def test_it_after_a_document_speaks_is_the_document_not_a_body_named_before(extract):
    text = ("The European Union has pressed members to publish tax data.\n\n"
            "“Companies hide their profits offshore,” the congressional report says. "
            "It also points out that “the penalties are too light.”")
    said = {q.quote: (q.speaker, q.speaker_mention) for q in extract(text) if q.kind != "indirect"}
    assert said["the penalties are too light."] == ("congressional report", "It")


def test_someone_met_in_passing_is_not_the_person_named_later_with_that_role(extract):
    text = ("Trump toured the site on Monday and an architect said he had been “never paid for the clubhouse.”\n\n"
            "“Voters will remember this,” said David Plouffe, the architect of Obama’s 2008 campaign.")
    said = {q.quote: q.speaker for q in extract(text)}
    assert said["never paid for the clubhouse."] == "architect"


def test_a_delayed_lede_is_the_first_person_named_speaking_after_it(extract):
    text = ("Former party chairman calls for a contingency plan.\n\n"
            "A former party chairman says President Barack Obama and Hillary Clinton should agree on a "
            "process to replace the nominee.\n\n"
            "“Now is the time to plan,” said Don Fowler, who led the party in the 1990s.")
    speakers = [q.speaker for q in extract(text)]
    assert speakers[:2] == ["Don Fowler", "Don Fowler"]


def test_a_role_opening_a_headline_is_no_name_but_a_surname_that_is_a_role_stays_one(extract):
    headline = extract("Lawmaker urges retaliation on Russia.\n\nThe vote is next week.")
    assert [q.speaker for q in headline] == ["lawmaker"]
    text = "Gayle King asked about the vote.\n\n“What is it about Joe Biden?” King said."
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Gayle King"]


def test_he_or_she_after_someone_introduced_unnamed_is_them(extract):
    text = ("“We will keep praying,” church chairwoman Margaret Wanjiru said.\n\n"
            "A resident who asked not to be named said the noise went on all night. “Nobody came,” she said.\n\n"
            "A senior official said the talks had failed. “We tried,” the official said.")
    said = {q.quote: q.speaker for q in extract(text) if q.kind == "direct"}
    assert said["Nobody came,"] == "resident" and said["We tried,"] == "senior official"


def test_the_company_is_the_body_named_opening_the_sentence_before(extract):
    text = ("Qantas will cut 300 jobs at its Sydney base, Qantas confirmed on Tuesday.\n\n"
            "Analysts had expected cuts at Qantas for months. “We regret the impact on our people,” the airline said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Qantas"]
    text = "Equally worrying was the drop in sales. “We regret it,” the company said."
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["company"]


def test_the_spokesperson_again_is_the_one_introduced_for_a_body(extract):
    text = ("A spokesperson for the Suburban Rail Loop Authority said tunnelling would begin next year. "
            "“Procurement is on track,” the spokesperson said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Suburban Rail Loop Authority spokesperson"]


@pytest.mark.parametrize(
    "text,quote,speaker",
    [
        # a Ghanaian given name: "Governor Kwame Mensah" is a person, and "he" is him
        ("Governor Kwame Mensah spoke on Thursday.\n\n“We are in a good place,” Mensah told reporters.\n\n"
         "“A cut is possible,” he said.", "A cut is possible,", "Kwame Mensah"),
        # Zulu given names say who is a woman: "she" is not the man named after her
        ("Minister Thandiwe Nkosi visited the plant on Monday.\n\n“The diesel budget is gone,” said engineer "
         "Sipho Dlamini.\n\n"
         "“They talk about stage two,” she said.", "They talk about stage two,", "Thandiwe Nkosi"),
        # "Andrea" is a man's name in Italy: "he" may be him, not the man quoted before him
        ("“Rates will hold,” economist Peter Banda said.\n\nAsked about tariffs, Governor Andrea Rossi said "
         "exports were small.\n\n“We are a domestic story,” he said.", "We are a domestic story,", "Andrea Rossi"),
    ],
)
def test_given_names_beyond_europe_and_the_americas_are_first_names(extract, text, quote, speaker):
    assert (quote, speaker) in [(q, s) for q, s, _ in said(extract(text))]



@pytest.mark.parametrize(
    "text,speaker",
    [
        ("Chief Minister M.K. Stalin met party workers on Saturday.\n\n“We have submitted every document,” "
         "Mr. Stalin said.", "M.K. Stalin"),
        ("Party leader K.R. Ramesh Kumar met workers on Monday.\n\n“There is no discrimination,” Mr. Kumar said.",
         "K.R. Ramesh Kumar"),
        ("Union leader A.B. Venkatesh addressed the strikers.\n\n“We will fight,” Venkatesh said.", "A.B. Venkatesh"),
    ],
)
def test_joined_initials_stay_part_of_the_name_a_surname_resolves_to(extract, text, speaker):
    assert [s for _, s, _ in said(extract(text))] == [speaker]


def test_a_company_named_by_its_first_word_is_the_company_named_in_full(extract):
    text = ("Singapore's Orrin Logistics will cut 300 jobs.\n\n“We had no choice,” Orrin said in a statement.")
    (q,) = [q for q in extract(text) if q.kind == "direct"]
    assert (q.speaker, q.speaker_type) == ("Orrin Logistics", "organization")


def test_the_union_is_no_company_named_before_it(extract):
    text = ("Peabody Energy filed for bankruptcy in April. The union said the company had \"abandoned its miners.\"")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] != ["Peabody Energy"]


def test_a_body_named_short_takes_the_full_name_the_article_gives_it(extract):
    text = ("The visas are run by the Department of Homeland Security.\n\n"
            "The main requirement is a \"lawful source of investment income,\" as a Homeland Security memo put it.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Department of Homeland Security"]


def test_a_quote_calling_someone_by_name_is_not_theirs(extract):
    text = ("Dr Maeve Casey ran the practice for forty years.\n\n"
            "Pat O'Leary, 74, who was her patient for 35 years, said she once told him: "
            "\"Pat, you can give up the cigarettes or the hurling.\"")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Maeve Casey"]


def test_a_qa_answer_is_the_interviewees_and_the_question_the_interviewers(extract):
    text = ("Q&A with Laura Bush on Afghanistan\n\n"
            "Former first lady Laura Bush spoke to USA TODAY about her work with Afghan women.\n\n"
            "Q: Why does this matter to you?\n\n"
            "A: Because they needed help, and I could give it.\n")
    assert [(q.quote, q.speaker) for q in extract(text) if q.kind == "direct"] == [
        ("Why does this matter to you?", "interviewer"),
        ("Because they needed help, and I could give it.", "Laura Bush")]


def test_the_statement_is_its_issuers_or_the_body_that_spoke_just_before(extract):
    text = ("The Presidency said there was no shortage of fuel. “Marketers are hoarding,” the statement said.\n\n"
            "The Times said Cook provided a written statement. “The secretary acted properly,” the statement said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Presidency", "Cook"]


def test_a_body_whose_name_holds_for_speaks_through_its_spokesman_whole(extract):
    text = ("“We are committed to the service,” a Transport for London spokesman said.\n\n"
            "“We will review it,” a Transport for NSW spokeswoman said.")
    assert [q.speaker for q in extract(text)] == ["Transport for London spokesman", "Transport for NSW spokeswoman"]


def test_they_is_the_plural_subject_of_the_sentence_before(extract):
    text = ("The county council backed the relief road on Monday, a council spokeswoman said.\n\n"
            "Many farmers near Ballyhale oppose the route. They packed the public gallery on Tuesday.\n\n"
            "“Nobody asked us about the drains,” they said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["farmers"]


def test_they_after_a_group_given_by_examples_is_the_people_named(extract):
    text = ("The regulator approved the merger in March.\n\n"
            "Opponents of the deal, such as Senators Tammy Baldwin, Democrat of Wisconsin, and Josh Hawley, "
            "Republican of Missouri, want the deal stopped. They wrote to the regulator on Friday.\n\n"
            "“The merger should be blocked,” they wrote.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Tammy Baldwin and Josh Hawley"]


def test_the_company_is_the_body_named_again_just_before(extract):
    text = ("Ryanair said in a statement: “We regret the disruption to passengers.”\n\n"
            "The strike is the largest in the firm's history. Pilots walked out over pay. They also said that "
            "Ryanair had cut rest breaks. The company had argued that it needed flexible rosters.")
    assert [q.speaker for q in extract(text) if q.speaker_mention == "The company"] == ["Ryanair"]


def test_mr_with_a_surname_two_men_share_is_the_one_who_spoke_just_before(extract):
    text = ("Liam Doherty, 19, died at St Brigid's Hospital in March.\n\n"
            "Liam had complained of chest pains for a week, the inquest heard.\n\n"
            "Speaking after the hearing, Liam's father, Declan Doherty, said the family felt let down.\n\n"
            "“We trusted them with our son,” Mr Doherty said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Declan Doherty"]


def test_an_irish_surname_with_its_particle_is_the_person_named_in_full(extract):
    text = ("Garda Ciarán Ó Dálaigh told the court he stopped the van on the Naas Road.\n\n"
            "“The driver would not open the window,” Garda Ó Dálaigh said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Ciarán Ó Dálaigh"]


def test_a_name_opening_on_an_accented_capital_is_a_full_name(extract):
    text = ("Coach Álvaro Ibáñez has led the club for six seasons.\n\n"
            "“We were never in the game,” Ibáñez said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Álvaro Ibáñez"]


def test_two_given_names_before_a_quoted_nickname_stay_in_the_name(extract):
    text = ("Representative Ana Lucia \"Lucy\" Bautista-Reyes said the hub was an open secret.\n\n"
            "“Everyone in the barangay knew,” Bautista-Reyes said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Ana Lucia Bautista-Reyes"]


def test_his_wife_named_by_first_name_takes_his_surname(extract):
    text = ("Graham Pryce has grown barley near Lameroo for 20 years.\n\n"
            "He and his wife Noeline have sold half their ewes since March.\n\n"
            "“It breaks your heart,” Ms Pryce said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Noeline Pryce"]


def test_a_sports_epithet_is_the_player_the_story_is_about(extract):
    text = ("Jalen Okoro scored 27 points and the Hornets beat the Nets 104-99.\n\n"
            "Okoro hit two free throws with 9 seconds left to seal it.\n\n"
            "“I just wanted the ball in those moments,” the veteran forward said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Jalen Okoro"]


def test_a_transcript_label_that_is_a_role_is_that_role_not_someone_named(extract):
    text = ("Flood update\n\nMayor Tom Rennick will brief reporters with Chief Ana Ruiz at noon.\n\n"
            "REPORTER: How many homes are flooded?\n\nRENNICK: About 300, and rising.\n\n"
            "REPORTER: Is anyone missing?\n\nRENNICK: Two people, both in Eastbank.\n")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [
        "reporter", "Tom Rennick", "reporter", "Tom Rennick"]


def test_a_game_storys_team_notes_are_no_transcript(extract):
    text = ("Okoro scores 27 as Hornets beat Nets\n\n"
            "Jalen Okoro scored 27 points and the Charlotte Hornets beat the Brooklyn Nets 104-99.\n\n"
            "TIP-INS\n\nNets: Cam Duarte sat out with a sore knee. ... Brooklyn shot 41%.\n\n"
            "Hornets: Okoro has scored 20 or more in six straight.\n\n"
            "UP NEXT\n\nNets: Host Miami on Friday.\n\nHornets: At Orlando on Saturday.\n")
    assert [q for q in extract(text) if q.kind == "direct"] == []


def test_they_after_a_scene_setting_opener_is_not_its_plural(extract):
    text = ("Mr. Ahmadi, officials said, has grown wary of arming the rebels. With militia fighters gaining ground, "
            "they said, the president will not send heavier weapons.")
    assert "militia fighters" not in {q.speaker for q in extract(text)}


def test_a_capitalised_title_with_its_rank_is_its_holder_and_no_other_office(extract):
    text = ("At question time, Labour's Iain Moffat pressed First Minister Catriona Reid on ferry delays.\n\n"
            "“The ferries will sail on time this summer,” the First Minister said.\n\n"
            "“The Chief Minister of Jersey must answer too,” Mr Moffat said. “We will,” the Chief Minister said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [
        "Catriona Reid", "Iain Moffat", "Chief Minister"]


def test_the_n_year_old_is_the_one_whose_age_was_given(extract):
    text = ("Love Island star Keeley Marsh, 27, split from Jordan Pike in March.\n\n"
            "Now her co-star Tia Rowe, 25, has spoken out. “She deserves better,” Tia said.\n\n"
            "The 27-year-old once said of Jordan: “He’s the one for me.”")
    assert [q.speaker for q in extract(text) if q.kind == "direct"][-1] == "Keeley Marsh"


def test_a_description_who_gave_only_a_first_name_is_that_name(extract):
    text = ("At the market, traders said prices had doubled.\n\n"
            "Another trader, who gave his name only as Yaw, said: “We cannot sell anything.”\n\n"
            "“Some days nobody comes,” the 41-year-old added.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Yaw", "Yaw"]


def test_a_description_headed_by_a_noun_for_a_person_is_its_own_speaker(extract):
    text = "“The bus never came,” a commuter said. “We waited an hour,” one shopkeeper added."
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["commuter", "one shopkeeper"]


def test_the_company_is_the_company_the_story_is_about(extract):
    text = ("Marlow Outdoor Group cuts forecast\n\n"
            "June 3 (Reuters) - Marlow Outdoor Group Inc cut its annual sales forecast on Tuesday, "
            "citing weak demand.\n\n"
            "Chief Executive Dana Whitfield said shoppers were cautious. Analysts had expected a smaller cut.\n\n"
            "Shares fell 8% in early trading. Rivals have reported similar trends this quarter.\n\n"
            "The company said it would \"stay disciplined on costs\" for the rest of the year.\n\n"
            "A Marlow spokesman said the firm \"does not comment on rumors\".")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == [
        "Marlow Outdoor Group Inc", "Marlow Outdoor Group Inc spokesman"]


def test_a_hyphened_first_name_alone_is_the_person_named_in_full(extract):
    text = ("Reality star Lily-Mae Turner, 24, has rushed to her friend's side.\n\n"
            "‘She didn’t deserve any of this,’ Lily-Mae says.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Lily-Mae Turner"]


def test_he_after_a_sentence_opening_with_a_role_is_its_holder(extract):
    text = ("Prime Minister Arjun Mehta said on Friday the tariff would stay.\n\n"
            "Retired teacher Vikram Rao, 71, said he had stopped buying onions. “Prices are mad,” he said.\n\n"
            "The prime minister, whose approval rating fell to 31 percent this month, has made prices a priority.\n\n"
            "“Onions are not a luxury,” he told parliament.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"][-1] == "Arjun Mehta"


def test_a_body_line_with_names_in_commas_is_no_headline_and_the_statement_is_its_issuers(extract):
    text = ("Fuel queues return to Lagos\n\n"
            "Special Adviser to the Governor on Energy, Chief Tunde Bakare-Ojo, said in a statement that depots "
            "were full.\n\n"
            "\"Some marketers are hoarding,\" the statement read.\n\n"
            "But the National President of the Independent Petroleum Marketers Association of Nigeria, Alhaji "
            "Musa Danladi-Yero, dismissed the claim.\n\n"
            "\"How can we hoard what we don't have?\" Danladi-Yero said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Tunde Bakare-Ojo", "Musa Danladi-Yero"]


def test_a_description_near_a_place_and_a_monarch_and_a_statement_after_in_a_statement(extract):
    text = ("In a statement on Sunday, the governor’s Chief Press Secretary, Mr Femi Adeyinka, accused the opposition "
            "of lying.\n\n"
            "The statement read in part, “The opposition has resorted to spreading falsehood.”\n\n"
            "The Olukare of Ikare, Oba Adebayo Akinlade, has appealed for calm.\n\n"
            "The monarch, who spoke with journalists in his palace, said, “My palace is open to both sides.”\n\n"
            "\"Nobody comes here after 6pm,\" said a trader near Oja Oba.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [
        "Femi Adeyinka", "Adebayo Akinlade", "trader near Oja Oba"]


def test_a_hong_kong_name_is_its_surname_and_its_english_name_with_the_surname(extract):
    text = ("“We are cautious,” said Grace Wong Siu-ling, the lender’s chief executive.\n\n"
            "Wong said bad loans would peak this year.\n\n"
            "Asked about dividends, Grace Wong said: “We will hold it.”")
    assert {q.speaker for q in extract(text)} == {"Grace Wong Siu-ling"}


def test_she_after_the_envoy_opens_the_sentence_before_is_the_envoy(extract):
    text = ("UN envoy warns Security Council over Sahel\n\n"
            "Ingrid Solberg, the UN secretary-general's special representative for the Sahel, told the council "
            "that violence was rising.\n\n"
            "\"This is not an isolated flare-up,\" Solberg said.\n\n"
            "Omar Diallo, an analyst at the Dakar Policy Centre, said the talks had stalled.\n\n"
            "Aminata Keita, a nurse in Gao, said her clinic had run out of insulin.\n\n"
            "The envoy urged the council to back elections. \"People have waited long enough,\" she said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"][-1] == "Ingrid Solberg"


def test_a_ledes_description_is_the_headlines_person_with_that_role(extract):
    text = ("Love Island star Keeley Marsh in tears after ex is pictured with her best friend\n\n"
            "A HEARTBROKEN reality star has told how she ‘cried for a week’ after the snaps emerged.\n\n"
            "Now fellow Love Island star Tia Rowe, 25, has spoken out for her pal.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Keeley Marsh"]


def test_a_delayed_lede_takes_the_gender_its_own_clause_gives(extract):
    text = ("Iwi vows to fight wastewater plan\n\n"
            "An iwi leader says she will \"stand in the river if we have to\" to stop the discharge.\n\n"
            "Rawiri Tane, the iwi's kaumatua, said the elders had met on Sunday.\n\n"
            "Aroha Tane, who chairs the iwi trust, said the council had not consulted them.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Aroha Tane"]


def test_names_of_singapore_and_malaysia_and_a_british_councillor(extract):
    text = ("At Yishun, Madam Goh Bee Hoon, 62, sells noodles. Her son, Mr Goh Wei Jie, helps at the stall.\n\n"
            "\"We barely survive,\" Madam Goh said.\n\n"
            "Dr Siti Aishah Rahman, a fellow at the Institute of Policy Studies, studies hawkers. "
            "\"Rent is one part of it,\" said Dr Siti Aishah.\n\n"
            "Coun Imran Qureshi, leader of Oldham Council, was angry. \"It is a disgrace,\" he said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [
        "Goh Bee Hoon", "Siti Aishah Rahman", "Imran Qureshi"]


def test_a_lede_description_is_the_person_given_that_role_with_no_article(extract):
    text = ("A council leader has called the bus cut \"a slap in the face\".\n\n"
            "Coun Nadia Hussain, leader of Bury Council, said the route was a lifeline.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Nadia Hussain"]


@pytest.mark.parametrize(
    "text,speakers",
    [
        # "for" inside a body's name, after the cue or before it: one name, not its last words
        ("In a statement, Transport for Greater Manchester said: “The 47 carried few passengers.”\n\n"
         "“We are reviewing it,” said Transport for London.",
         ["Transport for Greater Manchester", "Transport for London"]),
        # a name before "for" and a body after it are two: the person speaks
        ("“The race is tight,” said Cameron Easley for Morning Consult.", ["Cameron Easley"]),
    ],
)
def test_a_body_whose_name_holds_for_is_named_whole(extract, text, speakers):
    found = [q for q in extract(text) if q.kind == "direct"]
    assert [q.speaker for q in found] == speakers
    assert all(q.speaker_type == ("person" if q.speaker == "Cameron Easley" else "organization") for q in found)


def test_a_body_known_by_its_initials_is_the_name_they_stand_for(extract):
    text = ("Record trolley numbers at Limerick hospital, according to the Irish Nurses and Midwives "
            "Organisation.\n\nThe INMO said it had “not ruled out” industrial action.\n\n"
            "Transport for Greater Manchester cut the 347 route. A TfGM spokesperson said the decision would be "
            "“kept under review”.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == [
        "Irish Nurses and Midwives Organisation", "Transport for Greater Manchester spokesperson"]


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("A spokesperson for the Ministry of Housing, Communities and Local Government said: “We remain "
         "committed to ending no-fault evictions.”",
         "Ministry of Housing, Communities and Local Government spokesperson"),
        ("The Department for Environment, Food and Rural Affairs said: “We are working with farmers.”",
         "Department for Environment, Food and Rural Affairs"),
        # people listed with commas are several, not one body
        ("Smith, Jones and Brown said: “We quit.”", "Smith and Jones and Brown"),
    ],
)
def test_a_body_whose_name_lists_what_it_is_for_keeps_its_commas(extract, text, speaker):
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [speaker]


def test_a_football_club_is_no_person_an_age_could_name(extract):
    text = ("Whiteside out for season\n\nPreston North End captain Ben Whiteside will miss the rest of the season. "
            "The 31-year-old was hurt against Hull City.\n\n"
            "\"Ben is the heartbeat of that dressing room,\" said manager Neil Hartigan.\n\n"
            "Whiteside, who joined from Burton Albion in 2021, posted a message to supporters.\n\n"
            "\"Gutted doesn't cover it,\" the 31-year-old wrote.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Neil Hartigan", "Ben Whiteside"]


def test_the_spaniard_is_the_one_a_role_gives_that_country_else_who_spoke(extract):
    text = ("Harborough go top\n\n"
            "Wexley led through Noah Brandt's header, the German striker rising above Callum Reid.\n\n"
            "\"Stay calm, the chance will come,\" said Harborough manager Iñaki Zubeldia. "
            "\"They trusted the plan.\"\n\n"
            "\"Kieran has something you cannot coach,\" the Spaniard added.\n\n"
            "Meeting in Luxembourg, German Interior Minister Katrin Vollmer and her French counterpart Étienne "
            "Marchetti presented a paper. The Frenchman said that \"fewer than one in five\" orders were enforced.")
    said = [(q.quote, q.speaker) for q in extract(text) if q.kind in ("direct", "partial")]
    assert ("Kieran has something you cannot coach,", "Iñaki Zubeldia") in said
    assert ("fewer than one in five", "Étienne Marchetti") in said


def test_a_role_opening_a_sentence_keeps_its_holder_salient(extract):
    # "he" after a sentence whose subject is "The Wexley manager" and whose clause names the referee
    text = ("Verhoeven fumes\n\n"
            "Kieran Ashworth scored late to leave Wexley Town manager Bram Verhoeven incandescent.\n\n"
            "Verhoeven, however, was in no mood to talk. The Wexley manager was booked for protesting after "
            "referee Simon Arkwright waved away appeals for a penalty.\n\n"
            "\"I don't want to talk about the referee,\" he said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Bram Verhoeven"]


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("Agriculture Minister Thiru M. Selvaganapathy told the House: “Inspections are under way.”",
         "M. Selvaganapathy"),
        ("Agriculture Minister Thiru M. Selvaganapathy told the House that inspections were under way. "
         "“Where the damage exceeds 33%, relief will follow,” he said.", "M. Selvaganapathy"),
        ("PC Sarah Whitlow, of Fenmoor Police, said: \"Using a handheld phone while driving is illegal.\"",
         "Sarah Whitlow"),
        ("Mzee Joseph Kimani Ng'ang'a, 78, said: \"I came here as a boy.\"", "Joseph Kimani Ng'ang'a"),
        ("Union Minister of State for Home Affairs Shri K. Ramalingam Reddy said: \"There is no discrimination.\"",
         "K. Ramalingam Reddy"),
        # initials open a name after a portfolio
        ("Leader of the Opposition S. Arulmozhi Varman said: “It is a cruel joke on farmers.”",
         "S. Arulmozhi Varman"),
    ],
)
def test_forms_of_address_and_police_ranks_are_no_part_of_a_name(extract, text, speaker):
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [speaker]


def test_a_clause_after_a_description_holds_no_name_in_apposition(extract):
    text = ("Teen waits for surgery\n\nMaya Desrosiers, 15, has waited two years.\n\n"
            "“I used to play competitive volleyball,” said the 15-year-old, who lives in Port Ellery, Ont.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Maya Desrosiers"]


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("In Ao Nang, guesthouse owner Siriporn Jaidee, who goes by the nickname \"Pim\", runs six rooms.\n\n"
         "\"Long-stay guests are my best customers,\" Pim said.", "Siriporn Jaidee"),
        ("For 51 years, Eleanor \"Nell\" Hrubes ran the diner.\n\n"
         "In 1998, Nell summed up her philosophy: \"If you can't make a decent pie, you've got no business running "
         "a diner.\"", "Eleanor Hrubes"),
    ],
)
def test_a_nickname_the_article_gives_is_the_person_it_is_of(extract, text, speaker):
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [speaker]


def test_a_venue_is_no_person_a_pronoun_could_name(extract):
    text = ("POP star Kayla Marsh axes tour dates\n\n"
            "POP sensation Kayla Marsh has axed five dates of her tour.\n\n"
            "The singer, 29, pulled out hours before Friday's show at the Meridian Arena in Manchester.\n\n"
            "“I’m so sorry to everyone who bought tickets,” she wrote.\n\n"
            "A spokesperson for the Meridian Arena said: “Customers will be offered a refund.”")
    assert [q.speaker for q in extract(text) if q.kind == "direct"][0] == "Kayla Marsh"


@pytest.mark.parametrize(
    "text,speakers",
    [
        # the one introduced without a name, as introduced, with what they are of
        ("A source at Government House said the period was a compromise.\n\n"
         "\"The prime minister chose the middle ground,\" said the source, who asked not to be named.",
         ["source at Government House"]),
        # a place and a comma before the introduction make it no appositive
        ("\"It works,\" said Henrik Solberg, the institute's lead engineer.\n\n"
         "At a briefing at NASA Headquarters in Washington, one reporter pressed the team.\n\n"
         "\"How do you know it's not just a rock?\" the reporter asked.", ["Henrik Solberg", "reporter"]),
        # "the insider" after "a source close to the star" is that source
        ("A source close to the star told us: “Kayla has been working non-stop.”\n\n"
         "The insider added that the singer was staying with her mum. “Nobody is panicking,” they said.",
         ["source close to the star", "source close to the star"]),
        # "they" for one person the article does not name, just after their words
        ("A music industry insider said the cancellation was a sign of a wider problem. “Labels push artists "
         "like machines these days,” they told us.", ["music industry insider"]),
        # "The rep" after "Her rep"
        ("Kayla Marsh has cancelled five shows.\n\nHer rep said in a statement: “Kayla has been advised to rest.”\n\n"
         "The rep added: “New dates will follow.”", ["Kayla Marsh’s rep", "Kayla Marsh’s rep"]),
    ],
)
def test_one_introduced_without_a_name_goes_on_speaking(extract, text, speakers):
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == speakers


def test_a_role_before_a_name_in_commas_and_a_member_for_a_place(extract):
    text = ("Housing row in the Dáil\n\nTaoiseach Cathal Brennan said he did not accept the figures.\n\n"
            "Mr Brennan said the Minister for Housing, Eoin Fitzmaurice, would bring proposals to Cabinet.\n\n"
            "Speaking afterwards, the Minister said the figures were “deeply disappointing”.\n\n"
            "Social Democrats TD Niamh Costigan said the Government relied on landlords.\n\n"
            "“The State has to become a builder again,” the Dublin Bay North TD said.")
    assert [q.speaker for q in extract(text) if q.kind in ("direct", "partial")] == [
        "Eoin Fitzmaurice", "Niamh Costigan"]


def test_a_member_of_the_knesset_is_titled_mk(extract):
    text = ("Water bill stalls in committee\n\n"
            "MK Dalia Ben-Ami (Yesh Atid), who sits on the committee, called the delay \"a betrayal of the "
            "south.\"\n\n\"Families in Arad are paying twice what Tel Aviv pays,\" Ben-Ami said.")
    assert [q.speaker for q in extract(text)] == ["Dalia Ben-Ami", "Dalia Ben-Ami"]


@pytest.mark.parametrize(
    "text,speakers",
    [
        ("\"Dem come round here every election time,\" said a young man who gave his name only as Ricky.",
         ["Ricky"]),
        ("A No 10 source said the Prime Minister was “fully behind” the Housing Secretary.", ["No 10 source"]),
        # one introduced by "one" and more words goes on speaking as "he"
        ("Sir Geoffrey Talbot led the rebels.\n\nOne former Cabinet minister who signed the amendment claimed the "
         "whips had “completely lost control”. “They have spent the last fortnight threatening people,” he said.",
         ["former Cabinet minister", "former Cabinet minister"]),
        ("One EU diplomat, speaking on condition of anonymity, said the paper would carry weight.\n\n"
         "“When Berlin and Paris move together, the rest of us follow,” the diplomat said.", ["EU diplomat"]),
        ("One senior backbencher said the meeting would be “the last chance” for the minister.",
         ["senior backbencher"]),
    ],
)
def test_descriptions_of_people_the_article_does_not_name(extract, text, speakers):
    assert [q.speaker for q in extract(text) if q.kind in ("direct", "partial")] == speakers


def test_peers_are_named_by_their_titles(extract):
    text = ("Lords warn on planning bill\n\n"
            "Housing Secretary Alistair Penrose defended the bill. Harriet Cole-Mayhew, the Labour spokeswoman, "
            "said it was \"chaos\".\n\n"
            "Lord Pennington of Ashby, a former environment secretary, said peers would “not simply wave through” "
            "the bill.\n\nBaroness Okonjo-Reid, the crossbench peer, has tabled amendments. “I have no wish to "
            "block homes,” she said.")
    assert [q.speaker for q in extract(text) if q.kind in ("direct", "partial")][-2:] == [
        "Lord Pennington of Ashby", "Baroness Okonjo-Reid"]


def test_a_judge_who_ruled_is_the_speaker(extract):
    text = ("Court revokes title\n\nJustice Ayub Kiprotich Chelule ruled that the company acquired the land "
            "\"irregularly and through a process tainted with fraud\".\n\n"
            "\"The court has examined the documents,\" Justice Chelule ruled.")
    assert [q.speaker for q in extract(text) if q.kind in ("direct", "partial")] == [
        "Ayub Kiprotich Chelule", "Ayub Kiprotich Chelule"]


def test_a_first_name_alone_keeps_its_person_salient(extract):
    text = ("Teen waits for spinal surgery\n\n"
            "When Maya Desrosiers was first told she needed surgery, the curve measured 48 degrees.\n\n"
            "Her mother, Nadine Desrosiers, said the family watched the curve worsen.\n\n"
            "Dr. Carolyn Baptiste, an orthopedic surgeon, said wait times were too long. \"We are doing what we "
            "can,\" she said.\n\n"
            "Maya is scheduled for surgery on Dec. 3. She says she is nervous, but mostly ready.\n\n"
            "\"I just want to be able to stand up straight at my grad,\" she said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Carolyn Baptiste", "Maya Desrosiers"]


def test_the_cs_is_the_cabinet_secretary(extract):
    text = ("Health CS Zuhura Athman met union officials on Monday.\n\n"
            "\"The process is at an advanced stage,\" the CS said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Zuhura Athman"]


@pytest.mark.parametrize(
    "text,speakers",
    [
        ("Among the speakers were Avi and Dalia Ben-Ami, whose son was taken captive.\n\n"
         "In a statement issued later, the couple said: “We trust the negotiating team.”",
         ["Avi Ben-Ami and Dalia Ben-Ami"]),
        ("German Interior Minister Katrin Vollmer and her French counterpart Étienne Marchetti presented a paper.\n\n"
         "“Europe cannot say it protects those who need protection,” the two ministers said in a joint statement.",
         ["Katrin Vollmer and Étienne Marchetti"]),
    ],
)
def test_the_couple_and_the_two_are_the_two_named_together(extract, text, speakers):
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == speakers


def test_a_son_named_in_commas_and_initials_that_keep_a_link_word(extract):
    text = ("Skelby fishermen\n\nDave Pritchard has fished out of Skelby for 41 years. His son, Liam, 24, works "
            "alongside him.\n\nLiam is more hopeful. “I love it here, I do,” he says.\n\n"
            "Complaints went to the Ministry of Human Resources and Emiratisation (MoHRE). In a statement, MoHRE "
            "said it was “following up on the case”.")
    assert [q.speaker for q in extract(text) if q.kind in ("direct", "partial")] == [
        "Liam Pritchard", "Ministry of Human Resources and Emiratisation"]


def test_titles_of_councils_and_assemblies(extract):
    # a title that is no first name stays out of the name, so "Sunita Jagtap" stays one person
    text = ("Water crisis\n\nCorporator Sunita Jagtap, who represents ward 38, blamed the administration. \"I raised "
            "this issue in the standing committee,\" she said.\n\nPrakash Jagtap, a former corporator from "
            "neighbouring ward 39, accused her of \"playing politics\".\n\n\"She is remembering the residents now "
            "because elections are coming,\" he said.\n\nSunita Jagtap hit back. \"Let him show one letter,\" she "
            "told TOI.\n\nMPA Sadia Imtiaz questioned the allocation. \"I have raised this question three times,\" "
            "she said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [
        "Sunita Jagtap", "Prakash Jagtap", "Sunita Jagtap", "Sadia Imtiaz"]


def test_a_resident_of_a_place_is_no_person_named_as_the_place(extract):
    text = ("\"My mother is 78 and bedridden,\" said a resident of Gulmohar Heights who did not wish to be named.")
    assert [(q.speaker, q.speaker_type) for q in extract(text) if q.kind == "direct"] == [
        ("resident of Gulmohar Heights", "description")]


def test_her_husband_is_the_one_other_man_of_her_surname(extract):
    text = ("Hurricane flattens homes\n\n"
            "\"I never see nothing like this,\" said Winston Ferguson, a 67-year-old fisherman.\n\n"
            "His wife, Paulette Ferguson, said the couple refused to go to a shelter. \"Everything we own is in this "
            "house,\" she said.\n\n\"The boat is gone too,\" her husband said quietly.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [
        "Winston Ferguson", "Paulette Ferguson", "Winston Ferguson"]


def test_and_her_husband_says_who_is_the_wife(extract):
    # a list of first names gives "Rosario" to men; "and her husband" after her name says otherwise
    text = ("Flash floods hit Sharjah\n\n"
            "In Al Qasimia, Rosario Dizon, 44, a teacher from Iloilo, and her husband Ramil, 47, spent Friday "
            "bailing water out of their flat.\n\n"
            "\u201cThe water rose in minutes,\u201d Ms Dizon said.\n\n"
            "\u201cWe lost the car,\u201d Mr Dizon said. \u201cBut we are all safe.\u201d")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [
        "Rosario Dizon", "Ramil Dizon", "Ramil Dizon"]


@pytest.mark.parametrize(
    "text,speakers",
    [
        # news calls a child by first name: a bare surname is the parent's
        ("Asthma attack on school trip\n\nWhen 11-year-old Noah Kessler's asthma flared on a school trip to the "
         "coast, the nearest pharmacy was closed.\n\nHis father, Brandon Kessler, drove four hours through the "
         "night to collect him.\n\nNoah was back at school by Monday.\n\n"
         "\u201cThe school called at midnight,\u201d Kessler said.", ["Brandon Kessler"]),
        # the age written beside a bare surname says which namesake, wherever the other's is given
        ("Flood ruins family farm\n\nPeter Hale has farmed the river flats at Tullow for 20 years. His mother, "
         "Margaret Hale, ran the farm before him.\n\n\u201cWe lost 200 ewes in one night,\u201d Hale, 64, said of "
         "the 1986 flood.\n\nPeter Hale, 38, said the insurers had not yet called.", ["Margaret Hale"]),
    ],
)
def test_a_bare_surname_of_namesakes_by_age(extract, text, speakers):
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == speakers


def test_a_bare_surname_then_said_he_is_the_namesake_who_is_a_man(extract):
    text = ("Boy, 8, airlifted after fall\n\nWhen 8-year-old Mateo Ruiz fell from a climbing frame in Loveland last "
            "spring, the nearest trauma unit was 60 miles away.\n\nHis mother, Ana Ruiz, signed the forms in a "
            "hallway. \u201cNobody said a word about cost,\u201d Ruiz recalled.\n\nMateo is back at school. His "
            "father, Luis Ruiz, works nights at a packing plant.\n\n"
            "Ruiz, 41, said he had spent weeks on the phone to the insurer.\n\n"
            "\u201cEvery call was somebody else\u2019s problem,\u201d he said.")
    assert [q.speaker for q in extract(text)] == ["Ana Ruiz", "Luis Ruiz", "Luis Ruiz"]


def test_a_kin_description_is_the_one_introduced_as_that_kin(extract):
    # two other men share her surname, so the surname alone cannot say which is her son
    text = ("Town mourns switchboard operator\n\n"
            "Edna Walker, who ran the Tullibee telephone exchange for 40 years, has died aged 97.\n\n"
            "Her husband, Frank Walker, died in 2001. Her son, Ken, farms the family block east of town.\n\n"
            "The effort earned her a medal, which, according to her son, she kept \u201cin the biscuit tin\u201d.\n\n"
            "Tom Walker, his brother, lives in Perth. \u201cShe never once mentioned it,\u201d said her son.")
    assert [q.speaker for q in extract(text) if q.kind in ("direct", "partial")] == ["Ken Walker", "Ken Walker"]


def test_a_kin_after_a_name_is_in_apposition_only_when_the_comma_closes_it(extract):
    text = ("As Ron Daly began mocking Senator Alan Burke, his son said the campaign was only starting. "
            "\u201cIt will be a long summer,\u201d Joe Daly said.")
    quotes = [q for q in extract(text) if q.kind in ("direct", "indirect")]
    assert "Alan Burke" not in [q.speaker for q in quotes]


def test_a_granddaughter_named_by_first_name_alone_is_a_person_of_the_family(extract):
    # "Thando" is in no first-name list: the kin noun says a person is named
    text = ("Library in a container\n\nAt three, Nomvula Dlamini unlocks the door. The sign above it reads "
            "Ikhaya Lezincwadi. Dlamini said the idea came when her grandson could not read.\n\n"
            "Her granddaughter, Thando, who studies education, runs a reading hour on Saturdays. She said the "
            "library had become \u201ca second home\u201d for many children.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Thando Dlamini"]


def test_a_place_after_a_kin_noun_is_no_first_name(extract):
    text = ("\"I just threw it,\" said Tyler Hutchins, a junior. His father, Millbrook head coach Dale Hutchins, "
            "was less composed.\n\nAsked whether he could watch it again, the Millbrook coach laughed. "
            "\"Probably not,\" he said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Tyler Hutchins", "Dale Hutchins"]


@pytest.mark.parametrize("text, speaker", [
    ("Sen. Brent Harlow, R-Tulsa, spoke first. Harlow rejected that. The Republican from Tulsa noted that the bill "
     "includes a trigger. \u201cWe built in a brake pedal,\u201d he said.", "Brent Harlow"),
    ("Sen. Brent Harlow, R-Tulsa, spoke first. Sen. Nora Whitehorse, D-Tulsa, objected. \u201cWe built in a brake "
     "pedal,\u201d said the Republican from Tulsa.", "Brent Harlow"),
    ("Republican presidential candidate Ben Carson spoke in Iowa. \u201cIt might surprise you,\u201d the "
     "Republican said.", "Ben Carson"),
    # a Republican of another place is no one the article names
    ("Sen. Brent Harlow, R-Tulsa, spoke first. \u201cWe built in a brake pedal,\u201d said the Republican from "
     "Ohio.", "Republican from Ohio"),
])
def test_a_partys_member_is_the_one_the_article_gave_that_party_and_place(extract, text, speaker):
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [speaker]


def test_a_party_word_before_a_plural_noun_is_no_speaker(extract):
    text = ("The director responded that the website cites so many Republican claims as inaccurate because they "
            "lack context.")
    assert all(q.speaker_mention != "many Republican" for q in extract(text))
    text = "\u201cShe is not coming,\u201d the Republican Party of Wyoming said."
    assert [q.speaker for q in extract(text)] == ["Republican Party of Wyoming"]


@pytest.mark.parametrize("text, speaker", [
    ("Insp Junior Baptiste-Lopez, president of the association, spoke. \u201cWe want money,\u201d Baptiste-Lopez "
     "said.", "Junior Baptiste-Lopez"),
    ("Sixty-seven-year-old Pearline Brown has lost count. \u201cDem come here,\u201d Miss Brown said.",
     "Pearline Brown"),
    ("Senate President Pro Tem Wade Castle praised it. \u201cIt is a fine bill,\u201d Castle said.", "Wade Castle"),
])
def test_titles_and_ages_before_a_name_are_no_part_of_it(extract, text, speaker):
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [speaker]


def test_a_name_written_again_in_full_is_that_person_not_the_first_of_the_surname(extract):
    text = ("Alyssa Chavez died at the scene. Her mother, Lorraine Chavez, read a statement.\n\n"
            "The judge imposed the maximum.\n\n"
            "Outside, Lorraine Chavez hugged her family. Asked whether it brought her peace, she was quiet.\n\n"
            "\u201cMy daughter will always be 22,\u201d she said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Lorraine Chavez"]


def test_a_sentence_opening_on_his_wife_is_hers(extract):
    # "Yuko" is mostly a woman's name; the article gives her no pronoun before
    text = ("When Yuko Mori first saw the farmhouse, snow fell through the roof. Two years on, the Moris "
            "live there.\n\n"
            "\u201cThey leave after the second winter,\u201d said Hiroko Sato, 74, who runs a shop.\n\n"
            "Back at the farmhouse, Daisuke Mori had gone upstairs for a call. His wife poured tea and looked "
            "out at the river.\n\n\u201cWe are just living in it,\u201d she said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Hiroko Sato", "Yuko Mori"]


def test_a_name_owning_an_appositive_role_is_no_mention_of_its_person(extract):
    text = ("Hillary Clinton has left the defense of the charity to Bill Clinton and the press team.\n\n"
            "Bill Clinton\u2019s answer in 1992 \u2014 \u201cit\u2019s the voters I\u2019m worried about\u201d \u2014 "
            "is likely to be repeated by his wife when she debates.\n\n"
            "And campaign Chairman John Podesta \u2014 Bill Clinton\u2019s former chief of staff \u2014 offered a "
            "slogan when I asked him how she would answer.\n\n"
            "\u201cShe will fight for the American people,\u201d he said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"][-1] == "John Podesta"


@pytest.mark.parametrize("text, speaker", [
    # a name holding "and" that spoke as one body is all of it after
    ("The Vietnam Coffee and Cocoa Association (Vicofa) said in a report that planting had fallen.\n\n"
     "\u201cIf this trend continues, exports will suffer,\u201d the association warned.",
     "Vietnam Coffee and Cocoa Association"),
    # "His company" opening a sentence is no body's name
    ("Bao runs a roastery. His company is building a factory in Buon Ma Thuot.\n\n"
     "Kaffee Nord GmbH, a Hamburg-based trader, said in an email that suppliers had made \u201cprogress\u201d.\n\n"
     "\u201cWe are ready to pay a premium,\u201d the company said.", "Kaffee Nord GmbH"),
    # the one company the article names, by its company word, however far before
    ("Council approves Grant Avenue apartments\n\nThe city council voted 5-2 on Monday to rezone a block of "
     "Grant Avenue.\n\nDozens of residents packed the chamber. Many waited three hours to speak.\n\n"
     "The plan from Ozark Ridge Partners calls for 312 apartments.\n\nNeighbors objected for an hour. The "
     "council voted 5-2.\n\nResidents said they would gather signatures. Some spoke of a lawsuit.\n\n"
     "In a statement after the vote, the company said it was \u201cgrateful to the council\u201d.",
     "Ozark Ridge Partners"),
])
def test_a_bodys_description_is_the_body_the_article_named(extract, text, speaker):
    assert [q.speaker for q in extract(text) if q.kind in ("direct", "partial")][-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Finance CEC Grace Kemunto Onyancha, who was not in the chamber, later issued a statement describing the "
     "claims as baseless.\n\n\u201cEvery shilling is accounted for,\u201d the statement read in part.",
     "Grace Kemunto Onyancha"),
    ("Later on Tuesday, the Ministry of Commerce (MOFCOM) released a statement saying it had taken note of the "
     "decision.\n\n\u201cThe industry has grown through innovation, not subsidies,\u201d the statement said.",
     "Ministry of Commerce"),
])
def test_a_statement_is_the_one_who_issued_it(extract, text, speaker):
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [speaker]


def test_those_asked_or_told_in_the_passive_are_not_who_speaks(extract):
    text = ("The Unite union said its drivers were being told to work shifts in conditions that were "
            "\u201cneither safe nor legal\u201d.")
    assert [(q.speaker, q.kind) for q in extract(text)] == [("Unite union", "partial")]


def test_a_participle_after_a_quote_has_no_subject_after_it(extract):
    text = ("The Council of State, the government\u2019s advisory body, described the plans as \u201cinsufficiently "
            "substantiated\u201d, saying the ministry had not shown that they would work.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Council of State"]


def test_a_maltese_architects_title_is_no_part_of_the_name(extract):
    text = "Perit Kevin Zammit said the plan had been \u201cscaled back significantly\u201d."
    assert [q.speaker for q in extract(text)] == ["Kevin Zammit"]


def test_a_single_name_an_age_follows_is_a_person_whatever_the_name_lists_say(extract):
    text = ("The Health Ministry sent 40 doctors. A ministry spokesperson said the team would provide "
            "\u201cpsychosocial support\u201d for children.\n\nNurhayati, a 42-year-old mother of three, said she "
            "had been woken by the shaking.\n\n\u201cIt was very dark and everyone was screaming,\u201d she said.\n\n"
            "Another resident, Yohanis, 60, said his family slept in a tent.\n\n\u201cThe rice is only enough for "
            "three days,\u201d he said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Nurhayati", "Yohanis"]


@pytest.mark.parametrize("text, speaker", [
    # a Spanish name shortened to its first surname
    ("Economy Minister Gustavo Ferrari Etchegaray said the surplus was \u201cthe anchor\u201d.\n\nInflation slowed "
     "for a fifth month.\n\n\u201cWe are not going to relax,\u201d Ferrari said.", "Gustavo Ferrari Etchegaray"),
    # a Ugandan name shortened to a middle name
    ("Defence lawyer Ronald Kyeyune Bbosa asked for bail.\n\n\u201cMy client is presumed innocent,\u201d Mr "
     "Kyeyune argued.", "Ronald Kyeyune Bbosa"),
])
def test_a_surname_inside_a_full_name_is_that_person(extract, text, speaker):
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [speaker]


def test_a_capitalised_event_holding_a_first_name_is_no_person(extract):
    text = ("Sen. John McCain spoke during the Christian Monitor Breakfast this morning.\n\n"
            "\u201cThe roots of this are in the Tea Party,\u201d he said. \u201cIt has not gone away.\u201d")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["John McCain", "John McCain"]


@pytest.mark.parametrize("text, speaker", [
    ("The state Governor, Prince Adebayo Olufemi-Ajayi, who spoke after inspecting a road project, described the "
     "strike as \u201cunnecessary and ill-timed\u201d.", "Adebayo Olufemi-Ajayi"),
    ("Eng Khalid Al Marzooqi, chief executive of the utility, said the grid was ready. \u201cWe have planned for "
     "this,\u201d he said.", "Khalid Al Marzooqi"),
])
def test_titles_written_as_names_are_the_person_they_title(extract, text, speaker):
    assert {q.speaker for q in extract(text) if q.kind in ("direct", "partial")} == {speaker}


def test_a_month_in_a_dateline_is_no_name(extract):
    text = ("VIENNA/DUBAI, Nov 30 (Reuters) - OPEC+ agreed on Sunday to extend its existing output cuts until the "
            "end of March, with Iraq\u2019s oil minister saying the producer group would \u201cdo whatever is "
            "necessary\u201d to support the market.")
    assert all(q.speaker != "Nov" for q in extract(text))


@pytest.mark.parametrize("text, speaker", [
    ("KARACHI: The Sindh Assembly on Thursday unanimously passed a resolution demanding the release of funds.\n\n"
     "\u201cThis House expresses serious concern over the persistent short release of funds,\u201d the resolution "
     "read.", "Sindh Assembly"),
    ("In a letter to the prime minister, the All Pakistan Textile Mills Association (Aptma) said the tariff had "
     "made yarn uncompetitive.\n\n\u201cOur members are losing money on every kilogramme,\u201d the letter said.",
     "All Pakistan Textile Mills Association"),
])
def test_a_resolution_or_letter_is_its_authors(extract, text, speaker):
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [speaker]


def test_a_bodys_short_name_in_parentheses_stands_for_its_full_name(extract):
    text = ("Ferry operator Caledonian MacBrayne (CalMac) cancelled 40 sailings.\n\nA spokesperson for CalMac said "
            "it ran \u201can ageing and fragile fleet\u201d.\n\n\u201cWe are sorry,\u201d the spokesperson said.")
    assert {q.speaker for q in extract(text) if q.kind in ("direct", "partial")} == {
        "Caledonian MacBrayne spokesperson"}


def test_an_honourable_member_is_a_person_whatever_the_name_lists_say(extract):
    text = ("Moving the motion, the Minister of State, Dr Kwabena Asante-Mensah, said the loan was concessional.\n\n"
            "However, the Ranking Member on the Finance Committee, Hon. Mahama Iddrisu Sulemana, said the Minority "
            "could not support it.\n\nHe questioned why two regions were included.\n\n"
            "\u201cWe are not against development,\u201d he said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Mahama Iddrisu Sulemana"]


def test_a_plural_possessive_is_no_part_of_a_name(extract):
    text = ("Palace had led through Marcus Ebanks\u2019 first-half header.\n\nEbanks admitted that the dressing room "
            "had been \u201cvery quiet\u201d.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Marcus Ebanks"]


def test_a_party_tag_with_a_shortened_state_places_its_member(extract):
    text = ("Rep. Tom Brandt (R-Tex.), whose district was hit by two hurricanes, said he would back the money. "
            "Rep. Ann Lee (D-N.Y.) objected.\n\n\u201cFix that,\u201d the Texas Republican said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Tom Brandt"]


def test_a_lede_opening_on_a_places_title_is_the_one_named_speaking_next(extract):
    text = ("Premier defends hospital blowout\n\n"
            "Tasmania\u2019s Premier has defended a $214 million cost blowout, telling parliament the overrun was "
            "\u201cthe price of building something that lasts\u201d.\n\n"
            "During a heated Question Time on Tuesday, Catherine Hollis said the government had been open.\n\n"
            "The independent Member for Clark, Kirra Dalton, said she had not made up her mind.\n\n"
            "Speaking to reporters later, the Premier said she was \u201crelaxed\u201d about an inquiry.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Catherine Hollis", "Catherine Hollis"]


def test_a_ledes_indefinite_role_is_the_one_person_given_that_title_however_far_below(extract):
    filler = "The court heard the car was travelling at 95km/h in a 50km/h zone. " * 25
    text = ("Driver refused bail\n\nA 19-year-old man has been refused bail, with a magistrate describing the "
            "police case as \u201cstrong, and in parts overwhelming\u201d.\n\n" + filler + "\n\n"
            "Magistrate Joanne Petrakis said she accepted he had no record.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Joanne Petrakis"]


def test_the_spokesperson_of_a_government_named_in_lower_case_keeps_its_body(extract):
    text = ("The ruling was welcomed. A spokesperson for the Western Australian government said the state would "
            "study it.\n\n\u201cThe state acknowledges the significance of today,\u201d the spokesperson said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Western Australian government spokesperson"]


def test_the_bench_is_the_judges_it_was_introduced_with(extract):
    text = ("A bench of justices Hemant Kulkarni and Ritu Bhandari directed the Centre to file an affidavit.\n\n"
            "\u201cSeveral tribunals are functioning with one member,\u201d the bench said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Hemant Kulkarni and Ritu Bhandari"]


def test_a_name_after_a_prefix_stands_for_the_whole_name(extract):
    text = ("Garment workers block highway\n\nMd Anwar Hossain, managing director of the company, admitted that "
            "wages were overdue.\n\n"
            "\u201cWe are not running away from our responsibility,\u201d Anwar told The Daily Star.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Md Anwar Hossain"]


def test_a_partial_quote_is_not_the_words_of_a_relative_clause_after_it(extract):
    text = ("Unison said it would consider a ballot. Its branch secretary, Paul Hendry, said the nurses\u2019 union "
            "had \u201clifted the lid\u201d on conditions that his members had been reporting for months.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Paul Hendry"]
    text = ("Frustrated, Bernie Sanders said he \"cannot walk down the street\" without reporters asking him to "
            "attack Hillary Clinton.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Bernie Sanders"]
    text = ("Infrastructure Minister Colm Devenney hit back, saying he had inherited a maintenance budget that "
            "was \u201cless than half\u201d of what engineers said was needed.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Colm Devenney"]


def test_an_ampersand_joins_a_bodys_name(extract):
    text = "Marks & Spencer said: “Sales rose in the spring.” Procter & Gamble said it was “cautious”."
    assert [(q.speaker, q.speaker_type) for q in extract(text) if q.kind in ("direct", "partial")] == [
        ("Marks & Spencer", "organization"), ("Procter & Gamble", "organization")]


@pytest.mark.parametrize(
    "text,speakers",
    [
        # a body named with "the" and its country keeps both, and is a body
        ("The Canadian Red Cross said it had opened registration. \"Evacuees are urged to register,\" the "
         "organization said.", ["Canadian Red Cross"]),
        # "Rick and Donna Sawchuk": her husband is Rick Sawchuk
        ("\"We grabbed the dog,\" said Rick and Donna Sawchuk.\n\nDonna Sawchuk said the smoke was thick. "
         "\"You couldn't see the car in front of you,\" she said.\n\nHer husband said he was worried. \"Some of the "
         "folks out our way don't drive anymore,\" he said.",
         ["Rick Sawchuk and Donna Sawchuk", "Donna Sawchuk", "Rick Sawchuk"]),
    ],
)
def test_bodies_named_with_the_and_couples_sharing_a_surname(extract, text, speakers):
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == speakers


def test_that_was_how_x_described_it_names_the_quote_before(extract):
    text = ("\"My shift ended at four, and by five I was packing the truck.\"\n\n"
            "That was how Mandeep Gill, a nurse at the Kestrel Lake Health Centre, described her Sunday.\n\n"
            "\"We'll enjoy tonight, but we've not won anything yet.\"\n\n"
            "That was the message from England head coach Mark Henshall, who warned against complacency.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Mandeep Gill", "Mark Henshall"]


@pytest.mark.parametrize(
    "text,speakers",
    [
        # two people who share a surname: "Sgt Doyle" is the one introduced as Sergeant
        ("Garda Eoin Doyle was injured at the checkpoint. His sister, Sergeant Aisling Doyle, spoke to the "
         "court.\n\n“We heard it on the radio first,” Sgt Doyle said.\n\nGarda Doyle said he was back at work. "
         "“I still think about that night,” he said.",
         ["Aisling Doyle", "Eoin Doyle"]),
        # a description with a noun for someone the article never names is its own speaker
        ("One Instagram user wrote: “Best chips in the county, and now they are gone.”", ["Instagram user"]),
        ("An eyewitness, who was on the platform, said the train did not slow.\n\nThe eyewitness, who asked not "
         "to be named, said: “It came through at full speed and people just froze.”", ["eyewitness"]),
        # a West African title, and a police rank, are no part of the name
        ("The union chairman, Alhaji Musa Adeyemi, who addressed the drivers, said, “We are tired of paying at "
         "every checkpoint.”", ["Musa Adeyemi"]),
        # "the DC" and "the PPRO" write a role the article gave someone by its initials
        ("Farhana Akter, deputy commissioner of Kurigram, said shelters had opened.\n\n“We have sent rice and "
         "dry food to every union,” the DC told reporters.", ["Farhana Akter"]),
        ("The state Police Public Relations Officer, SP Tunde Bakare, confirmed the arrest.\n\n“The officer has "
         "been detained and will face trial,” the PPRO said.", ["Tunde Bakare"]),
        # an adjunct between the subject and the cue, even one holding a name, is no subject
        ("Governor Ibrahim Lawal condemned the attack. The governor, in a statement by his spokesman, Segun "
         "Ajayi, on Monday, said, “No one should die at a checkpoint.”", ["Ibrahim Lawal"]),
        # a party tag gives the role a later description uses
        ("Sen. Carla Benavides, R-Odessa, carried the bill. Sen. Paul Ortega, D-Laredo, opposed it.\n\n"
         "After the vote, the Odessa Republican told reporters she would not accept cuts. \"If they want to "
         "cut it, they can explain it to the farmers,\" she said.", ["Carla Benavides"]),
        # the given names alone, after the full name with its title
        ("Housing Minister Datuk Seri Mohd Faizal Rahim said the works would start this month.\n\nMohd Faizal "
         "said the ministry would add pumps. \"Any contractor who misses the deadline will be blacklisted,\" the "
         "minister said.", ["Mohd Faizal Rahim"]),
        # a noun for what someone does before a name is no part of it
        ("Housewife Siti Rohani Salleh, 51, said: “The water was at my chest in forty minutes.”",
         ["Siti Rohani Salleh"]),
        ("Elder Thomas Moose, 81, said: “We drank straight from the lake when I was a boy.”", ["Thomas Moose"]),
    ],
)
def test_news_from_more_places_names_who_spoke(extract, text, speakers):
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == speakers


def test_a_quote_after_a_paragraph_reporting_speech_is_that_speakers_even_past_an_infinitive(extract):
    text = ("Sen. Walter Greaves, R-Tyler, opposed the bill.\n\nGreaves said he would push the House to add a "
            "spending cap.\n\n\"The people of this state did not send us here to borrow against our children.\"")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Walter Greaves"]


def test_the_treasury_is_the_body_not_a_role_that_opens_with_its_name(extract):
    text = ("MPs accused the National Treasury of delays and asked the Treasury Cabinet Secretary to appear.\n\n"
            "“Disbursements will be made as revenue improves,” the Treasury said.")
    assert [(q.speaker, q.speaker_type) for q in extract(text) if q.kind == "direct"] == [
        ("National Treasury", "organization")]


def test_a_hyphened_surname_alone_is_the_person_named_in_full(extract):
    text = ("“We are still counting the damage,” said Marcia Campbell-Reid, the parish mayor.\n\n"
            "“The roads will take weeks,” Campbell-Reid said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Marcia Campbell-Reid"] * 2


@pytest.mark.parametrize(
    "text,speakers",
    [
        # an Arabic surname with a lower-case "al-" is part of the name, alone or in full
        ("Dr Huda al-Jabouri, a hydrologist in Basra, said the river had fallen. “The salinity has doubled "
         "since spring,” she said.\n\nSalim al-Tamimi, a ministry spokesman, disagreed. “We are releasing more "
         "water every week,” al-Tamimi said.", ["Huda al-Jabouri", "Salim al-Tamimi"]),
        # "a spokesperson for the agency": the body the paragraph named, as its spokesperson
        ("The UN’s World Food Programme has been handing out flour in the camps. A spokesperson for the agency "
         "said the stocks would last a month.\n\n“We need funding before the winter,” the spokesperson said.",
         ["World Food Programme spokesperson"]),
        # a Transport Secretary is "the minister"
        ("Transport Secretary Morag Lindsay told MSPs the fund was delayed. Ms Lindsay then faced questions from "
         "Green MSP Eilidh Fraser.\n\n‘Will the boat sail before summer?’ Ms Fraser asked.\n\nThe minister "
         "replied that she would not give a date. ‘I have made that mistake before,’ she said.",
         ["Eilidh Fraser", "Morag Lindsay"]),
        # "the 22-year-old" is no one the article says is 31
        ("Matteo Ferrante beat Owen Pryce in five sets. The Italian saved two match points against Owen "
         "Pryce’s serve.\n\n‘I don’t know what happened in the tie-break,’ the 22-year-old said.\n\nFor Pryce, "
         "31, it was a cruel way to go. ‘It will hurt for a while,’ he said.",
         ["Matteo Ferrante", "Owen Pryce"]),
    ],
)
def test_names_particles_bodies_and_ages_a_careful_reader_keeps(extract, text, speakers):
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == speakers


@pytest.mark.parametrize(
    "text,speakers",
    [
        # "the company" is the one the lede calls a company, past a department named since
        ("Seattle software maker Brightloom to cut 800 jobs\n\nBrightloom, the Redmond-based maker of payroll "
         "software, said Tuesday it will lay off 800 employees.\n\nMost of the cuts will fall in Washington, "
         "according to a notice filed with the state Employment Security Department.\n\n“These are difficult "
         "decisions,” the company said in a statement.", ["Brightloom"]),
        # ... or the one the sentence before calls one, and a utility is a company
        ("Stocks rose on results from the retailer Amazon. The index was held back by a drop in the oil giant "
         "Exxon Mobil. The company said \"demand was weaker than we hoped.\"", ["Exxon Mobil"]),
        ("The cause of the fire is unknown. Coastal Valley Power, which serves the area, said it had reports of "
         "a downed line.\n\n“We are cooperating fully with investigators,” the company said.",
         ["Coastal Valley Power"]),
        # "the agency": the body the lede calls an agency and names
        ("State water agency's plan draws fire\n\nThe state agency responsible for water planning unveiled a "
         "new framework Tuesday. The Ohio Water Resources Board's proposal ranks projects by cost.\n\nLawmakers "
         "objected.\n\n\"The board takes seriously its duty to every community,\" the agency said.",
         ["Ohio Water Resources Board"]),
    ],
)
def test_the_company_and_the_agency_are_the_body_the_story_names(extract, text, speakers):
    assert [q.speaker for q in extract(text) if q.kind in ("direct", "partial")] == speakers


@pytest.mark.parametrize(
    "text,speakers",
    [
        # a group noun in a title is no first word of the name after it
        ("Presidential Chief of Staff Kang Min-jae told reporters the rules would stay.\n\n“We are listening to "
         "young people,” Kang said.", ["Kang Min-jae"]),
        # a sister named by her brother's first name takes his surname
        ("Tomas Varga, 12, is the youngest player at the tournament.\n\nTomas’s older sister, Ilona, 17, "
         "sometimes feels the house orbits around him.\n\n“Everything is chess,” Ilona says.", ["Ilona Varga"]),
        # a quote after a paragraph that reports speech, past a participle or a second verb
        ("Farida Noor, an organizer with the tenants’ network, watched the vote.\n\nNoor said the bylaw would "
         "depend on enforcement, noting that the city has six inspectors.\n\n“Six inspectors for half a million "
         "units. You do the math.”", ["Farida Noor"]),
        # "Coun." ends no sentence
        ("Not every councillor agreed. “We have created a regime with no idea of its cost,” said Coun. Glen "
         "Whitby (Ward 16), who voted against it.", ["Glen Whitby"]),
    ],
)
def test_titles_kin_and_reports_a_careful_reader_follows(extract, text, speakers):
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == speakers


@pytest.mark.parametrize(
    "text,speakers",
    [
        # a body named after a place keeps the place; "A spokesperson for" is no title before a name
        ("Senior NI Water officials met the committee.\n\nA spokesperson for Northern Ireland Water said the company "
         "“does not set policy on charging”.\n\n“Our focus remains on the network,” the spokesperson added.",
         ["Northern Ireland Water spokesperson", "Northern Ireland Water spokesperson"]),
        # "A company spokesperson" introduced without a cue speaks for the company the story names
        ("Seattle software maker Brightloom to cut 800 jobs\n\nBrightloom, the Redmond-based maker of payroll "
         "software, said Tuesday it will lay off 800 employees.\n\nA company spokesperson declined to say whether "
         "more cuts were planned.\n\n“We are not going to speculate,” the spokesperson said.",
         ["Brightloom spokesperson"]),
        # a first name that is also a country's opens a person's name
        ("Jordan Pike, 34, a quality engineer, lost his job on Tuesday.\n\n“I went to log in and I couldn't,” "
         "Pike said.", ["Jordan Pike"]),
    ],
)
def test_bodies_spokespeople_and_country_first_names(extract, text, speakers):
    assert [q.speaker for q in extract(text) if q.kind in ("direct", "partial")] == speakers


def test_a_particle_opens_a_surname_after_a_nickname(extract):
    text = ("Committee chair Sen. Ramil “Boying” dela Cruz, a former police general, said he would not prejudge "
            "the case.\n\n“I wore that uniform for 32 years,” dela Cruz said.")
    quotes = extract(text)
    assert [q.quote for q in quotes if q.kind == "partial"] == []  # the nickname is no quote
    assert [q.speaker for q in quotes if q.kind == "direct"] == ["Ramil dela Cruz"]


@pytest.mark.parametrize(
    "text,speakers",
    [
        ("The Clean Rivers Collective, a Durban-based NGO, said in a statement that the crisis was years in the "
         "making.\n\n“Engineers warned the city in 2019,” the organisation said.", ["Clean Rivers Collective"]),
        ("OSAKA – Hanami Electric Co. said Thursday it will cut 4,000 jobs.\n\nThe company said in a statement "
         "that most cuts would be in Japan.\n\n“The company will support affected employees,” the statement "
         "said.\n\nA company spokesperson said Hanami had “no plans at this time” to sell the brand.",
         ["Hanami Electric Co", "Hanami Electric Co spokesperson"]),
    ],
)
def test_collectives_and_companies_named_co_speak_as_bodies(extract, text, speakers):
    assert [q.speaker for q in extract(text) if q.kind in ("direct", "partial")] == speakers


def test_a_lede_opening_on_a_title_gives_it_to_the_person_named_next(extract):
    text = ("Stormont row over water charges\n\nThe First Minister has refused to rule out household water "
            "charges, sparking an angry exchange.\n\nCaitríona Doherty told MLAs on Monday that every option was "
            "on the table.\n\n“I am not going to pretend the money exists,” the First Minister said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Caitríona Doherty"]


@pytest.mark.parametrize(
    "text,speakers",
    [
        # the report before the quote is "He said", past a relative clause's cue
        ("Khalid al-Harbi, CEO of Najd Freight, told reporters that demand was strong.\n\nHe said a second "
         "phase, which would add cold storage, was due in 2027.\n\n“Food security is a strategic priority.”",
         ["Khalid al-Harbi"]),
        # ... or "The president said"
        ("President Kenji Mori told a news conference the company would exit televisions.\n\nThe president said "
         "the company aimed to raise its margin.\n\n“We will be a smaller company, but a stronger one.”",
         ["Kenji Mori"]),
    ],
)
def test_a_bare_quote_goes_on_with_the_one_the_paragraph_before_reports(extract, text, speakers):
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == speakers


def test_the_report_before_a_bare_quote_is_its_subject_not_a_description_inside_it(extract):
    text = ("Professor Ellen Hart, who chairs the library committee, was caught off guard.\n\n\"A library isn't "
            "just a room with books,\" Hart said.\n\nHart said the committee would ask the provost to share a "
            "full breakdown.\n\n\"If the savings are real, show us the numbers.\"")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Ellen Hart", "Ellen Hart"]


def test_where_a_company_is_based_is_no_part_of_its_name(extract):
    text = ("Homebuilder to cut 200 jobs\n\nVaughan-based Pinecrest Homes Ltd. announced the cuts on Wednesday.\n\n"
            "\"We regret that there was no other way,\" the company said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Pinecrest Homes Ltd"]


@pytest.mark.parametrize(
    "text,speakers",
    [
        ("Two tries from the Springbok lock Pieter Botha put the visitors ahead.\n\n“It hurts. We came to win,” "
         "the Springbok said.", ["Pieter Botha"]),
        ("Speaking in his palace on Sunday, the traditional ruler of the community, Igwe Obinna Nwosu, said "
         "his people had been patient.\n\n“We have written letters,” the monarch said.", ["Obinna Nwosu"]),
        ("Sophomore Liam Tran said he studies in the library after his shift ends.\n\n“My roommate goes to "
         "bed at 11. Where am I supposed to go?” Tran said.", ["Liam Tran"]),
    ],
)
def test_national_nicknames_rulers_titles_and_class_years(extract, text, speakers):
    assert sorted({q.speaker for q in extract(text)}) == speakers  # reported speech too


@pytest.mark.parametrize(
    "text,speakers",
    [
        # a namesake introduced last, of whom the surname goes on: the live blog's second Johnson
        ("9:10 a.m.\n\nLibertarian candidate Gary Johnson’s campaign says he will appear on three morning "
         "shows.\n\n___\n\n11:40 a.m.\n\nThe storm closed schools across the county on Friday.\n\n"
         "Crews worked through the night to clear fallen trees.\n\n___\n\n2:15 p.m.\n\n"
         "Homeland Security Secretary Jeh Johnson says the grid held up.\n\nJohnson told reporters that "
         "“nothing failed that we could not fix by noon.”\n\n“We were lucky,” he said.",
         [("nothing failed that we could not fix by noon.", "Jeh Johnson"), ("We were lucky,", "Jeh Johnson")]),
        # but the man the story is about keeps his surname when his wife is introduced
        ("Senator Ted Cruz toured the plant on Monday. Cruz spoke for twenty minutes.\n\n"
         "His wife, Heidi Cruz, joined him on stage.\n\n“We will win this state,” Cruz said.",
         [("We will win this state,", "Ted Cruz")]),
    ],
)
def test_a_surname_is_the_namesake_just_introduced_unless_another_was_being_written_of(extract, text, speakers):
    assert [(q, s) for q, s, _ in said(extract(text), ("direct", "partial"))] == speakers


@pytest.mark.parametrize(
    "text,speakers",
    [
        # a party written before a name with no title: "the Democratic nominee" is not "Republican Tom Hale",
        # and "his or her" gives no one a gender
        ("The race for governor between Republican Tom Hale and Democrat Karen Ruiz tightened on Monday.\n\n"
         "Speaking in Dayton, Republican nominee Tom Hale promised to cut the gas tax.\n\n"
         "Ruiz spoke at a school in Akron. The Democratic nominee said every student should have a tutor "
         "of his or her own.",
         ["Karen Ruiz", "Tom Hale"]),
        # a description goes on writing of the person whose name opened the sentences before it
        # (not the governor written of since)
        ("Mayor Lena Ortiz will not seek a third term.\n\nOrtiz says she is proud of the new library.\n\n"
         "The two-term mayor was speaking on Friday, a day after Governor Sam Reed vetoed the city's budget and "
         "aides to Reed called the plan reckless.\n\nThe former teacher said Reed was wrong about the budget.",
         ["Lena Ortiz", "Lena Ortiz"]),
    ],
)
def test_parties_before_names_and_descriptions_that_go_on_writing_of_someone(extract, text, speakers):
    assert sorted(q.speaker for q in extract(text)) == speakers


@pytest.mark.parametrize(
    "text,speakers",
    [
        # "police" is the one force the story names, even further down
        ("SPOKANE - A man was shot near the river on Sunday.\n\nPolice said the man had fired at officers first.\n\n"
         "The Spokane Valley police released body camera footage on Monday.",
         ["Spokane Valley police"]),
        # the person of a force, not the force
        ("Chief Rosa Lind of the Spokane Valley police said the officers had body cameras.", ["Rosa Lind"]),
        # but not where it names two
        ("A man was shot near the river on Sunday.\n\nPolice said the man had fired at officers first.\n\n"
         "The Spokane Valley police and the Idaho State Police are both investigating.",
         ["police"]),
    ],
)
def test_police_are_the_one_force_the_story_names(extract, text, speakers):
    assert sorted(q.speaker for q in extract(text)) == speakers


def test_a_titled_surname_takes_the_first_name_the_text_gives_him_elsewhere(extract):
    # only his wife is named in full outside quotes; "Chidi Okafor Day" gives his first name
    text = ("President Okafor is rolling out a new message: “It's about me.”\n\n"
            "His wife, Grace Okafor, sat beside him. Mr. Okafor spoke for an hour.\n\n"
            "Organizers have named Nov. 1 “Chidi Okafor Day.”")
    assert [(q, s) for q, s, _ in said(extract(text), ("direct",))] == [("It's about me.", "Chidi Okafor")]


def test_someones_lawyer_is_the_one_introduced_as_their_attorney(extract):
    text = ("The council voted to censure Councilman Ray Okonkwo on Tuesday.\n\n"
            "An attorney for Okonkwo, Ada Nwosu, said the vote was unlawful.\n\n"
            "Council President Mark Dyer said the censure would stand. Dyer said the council had acted within "
            "its rules.\n\nOkonkwo's lawyer said he would appeal the decision.")
    assert [q.speaker for q in extract(text)] == ["Ada Nwosu", "Mark Dyer", "Mark Dyer", "Ada Nwosu"]


def test_a_weekday_is_no_company_and_ab_ends_a_companys_name(extract):
    text = ("Solberg Pumps Cut Outlook Again\n\nSolberg Pumps AB cut its forecast for a second time.\n\n"
            "The stock fell 12% on Friday, the biggest drop since the company’s listing.\n\n"
            "Sales in Germany were weak. “We remain committed to our customers,” the company said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Solberg Pumps AB"]


def test_ma_is_maria_in_a_filipino_name(extract):
    text = ("Senate probes rice prices\n\nCommittee chairperson Sen. Ma. Teresa Villacorta-Ramos opened the "
            "hearing on Tuesday.\n\n“Where did the rice go?” Villacorta-Ramos asked. Presidential Communications "
            "Office Undersecretary Ma. Lourdes Abad said the President would act.\n\n"
            "“The tariff is not the problem,” Abad said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [
        "Ma. Teresa Villacorta-Ramos", "Ma. Lourdes Abad"]


@pytest.mark.parametrize(
    "text,speakers",
    [
        ("Detective Garda Ciara Nolan gave evidence on Monday.\n\n‘The car was still running,’ Det Gda Nolan said.",
         ["Ciara Nolan"]),
        # ("The" is a first name to gender-guesser: no first name in "The Commissioner of Police")
        ("The Commissioner of Police, CP Musa Adamu, said patrols had been doubled.\n\n“We will not rest,” the CP "
         "added.", ["Musa Adamu", "Musa Adamu"]),
        ("Meteorologist Hana Kereama said more rain was due.\n\n“The ground is saturated,” Kereama said.",
         ["Hana Kereama", "Hana Kereama"]),
        ("A spokesman for Ashton Vale Homes said the plans had changed.\n\n“We have listened,” the spokesman said.",
         ["Ashton Vale Homes spokesman", "Ashton Vale Homes spokesman"]),
    ],
)
def test_irish_and_nigerian_police_titles_occupations_and_builders(extract, text, speakers):
    assert [q.speaker for q in extract(text)] == speakers


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("Mayor Ruth Calloway toured the flooded streets on Monday.\n\n"
         "Outside the community hall, one resident, who did not want to be named, said she had lost everything.\n\n"
         "“The water came through the floor in minutes,” she said.", "one resident"),
        ("Coach Dana Whitfield praised her team.\n\n"
         "A parent wearing a team scarf said she had driven four hours for the game.\n\n"
         "“I wouldn't have missed it,” she said.", "parent"),
        ("Minister Paul Osei visited the harbour.\n\n"
         "On the pier, a fisher, who declined to give his name, mended a net. "
         "“The catch is half what it was,” he said.",
         "fisher"),
        # "another", a place's name before the noun, and a few words of where before the clause
        ("Organiser Helen Marsh said the choir had grown to 60 voices.\n\n"
         "Another regular, a retired nurse who did not want to be named, said Thursdays kept her going.\n\n"
         "“I sing louder here than I ever did in church,” she said.", "regular"),
        ("Ward councillor Ben Hollins said the landlord had been warned twice.\n\n"
         "Outside the flats, a Kirkby Road tenant who declined to give his name carried out a sodden mattress.\n\n"
         "“Nobody has been to look at the roof,” he said.", "Kirkby Road tenant"),
        ("Farmer Tom Reilly said the river rose a metre overnight.\n\n"
         "A neighbour three fields over, who asked not to be identified, said he had moved his cattle at dawn.\n\n"
         "“It came up faster than in 2015,” he said.", "neighbour"),
    ],
)
def test_he_or_she_after_someone_unnamed_is_them_not_the_person_named_before(extract, text, speaker):
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [speaker]


def test_he_after_someone_unnamed_of_no_given_gender_and_past_an_owner_is_them(extract):
    text = ("Mr Tan Boon Huat has run the stall for 30 years.\n\n"
            "One diner, who declined to be named, said he had eaten at Mr Tan’s stall every week. "
            "“If he closes, I don’t know where I will go,” he said.\n\n"
            "One resident, who asked not to be named for fear of reprisals, said families had left. "
            "“People are afraid,” he said.\n\n"
            "At the school gates, one grandmother collecting two children said she had been a pupil there. "
            "“It is the heart of the place,” she said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["one diner", "one resident", "one grandmother"]


def test_he_after_someone_unnamed_is_the_named_man_where_he_is_named_since(extract):
    text = ("A resident said she had lost everything. Mayor Tom Reid visited her street later.\n\n"
            "“We will rebuild,” he said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Tom Reid"]


def test_a_body_whose_initials_follow_is_one_name_across_its_and(extract):
    text = ("Taps run dry in Mombasa\n\nOn Friday, the Mombasa Coast Water and Sanitation Company (MCWSC) said "
            "two pumping stations had failed.\n\n“Repairs will take a week,” the company said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Mombasa Coast Water and Sanitation Company"]


def test_a_nickname_after_an_abbreviated_first_name_keeps_it(extract):
    text = ("Senate grills contractors\n\nSenator Ma. Cristina \"Tina\" Bautista-Lim opened the hearing.\n\n"
            "\"Where are the pumps?\" Bautista-Lim asked.\n\nPublic Works Secretary Ramon Cruz said he would "
            "look into it.\n\n\"We paid for them,\" the senator said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Ma. Cristina Bautista-Lim"] * 2


def test_a_portfolio_is_no_part_of_a_name_before_an_appositive(extract):
    text = ("Federal Minister for Mineral Resources Syed Imran Ali Qureshi, who chaired the meeting, said the "
            "licences would be reviewed.\n\n\"No mine will be exempt,\" the minister said.")
    assert {q.speaker for q in extract(text)} == {"Syed Imran Ali Qureshi"}


@pytest.mark.parametrize(
    "text,speakers",
    [
        ("The motion was tabled by Labour TD for Dublin Bay South Siobhán Kearney, who said: "
         "“Families are being priced out.”", ["Siobhán Kearney"]),
        ("Conservative MP for Hull North Graham Pettifer said the port deserved better.\n\n"
         "“We were promised investment,” Mr Pettifer said.", ["Graham Pettifer", "Graham Pettifer"]),
        ("Llinos Haf Evans MS said the premium was a sticking plaster.\n\n"
         "“It will not build a single home,” she said.", ["Llinos Haf Evans", "Llinos Haf Evans"]),
        ("Minister for Housing Ciarán Mac Giolla Bhríde said the scheme would open in May.\n\n"
         "“Nobody will be left behind,” the Minister said.", ["Ciarán Mac Giolla Bhríde", "Ciarán Mac Giolla Bhríde"]),
    ],
)
def test_a_constituency_after_a_title_and_irish_given_names(extract, text, speakers):
    assert [q.speaker for q in extract(text) if q.kind in ("direct", "indirect")] == speakers


def test_a_person_noun_just_before_a_name_is_their_role(extract):
    text = ("Westbrook sophomore Kayla Brandt scored 22 points. Coach Ron Ames said the defence held firm.\n\n"
            "\"We just kept attacking the rim,\" the sophomore said.\n\n"
            "At the end of the hall, tenant Wong Mei-ling said the lift had been broken for weeks.\n\n"
            "\"Nobody answers our calls,\" she said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Kayla Brandt", "Wong Mei-ling"]


@pytest.mark.parametrize(
    "text,speakers",
    [
        ("Shire Mayor Karen Lyall toured the levee.\n\n“We were lucky this time,” Cr Lyall said.", ["Karen Lyall"]),
        ("Wiradjuri elder Aunty Joan Merritt opened the ceremony.\n\n“This river carried our people,” Aunty Joan "
         "said.", ["Joan Merritt"]),
        ("Kaumātua Hemi Walker opened the hui.\n\n“Ko te wai te ora,” Kaumātua Hemi Walker said.", ["Hemi Walker"]),
    ],
)
def test_australian_titles_councillor_and_elders_and_maori_elders(extract, text, speakers):
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == speakers


def test_the_organisation_is_the_body_that_spoke_after_a_scene_setting_phrase(extract):
    text = ("Drought relief delayed\n\nFarmers in the region have lost half their crop, officials said.\n\n"
            "In a statement on Monday, Agri Northern Cape said the province needed emergency funds.\n\n"
            "“Every week of delay costs jobs,” the organisation said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Agri Northern Cape"]


def test_a_chipmaker_named_in_the_lede_is_the_company(extract):
    text = ("Stocks slip\n\nWorld stocks fell on Tuesday as a slide in chipmaker Norvane Devices weighed on technology "
            "shares.\n\n\"We see this as a timing issue,\" Chief Executive Ada Reyes told analysts.\n\n"
            "The company said in a statement it \"remains confident in its growth\".")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Norvane Devices"]


def test_a_double_barrelled_surname_is_no_mention_of_its_first_half(extract):
    text = ("Firefighters pulled Margaret Okafor from the flat. She was treated for smoke inhalation.\n\n"
            "Her sister, Grace Okafor-Bell, flew in from Lagos as soon as she heard.\n\n"
            "“Those men saved her life,” she said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Grace Okafor-Bell"]


def test_the_diplomat_is_the_one_introduced_last_with_a_capitalised_word(extract):
    text = ("“This is surrender.”\n\nThat was how one senior EU diplomat described the plan.\n\n"
            "The diplomat, who was granted anonymity, warned that it would hurt. “If we blink now, we lose,” the "
            "diplomat said.\n\nMinister Karl Weber defended it on Monday.\n\nA Nordic diplomat said a compromise "
            "would bring “a review clause that everyone can live with.”\n\n“Nobody wants this open in December,” "
            "the diplomat added.")
    assert [q.speaker for q in extract(text) if q.quote.startswith("Nobody")] == ["Nordic diplomat"]


def test_a_kin_named_in_full_with_a_particle_takes_no_one_elses_surname(extract):
    text = ("Hassan al-Jabouri farms near the river, a UNESCO World Heritage site.\n\n"
            "His younger brother, Samir al-Jabouri, left for Basra last year.\n\n"
            "“There was no choice,” Samir said by phone.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Samir al-Jabouri"]


def test_a_description_naming_a_body_is_the_one_whose_role_is_at_it(extract):
    text = ("\"Carry trades are unwinding fast,\" said Meera Pillai, head of rates strategy at Kestrel Partners in "
            "London.\n\nTreasury official Tom Hadley said on Monday that officials were watching closely.\n\n"
            "\"The pound has further to fall,\" the Kestrel strategist said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Meera Pillai", "Meera Pillai"]


def test_a_quote_after_a_one_sentence_paragraph_about_someone_is_theirs(extract):
    text = ("Fire guts market stalls\n\nMayor Desmond Pryce toured the market on Sunday with police.\n\n"
            "Pryce was scathing about the state of the building.\n\n"
            "\"This place has been neglected for years. The wiring is older than I am.\"\n\n"
            "FULL TEXT.\n\n\"Not again.\"")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Desmond Pryce", None]


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("The Lagos Water and Drainage Authority (LWDA), in a statement issued on Friday, said supply would resume "
         "on Monday.", "Lagos Water and Drainage Authority"),
        ("The Lagos Water and Drainage Authority (LWDA) said supply would resume on Monday.",
         "Lagos Water and Drainage Authority"),
        ("Washington (AFP) – Senator Jane Holt said the bill would pass.", "Jane Holt"),
    ],
)
def test_a_body_with_its_initials_in_parentheses_speaks_as_one(extract, text, speaker):
    assert [q.speaker for q in extract(text)] == [speaker]


def test_a_surname_written_first_goes_to_the_namesake_introduced_last(extract):
    text = ("Minister of State Goh Kian Seng said the grant would help.\n\n"
            "“Our hawkers are our heritage,” said Mr Goh.\n\n"
            "Applications open in March.\n\nThe scheme covers rent for two years.\n\n"
            "But sociologist Goh Mei Lin, who has studied hawker centres for a decade, said money was not enough.\n\n"
            "“The real barrier is the 14-hour day,” said Dr Goh.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Goh Kian Seng", "Goh Mei Lin"]


def test_a_bare_surname_after_a_namesake_introduced_and_speaking_just_before_is_theirs(extract):
    text = ("Chief executive Pieter Botha said the cut was disappointing.\n\nShares fell 9% on the news.\n\n"
            "The group's financial director, Marius Botha, said the balance sheet was robust.\n\n"
            "\"We have no intention of raising equity,\" Botha said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Marius Botha"]


def test_a_bare_surname_is_not_a_namesake_only_mentioned_just_before(extract):
    text = ("Senator Chris Murphy spoke for 15 hours.\n\n"
            "He paid tribute to a teacher's aide, Anne Marie Murphy, who was killed protecting a pupil.\n\n"
            "\"It doesn't take courage to stand here,\" Murphy said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Chris Murphy"]


def test_an_aside_between_dashes_stands_between_the_speaker_and_the_cue(extract):
    text = ("The group's financial director, Marius Botha – no relation – said the balance sheet was robust.\n\n"
            "Senator Ruth Abara — who chaired the inquiry — told reporters the contract was void.\n\n"
            "Chief executive Pieter Venter - who took over in 2023 - said the mine would reopen.\n\n"
            "The two scholars - Mr. Laurence Tribe and Ms. Lee Epstein - agreed a deal was possible.")
    assert [q.speaker for q in extract(text)] == [
        "Marius Botha", "Ruth Abara", "Pieter Venter", "Laurence Tribe and Lee Epstein"]


def test_an_epithet_opening_the_paragraph_after_a_name_is_that_persons(extract):
    text = ("Singer splits from husband\n\nPOP star Mia Lowell has split from her husband, the Mirror can reveal.\n\n"
            "The chart-topping singer, 27, is said to be heartbroken.\n\n"
            "Asked about it yesterday, club manager Marco Bellini said: “It is a private matter.”\n\n"
            "“People think it’s all glamour,” the singer said last year.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Marco Bellini", "Mia Lowell"]


def test_a_company_is_named_with_its_legal_form_where_the_article_gives_it(extract):
    text = ("Planners approved the tower by Harbour Point Developments Ltd on Tuesday.\n\n"
            "In a statement, Harbour Point Developments said it was \"delighted\" with the vote.\n\n"
            "\"We have listened to residents,\" the company said.")
    assert [q.speaker for q in extract(text) if q.kind != "indirect"] == ["Harbour Point Developments Ltd"] * 2


def test_she_after_a_contrast_or_a_question_about_someone_is_not_them(extract):
    text = ("Housing minister Grace Adeyemi met the rebels on Monday.\n\n"
            "Adeyemi, speaking in Westminster, struck a conciliatory tone. ‘I respect every colleague,’ she said.\n\n"
            "Asked whether Emma Thornbury’s amendment could be accepted, she said: ‘We will keep talking.’\n\n"
            "Jenny Liu leads the residents' group.\n\n"
            "Mai Nguyen lives behind the site. Unlike Liu, she has not joined the group. "
            "“I just want to know what happens,” she said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Grace Adeyemi", "Grace Adeyemi", "Mai Nguyen"]


def test_a_document_published_by_a_body_named_in_an_aside_speaks_for_it(extract):
    text = ("The report – commissioned by the Home Office – found that 40 per cent of forces were understaffed.\n\n"
            "The transcript of the inquiry–published by The Irish Times–shows that Ryan talked about the scheme.")
    assert [q.speaker for q in extract(text)] == ["Home Office", "Irish Times"]


def test_a_translation_in_parentheses_stands_between_a_quote_and_its_cue(extract):
    text = ("\"Saan napunta ang pera?\" (Where did the money go?) asked Senator Maria Reyes, the committee chair.\n\n"
            "\"Hindi pa tayo tapos,\" (We are not done yet) said Senator Jose Lim.")
    assert [q.speaker for q in extract(text)] == ["Maria Reyes", "Jose Lim"]


def test_a_role_after_a_scene_setting_clause_is_the_she_who_speaks_next(extract):
    text = ("Principal Nora Keane has led the school for 12 years.\n\nThe school has 17 pupils. Numbers have "
            "fallen since 2019. The staffing schedule needs 20 to keep two teachers. The board wrote to the minister "
            "in May.\n\nMs Sarah Doyle, who chairs the parents’ association, said families learned of it by letter. "
            "“Not a phone call,” she said.\n\nDr Liam Walsh, a sociolinguist, said small schools sustain the "
            "language.\n\n"
            "A spokeswoman for the department said "
            "applications were assessed case by case. “We will engage with the board,” she said.\n\n"
            "Back in the village, where posters now fill the school windows, the principal was in no mood to "
            "concede.\n\n“We’re not going anywhere,” she said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"][-1] == "Nora Keane"


def test_a_bare_surname_after_kin_written_since_is_not_the_namesake_who_spoke(extract):
    text = ("Koos Steenkamp, who farms maize downstream, said the river was half sewage.\n\n"
            "His wife, Marietjie Steenkamp, who runs a dairy, said they had stopped selling milk. "
            "‘The cows drink that water,’ she said.\n\n"
            "Her husband was blunter. ‘The town is killing the river,’ Steenkamp said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Marietjie Steenkamp", "Koos Steenkamp"]


def test_someone_named_before_their_description_is_the_he_who_speaks_next(extract):
    text = ("Minister Peter Kariuki spoke in Nairobi.\n\n"
            "Hamisi Salim, a driver from Mombasa, said he had been parked since Sunday. "
            "\"We are eating once a day,\" he said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Hamisi Salim"]


@pytest.mark.parametrize(
    "text,speakers",
    [
        ("Siriwan Chaiyaporn, 41, who runs a noodle shop and goes by the nickname “Nok”, said trade had halved.\n\n"
         "“Nobody comes when the sky is grey,” said Nok.", ["Siriwan Chaiyaporn", "Siriwan Chaiyaporn"]),
        ("A statement issued by the Department of Health said the minister understood the concern.\n\n"
         "A department spokeswoman later added: ‘No decision has been taken.’",
         ["Department of Health", "Department of Health spokeswoman"]),
        ("The Department of Water and Sanitation confirmed a directive in April. A department spokesperson said: "
         "‘The municipality has been given 30 days.’", ["Department of Water and Sanitation spokesperson"]),
    ],
)
def test_a_later_nickname_a_department_spokeswoman_and_a_portfolio_of_two(extract, text, speakers):
    assert [q.speaker for q in extract(text)][-len(speakers):] == speakers


def test_the_kuia_is_the_elderly_woman_just_named(extract):
    text = ("Civil Defence controller Mark Tane said the river had peaked.\n\n"
            "At the marae, the oldest evacuee, 94-year-old Mere Rangi, sat wrapped in a blanket.\n\n"
            "\"Kia kaha,\" the kuia said when asked how she was coping.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Mere Rangi"]


def test_a_quote_after_a_titled_person_described_in_the_sentence_before_is_theirs(extract):
    text = ("‘We are working on it,’ Mayor Thandi Mokoena said.\n\n"
            "Opposition councillor Annelie Botha was scathing. ‘The mayor has chaired the finance committee for "
            "four years.’")
    assert [q.speaker for q in extract(text)] == ["Thandi Mokoena", "Annelie Botha"]


def test_a_malay_name_is_shortened_to_its_given_names(extract):
    text = ("At the relief centre, sisters Siti Aminah binti Yusof, 47, and Noraini binti Yusof, 43, said they had "
            "fled at 3am.\n\n“We only managed to carry the children,” said Siti Aminah, a rubber tapper.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Siti Aminah binti Yusof"]


def test_a_body_is_named_without_the_country_owning_it(extract):
    text = ("Saudi Arabia's Najd Industrial Chemicals Co reported a 41% jump in profit on Tuesday.\n\n"
            "Profit rose to 612 million riyals, according to LSEG data.\n\n"
            "\"Demand from Asia was strong,\" the company said in the filing.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Najd Industrial Chemicals Co"]
    text = ("The video app Murmur has been fined £48m by the UK’s Online Standards Authority (OSA).\n\n"
            "The OSA’s decision describes its age checks as “easily circumvented”.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Online Standards Authority"]
    text = "A spokesperson for B.C.'s Ministry of Energy said the project \"will be subject to an assessment\"."
    assert [q.speaker for q in extract(text)] == ["Ministry of Energy spokesperson"]
    text = ("Vanuatu's National Disaster Management Office (NDMO) said damage on Tanna was \"extensive\".\n\n"
            "Fiji's Ministry of Health said clinics would stay \"open around the clock\".")
    assert [q.speaker for q in extract(text)] == ["National Disaster Management Office", "Ministry of Health"]


@pytest.mark.parametrize(
    "text,speakers",
    [
        ("Campaigners rallied outside. Their chair, Dafydd ap Iorwerth, told the crowd: \"Today is a step "
         "forward.\"\n\nMinister Huw Roberts disagreed.\n\n\"We will keep campaigning,\" Dafydd said.",
         ["Dafydd ap Iorwerth", "Dafydd ap Iorwerth"]),
        ("Chief executive Dr Fatima al-Sulaiti was asked about a listing. “Nothing is off the table,” she said.\n\n"
         "On the impact of shipping disruption in the Red Sea, she said freight costs had risen, “but we have "
         "passed most of that on”.", ["Fatima al-Sulaiti"] * 2),
    ],
)
def test_a_welsh_patronymic_and_a_sea_that_is_no_person(extract, text, speakers):
    assert [q.speaker for q in extract(text)][-len(speakers):] == speakers


def test_a_name_opening_on_its_surname_after_a_title_and_its_given_name_gives_no_gender(extract):
    text = ("Deputy Public Prosecutor Goh Li Ting sought five years’ jail.\n\n"
            "“The accused exploited the trust of his clients,” she said.\n\n"
            "One of the victims, Mr Goh Jun Hao, 31, who is not related to the prosecutor, said he had lost "
            "$95,000.\n\n“We were supposed to collect the keys in December,” Mr Goh said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Goh Li Ting", "Goh Jun Hao"]


def test_a_role_naming_its_team_after_a_question_is_the_he_who_speaks_next(extract):
    text = ("Millbrook coach Dale Hutchins watched his son kick the winner against Lincoln East.\n\n"
            "Asked if he could bear to watch another final play like it, the Millbrook coach laughed.\n\n"
            "\"Probably not,\" he said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Dale Hutchins"]


def test_a_role_served_in_a_relative_clause_is_the_persons(extract):
    text = ("Catherine Doyle, who spent 11 years as an inspector before becoming a consultant, said the training was "
            "rushed.\n\nHeadteacher Fiona Bell said her staff were exhausted.\n\n"
            "‘Of course the judgments are going to be inconsistent,’ the former inspector said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Catherine Doyle"]


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("Manager Priya Shah said the unit was safe.\n\nOne midwife at the unit, who asked not to be named, told "
         "the BBC that staff had warned managers for a year.\n\n“Some nights you don't sit down,” she said.",
         "midwife at the unit"),
        # the answer is not the questioner's
        ("Governor Ellen Marsh took questions. When one reporter asked whether she would veto the bill, she smiled.\n\n"
         "“Ask me when it's on my desk,” she said.", "Ellen Marsh"),
    ],
)
def test_who_speaks_after_a_role_introduced_unnamed(extract, text, speaker):
    assert [q.speaker for q in extract(text) if q.kind == "direct"][-1] == speaker


def test_a_description_in_apposition_to_someone_is_no_one_new(extract):
    text = ("“Tom grabbed the photos,” Linda Alvarez said.\n\nHer husband, a retired firefighter, said he had cleared "
            "the brush every spring.\n\n“You do everything right,” he said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"][-1] != "retired firefighter"


def test_the_member_for_a_seat_is_no_person_named_after_the_seat(extract):
    text = ("Rachel Penhaligon resigned as planning minister last night.\n\n"
            "In a letter to the Prime Minister, the 51-year-old MP for Truro West said she could no longer defend "
            "the reforms.\n\n‘I cannot stand at the dispatch box and defend this,’ she said.")
    assert [q.speaker for q in extract(text)] == ["Rachel Penhaligon", "Rachel Penhaligon"]


def test_the_member_for_a_seat_named_with_and_is_one_person(extract):
    text = ("Callum Fraser, the Scottish Conservative finance spokesman, said the figures did not add up.\n\n"
            "The Mid Scotland and Fife MSP added: “This government announced a policy and worked out how to pay for "
            "it afterwards.”")
    assert [q.speaker for q in extract(text)] == ["Callum Fraser", "Callum Fraser"]


def test_the_statement_is_its_subjects_or_the_unnamed_spokespersons_it_was_issued_by(extract):
    text = ("Harbour Wind Partners, the Halifax-based firm behind the planned Cobequid Ridge Wind project, said in a "
            "statement it was \"reviewing its options.\"\n\n"
            "\"We remain committed to the county,\" the statement said.\n\n"
            "In an emailed statement, a spokeswoman for Tidewater Ferries said the crossing was cancelled "
            "\"for the safety of passengers.\"\n\n"
            "\"Winds on the strait were stronger than forecast,\" the statement said.\n\n"
            "The Independent Police Complaints Authority opened an inquiry in March. Three officers were "
            "stood down.\n\n"
            "In a statement issued on Friday, a spokesperson for the authority said the review would take months. "
            "\"Every complaint will be examined in full,\" the statement read.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [
        "Harbour Wind Partners", "Tidewater Ferries spokeswoman",
        "Independent Police Complaints Authority spokesperson"]


def test_a_bulletin_is_its_issuers_and_an_opening_adverb_is_no_issuer(extract):
    text = ("The Barbados Meteorological Services said in a bulletin on Sunday that more rain was expected.\n\n"
            "\"A flash flood warning remains in effect for the south coast,\" the bulletin stated.\n\n"
            "However, the Kingstown Residents Association, in a statement released after the meeting, said it was "
            "unconvinced.\n\n"
            "\"We have heard these promises every rainy season,\" the statement said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [
        "Barbados Meteorological Services", "Kingstown Residents Association"]


def test_a_person_noun_before_a_surname_is_no_name_and_a_plural_trade_names_a_company(extract):
    text = ("Teenager Okafor's late strike sends Ashby through\n\n"
            "A stoppage-time goal from teenager Daniel Okafor sent Ashby Town into the final.\n\n"
            "“I just hit it and hoped,” Okafor said.\n\n"
            "Co-star Nadia Fenwick, 31, led the tributes. “She was a mum to all of us,” she said.\n\n"
            "A spokesperson for North Sound Ferries said: “Safety must come first.”")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [
        "Daniel Okafor", "Nadia Fenwick", "North Sound Ferries spokesperson"]


def test_the_letter_is_its_writers_given_by_whose(extract):
    text = ("The member for Ikorodu, Adewale Bankole, on Tuesday formally left the party.\n\n"
            "Bankole, whose resignation letter was read on the floor of the House, said the party had lost its way.\n\n"
            "The letter read in part, \"I can no longer represent my people under this banner.\"")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Adewale Bankole"]


def test_a_colon_dateline_is_no_person_and_malaysian_and_sri_lankan_titles_are_no_part_of_a_name(extract):
    text = ("Flood works to finish next year\n\n"
            "GEORGE TOWN: The second phase of the flood works along Sungai Juru will be finished by December, the "
            "state works committee chairman Datuk Seri Chow Kah Wai said yesterday after a site visit.\n\n"
            "\"We had problems with land acquisition, but most of these have been resolved,\" he told reporters.\n\n"
            "The contractor's executive chairman, Tan Sri Mohd Faizal Ismail, said the workforce had doubled. "
            "\"We are confident of meeting the deadline,\" said Mohd Faizal.\n\n"
            "Drainage director Datuk Ir Noraini Abdul Wahab said the pond would be ready by June. \"The water will "
            "be held there first,\" said Noraini.\n\n"
            "Plantation group Chairman Deshabandu Dr. Ranjith Perera said wages had risen. \"It was a hard year,\" "
            "he said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [
        "Chow Kah Wai", "Mohd Faizal Ismail", "Noraini Abdul Wahab", "Ranjith Perera"]


def test_a_welsh_seats_member_and_a_spokesperson_for_an_garda_siochana(extract):
    text = ("Plaid Cymru MS Eluned Griffiths said the closure made no sense.\n\n"
            "\"Small schools are how the language survives,\" the Mid and West Wales MS said.\n\n"
            "In a statement, a spokesperson for An Garda Síochána said: \"Investigations are ongoing.\"")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [
        "Eluned Griffiths", "An Garda Síochána spokesperson"]


def test_the_company_after_its_spokesperson_and_the_council_named_with_a_possessive(extract):
    text = ("Harcourt District Council's cabinet will vote on the plan next week.\n\n"
            "A spokesperson for Tarn Valley Buses said: \"We apologise for the disruption.\"\n\n"
            "The company said drivers would \"work through the weekend\" to restore the timetable.\n\n"
            "In a statement, the council said: \"No decision has been made.\"")
    assert [q.speaker for q in extract(text)] == [
        "Tarn Valley Buses spokesperson", "Tarn Valley Buses", "Harcourt District Council"]


def test_the_district_is_the_school_district_not_its_board(extract):
    text = ("The Riverside Unified School District Board of Education voted 4-3 to close Hollis Elementary.\n\n"
            "In a statement released after the meeting, the district said it would provide buses for every pupil.\n\n"
            "\"We recognize this is a painful decision,\" the statement said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Riverside Unified School District"]


def test_an_unnamed_source_referred_back_to_keeps_the_postmodifier_that_introduced_them(extract):
    text = ("A diplomat familiar with the talks, who spoke on condition of anonymity, said the "
            "sticking point was the order of the withdrawal.\n\n"
            "\"Everything else is detail,\" the diplomat said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["diplomat familiar with the talks"]
    from quotes.mentions import postmodifier_after

    clause = "A lawmaker in the Philippines is seeking an inquiry."  # a verb follows: a clause, not a phrase
    assert postmodifier_after(clause, clause.index(" in")) == ""


def test_an_unnamed_source_keeps_the_postmodifier_a_relative_clause_follows(extract):
    text = ("Corvid has raised about $180 million, according to a person familiar with the company’s sales who "
            "was not authorized to discuss them publicly. The person said the glasses needed to sell \"several "
            "times\" as many units.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["person familiar with the company’s sales"]


def test_a_specialist_from_a_place_is_the_specialist_not_the_place(extract):
    text = ("Dr Nurul Aina Hashim, 39, leads the clinic's team.\n\n"
            "\"It is a slow decline,\" said the 39-year-old paediatrician from Kota Bharu.\n\n"
            "\"They cannot go back,\" she said.")
    assert [q.speaker for q in extract(text)] == ["Nurul Aina Hashim", "Nurul Aina Hashim"]


def test_who_a_paper_or_agency_quoted_as_saying_is_the_speaker(extract):
    text = ("Xinhua quoted Foreign Minister Wang Lei as saying the drills were \"a grave provocation\".\n\n"
            "In a press note, the Nashik police quoted commissioner of police Shri Ramesh Patil as saying, "
            "\"Strict action will be taken against everyone involved.\"")
    assert [q.speaker for q in extract(text) if q.kind in ("direct", "partial")] == ["Wang Lei", "Ramesh Patil"]


def test_kin_named_further_back_a_position_before_a_name_and_a_body_not_its_stadium(extract):
    text = ("It is run by Alan Pritchard and his two children.\n\n"
            "That was when his daughter stepped in. Claire Pritchard, now 36, had been working as an accountant in "
            "Leeds and had, by her own admission, no intention whatsoever of ever going back to the shop. She "
            "arrived for a fortnight to sort out the books and stayed eight years, through two floods, a fire in "
            "the bakehouse and the year the council dug up the street outside for eleven months.\n\n"
            "She introduced card payments, an online ordering system and, most controversially, a vegan pastry "
            "for the cheese and onion pie, which now outsells everything but the steak pudding.\n\n"
            "\"Mostly,\" she said. \"He knows it.\" Her father has not changed his mind about the pastry, and "
            "says so to anyone who will listen, most Saturdays, at some length.\n\n"
            "Her younger brother, Tom, was the last to join.\n\n"
            "\"Everyone assumes I failed down there,\" the 31-year-old said.\n\n"
            "Defenceman Owen Greyeyes, 20, played 27 minutes. \"We were flat in the first,\" Greyeyes said.\n\n"
            "The Saurashtra Cricket Association Stadium was full. The Saurashtra Cricket Association said there "
            "were \"no discussions at present\".")
    assert [q.speaker for q in extract(text) if q.kind in ("direct", "partial")][-3:] == [
        "Tom Pritchard", "Owen Greyeyes", "Saurashtra Cricket Association"]


def test_a_quote_after_what_an_epithet_said_when_asked_is_theirs(extract):
    text = ("Kiran Desai, the Baroda captain, faced the press after the defeat.\n\n"
            "Asked whether the batting had been too defensive, the 34-year-old said the problem had been the "
            "opposite.\n\n"
            "\"We tried to hit our way out of trouble. That is not our cricket.\"\n\n"
            "Another reporter asked about his form. \"It is always a worry at 34,\" the left-hander replied.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Kiran Desai", "Kiran Desai"]


def test_the_holder_of_a_post_is_who_speaks_not_the_company_or_city_whose_post_it_is(extract):
    text = ("Mariela Funes, 47, a former mayor, leads the opposition. The 47-year-old former mayor of San Pedro "
            "Sula said her campaign had found \"hundreds of irregularities\".\n\n"
            "Qantas chief executive Vanessa Hudson spoke on Monday. \"We will not cut routes,\" the chief executive "
            "of Qantas said.\n\n"
            "\"We are ready,\" the governor of Lagos said.")
    assert [q.speaker for q in extract(text) if q.kind in ("direct", "partial")] == [
        "Mariela Funes", "Vanessa Hudson", "governor of Lagos"]


def test_acronyms_spelled_in_parentheses_unnamed_spokespeople_and_the_person_familiar(extract):
    text = ("Landslides and floods hit three provinces this week.\n\n"
            "Rescue teams worked through the night. The National Disaster Mitigation Agency (BNPB) sent more on "
            "Friday. A BNPB spokesperson said the "
            "slopes showed \"continuing micro-movements\".\n\n"
            "A spokesperson for the Karachi Water and Sewerage Corporation said tankers were being checked. "
            "\"Operations against illegal hydrants continue,\" the spokesperson said.\n\n"
            "A person familiar with the matter said talks had begun. \"It is at an early stage,\" the person said.\n\n"
            "Justice Kausar Sultana Hussain asked for a date. \"Six months? Six years?\" Justice Hussain asked.")
    assert [q.speaker for q in extract(text) if q.kind in ("direct", "partial")] == [
        "National Disaster Mitigation Agency spokesperson", "Karachi Water and Sewerage Corporation spokesperson",
        "person familiar with the matter", "Kausar Sultana Hussain"]


def test_a_report_released_by_a_body_and_a_statement_signed_by_its_officer(extract):
    text = ("A report released last month by the Office of the State Auditor found the program had left money "
            "unspent. Expanding it now, the report said, \"risks creating a benefit that exists largely on paper.\""
            "\n\nIn a statement signed by its Publicity Secretary, Comrade Yusuf Bello, the faction said the chairman "
            "had been suspended.\n\n"
            "\"The chairman has failed to convene meetings,\" the statement read.")
    assert [q.speaker for q in extract(text) if q.kind in ("direct", "partial")] == [
        "Office of the State Auditor", "Yusuf Bello"]


def test_a_document_speaks_for_whoever_prepared_it(extract):
    text = ("The document, prepared for the Department of Transport by the engineering consultancy Corrib Byrne "
            "Associates, was leaked on Monday.\n\n"
            "\"The outturn cost will exceed the range,\" the document states.")
    assert [q.speaker for q in extract(text)] == ["Corrib Byrne Associates"]


def test_jess_is_mostly_a_womans_name_so_ms_harper_is_jess_harper(extract):
    text = ("For Jess Harper, the figures are anything but abstract. The 31-year-old nurse was told in February "
            "that her rent would rise.\n\n"
            "Ms Harper said the open houses were \"like a cattle call\".")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Jess Harper"]


def test_people_familiar_with_the_matter_referred_back_to_and_through_who(extract):
    text = ("Two people with knowledge of the matter told EFE that the campaigns had met. The talks were "
            "\"extremely tense\", the two people said.\n\n"
            "Harrowgate has been in talks with its landlords, according to people familiar with the matter, who "
            "described the discussions as \"constructive but tense\".")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == [
        "Two people with knowledge of the matter", "people familiar with the matter"]


def test_more_titles_before_names_and_a_company_named_without_its_group(extract):
    text = ("Harrowgate Group will close 60 stores. In a statement, Harrowgate said the plan would \"create a smaller "
            "business\".\n\n"
            "Forum chair Ratu Josaia Veibataki said the region would not choose sides. \"We are friends to all,\" he "
            "said.\n\n"
            "Tánaiste Niamh Brady said a revision would be \"premature\".\n\n"
            "Contractor Ricardo Bautista declined to answer. \"I invoke my right,\" he said.")
    assert [q.speaker for q in extract(text) if q.kind in ("direct", "partial")] == [
        "Harrowgate Group", "Josaia Veibataki", "Niamh Brady", "Ricardo Bautista"]


def test_a_lede_description_is_the_one_named_next_though_a_place_or_a_school_stands_between(extract):
    text = ("Coach heartbroken after arson attack on community hall\n\n"
            "A boxing coach who has run a youth club in east Belfast for more than 20 years has said he is "
            "\"absolutely gutted\" after the hall was badly damaged in an arson attack.\n\n"
            "Firefighters were called to the hall shortly after 1.30am on Sunday.\n\n"
            "Billy Adair, 58, who founded the club in 2003, said he had been woken by a neighbour.")
    school = ("School board votes to close Hollis Elementary\n\n"
              "A Riverside mother who spent three years leading the Hollis Elementary PTA says the fight over her "
              "sons' school is \"not even close to over\".\n\n"
              "Danielle Okoro, whose two sons attend Hollis Elementary, was among 40 people who spoke.")
    assert [q.speaker for t in (text, school) for q in extract(t) if q.kind == "partial"] == [
        "Billy Adair", "Danielle Okoro"]


def test_the_spokesperson_is_the_one_introduced_last_not_one_named_with_that_role_before(extract):
    text = ("Labour rebels threaten carers' allowance vote\n\n"
            "\"Carers deserve better,\" said Fiona Gale, the Liberal Democrats' work and pensions spokesperson.\n\n"
            "A Downing Street spokesperson said the prime minister had \"full confidence\" in the minister.\n\n"
            "\"The reforms are about making the system work for carers,\" the spokesperson added.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Fiona Gale", "Downing Street spokesperson"]


def test_of_two_with_the_role_the_one_written_last_is_the_description(extract):
    text = ("Rules clash erupts before convention\n\n"
            "Rules Committee Chairman Bruce Ashe criticized GOP Chairman Ryan Pollard and his allies in an email to "
            "his panel on Saturday, accusing them of working to scuttle the proposal before it came to a vote.\n\n"
            "\"There might be an underlying political result,\" Ashe wrote.\n\n"
            "Pollard has pushed back on those charges and has worked to defeat any changes.\n\n"
            "\"I don't think it is a good idea,\" the chairman said on Sunday.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Bruce Ashe", "Ryan Pollard"]


def test_a_pronoun_opening_the_sentence_after_one_that_opens_on_a_role_is_its_holder(extract):
    text = ("Water tanker hearing adjourned\n\n"
            "Chief Justice Zafar Bhatti asked the utility's counsel why tankers were still operating.\n\n"
            "Counsel Arif Mehmood said a new pipeline was at an advanced stage. \"We are doing our best,\" he told "
            "the bench.\n\n"
            "The chief justice was not persuaded. He said the court was \"not interested in the history\" of the "
            "project.")
    assert [q.speaker for q in extract(text) if q.kind in ("direct", "partial")] == ["Arif Mehmood", "Zafar Bhatti"]


def test_who_smiled_and_said_only_is_the_speaker(extract):
    text = ("Group weighs listing\n\n"
            "Sheikh Saif Al Nuaimi, the group's chairman, spoke to reporters on Monday.\n\n"
            "Asked whether a listing could happen next year, he smiled and said only: \"It could.\"")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Saif Al Nuaimi"]


def test_a_quote_after_someone_only_reacts_is_their_answer(extract):
    text = ("Gala returns to the village\n\n"
            "Isobel Rennie, who chairs the committee, spent a year finding the old banners.\n\n"
            "Asked whether there would be a gala next year, Mrs Rennie did not hesitate.\n\n"
            "\"There had better be.\"\n\n"
            "Kenneth Doig, 70, watched from the church steps. Asked if he would march again, Mr Doig laughed. "
            "\"Not on these knees.\"")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Isobel Rennie", "Kenneth Doig"]


def test_a_body_named_after_a_weekday_is_the_body_from_its_name_on(extract):
    text = ("The appeal board granted permission last Thursday to Lisduff Homes for 140 houses.\n\n"
            "A spokesperson for Lisduff Homes said the company would \"engage constructively\".")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Lisduff Homes spokesperson"]


def test_a_title_before_an_honorific_is_no_person_called_dr(extract):
    text = ("Phones banned in class\n\n"
            "\"Our teachers have been telling us for three years,\" said Board President Dr. Karen Holloway, a "
            "retired pediatrician.\n\n"
            "Board member Marcus Bell voted no. \"It is a sledgehammer,\" he said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Karen Holloway", "Marcus Bell"]


def test_a_junior_a_convener_and_an_agronomist_are_people_referred_back_to(extract):
    text = ("Lakeview edges Carver in overtime\n\n"
            "Jaylen Brooks finished with 29 points, and the 17-year-old junior scored nine in the extra period.\n\n"
            "\"We're playing with house money,\" the junior said.\n\n"
            "Agronomist Priya Raman urged farmers to read their policies. \"Read the fine print,\" the agronomist "
            "said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Jaylen Brooks", "Priya Raman"]


def test_the_couple_is_the_two_named_as_wife_and_husband(extract):
    text = ("Fire forces hundreds from homes\n\n"
            "Maria Ortiz and her husband, Tomas Ortiz, spent the night at the shelter after fleeing their home.\n\n"
            "\"If we have to rebuild, we'll rebuild,\" the couple said.")
    assert [q.speaker for q in extract(text)] == ["Maria Ortiz and Tomas Ortiz"]


def test_an_acronym_for_a_name_written_with_its_languages_links(extract):
    text = ("The Bangko Sentral ng Pilipinas (BSP) cut its key rate on Thursday.\n\n"
            "\"The Monetary Board deems it appropriate to continue the shift,\" the BSP said.")
    assert [q.speaker for q in extract(text)] == ["Bangko Sentral ng Pilipinas"]


def test_an_acronym_keeps_the_letters_of_initials_inside_the_name(extract):
    text = ("Her office had been in contact with the U.S. Department of Agriculture since June, and the Justice "
            "Department's DOJ task force had not.\n\n"
            "A USDA spokesperson said the department was “actively reviewing” the request.")
    assert [q.speaker for q in extract(text)] == ["U.S. Department of Agriculture spokesperson"]


def test_a_senator_titled_short_is_the_senator_the_paragraph_is_about(extract):
    # "Sen." and "Rep." are titles as much as "Senator": "the senator" is the one titled so and
    # written of last, never the engineer who spoke before; "the lawmaker" is the representative
    text = ("Senators grill officials over missing bridges\n\n"
            "Sen. Pilar Ocampo, who chairs the committee, opened the hearing on Tuesday.\n\n"
            "Engr. Dante Robles, the district engineer, said he had relied on his staff. “I did not visit the "
            "sites,” Robles told the panel.\n\n"
            "That did not satisfy Sen. Lorna Abad, who noted that Robles had signed nine certificates in a week.\n\n"
            "“Nine in a week, and not one visit?” the senator asked.\n\n"
            "Rep. Elmer Yap said in a statement that he had no part in the contracts. “My role ends with the "
            "budget,” the lawmaker said.")
    said = {q.quote: q.speaker for q in extract(text) if q.kind == "direct"}
    assert said["Nine in a week, and not one visit?"] == "Lorna Abad"
    assert said["My role ends with the budget,"] == "Elmer Yap"


def test_the_senator_is_the_one_the_paragraph_opens_on_where_no_role_is_given_them(extract):
    # a candidate the story never titles is "the senator" of the paragraph about them, not a
    # senator titled paragraphs before; a governor of another state is no "Ohio governor"
    text = ("Candidates make final push\n\n"
            "Sen. Ruth Castellano, R-Iowa, campaigned with the field on Monday.\n\n"
            "“Iowa will decide this,” Castellano said.\n\n"
            "Later, Dan Whitlock stopped by his headquarters in Ames. Greeting volunteers, the senator said "
            "his campaign was “finishing strong.”\n\n"
            "New Jersey Gov. Pat Keane spoke in Des Moines. Tom Ardell spoke in Dubuque.\n\n"
            "The Ohio governor said he would “stay to the end.”")
    said = {q.quote: q.speaker for q in extract(text) if q.kind == "partial"}
    assert said["finishing strong."] == "Dan Whitlock"
    assert said["stay to the end."] == "Tom Ardell"


def test_the_one_introduced_unnamed_is_the_description_not_one_titled_so_before(extract):
    text = ("Council fights tower\n\n"
            "Cr Amelia Tran, the mayor, said the council would defend its refusal.\n\n"
            "One councillor, who asked not to be named, said the council expected to lose. "
            "“We had to make a stand,” the councillor said.")
    said = {q.quote: q.speaker for q in extract(text) if q.kind == "direct"}
    assert said["We had to make a stand,"] == "one councillor"


def test_a_surname_shared_is_told_apart_by_the_title_and_by_the_younger(extract):
    text = ("Heat rules for workers\n\n"
            "Madam Tan Mei Ling, who runs a cleaning firm, said the rules were fair.\n\n"
            "Dr Tan Wei Jie, a physiologist, said workers needed shade. “The body must cool down,” said Dr Tan, "
            "who is not related to Madam Tan.\n\n"
            "At the depot, Jorge Salas, 61, said he had never seen such heat. His son Mateo Salas, 30, "
            "drives a forklift there.\n\n"
            "“We cannot work like this,” the younger Salas said.")
    said = {q.quote: q.speaker for q in extract(text) if q.kind == "direct"}
    assert said["The body must cool down,"] == "Tan Wei Jie"
    assert said["We cannot work like this,"] == "Mateo Salas"


def test_irish_surnames_keep_their_mac_and_the_ceann_comhairle_is_a_title(extract):
    text = ("Kerry win Munster title\n\n"
            "Tomás Mac Giolla scored twice, and his younger brother Cathal added a point.\n\n"
            "“He always gets the easy ones,” Cathal said.\n\n"
            "“Munster is only the start,” he said.\n\n"
            "Referee: Liam Mac Cárthaigh (Clare).\n\n"
            "In the Dáil, Ceann Comhairle Aoife Brennan told deputies: “I will not warn anybody again.”")
    said = [q.speaker for q in extract(text) if q.kind == "direct"]
    assert said == ["Cathal Mac Giolla", "Cathal Mac Giolla", "Aoife Brennan"]


def test_a_roles_initials_given_before_a_name_stand_for_that_person(extract):
    text = ("Gang held over pension fraud\n\n"
            "Addressing reporters, Deputy Inspector General of Police (DIG) Meera Salunkhe said seven men were "
            "held.\n\n"
            "“They called only pensioners,” the DIG said.\n\n"
            "The Chief Electoral Officer (CEO) Harun Chaudhury, speaking separately, said polls would go ahead. "
            "“Nothing will be postponed,” the CEO said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Meera Salunkhe", "Harun Chaudhury"]


def test_a_friend_of_someone_speaks_as_the_friend_and_hours_later_opens_no_name(extract):
    text = ("Star couple split\n\n"
            "One friend of the singer insisted the split was “completely mutual”.\n\n"
            "Hours later, Dani posted on Instagram: “Thank you for the love.”")
    said = [(q.quote, q.speaker) for q in extract(text) if q.kind != "indirect"]
    assert said == [("completely mutual", "friend of the singer"), ("Thank you for the love.", "Dani")]


def test_mr_and_a_surname_is_the_man_not_the_business_his_name_opens(extract):
    text = ("Timaru’s Morgan Bakery to close after 60 years\n\n"
            "After 60 years and what owner Colin Morgan reckons are a million pies, Morgan Bakery will close on "
            "Saturday.\n\n"
            "The bakery, opened by Mr Morgan’s grandfather Arthur in 1963, has been hit by rising costs.\n\n"
            "Speaking in the back room, Mr Morgan said the decision had been the hardest of his life.\n\n"
            "“Butter alone has doubled,” he said.\n")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Colin Morgan"]


def test_a_country_first_name_before_a_surname_ending_in_ing_is_a_person(extract):
    text = ("Driver jailed\n\n"
            "Jordan Spalding, 41, of Mill Lane, punched a man outside a takeaway.\n\n"
            "In a letter to the court, Spalding wrote: “I have no excuse for what I did.”")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Jordan Spalding"]


def test_the_couple_is_one_and_the_spouse_the_article_gave_them_paragraphs_before(extract):
    text = ("TV chef splits from husband\n\n"
            "TV chef Maria Lund has split from her rugby-playing husband Tom Ashby after eight years, friends say.\n\n"
            "The pair met at a charity dinner in 2015.\n\n"
            "She has moved to a flat in Leeds.\n\n"
            "Her agent declined to comment on Friday.\n\n"
            "Fans flooded her Instagram with messages of support.\n\n"
            "In a joint statement on Sunday, the couple said: “We remain good friends.”")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Maria Lund and Tom Ashby"]


def test_a_relative_of_someone_speaks_as_the_relative_after_a_place_opening_the_sentence(extract):
    text = ("Heating oil thief jailed\n\n"
            "Judge Mary Fahy jailed Martin Gavin, 41, for a year.\n\n"
            "Outside the court, a nephew of the victim said the family were “relieved it is over”.\n\n"
            "“She is 84. She should be worrying about nothing,” he said.")
    assert [q.speaker for q in extract(text) if q.kind != "indirect"] == ["nephew of the victim"] * 2


def test_a_spokesman_on_a_portfolio_and_the_mentri_besar_are_titles(extract):
    text = ("Bill passes\n\n"
            "Opposition Spokesman on Health Marcia Blake said the bill was “rushed”.\n\n"
            "Negeri Sembilan will freeze hillside approvals, says Datuk Seri Azhar Kamaruddin.\n\n"
            "The Mentri Besar said the freeze would last “six months”.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Marcia Blake", "Azhar Kamaruddin"]


def test_the_texas_senator_is_the_one_tagged_from_texas(extract):
    text = ("Senate hearing\n\n"
            "Sen. Ted Marsh, R-Texas, questioned the nominee first.\n\n"
            "Sen. Amy Cole, R-Ohio, followed. Cole said the nominee had not answered.\n\n"
            "“We will vote on Thursday,” the Texas senator said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Ted Marsh"]


def test_a_role_the_article_will_not_name_is_no_one_named_before(extract):
    text = ("Teachers strike\n\n"
            "Joyce Atim, the union leader, said teachers would stay out. “We are firm,” she said.\n\n"
            "At Nabuyonga Primary School, the head teacher, who asked not to be named, said only four of her "
            "teachers had come.\n\n"
            "“The children are just playing,” she said.")
    said = [q.speaker for q in extract(text) if q.kind == "direct"]
    assert said == ["Joyce Atim", "head teacher"]


@pytest.mark.parametrize("text, speaker", [
    # a body the article describes, not names, speaks in its statement
    ("The bus operator admitted the timetable had slipped.\n\n"
     "In a statement issued on Sunday, the transport authority said it would review the contract.\n\n"
     "“Passengers deserve a service they can rely on,” the statement said.", "transport authority"),
    # a post is its poster's, however many paragraphs of it come between, and not the site's
    ("Councillor Fiona Drury denied the claims. In a Facebook post on Monday night, she accused opponents of "
     "scaremongering.\n\n“Nobody is closing the library,” she wrote.\n\n"
     "“The building will reopen in spring,” the post added.", "Fiona Drury"),
    # a letter is the one who wrote in it, named only by title and surname there
    ("The chief nursing officer, Dr Amara Kello, said the ward had been fully staffed.\n\n"
     "In a letter dated March 3 and copied to every ward manager, Dr Kello directed managers to log every "
     "shortfall.\n\n"
     "“No shift should start short without it being recorded,” the letter reads.", "Amara Kello"),
    # a statement read for someone is theirs, not the reader's
    ("Outside court, the club captain, Liam Doherty, said the team was devastated. He then read a short statement "
     "on behalf of the player’s father, Desmond Achebe, who did not attend.\n\n"
     "“We thank everyone who has stood by our son,” the statement said.", "Desmond Achebe"),
    ("Parents met the school's board in April. In the letter, signed by 40 families, "
     "parent representative Mr Tomasz Wren said the buses ran late every week.\n\n"
     "“Our children are missing the first lesson,” the letter said.", "Tomasz Wren"),
])
def test_a_document_speaks_for_who_the_sentence_that_brought_it_in_says_wrote_it(extract, text, speaker):
    assert [q.speaker for q in extract(text) if q.kind == "direct"][-1] == speaker


def test_a_quote_of_several_paragraphs_is_who_the_cue_beside_its_last_paragraph_names(extract):
    text = ("Minister Ana Lopes visited the depot on Friday.\n\n“We will fund the repairs,” Ms Lopes said.\n\n"
            "Under the new plan, the depot will close for six weeks. Buses will run from the station instead.\n\n"
            "Councillor Grace Adeyemi said inspectors had visited the depot twice and found cracks in one wall. "
            "Rail freight fell by a third last year, and there were 14 reported breakdowns.\n\n"
            "“The council did not sit on its hands. Notices were issued.\n\n"
            "“Whether the works were done properly is what the inquiry will decide,” she added.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Ana Lopes", "Grace Adeyemi", "Grace Adeyemi"]


@pytest.mark.parametrize("text, speaker", [
    ("Wong Kah Seng asked who had approved the project.\n\nCommittee chairman Rosnah binti Yaakob said the "
     "council had inspected the area twice.\n\n“I want to assure the families that the state will pay,” she said.",
     "Rosnah binti Yaakob"),
    ("Nurul Aina asked about the budget.\n\nHead teacher Ikram bin Salleh said the school would reopen.\n\n"
     "“We are ready,” he said.", "Ikram bin Salleh"),
])
def test_a_malay_names_bin_or_binti_says_whether_he_or_she_is_them(extract, text, speaker):
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # a body's head before what it is of, several capitalised words back
    ("The Federation of Dairy Farmers of Manitoba said in a statement that prices had fallen.",
     "Federation of Dairy Farmers of Manitoba"),
    ("The Ombudsman’s Office of Antigua and Barbuda said the complaint would be heard.",
     "Ombudsman’s Office of Antigua and Barbuda"),
    # a plural noun before a stop word opens a body's name, not a title before a person's
    ("Engineers Without Borders said its volunteers had reached the village.", "Engineers Without Borders"),
    # a title before what it is of stays a title
    ("Provincial Minister for Water Resources Syed Ahsan Ali Shah said the canal would open.", "Syed Ahsan Ali Shah"),
])
def test_a_bodys_name_is_read_whole_back_to_its_head(extract, text, speaker):
    assert [q.speaker for q in extract(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # where the speaker is, after them, is no speaker
    ("A spokesperson for the Refugee Council (RC) in Nairobi said the convoy had been turned back.",
     "Refugee Council spokesperson"),
    # a province after its town goes with the town, as a state does
    ("Dr. Ana Ruiz, a family physician in Moose Jaw, Sask., said the clinic had closed twice this month.", "Ana Ruiz"),
    # a decade is an age, never a name
    ("One woman in her 60s said the buses had stopped running after dark.", "one woman"),
])
def test_a_place_or_an_age_after_the_speaker_is_no_speaker(extract, text, speaker):
    assert [q.speaker for q in extract(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    # the man and his wife, not the daughter who spoke last
    ("Shop closes\n\nJohn Keane and his wife, Mary Keane, ran the shop for 40 years. Their daughter, Siobhan "
     "Keane, said it was hard to let go of it.\n\nMr and Mrs Keane said: “We are overwhelmed.”",
     "John Keane and Mary Keane"),
    # the woman the article called Mrs, not the one it called Ms
    ("Cyclist killed\n\nThe court heard that the van hit Ms Hart’s bicycle. Helen Hart was 29.\n\n"
     "Her mother, Ruth Hart, read a statement. “She lit up every room,” Mrs Hart told the court.\n\n"
     "Her husband, Alan Hart, said he could not ride his bike again.\n\n"
     "Outside court, Mr and Mrs Hart said: “No family should go through this.”", "Alan Hart and Ruth Hart"),
])
def test_mr_and_mrs_are_the_couple_of_that_surname(extract, text, speaker):
    assert [q.speaker for q in extract(text) if q.kind == "direct"][-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Market fire\n\nTrader Kwame Mensah said the fire began at dawn.\n\nA porter who gave his name only as Yaw said "
     "he had lost his cart. “Everything is gone,” he said.", "Yaw"),
    ("Bank scam\n\nPolice chief Anan Wongsa said 40 people had been arrested.\n\nOne of the victims, a retired nurse "
     "from Khon Kaen who asked to be identified only by her first name, Malee, said she lost her savings.\n\n"
     "“They knew everything about me,” she said.", "Malee"),
])
def test_one_the_article_names_by_a_first_name_only_is_that_name(extract, text, speaker):
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [speaker]


def test_a_retired_rank_in_brackets_stays_with_the_name(extract):
    text = ("Lt Col (retd) Faisal Karim Chowdhury, who chaired the inquiry, said the report was complete.\n\n"
            "“Every witness was heard,” he said.")
    assert [q.speaker for q in extract(text)] == ["Faisal Karim Chowdhury", "Faisal Karim Chowdhury"]


def test_a_parent_of_two_named_only_by_a_first_name_is_who_speaks_after_them(extract):
    text = ("Sisters face off\n\nMaple Ridge goalie Ava Tremblay made 30 saves against her younger sister, Comets "
            "forward Zoe Tremblay, in a 2-1 win over the Kelowna Comets.\n\n"
            "“She never lets me forget a goal,” Zoe Tremblay said.\n\n"
            "Their father, Denis, watched from the stands in a scarf of both colours.\n\n"
            "“I cheer for whoever has the puck,” he said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Zoe Tremblay", "Denis"]


@pytest.mark.parametrize("text, speaker", [
    ("Liberal Democrat Amara Quinn said the result was “a disgrace”.", "Amara Quinn"),
    ("Plaid’s Rhodri Evans said the budget was “a betrayal of rural Wales”.", "Rhodri Evans"),
    ("Labour’s regional campaign coordinator, Dervla Mahon, said the turnout was “remarkable”.", "Dervla Mahon"),
    ("Det Con Helen Marsh, of Merseyside Police, said the attack was “cowardly”.", "Helen Marsh"),
    ("Opposition Spokesman on National Security Winston McKenzie said the plan was “half-baked”.",
     "Winston McKenzie"),
])
def test_a_party_a_rank_or_a_portfolio_before_a_name_is_no_part_of_it(extract, text, speaker):
    assert [q.speaker for q in extract(text)] == [speaker]


def test_one_named_in_commas_after_someones_eldest_son_is_a_person(extract):
    text = ("Village saves its bus\n\nMaria Vance, 38, started the petition in January.\n\n"
            "Among those who rely on the route is retired miner Alan Pike. The 70-year-old uses it twice a week.\n\n"
            "Maria’s eldest son, Tiernan, handed out leaflets at the school gate. “I did the posters,” "
            "the 10-year-old said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Tiernan Vance"]


@pytest.mark.parametrize("text, speakers", [
    # the reply to a reporter's question is the one who was asked, not the reporter
    ("Coach Dana Okoro was upbeat after the win.\n\n“We defended well,” Okoro said.\n\n"
     "“Will Sam be fit for Saturday?” one reporter asked.\n\n“It’s too early to say,” came the reply.",
     ["Dana Okoro", "one reporter", "Dana Okoro"]),
    # a reported question: the next quote is the answer
    ("Manager Leo Brandt sounded tired.\n\n“It was a long night,” Brandt said.\n\n"
     "A second journalist wanted to know whether the keeper was to blame.\n\n“No. We lose together.”",
     ["Leo Brandt", "Leo Brandt"]),
    # a question that calls someone by a first name is answered by them
    ("Title fight on Saturday\n\nRuth Adebayo and Nina Kovac meet on Saturday night in a fight that sold out "
     "in two hours.\n\n“She talks too much,” Kovac said.\n\n"
     "“Ruth, does the crowd get to you?” asked a journalist.\n\n“Get to me? I feed off it.”",
     ["Nina Kovac", "journalist", "Ruth Adebayo"]),
])
def test_the_answer_to_a_reporters_question_is_the_one_asked(extract, text, speakers):
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == speakers


@pytest.mark.parametrize("text, speakers", [
    # a palace speaks for the household named with it
    ("Royal visit cancelled\n\nClarence Palace confirmed the Countess of Ardmore would miss the tour on medical "
     "advice.\n\n“The Countess is resting at home,” the palace said.", ["Clarence Palace"]),
    # a friend introduced by whom they are close to keeps that on a second mention
    ("Tour goes ahead\n\nA friend of the couple said the Earl had wanted to stay at home with his wife.\n\n"
     "“She would not hear of it,” the friend said.", ["friend of the couple"]),
    # a city's demonym and a country's name two different fighters
    ("Weigh-in turns nasty\n\nLondon fighter Marcus Hale and Dublin's Seán Tierney trade insults.\n\n"
     "Hale, unbeaten in 19 fights, laughed at the threats. “He is scared,” Hale said.\n\n"
     "Their feud dates back to a sparring session, which the Londoner claims ended with Tierney "
     "“quitting after four rounds”.\n\nThe Irishman called that version of events “a fairy tale”.",
     ["Marcus Hale", "Marcus Hale", "Seán Tierney"]),
    # a rugby position is a noun for the player, and a former club's midfielder is the manager named before
    ("Gloucester edge Bath\n\nEngland lock Tom Hartley was left frustrated after the defeat.\n\n"
     "“We felt in control for long periods,” the England lock said.", ["Tom Hartley"]),
])
def test_a_palace_a_friend_a_demonym_and_a_position_name_whom_the_article_means(extract, text, speakers):
    assert [q.speaker for q in extract(text) if q.kind in ("direct", "partial")] == speakers


@pytest.mark.parametrize("text, speakers", [
    # a sentence opening on a clause, then a star's epithet: the "she" after is the star
    ("Star's split\n\nReality star Jodie Marsh, 27, has split from her boyfriend. A spokesperson for Jodie said: "
     "“They remain friends.”\n\nThe couple were first linked in the spring after meeting at a charity match in "
     "Leeds, and fans quickly dubbed them “Jodan”.\n\n"
     "Speaking to reporters last year, the former Island Life star gushed about "
     "him. “He makes me feel like myself,” she said.", ["Jodie Marsh’s spokesperson", "fans", "Jodie Marsh"]),
    # a father and son named with their surname once, accents and all, and "His father, standing beside him,"
    ("Costello double\n\nEamon and Ciarán Costello won the big race at Punchestown yesterday.\n\n"
     "“I was further back than I wanted to be,” Ciarán Costello said.\n\n"
     "His father, standing beside him, laughed. “I won’t be giving out today,” he said.",
     ["Ciarán Costello", "Eamon Costello"]),
    # an epithet of club and position after the manager named before, and a promoter's title
    ("Ashby stun Rovers\n\nAshby boss Gary Dunne, whose side climbed to sixth, was in no mood to apologise.\n\n"
     "The former Rovers midfielder heaped praise on his teenage match-winner, describing him as “the best "
     "young player I’ve worked with”.\n\nPromoter Frank Dolan said the weigh-in had been “wild”.",
     ["Gary Dunne", "Frank Dolan"]),
])
def test_epithets_families_and_titles_of_sport_and_showbusiness(extract, text, speakers):
    assert [q.speaker for q in extract(text) if q.kind in ("direct", "partial")][-len(speakers):] == speakers


def test_a_paragraph_about_someone_with_an_aside_before_the_verb_is_theirs(extract):
    text = ("Ashby stun Rovers\n\n“We switched off for one moment,” Rovers captain Sean Fitz said.\n\n"
            "Ashby boss Gary Dunne, whose side climbed to sixth, was in no mood to apologise for the result.\n\n"
            "“Penalties? I have not seen them back, so I can’t really comment,” he grinned.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Sean Fitz", "Gary Dunne"]


def test_the_accused_is_the_one_the_article_says_is_charged(extract):
    text = ("Driver refused bail\n\nPatrick Doyle, of Main Street, Birr, is charged with dangerous driving causing "
            "death.\n\nDetective Garda Nuala Reddy gave evidence of arrest. She told the court that when the charge "
            "was put to him, the accused replied: “I never saw her.”")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Patrick Doyle"]


def test_it_after_someone_released_a_statement_is_them(extract):
    text = ("Inquest verdict\n\nThe coroner recorded a conclusion of misadventure.\n\n"
            "Outside court, the Keane family released a further statement through their solicitor. "
            "It said: “We are grateful to the coroner for his care.”")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Keane family"]


@pytest.mark.parametrize("text, speaker", [
    # a restaurateur is a noun for a person
    ("Chef's gamble\n\nIona Reid opened the restaurant in May.\n\nOne Leith restaurateur, who asked not to be "
     "named, said the model was “lovely in theory”.", "Leith restaurateur"),
    # a post the body named before put out, by its noun
    ("Beach closed\n\nThe Ngāti Rua Trust placed a rāhui on the beach after the drownings.\n\nIn a post on its "
     "Facebook page on Monday, the trust thanked the community for its support.\n\n“Please stay off the beach,” "
     "the post said.", "Ngāti Rua Trust"),
])
def test_an_unnamed_restaurateur_and_a_bodys_post(extract, text, speaker):
    assert [q.speaker for q in extract(text) if q.kind in ("direct", "partial")][-1] == speaker


def test_a_man_and_his_wife_in_apposition_speak_together(extract):
    text = ("Waiting lists\n\nAmong those who have waited is Dylan Evans, a 71-year-old retired miner from Bala, who "
            "was referred last year.\n\nIn a joint statement, Mr Evans and his wife, Eleri Evans, said: “We are angry "
            "that a system could leave a man waiting so long.”")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Dylan Evans and Eleri Evans"]


def test_a_virtue_name_after_a_title_is_the_first_name(extract):
    text = ("Fertiliser row\n\nHealth CS Dr Blessing Achieng Otieno told the committee the scheme was working.\n\n"
            "“Every bag is now traceable,” Dr Otieno said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Blessing Achieng Otieno"]


def test_he_after_a_sentence_opening_on_his_brother_is_the_brother(extract):
    text = ("Plant closing\n\nTomás Reyes, 44, a line technician, has applied for 30 jobs.\n\n"
            "“Transition to what?” Tomás Reyes said.\n\n"
            "His younger brother, Pablo Reyes, 39, has enrolled in a welding course.\n\n"
            "“Tomás thinks I’m kidding myself,” Pablo said.\n\n"
            "His brother, told of the remark, shrugged. “He’s always been the optimist,” he said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Tomás Reyes", "Pablo Reyes", "Tomás Reyes"]


def test_her_older_brother_is_the_one_man_of_her_surname(extract):
    text = ("Family appeal\n\nPaulette Ferguson, 52, and Winston Ferguson, 58, have lived on the street for 30 "
            "years.\n\n“We just want answers,” Paulette Ferguson said.\n\n"
            "“Somebody knows who did this,” her older brother said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Paulette Ferguson", "Winston Ferguson"]


def test_a_tabloid_epithet_opening_a_sentence_is_the_one_named_before(extract):
    text = ("Stars rally round\n\nHer former co-star Jade Quinn, who was also on the 2022 series, was among the first "
            "to reach out after the news broke. The blonde bombshell commented on the post: “Sending you all the love "
            "babe.”")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Jade Quinn"]


def test_a_relative_clauses_report_is_no_speaker_for_the_quote_after(extract):
    text = ("Ex-governor acquitted\n\nDelivering judgment, Justice Amina Bello held that the prosecution had "
            "failed.\n\n"
            "The judge said the prosecutors relied on the evidence of a witness who admitted under cross-examination "
            "that he had never met the defendant.\n\n"
            "“It is not the duty of this court to fill the gaps in the case of the prosecution.”")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Amina Bello"]


@pytest.mark.parametrize(
    "text,speakers",
    [
        # a name ending in a plural of trade is a company's: "it" and "the company" are that company
        ("Mill strike\n\nTalks between the union and Thornbury Kitchen Appliances broke down on Monday.\n\n"
         "Thornbury, based in Dayton, said in a statement that it had offered “a fair package,” including raises "
         "of 12% over four years.\n\n“We remain ready to return to the table,” the company said.",
         ["Thornbury Kitchen Appliances", "Thornbury Kitchen Appliances"]),
        ("Grocer cuts waste\n\nRetailers said they had begun adjusting. Al Noor Supermarkets, which runs 20 stores, "
         "said it had halved unsold produce.\n\n“Anything unsold but safe is donated,” the company said.",
         ["Al Noor Supermarkets"]),
    ],
)
def test_a_company_named_by_its_trade_is_what_it_and_the_company_stand_for(extract, text, speakers):
    assert [q.speaker for q in extract(text) if q.kind in ("direct", "partial")] == speakers


def test_a_company_named_by_its_first_word_is_its_fullest_name(extract):
    text = ("Ashgrove Stores lifts forecast\n\n(Reuters) - Ashgrove Stores Inc raised its forecast on Wednesday.\n\n"
            "Ashgrove said it expects sales to grow by 3%, and that the outlook was “the best in a decade”.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Ashgrove Stores Inc"]


def test_an_arabic_name_keeps_its_given_name_and_a_sheikh_his_first_name(extract):
    text = ("Food waste drive\n\nDr Maitha Al Shamsi, Minister of Environment, opened the forum on Monday.\n\n"
            "Sheikh Humaid bin Khalifa Al Nuaimi, chairman of the Surplus Food Network, said the plan was overdue.\n\n"
            "Dr Al Shamsi said the rules would apply only to large businesses, calling them “a first step”.\n\n"
            "Closing the session, Sheikh Humaid appealed to families to plan their meals.\n\n"
            "“Ramadan is a month of giving, not of excess,” he said.")
    assert [q.speaker for q in extract(text) if q.kind in ("direct", "partial")] == [
        "Maitha Al Shamsi", "Humaid bin Khalifa Al Nuaimi"]


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("Tariff petitions\n\nThe court sought replies from the Punjab Water Regulatory Authority (PWRA) on Monday.\n\n"
         "Later in the day, PWRA said in a statement that it would respond within the time given.\n\n"
         "“Tariffs are set strictly on verified data,” the regulator said.",
         "Punjab Water Regulatory Authority"),
        ("Rice glut\n\nFarmers urged the government to buy through the National Grain Authority (NGA).\n\n"
         "The NGA said it had raised its buying price.\n\n"
         "“Our warehouses are already full,” the agency said in a statement.",
         "National Grain Authority"),
        ("Drivers organise\n\nDrivers at the depot voted 212-148 to join the United Couriers Alliance, the first union "
         "win at the company.\n\nIn a statement on Thursday, the union said: “The cuts are being paid for by drivers.”",
         "United Couriers Alliance"),
        # a body of another kind named since: "the agency" is not the office named before it
        ("Visa fraud\n\nA Government Accountability Office report found gaps in the checks.\n\n"
         "Officials at Homeland Security Investigations said they were worried. In a memo, the agency said the "
         "program was “impossible to police”.",
         None),
    ],
)
def test_the_regulator_the_agency_and_the_union_are_the_body_of_that_kind_named_before(extract, text, speaker):
    found = [q.speaker for q in extract(text) if q.kind in ("direct", "partial")][-1]
    assert found == speaker or (speaker is None and found in ("agency", "Homeland Security Investigations"))


@pytest.mark.parametrize(
    "text,speaker",
    [
        # gender-guesser hedges on Carol ("mostly female"); news in English gives it to women alone
        ("Creek floods\n\nDale Ostrander said the creek rose at 2 a.m.\n\n“It came up so fast,” said Carol Jensen, "
         "who lives next door.\n\n“They never fixed the culvert,” he said.", "Dale Ostrander"),
        # "His wife, Patrice Hughes," is a woman, though Patrice is a man's name in France
        ("Storm hits\n\nCounty Judge Lydia Castellanos urged residents to stay away.\n\nIn Freeport, Darnell Hughes "
         "stood outside his house. “It sounded like a train,” said Hughes.\n\nHis wife, Patrice Hughes, said the "
         "family would leave. “I told him, never again,” she said.", "Patrice Hughes"),
    ],
)
def test_a_pronoun_takes_the_gender_english_news_and_a_kin_noun_give(extract, text, speaker):
    assert [q.speaker for q in extract(text) if q.kind == "direct"][-1] == speaker


@pytest.mark.parametrize(
    "text,speakers",
    [
        ("Hail storm\n\n“We lost half the roof,” said Martin Kowalski, who owns the hardware store.\n\n"
         "Outside town, one rancher along Route 9 said he had lost two calves when the creek rose.\n\n"
         "“The water came up faster than I’ve ever seen,” he said.",
         ["Martin Kowalski", "one rancher"]),
        ("Hail storm\n\n“The drains just gave up,” said Sandra Okafor, who chairs the residents’ group.\n\n"
         "On Elm Street, a woman who lives nearby watched from her porch as a truck was towed away.\n\n"
         "“My son was out there at three in the morning,” said the woman, who asked that her name not be used.",
         ["Sandra Okafor", "woman"]),
    ],
)
def test_a_man_or_woman_introduced_unnamed_speaks_after_as_he_she_or_the_woman(extract, text, speakers):
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == speakers


def test_a_courtesy_title_is_never_the_child_of_that_surname(extract):
    text = ("Show day\n\nIn the baking tent, Eileen Walsh, 68, won the jam class, while her granddaughter Niamh Walsh, "
            "10, took the junior prize.\n\n“I’ve made it the same way for 40 years,” said Mrs Walsh.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Eileen Walsh"]


def test_a_primary_school_is_no_person(extract):
    text = ("School to close\n\nCouncillors backed the plan to close Glenbeg Primary, near Alford, by 11 votes to "
            "seven.\n\nThe pupils will transfer to Alford Primary, around seven miles away, from August.\n\n"
            "“It is about whether a child in Glenbeg gets the same chances as a child in Alford does,” he told "
            "members.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [None]


@pytest.mark.parametrize(
    "text,speakers",
    [
        # "explaining her vote" reports her speech, not the statement's
        ("Arena vote\n\n“It will bring jobs,” said Mayor Tom Reyes.\n\nCouncillor Ama Osei voted no.\n\n"
         "Before the final roll call, Osei read a prepared statement explaining her vote.\n\n"
         "“I want this to work. I want to be wrong about this.\n\n“But I cannot vote yes on a promise.”",
         ["Tom Reyes", "Ama Osei", "Ama Osei"]),
        # a request in the passive ("had not been asked to eat less") reports no one
        ("Night shifts\n\n“We didn’t expect it so soon,” said Prof Ian Marsh, a co-author.\n\n"
         "He stressed that the trial did not show shift work caused diabetes, and that volunteers had not been "
         "asked to eat less.\n\n“This is a timing effect, pure and simple.\n\n“Have a proper meal before you go in.”",
         ["Ian Marsh", "Ian Marsh", "Ian Marsh"]),
    ],
)
def test_a_quote_of_paragraphs_goes_on_with_who_the_sentence_before_says_spoke(extract, text, speakers):
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == speakers


@pytest.mark.parametrize(
    "text",
    [
        "Obituary\n\nWalter Brandt died on March 2. He was 88.\n\n“He was at the mill every morning until he was 80,” "
        "said his wife of 61 years, Irene Brandt.",
        "Obituary\n\nWalter Brandt died on March 2. He was 88.\n\nHis wife of 61 years, Irene Brandt, said: “He was "
        "at the mill every morning until he was 80.”",
    ],
)
def test_how_long_a_wife_has_been_one_is_no_part_of_who_speaks(extract, text):
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Irene Brandt"]


def test_a_chairman_with_a_womans_name_is_a_she(extract):
    text = ("Tanker crackdown\n\nDeputy commissioner K. Suresh said 42 tankers had been seized.\n\n"
            "Water board chairman Dr Meera Pillai, a 2009-batch IAS officer, said the board would act.\n\n"
            "“No one is above the rules,” she said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Meera Pillai"]


def test_a_question_put_to_someone_reports_no_one(extract):
    text = ("Final bound\n\n“We defended like lions,” said captain Joe Ruddock.\n\n"
            "Asked what he would tell his players before the final, coach Pat Brennan laughed.\n\n"
            "“Go to bed early. Don’t read the papers,” he said.")
    quotes = extract(text)
    assert [q.speaker for q in quotes if q.kind == "direct"] == ["Joe Ruddock", "Pat Brennan"]
    assert not [q for q in quotes if q.kind == "indirect" and "players" in q.quote]


@pytest.mark.parametrize(
    "text,speaker",
    [
        ("Storm outages\n\nPrairie Ridge Electric Cooperative said more than 6,000 members lost power.\n\n"
         "Crews had restored service to “the vast majority of members” by Sunday, the cooperative said.",
         "Prairie Ridge Electric Cooperative"),
        ("Fertiliser shortage\n\nThe National Seed Inputs Secretariat said a second consignment was on its way.\n\n"
         "Farmers were warned against reselling the bags. The secretariat called the practice “economic sabotage”.",
         "National Seed Inputs Secretariat"),
        ("School to close\n\nUnder Department of Education rules, the pupils will move to a school in Ballina.\n\n"
         "The Department of Education said it would provide “all necessary support”.",
         "Department of Education"),
        # a courtesy title says who the man of two of that surname is, whatever his first name is guessed to be
        ("Wheat plan\n\nThe plan was presented by the Minister of Lands, Cde Evelyn Moyo.\n\n"
         "Grain Producers Association president Mr Tawanda Moyo said the funds were welcome.\n\n"
         "“If the money is released now, we can plant on time,” said Mr Moyo.",
         "Tawanda Moyo"),
    ],
)
def test_a_cooperative_a_secretariat_and_mr_of_two_of_a_surname(extract, text, speaker):
    assert [q.speaker for q in extract(text) if q.kind in ("direct", "partial")][-1] == speaker


def test_the_role_that_answers_a_named_questioner_is_who_he_is_next(extract):
    text = ("Chipmaker slides\n\n“Our first quarter was a record,” Chief Executive Arjun Mehta said on a call with "
            "analysts.\n\nAsked by Tom Whitcomb of Hale Securities whether the company would cut prices, the chief "
            "executive said it would not. “We are not going to chase volume with price,” he said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Arjun Mehta", "Arjun Mehta"]


def test_a_portfolio_of_two_parts_before_a_name_is_no_part_of_it(extract):
    text = ("Flood response\n\nMinister of Home Affairs and Information Wendell Straker said help was on the way.\n\n"
            "“Nobody will be left behind,” Straker said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Wendell Straker"]


def test_a_roles_initials_before_a_comma_and_a_title_stand_for_the_one_named(extract):
    text = ("Fertiliser shortage\n\nThe Savelugu District Chief Executive (DCE), Alhaji Yakubu Sulemana, said the "
            "assembly had received only 1,800 bags.\n\n“The numbers simply do not add up,” the DCE said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Yakubu Sulemana"]


def test_a_company_name_ends_at_its_company_word(extract):
    text = ("Meadow homes approved\n\nThe committee granted permission to Ashby Homes for the Long Meadow development "
            "on Wednesday.\n\nAshby Homes said the scheme would include “the most extensive drainage in the county”.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Ashby Homes"]


def test_their_union_in_a_lede_is_the_union_named_next(extract):
    text = ("Biscuit walkout\n\nHundreds of workers at a biscuit factory are to strike after rejecting what their "
            "union called a “real-terms pay cut”.\n\nMembers of the United Bakery Workers’ Union at Dunmore Foods "
            "voted by 84% for action.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["United Bakery Workers’ Union"]


def test_a_verb_after_and_in_a_who_clause_is_the_one_the_clause_is_of(extract):
    text = ("Four generations\n\nGianna Rossi took over the ovens in 2019.\n\nOnline orders now make up a fifth of "
            "sales, according to her aunt, Carla Rossi, 55, who has kept the books since 1991 and describes her role "
            "as “the person who says no.”")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Carla Rossi"]


def test_one_who_interrupts_speaks(extract):
    text = ("Town rallies\n\nFarmer Graham Tully said he had been lucky.\n\nHis daughter, Kylie Tully, said the town "
            "had rallied in a way she had not expected.\n\nHer father interrupted: “That’s Bindaree. That’s what we "
            "do.”")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Graham Tully"]


def test_an_in_law_in_apposition_is_a_person_who_speaks(extract):
    text = ("Taxi murder\n\nThe widow, Savitri Rampersad, clutched a photograph.\n\nHer brother-in-law, Anil "
            "Rampersad, said the family had been told the killing stemmed from a dispute over a fare.\n\n"
            "“Over forty dollars? A man lose his life over forty dollars?” Rampersad asked.")
    quotes = extract(text)
    assert [q.speaker for q in quotes if q.kind == "direct"] == ["Anil Rampersad"]


def test_a_request_in_the_passive_is_no_report_that_stops_a_paragraph_about_someone(extract):
    text = ("Wildfire\n\n“We can’t guarantee anyone’s safety,” said fire chief Dana Oakes.\n\n"
            "Rosa Tremblay, who owns a café on the main street, spent Saturday handing out coffee before she was told "
            "to leave herself.\n\n“These crews never complain.\n\n“I locked the door and drove away.”")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Dana Oakes", "Rosa Tremblay", "Rosa Tremblay"]


@pytest.mark.parametrize(
    "introduced",
    ["His romance with Nadia Doyle, played by Kelly-Ann Dwyer, made the pair stars.",
     "Kelly-Ann Dwyer, who has played barmaid Nadia Doyle since 2019, was his co-star."],
)
def test_a_character_an_actor_plays_never_speaks(extract, introduced):
    text = (f"Soap exit\n\nDanny Marsh is leaving the soap.\n\n{introduced}\n\nKelly-Ann, 31, appeared to confirm "
            "the news last night.\n\nSharing a snap of the pair, she wrote: “Port Calder won’t be the same.”")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Kelly-Ann Dwyer"]


@pytest.mark.parametrize(
    "text,quote,speaker",
    [
        # "I ask" outside quotes is the writer who signs the article, and no antecedent for "she"
        ("Keeping the Lights On at the Old Mill\n\nBy Rosa Tellinger\n\nMarta Quill has run the mill museum for "
         "nine years.\n\n“Do you ever want to stop?” I ask.\n\n“Every winter,” she says. “Then spring comes.”",
         "Do you ever want to stop?", "Rosa Tellinger"),
        ("Keeping the Lights On at the Old Mill\n\nBy Rosa Tellinger\n\nMarta Quill has run the mill museum for "
         "nine years.\n\n“Do you ever want to stop?” I ask.\n\n“Every winter,” she says. “Then spring comes.”",
         "Every winter,", "Marta Quill"),
        # an orchestra is a body, never the "she" of the cellist who left it
        ("Greta Dane left the Halvorsen Philharmonic in June. The Halvorsen Philharmonic said in a statement: “We "
         "wish Ms. Dane well.”\n\n“I would do it all again,” she says.", "I would do it all again,", "Greta Dane"),
        # a show's name takes "the"; no person is named so
        ("This week in podcasts: The Long Night goes looking for lost sleep\n\nThere is a moment in the latest "
         "episode of The Long Night when the host, Marcus Bell, stops talking. “That was ten seconds,” he says.",
         "That was ten seconds,", "Marcus Bell"),
        # "Élodie" is a woman's name, as gender-guesser lists it without its accent
        ("The skipper, Pádraig Walsh, steered with one hand.\n\nÉlodie Marchand, a designer from Lyon, had "
         "planned to stay two nights. Marchand stayed nine.\n\n“Every day,” he said.", "Every day,", "Pádraig Walsh"),
        # a nickname of two words inside a name: the name in full is Rodrigo Salazar's
        ("Transport leader Rodrigo “Ka Dodong” Salazar spoke at the rally. “We will not stop,” Salazar told "
         "reporters.\n\nCommuter Liza Salazar, 29, said she walked for an hour.", "We will not stop,",
         "Rodrigo Salazar"),
        # "the elder Voss", their ages untold: the one written in full just before
        ("Mia Voss won the 800 metres on Saturday.\n\nHannah Voss, who coached the team for a decade, watched "
         "from the stands.\n\n“She was always the fastest,” the elder Voss said.", "She was always the fastest,",
         "Hannah Voss"),
    ],
)
def test_the_writer_bodies_and_names_written_with_their_marks(extract, text, quote, speaker):
    assert (quote, speaker) in [(q, s) for q, s, _ in said(extract(text))]


def test_a_suffix_after_a_nicknamed_name_is_the_names_and_no_one_elses():
    from quotes.speakers import _full_names

    text = ('Vice Mayor Antonio "Tonton" Reyes Jr. told reporters the town would appeal. "We will see them in '
            'court," Reyes said.')
    assert [name for _, name, _ in _full_names(text, [])] == ["Antonio Reyes Jr"]


def test_a_wire_credit_under_the_headline_gives_the_wire_no_longer_name(extract):
    text = ("Stocks Slide as Investors Weigh Rate Path\n\n(Reuters) - Shares fell on Friday.\n\nStrategies that "
            "borrow in low-yielding currencies had been among the most popular positions for hedge funds this year, "
            "according to data compiled by Reuters.")
    assert [q.speaker for q in extract(text) if q.kind == "indirect"] == ["Reuters"]


@pytest.mark.parametrize(
    "text,quote,speaker",
    [
        # the statement of the body the sentence opens with, before "said in a statement"
        ("The Harwick Chamber of Commerce said in a statement that the bakery was the 14th new business downtown. "
         "“We are thrilled to welcome them,” the statement read.", "We are thrilled to welcome them,",
         "Harwick Chamber of Commerce"),
        # ... after an appositive, "in a statement said"
        ("The Allied Nurses Union, the umbrella body of the hospital unions, in a statement said the plan had been "
         "drafted in secret. “Patients will pay for this,” the statement said.", "Patients will pay for this,",
         "Allied Nurses Union"),
        # a post is its poster's: the body that posted on Facebook
        ("The Dunmore County Sheriff’s Office, which runs a command post at the fair, reminded visitors on Facebook "
         "to drink water. “Find a deputy if you feel dizzy,” the post said.", "Find a deputy if you feel dizzy,",
         "Dunmore County Sheriff’s Office"),
        # "they" after "the couple": the two named together
        ("Sara and Tom Ridley run the bakery. In a post on Instagram on Saturday night, the couple thanked "
         "customers. “See you at 7,” they wrote.", "See you at 7,", "Sara Ridley and Tom Ridley"),
    ],
)
def test_a_document_speaks_for_the_one_whose_sentence_issued_it(extract, text, quote, speaker):
    assert (quote, speaker) in [(q, s) for q, s, _ in said(extract(text))]


@pytest.mark.parametrize(
    "run,name",
    [
        ("Cde Kudakwashe Muchenje", "Kudakwashe Muchenje"),  # an honorific before a given name gender-guesser lacks
        ("Joiner Harold Lister", "Harold Lister"),  # a trade opening the sentence, as a title
        ("Reeve Dale Sorensen", "Dale Sorensen"),  # the head of a rural municipality
        ("Jonathan Reeve KC", "Jonathan Reeve"),  # but a surname that is also a noun for someone stays
    ],
)
def test_titles_and_trades_before_a_name_are_no_part_of_it(run, name):
    from quotes.speakers import _run_name

    found = _run_name(run)
    assert found is not None and found[1].removesuffix(" KC") == name


@pytest.mark.parametrize(
    "text,quote,speaker",
    [
        # a surname that is also a place's last word: "Julia Park, an analyst," is someone
        ("Chief executive Claire Beaumont said demand would recover. Beaumont also promised a buyback.\n\n"
         "Julia Park, an analyst at Norcott Securities, cut her price target. She wrote in a note to clients: "
         "“The guide is bad.”", "The guide is bad.", "Julia Park"),
        # one named inside the relative clause of the sentence's subject is not what the sentence is about
        ("Ireland beat France 24-21 on Saturday. A late turnover from Eoin Madden, the 23-year-old flanker, sealed "
         "it.\n\nFrance led by eight points at half-time. The home side struggled at the lineout. Their scrum held "
         "firm. The crowd grew quiet.\n\n“We never stopped,” said head coach Fergal Nolan.\n\nMadden, who was only "
         "called into the squad on Thursday after Peter Kinsella failed to recover from a calf strain, was named "
         "player of the match.\n\n“I just saw the ball and thought, that’s mine,” he said.",
         "I just saw the ball and thought, that’s mine,", "Eoin Madden"),
        # nor one named in a clause opening on "While"
        ("Supporters of Marcia Fenwick say her campaign lacks energy, and President Barack Obama has campaigned "
         "for her twice.\n\n“It is not there,” said Bryan Anders, a voter in Miami.\n\nWhile Obama had a wide "
         "array of artists writing songs about him, that has not been happening for Fenwick, which is something "
         "that concerns Henry Crespo, president of the Miami Black Caucus.\n\n“No one is writing songs for her,” "
         "he said.", "No one is writing songs for her,", "Henry Crespo"),
    ],
)
def test_salience_weighs_a_sentence_by_its_main_clause(extract, text, quote, speaker):
    assert (quote, speaker) in [(q, s) for q, s, _ in said(extract(text))]


@pytest.mark.parametrize(
    "text,quote,speaker",
    [
        # a British police rank's initials before a surname
        ("Speaking after the hearing, Detective Constable Lisa Brennan, of Merseyside Police, praised the victim. "
         "“He has shown real bravery,” DC Brennan said.", "He has shown real bravery,", "Lisa Brennan"),
        # a spokesperson for "the" something speaks for a body, not a person's first name
        ("Volunteers set up cots at the school gym. “We will be here as long as folks need us,” said a "
         "spokesperson for the Red Cross.", "We will be here as long as folks need us,", "Red Cross spokesperson"),
    ],
)
def test_ranks_and_bodies_written_short(extract, text, quote, speaker):
    assert (quote, speaker) in [(q, s) for q, s, _ in said(extract(text))]


@pytest.mark.parametrize(
    "text,quote,speaker",
    [
        # a colon-introduced block quote whose sentence opens on a phrase before its pronoun subject
        ("Justice Catherine Albright wrote the dissent for three justices. Later in the dissent, she went "
         "further:\n\n“Today it is the car. Tomorrow it will be the doorbell camera.”",
         "Today it is the car. Tomorrow it will be the doorbell camera.", "Catherine Albright"),
        ("Ruth Maslany met her husband when both were in their twenties. Asked about the early years of the "
         "marriage, she spoke for a long time without stopping:\n\n“We had no money, and he would not take "
         "commercial work.”", "We had no money, and he would not take commercial work.", "Ruth Maslany"),
        # "the 19-year-old", after a clause of when, keeps the one of that age salient for the "he" after
        ("Jayden Cole, 19, appeared via video link on Thursday, charged with dangerous driving.\n\nPolice "
         "prosecutor Sergeant Liam Doherty told the court the car had been recorded at 152km/h. Doherty said the "
         "driver had fled. Doherty asked that bail be refused.\n\nMagistrate Joanne Petrakis agreed with him.\n\n"
         "As the decision was read out, the 19-year-old lowered his head. Before the video link was cut, he "
         "leaned towards the microphone and said: “I’m sorry. I’m so sorry.”", "I’m sorry. I’m so sorry.",
         "Jayden Cole"),
    ],
)
def test_the_subject_after_a_leading_phrase_speaks(extract, text, quote, speaker):
    assert (quote, speaker) in [(q, s) for q, s, _ in said(extract(text))]


def test_a_nationality_the_article_gives_one_rider_is_not_the_others(extract):
    # "The German’s third win" makes Brandt the German, so "the Dane" is the other man
    text = ("Lukas Brandt won the Portuguese Grand Prix on Sunday, holding off a charging Mikkel Sorensen by less "
            "than a second.\n\nThe German’s third win of the season cut the gap to Sorensen to 11 points.\n\n"
            "Brandt switched to slick tyres early. Sorensen, who had started from pole, was frustrated as he "
            "emerged from the pits behind Brandt. “Why did we wait?” the Dane said.")
    assert ("Why did we wait?", "Mikkel Sorensen") in [(q, s) for q, s, _ in said(extract(text))]


@pytest.mark.parametrize(
    "text,quote,speaker",
    [
        # a ministry's name runs on through the portfolios listed after it
        ("The Ministry of Trade, Industry and Energy welcomed the committee's decision on Tuesday. “We will "
         "prepare the regulations swiftly,” the ministry said.", "We will prepare the regulations swiftly,",
         "Ministry of Trade, Industry and Energy"),
        # "the FA" is the body, not the cup it runs
        ("On Sunday they will walk out at Wembley for the Women’s FA Cup final. The Football Association has "
         "praised the club. “This is what ambition looks like,” the FA said.", "This is what ambition looks like,",
         "Football Association"),
    ],
)
def test_bodies_by_their_whole_names(extract, text, quote, speaker):
    assert (quote, speaker) in [(q, s) for q, s, _ in said(extract(text))]


def test_a_role_in_apposition_before_a_relative_clause_names_its_holder(extract):
    text = ("Dr. Kiran Bhatt, an emergency physician who has worked at Riverbend for 12 years, said the numbers "
            "don’t capture a bad night. Hospital chief Tom Reyes disagreed.\n\nThe emergency physician said "
            "hallway care has become routine.\n\n“We used to call it a code,” the emergency physician said.")
    assert ("We used to call it a code,", "Kiran Bhatt") in [(q, s) for q, s, _ in said(extract(text))]


@pytest.mark.parametrize(
    "text,quote,speaker",
    [
        # "Kim Jong Un’s powerful sister" is not Kim Jong Un: the noun after the owner's adjectives speaks
        ("SEOUL (Yonhap) -- North Korean leader Kim Jong Un’s powerful sister lashed out at South Korea on "
         "Tuesday, calling the move a “reckless provocation” and warning that Seoul would pay.",
         "reckless provocation", "Kim Jong Un’s powerful sister"),
        # ... and a name after that noun is who it is
        ("Sinn Féin’s housing spokesman Eoin Ó Murchú accused the Government of inaction, calling the plan “a "
         "betrayal of renters.”", "a betrayal of renters.", "Eoin Ó Murchú"),
    ],
)
def test_an_owners_kin_or_spokesman_is_not_the_owner(extract, text, quote, speaker):
    assert (quote, speaker) in [(q, s) for q, s, _ in said(extract(text), kinds=("direct", "partial"))]


@pytest.mark.parametrize(
    "text,quote,speaker",
    [
        # one of a country of two words, as "the German" is one of Germany's
        ("Bath head coach Johan Visagie was unhappy with the referee.\n\n“It was not clear or obvious to me,” the "
         "South African said.", "It was not clear or obvious to me,", "Johan Visagie"),
        # a quote of its own paragraph after "X …, and said he would …": X goes on
        ("Bath head coach Johan Visagie was less impressed with the officiating, and said he would be seeking "
         "clarification from the RFU.\n\n“From where I was sitting, I am not sure how you can be certain.”",
         "From where I was sitting, I am not sure how you can be certain.", "Johan Visagie"),
    ],
)
def test_a_coach_by_his_country_and_by_his_report(extract, text, quote, speaker):
    assert (quote, speaker) in [(q, s) for q, s, _ in said(extract(text))]


@pytest.mark.parametrize(
    "text,quote,speaker",
    [
        # the subject after a phrase opening the sentence is its subject ("In his statement Saturday, Sanders")
        ("Michigan Gov. Rick Snyder apologized again on Tuesday for the crisis in Flint.\n\nVermont Sen. Bernie "
         "Sanders has called for his resignation.\n\nIn his statement Saturday, Sanders did go further in trying "
         "to hold Snyder accountable.\n\n“There are no excuses,” he said.", "There are no excuses,",
         "Bernie Sanders"),
        # Nusrat is given to women and men across South Asia
        ("Justice Farhana Akter heard the petition. Barrister Nusrat Jahan, who appeared for the petitioner, told "
         "the court the river was dying.\n\nTalking to reporters after the hearing, Nusrat Jahan said fines were "
         "meaningless. “Only closure will make them take the law seriously,” she said.",
         "Only closure will make them take the law seriously,", "Nusrat Jahan"),
        # a Malaysian title of two words after a role, and given names short for a name with "bin"
        ("Deputy Minister Kamarul Ariffin bin Mat Saman tabled the bill. Outside the chamber, SPAN chairman Tan Sri "
         "Abdul Razak bin Hassan told reporters the commission would consult the states.\n\n“No state will be "
         "forced to make an overnight jump,” he said.\n\nKamarul Ariffin said the bill would pass.",
         "No state will be forced to make an overnight jump,", "Abdul Razak bin Hassan"),
    ],
)
def test_subjects_after_opening_phrases_and_names_of_south_and_southeast_asia(extract, text, quote, speaker):
    assert (quote, speaker) in [(q, s) for q, s, _ in said(extract(text))]


def test_given_names_alone_stand_for_the_name_with_a_patronymic(extract):
    text = ("Deputy Minister Kamarul Ariffin bin Mat Saman tabled the bill on Tuesday.\n\nKamarul Ariffin said the "
            "amendment was needed to keep operators afloat.")
    assert [q.speaker for q in extract(text) if q.kind == "indirect"] == ["Kamarul Ariffin bin Mat Saman"]


def test_a_quote_after_a_report_by_one_described_in_a_relative_clause_is_theirs(extract):
    text = ("One paramedic, who asked not to be named because they are not authorised to speak to the media, said "
            "crews were regularly waiting outside the hospital for hours.\n\n“We had seven ambulances stacked "
            "outside on one shift.”")
    assert ("We had seven ambulances stacked outside on one shift.", "one paramedic") in [
        (q, s) for q, s, _ in said(extract(text))]


@pytest.mark.parametrize(
    "text,quote,speaker",
    [
        # a paragraph quoting no one ends by introducing someone; the quote of its own paragraph after is theirs
        ("Natalie’s father spoke outside the court.\n\nIn a victim impact statement read at an earlier hearing, "
         "Natalie’s mother, Ana Ferreira, described the night police came to her door.\n\n“I opened the door and "
         "saw two officers, and I knew. A mother knows.”", "I opened the door and saw two officers, and I knew. "
         "A mother knows.", "Ana Ferreira"),
    ],
)
def test_a_quote_of_its_own_paragraph_after_someone_is_introduced_is_theirs(extract, text, quote, speaker):
    assert (quote, speaker) in [(q, s) for q, s, _ in said(extract(text))]


def test_names_in_a_list_or_a_subhead_in_marks_take_no_quote_after(extract):
    text = ("LOS ANGELES (Reuters) - Joaquin Phoenix and Renee Zellweger were named best actors on Sunday.\n\n"
            "“DIVISIVE, STUPID AND WRONG”\n\nThe awards went on.")
    assert all(q.speaker is None for q in extract(text))


@pytest.mark.parametrize(
    "text,quote,speaker",
    [
        # a title of several words before "of" holds its role noun past the third word
        ("Fuel prices rose again.\n\nThe national Organising Secretary of the United Farmers Congress, Mr. Tunde "
         "Bakare-Ojo, said in a statement, “The promise was made in 2019 and nothing has happened since.”",
         "The promise was made in 2019 and nothing has happened since.", "Tunde Bakare-Ojo"),
        # ... also after "the", in the sentence's middle
        ("Nets arrive late\n\nWhen contacted, the Eastern Regional Director of the Department of Fisheries, Dr "
         "Kwame Asante-Boadu, admitted there had been delays.\n\nAccording to him, “The second consignment of nets "
         "will reach the landing beaches next week.”", "The second consignment of nets will reach the landing "
         "beaches next week.", "Kwame Asante-Boadu"),
        # "According to him," names the one the paragraph before introduced
        ("Roads flooded again\n\nThe director of works, Engr. Musa Danjuma, toured the site on Monday.\n\n"
         "According to him, “Half of the gutters on this street are blocked with waste.”",
         "Half of the gutters on this street are blocked with waste.", "Musa Danjuma"),
        # the press of South Asia and Nigeria names who spoke in the paragraph after the quote
        ("Fishermen protest\n\nBoat owners gathered at the harbour on Monday.\n\n“The subsidy was promised in the "
         "Budget. Now the fishermen are told to wait again.\n\n“We are not asking for charity.”\n\nThis was stated "
         "by opposition MP Dr. Ranjith Perera, who said a motion would be moved next week.",
         "We are not asking for charity.", "Ranjith Perera"),
        ("Fishermen protest\n\nBoat owners gathered at the harbour on Monday.\n\n“The subsidy was promised in the "
         "Budget. Now the fishermen are told to wait again.\n\n“We are not asking for charity.”\n\nThis was stated "
         "by opposition MP Dr. Ranjith Perera, who said a motion would be moved next week.",
         "The subsidy was promised in the Budget. Now the fishermen are told to wait again.", "Ranjith Perera"),
        ("Market reopens\n\nTraders returned on Monday.\n\n“The contract has been signed, and the contractor will be "
         "on site within three weeks.”\n\nAdewale Ogunbiyi stated this while addressing journalists in Ibadan.",
         "The contract has been signed, and the contractor will be on site within three weeks.", "Adewale Ogunbiyi"),
    ],
)
def test_titles_according_to_him_and_who_is_named_after_the_quote(extract, text, quote, speaker):
    assert (quote, speaker) in [(q, s) for q, s, _ in said(extract(text))]


def test_who_is_named_after_the_quote_reports_nothing_more(extract):
    text = ("Market reopens\n\n“The contract has been signed.”\n\nAdewale Ogunbiyi stated this while addressing "
            "journalists in Ibadan.")
    assert [q.quote for q in extract(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    "text,quote,speaker",
    [
        # "cited in" and "described by" after a noun shorten a passive: the subject before speaks
        ("Councillor Brid Hanley read the audit twice. She described the figures cited in the report as “wildly "
         "misleading.”", "wildly misleading.", "Brid Hanley"),
        ("Senator Aldo Brenner toured the ward. He called the waiting times described by nurses “a scandal” and left.",
         "a scandal", "Aldo Brenner"),
        # "the post" is who posted it, after a phrase opening the sentence
        ("Tenants march\n\nHundreds marched on Saturday. By Sunday evening, the Harbour Tenants Union had posted a "
         "video of the march on Facebook. “We will be back every week until the rents come down,” the post read.",
         "We will be back every week until the rents come down,", "Harbour Tenants Union"),
        # ... "the union", the alliance named before, though a hospital was named since; and the subject
        # of "did not … but said in a Facebook post"
        ("Nurses strike\n\nThe nurses, represented by the Lakeshore Nurses Alliance, walked out at Mercy Point "
         "Medical Center on Monday. By midday, the union had posted a photo of the picket on X. “Day one and not "
         "going anywhere,” the post read.", "Day one and not going anywhere,", "Lakeshore Nurses Alliance"),
        ("Schools to close\n\nThe Dunmore Teachers Association, the union representing 900 teachers, did not take a "
         "position on the closures but said in a Facebook post that it would watch the budget.\n\n“We will be at "
         "every budget meeting,” the post read.", "We will be at every budget meeting,",
         "Dunmore Teachers Association"),
        # "the page" is who set it up
        ("Family thanks town\n\nA fundraising page set up by neighbour Carla Brandt had raised £9,000 by Friday. "
         "“Tom would have been overwhelmed by this kindness,” the page says.",
         "Tom would have been overwhelmed by this kindness,", "Carla Brandt"),
        # "the Lubbock Republican" is the one given as "a Republican from Lubbock"
        ("Budget talks stall\n\nRep. Ana Whitcombe, a Republican from Lubbock, walked out of the meeting. Rep. Joe "
         "Daley stayed.\n\n“We came here to pass a budget, not to hold hands,” the Lubbock Republican said.",
         "We came here to pass a budget, not to hold hands,", "Ana Whitcombe"),
        # the one described in a relative clause without commas reports, and the quote after is theirs
        ("Hospital under strain\n\nA porter who has worked at the hospital for 20 years, and who asked not to be "
         "named, said trolleys now lined every corridor.\n\n“Some nights you cannot get a wheelchair past.”\n\nHead "
         "porter Dan Kiely said the team was stretched.",
         "Some nights you cannot get a wheelchair past.", "porter"),
        # an appositive's description is the one named before it
        ("Race heats up\n\nThe mayor faces a challenge from Councillor Dean Morrow, a veteran campaigner who has "
         "weighed a run for months and who called the mayor “a caretaker with no plan.”",
         "a caretaker with no plan.", "Dean Morrow"),
        # "Al Suwaidi" is Noura bint Khalid Al Suwaidi
        ("Fees capped\n\nSpeaking in Abu Dhabi, Noura bint Khalid Al Suwaidi, the minister of education, said the "
         "cap was fair.\n\nAl Suwaidi said the ministry would “act quickly against any school that ignores it”.",
         "act quickly against any school that ignores it", "Noura bint Khalid Al Suwaidi"),
        # "the company" is a mobile network named by a first name; "the group" the association named before,
        # and (a guard, passing before too) the parents introduced as "a group" since
        ("Sponsor speaks\n\nThe league’s main sponsor, Lindiwe Mobile, said it was watching closely.\n\n“We expect "
         "answers within a week,” the company said in a statement.", "We expect answers within a week,",
         "Lindiwe Mobile"),
        ("Budget fight\n\nThe Ohio Library Trustees Association said in a statement that branches would close. The "
         "group warned that a long impasse would “shut the doors for good”.", "shut the doors for good",
         "Ohio Library Trustees Association"),
        ("Budget fight\n\nThe Ohio Library Trustees Association said in a statement that branches would close.\n\n"
         "A group of parents gathered outside. The group said the cuts were “a disgrace”.", "a disgrace", "group"),
    ],
)
def test_reduced_passives_posts_pages_places_and_bodies(extract, text, quote, speaker):
    assert (quote, speaker) in [(q, s) for q, s, _ in said(extract(text))]


def test_a_role_the_appositive_heads_for_another_is_not_the_named_ones(extract):
    text = ("Inquiry hears evidence\n\nHealth Minister Rory Quinn gave evidence on Tuesday.\n\nCounsel representing "
            "the minister, Ann Cole, told the inquiry the records were incomplete.\n\n“I regret that the records "
            "were not kept,” the minister said.")
    assert ("I regret that the records were not kept,", "Rory Quinn") in [(q, s) for q, s, _ in said(extract(text))]


def test_two_kin_named_together_speak_together_and_are_they_after(extract):
    text = ("Tributes paid\n\nMaeve Corr, 41, died in the crash. In a statement released through police, her husband "
            "Liam Corr and her sister Orla Dunne said Maeve was “the light of every room”.\n\n“She never once "
            "forgot a birthday,” they said.")
    found = [(q, s) for q, s, _ in said(extract(text))]
    assert ("the light of every room", "Liam Corr and Orla Dunne") in found
    assert ("She never once forgot a birthday,", "Liam Corr and Orla Dunne") in found


def test_an_honorific_before_a_name_in_full_says_its_gender_so_mr_is_the_man(extract):
    text = ("Rates held\n\nGovernor Dr. P.N. Gunaratne opened the briefing.\n\nDeputy Governor Ms. Dilrukshi "
            "Senanayake said reserves stood at US$ 5 billion.\n\n“We will keep buying dollars when the market "
            "allows,” she said.\n\nAnalyst Kasun Senanayake said the decision was expected. “Nobody expected a "
            "change,” Mr. Senanayake said.")
    found = [(q, s) for q, s, _ in said(extract(text))]
    assert ("We will keep buying dollars when the market allows,", "Dilrukshi Senanayake") in found
    assert ("Nobody expected a change,", "Kasun Senanayake") in found


def test_guards_an_aside_in_dashes_and_a_document_after_a_name(extract):
    # guards (they pass before this change too): a quote inside an aside on the subject is the subject's,
    # not that of a body named at the aside's end; a document after a name is no appositive of it
    text = ("Council votes\n\nMayor Ellen Voss - who once vowed to “tear down” buildings condemned by the Harbor "
            "Authority - said on Tuesday that the vote was final.\n\nThe donations went to a group backing Mayor "
            "Ellen Voss, a Tribune analysis shows.")
    quotes = extract(text)
    assert ("tear down", "Ellen Voss") in [(q, s) for q, s, _ in said(quotes)]
    assert [q.speaker for q in quotes if q.quote.startswith("The donations")] == ["Tribune"]


def test_it_after_a_body_that_opened_the_sentence_before_is_that_body(extract):
    text = ("Storm warning\n\nThe National Weather Bureau (NWB), in a post on its official Facebook page, issued a red "
            "warning for the coast.\n\n“Residents should move to higher ground now,” it said.")
    assert ("Residents should move to higher ground now,", "National Weather Bureau") in [
        (q, s) for q, s, _ in said(extract(text))]


@pytest.mark.parametrize("clause", ["speaking about her mother", "saying her mother had been a nurse"])
def test_a_paragraph_about_someone_after_a_leading_phrase_gives_them_the_quote_after(extract, clause):
    text = ("Debate recap\n\nNadia Whitlow and Brent Calder met for the only debate on Tuesday.\n\n“We will cut "
            f"taxes,” Calder said.\n\nIn her closing statement, Whitlow returned to health care, {clause}.\n\n“My "
            "mother spent 30 years at a hospital that doesn’t exist anymore.”")
    assert ("My mother spent 30 years at a hospital that doesn’t exist anymore.", "Nadia Whitlow") in [
        (q, s) for q, s, _ in said(extract(text))]


def test_in_charge_ends_a_title_not_a_name(extract):
    text = ("Contractor jailed\n\nSpecial Agent in Charge Dolores Pike said the inquiry into other firms was “far "
            "from over.”")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Dolores Pike"]


def test_a_member_by_their_seat_is_the_one_given_that_seat(extract):
    text = ("Assembly walkout\n\nMajority Leader Peter Wekesa led the walkout.\n\nAddressing journalists, Mr Wekesa, "
            "the MCA for Milimani Ward, said the budget would not pass.\n\nMinority Leader Hon. Grace Atieno stayed "
            "in the chamber.\n\n“Let the questions be asked on the floor,” the Kanyakwar MCA said.\n\n“We were "
            "elected to protect public money,” the Milimani MCA said.")
    found = [(q, s) for q, s, _ in said(extract(text))]
    assert ("We were elected to protect public money,", "Peter Wekesa") in found
    assert ("Let the questions be asked on the floor,", "Peter Wekesa") not in found


def test_a_family_name_written_first_after_a_portfolio_is_the_holders(extract):
    text = ("Clinic hours cut\n\nSpeaking at an event in Tampines, Senior Minister of State for Health Koh Kian Hock "
            "said the cuts were temporary.\n\n“Nobody will be turned away,” said Dr Koh.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Koh Kian Hock"]


def test_a_quote_that_names_the_one_a_paragraph_is_about_is_not_theirs(extract):
    # a guard, passing before too: a paragraph about someone after a leading phrase now gives them the
    # quote after, unless the quote names them
    text = ("Bus row\n\nMayor Tom Reyes gave his budget speech on Monday.\n\nAlthough riders wanted answers, Reyes "
            "spoke about the need for patience.\n\n“Reyes said in his speech that the buses are fine. Has he ridden "
            "one lately?”")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] != ["Tom Reyes"]


def test_a_petition_is_its_filers_and_so_is_the_it_after_it(extract):
    text = ("Tribunals idle\n\nThe court was hearing a petition filed by the Coastal Bar Association, which has argued "
            "that vacancies were left unfilled.\n\nThe petition said that at least nine benches had held no hearing. "
            "“Litigants are left without any forum,” it said.")
    assert ("Litigants are left without any forum,", "Coastal Bar Association") in [
        (q, s) for q, s, _ in said(extract(text))]


def test_a_lede_kin_description_is_the_kin_named_in_full_later(extract):
    text = ("Driver jailed\n\nA van driver who killed a schoolgirl has been jailed for five years, after the girl’s "
            "father told a court the family had been “torn apart” by her death.\n\nIn a statement read to the court, "
            "Aoife’s father Declan Moran described her as “the kindest child you could meet”.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Declan Moran", "Declan Moran"]


def test_a_cue_form_naming_a_role_is_part_of_the_description(extract):
    text = ("State sues warranty firm\n\n“People paid for peace of mind,” Attorney General Ruth Blake said.\n\nIn one "
            "email cited in the complaint, a senior claims manager told staff the approval rate was “far too "
            "generous”.\n\n“Find the exclusion first,” the manager wrote.")
    speakers = [q.speaker for q in extract(text) if q.kind in ("direct", "partial")]
    assert speakers == ["Ruth Blake", "senior claims manager", "senior claims manager"]


def test_a_person_known_by_one_name_and_a_role_is_the_he_after(extract):
    text = ("Protest at hospital\n\nHospital superintendent Dr. Thomas Mathew said an inquiry had begun.\n\nRijo, a "
            "neighbour of the family who joined the protest, said the residents would keep pushing. “We will not let "
            "this file gather dust,” he said.")
    assert ("We will not let this file gather dust,", "Rijo") in [(q, s) for q, s, _ in said(extract(text))]


@pytest.mark.parametrize(
    "text,quote,speaker",
    [
        ("Market flooded\n\nThe governor visited the market on Monday.\n\nA fish seller, who simply gave her name as "
         "Mama Tolu, told our correspondent she lost everything. “The water took all my stock,” she said.",
         "The water took all my stock,", "Mama Tolu"),
        ("New king crowned\n\nThe monarch thanked the crowd.\n\nA youth leader in the town, who gave his name simply "
         "as Ebuka, said young people expected jobs. “We are happy, but we are watching,” he said.",
         "We are happy, but we are watching,", "Ebuka"),
    ],
)
def test_one_who_gave_their_name_simply_as_is_that_name(extract, text, quote, speaker):
    assert (quote, speaker) in [(q, s) for q, s, _ in said(extract(text))]


def test_a_title_after_the_is_no_one_known_by_one_name(extract):
    # a guard, passing before too: one known by one name with a role after it ("Sajan, a neighbour,") is
    # never a title after "the"
    text = ("New king crowned\n\nEarlier, the Onowu of Umuaku, Chief Ikenna Obiora, who acted as regent, spoke.\n\n"
            "“For six years we had no father in the palace,” the Onowu, an elder cousin of the king, said.\n\nHe "
            "added, “Today, that chapter is closed.”")
    assert [q.speaker for q in extract(text) if q.quote.startswith("Today")] == ["Ikenna Obiora"]


@pytest.mark.parametrize("what", ["Syndicator", "Olympian", "Corner-back"])
def test_what_someone_is_capitalised_before_their_name_is_no_part_of_it(extract, what):
    text = (f"Big win\n\n{what} Callum Reddy said the result was “life-changing” for the town. “Nobody gave us a "
            "chance,” he said.")
    assert {q.speaker for q in extract(text) if q.kind in ("partial", "direct")} == {"Callum Reddy"}


def test_an_acronym_spelled_out_by_a_possessive_is_the_body(extract):
    text = ("Qualifier wins\n\nReeve was dropped from the Rowing Federation of Ireland’s scholarship programme in "
            "2021.\n\nThe RFI said in a statement that it was “delighted” for him.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Rowing Federation of Ireland"]


def test_the_rescue_team_is_the_body_whose_name_holds_rescue(extract):
    text = ("Walker dies\n\nDylan Owen, a team leader with Snowdon Valley Mountain Rescue Organisation, said the "
            "weather turned fast.\n\nIn a post on Facebook, the rescue team said: “We are humbled by the generosity "
            "shown in his memory.”")
    assert [q.speaker for q in extract(text) if q.kind in ("direct", "block")] == [
        "Snowdon Valley Mountain Rescue Organisation"]


def test_a_profiles_question_in_the_third_person_is_answered_by_its_subject(extract):
    text = ("At home with a novelist\n\nMaeve Dunleavy is making tea in her kitchen in Westport while her publisher, "
            "Tom Kerr, waits on the phone.\n\nDoes she read her reviews?\n\n“My husband reads them and tells me if I "
            "need to leave the country.”")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Maeve Dunleavy"]


def test_a_title_written_before_its_holder_is_named_is_that_holder(extract):
    text = ("Ferry delays\n\nMs Moir asked whether ministers knew of the faults before the Health Secretary told "
            "Parliament in March that the project was “on schedule”.\n\nShe said that raised questions for Health "
            "Secretary Ross Drummond.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Ross Drummond"]


def test_who_reacts_just_before_a_quote_in_its_paragraph_says_it(extract):
    text = ("Test match\n\nEngland captain Harry Penrose won the toss.\n\nOne member of the England camp said the "
            "injury was “not a two-week job”.\n\nAsked whether England could still win the match, Penrose was "
            "bullish. “Of course. We have chased bigger than that.”")
    assert ("Of course. We have chased bigger than that.", "Harry Penrose") in [
        (q, s) for q, s, _ in said(extract(text))]


def test_the_union_is_the_association_though_a_company_and_people_were_named_since(extract):
    text = ("Pilots strike\n\nThe Nordic Pilots Association called the walkout on Tuesday. Its president Carla "
            "Mendes said talks had failed.\n\nNorthwind Airways Chief Executive Henrik Aalto said the offer was fair. "
            "At Vessen Airport, queues grew on Monday.\n\nThe union said in a statement: “We will not accept a deal "
            "that leaves pilots flying tired.”")
    assert [q.speaker for q in extract(text) if q.kind in ("direct", "block")] == ["Nordic Pilots Association"]


def test_a_post_is_the_body_named_after_the_phrase_that_says_where_it_was_posted(extract):
    text = ("Family Of Four Escapes House Fire In Birch Glen; Cat Rescued\n\nA GoFundMe page set up by a family friend "
            "had raised $9,000 by Thursday.\n\nIn a post on the department’s Facebook page, the Birch Glen Fire "
            "Department used the fire as a reminder for residents to test their alarms.\n\n“Test your smoke alarms "
            "monthly,” the post said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Birch Glen Fire Department"]


def test_the_plural_of_a_surname_is_the_people_of_that_surname(extract):
    text = ("Market opens\n\nAt the taco stand, Marco Castillo and Elena Castillo worked side by side.\n\n“We’re "
            "nervous and happy at the same time,” the Castillos said.")
    speaker = [q.speaker for q in extract(text) if q.kind == "direct"][0]
    assert sorted(speaker.split(" and ")) == ["Elena Castillo", "Marco Castillo"]


def test_the_union_is_the_body_named_a_union_not_an_association_named_since(extract):
    text = ("Port strike\n\nThe Harbour Dockers Union called the strike on Monday.\n\nThe Pacific Terminal Employers "
            "Association said it had made a fair offer.\n\nThe union responded within hours: “The employers know "
            "where to find us.”")
    assert [q.speaker for q in extract(text) if q.kind in ("direct", "block")] == ["Harbour Dockers Union"]


@pytest.mark.parametrize("short", ["", " (CTU)"])
def test_the_statement_is_the_body_that_opened_the_sentence_in_a_statement(extract, short):
    text = (f"Fees protest\n\nThe Coastal Teachers Union{short}, in a statement, backed the students and blamed the "
            "government.\n\n“Students and teachers are victims of the same policy,” the statement said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Coastal Teachers Union"]


def test_the_post_is_whom_the_pronoun_that_posted_it_stands_for(extract):
    text = ("Light rail approved\n\nMayor Tom Becker called the vote historic.\n\nCouncillor Dana Reyes, whose ward "
            "gets four stations, said the line was overdue.\n\nShortly after the vote, she posted a photo of the "
            "tally board on social media. “Nine votes. Zero more excuses,” the post read.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"][-1] == "Dana Reyes"


def test_police_named_later_in_two_cases_is_the_first_written_on_every_run(tmp_path):
    # the force "Police say" stands for, named later in two cases, was a set's arbitrary pop
    import os
    import subprocess
    import sys
    text = ("Teen shot\n\nPolice say detectives are reviewing footage.\n\nCedar Vale Police Chief Dana Ortiz attended "
            "the vigil.\n\nAnyone with information is asked to call Cedar Vale police.\n")
    path = tmp_path / "vigil.txt"
    path.write_text(text, encoding="utf-8")
    speakers = set()
    for seed in ("1", "2", "3", "4"):
        out = subprocess.run([sys.executable, "-m", "quotes", "extract", str(path)], capture_output=True, text=True,
                             env={**os.environ, "PYTHONHASHSEED": seed}, check=True).stdout
        speakers.add(out)
    assert len(speakers) == 1 and "Cedar Vale Police" in speakers.pop()


def test_a_name_the_source_wanted_to_be_known_by_names_the_aged_description_after(extract):
    text = ("Rubber prices\n\nA tapper in the next village, who only wanted to be known as Kak Yah, said she would "
            "back whoever restored the subsidy.\n\n“Parties come and go. The price stays low,” the 58-year-old said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Kak Yah"]


def test_a_one_word_name_given_only_is_someone_the_aged_description_may_be(extract):
    text = ("Bus lanes\n\n“I wait an hour every morning,” said Grace Atieno, a nurse in Westlands.\n\nAnother "
            "passenger, a student who gave his name only as Otieno, welcomed the lanes.\n\n“If this brings order, "
            "let them continue,” the 22-year-old said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"][-1] == "Otieno"


def test_given_names_alone_are_the_titled_full_name_they_open(extract):
    # as Malay names are shortened, the second given name never written alone
    text = ("By-election\n\nThe coalition's director, Deputy Minister Datuk Seri Shahrul Nizam Othman, spoke in "
            "Kuala Kangsar.\n\n“The ground is with us,” Shahrul Nizam said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Shahrul Nizam Othman"]


@pytest.mark.parametrize("where", ["", " in Dubai"])
def test_an_official_from_a_body_who_asked_not_to_be_named_is_the_official(extract, where):
    text = (f"Workers stranded\n\nAn official from the Filipino embassy{where}, who asked not to be named, said the "
            "workers were safe.\n\n“They want to go home, but they will stay for the trial,” the official said.")
    assert [q.speaker for q in extract(text)] == [f"official from the Filipino embassy{where}"] * 2


def test_a_village_official_in_a_place_is_no_one_named_after_the_place(extract):
    text = ("Volcano\n\nA village official in Karangrejo, who asked not to be named, said residents expected the "
            "mountain to “give a warning” first.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["village official in Karangrejo"]


def test_a_nickname_in_a_paragraph_about_someone_keeps_the_quote_after_theirs(extract):
    text = ("Senate hearing\n\nSen. Rodrigo “Digoy” Manalo, chair of the committee, opened the hearing by showing "
            "the contract on a screen.\n\n“Nine weeks. This company did not exist when the bidding opened.”")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Rodrigo Manalo"]


def test_a_seat_in_parentheses_after_a_name_is_no_speaker(extract):
    text = ("Rail fine\n\nMs Melissa Goh (Tampines GRC) noted the operator's profits and asked if the fine was "
            "“a licence to cut corners”.\n\nMr Imran Yusof (Bishan-Toa Payoh GRC), who chairs the transport "
            "committee, said commuters had been “far too patient”.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Melissa Goh", "Imran Yusof"]


def test_the_operator_is_the_body_named_after_what_it_is(extract):
    text = ("Rail fine\n\nSINGAPORE – Train operator Metrolink will be fined $2 million, the transport minister "
            "said.\n\nThe operator added that it had “disciplined the staff involved”.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Metrolink"]


def test_an_acronym_is_the_one_whose_role_opens_on_its_initials(extract):
    text = ("Budget row\n\nMajority Leader Peter Wekesa said the assembly had acted within its mandate.\n\nThe county "
            "executive committee member for Health, Ruth Wekesa, said the executive had already cut costs.\n\n"
            "“We listened after the first rejection,” said the CEC.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Ruth Wekesa"]


# the first a guard: the inverted cue found the mother before
@pytest.mark.parametrize("described", ["said the 48-year-old mother of three", "the mother of two said"])
def test_a_parent_of_so_many_is_the_parent(extract, described):
    text = ("Eviction\n\n“We had no notice,” said Peter Ouma, a community leader.\n\nAnother resident, Grace Nakato, "
            "said the families had slept in a church for weeks.\n\n"
            f"“Our children stopped going to school,” {described}.")
    found = [q for q in extract(text) if q.kind == "direct"][-1]
    assert found.speaker == "Grace Nakato" and found.speaker_mention in described  # found, as the mother


def test_mr_is_the_one_of_a_surname_the_article_does_not_call_doctor(extract):
    # "Ally" is a woman's name to a first-name list, and a man's in Tanzania
    text = ("Cholera\n\nRegional Medical Officer Dr Musa Kombo said cases were rising.\n\n“We see new cases every "
            "day,” said Dr Kombo.\n\nDistrict Commissioner Ally Kombo banned the sale of fish.\n\n“I know this is "
            "painful for our fishermen,” Mr Kombo told a public meeting.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Musa Kombo", "Ally Kombo"]


def test_a_bodys_office_named_with_its_short_form_speaks_for_the_body(extract):
    text = ("Floods\n\nThe International Organization for Migration (IOM) country office said in a post on X that "
            "it was sending tents.\n\n“We are working with the ministry to reach every village,” the post read.")
    assert {q.speaker for q in extract(text)} == {"International Organization for Migration"}


def test_an_appositive_that_names_its_person_gives_the_description_a_name(extract):
    text = ("Verdict\n\nSeveral jurors spoke after the verdict. The jury foreman, a retired chemist named Harold Voss, "
            "said the video had weighed heavily.\n\n“We watched it forty times,” Voss said.\n\n“Twelve strangers, "
            "and we all cared about getting it right,” the foreman said.")
    assert [q.speaker for q in extract(text)] == ["Harold Voss"] * 3


def test_counsel_prosecuting_and_defending_are_the_prosecutor_and_the_barrister(extract):
    text = ("Man jailed\n\nLiam Costello, 31, admitted assault at Preston Crown Court.\n\nAnna Brady, prosecuting, "
            "said Costello had been drinking for hours.\n\nCostello became “loud and aggressive”, the prosecutor "
            "said.\n\nPaul Grant, defending, said his client was remorseful. “He has not had a drink since,” the "
            "barrister said.")
    said = {q.quote: q.speaker for q in extract(text) if q.kind in ("partial", "direct")}
    assert said == {"loud and aggressive": "Anna Brady", "He has not had a drink since,": "Paul Grant"}


def test_a_lower_case_office_is_the_body_named_with_it(extract):
    text = ("Search for hiker\n\nThe Red Mesa County Sheriff’s Office says the hiker was last seen on Saturday.\n\n"
            "In a Facebook post on Tuesday, the sheriff’s office asked the public to stay away.\n\n“We understand "
            "the community wants to help,” the post read.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Red Mesa County Sheriff’s Office"]


def test_the_agency_is_the_department_named_before_it(extract):
    text = ("Warehouse fire\n\nThe Ohio Department of Natural Resources said its teams were sampling runoff after "
            "residents reported a sheen on a creek. The agency called the runoff “a serious concern”.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Ohio Department of Natural Resources"]


def test_awards_are_no_woman_a_pronoun_can_stand_for(extract):
    text = ("Comeback\n\nThe singer Mae Corrigan sat by the window.\n\nHer last record won two ARIA Awards and sent "
            "her on a world tour that, she says, nearly finished her.\n\n“By the end I couldn’t sing without shaking.”")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Mae Corrigan"]


def test_a_title_after_a_years_possessive_is_no_quote(extract):
    text = "Comeback\n\nIt is her first record since 2019’s “Harbour Weather”, which went gold, she says."
    assert [q.kind for q in extract(text) if q.quote == "Harbour Weather"] == []


def test_a_noun_no_list_knows_is_the_one_body_whose_name_holds_it(extract):
    text = ("Iwi to appeal\n\nTe Rūnanga o Ngāti Pāoa chair Wiremu Hetaraka says the decision ignores the evidence.\n\n"
            "In a post on its Facebook page, the rūnanga called on members to attend a hui.\n\n“This is not over,” "
            "the post said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Te Rūnanga o Ngāti Pāoa"]


def test_a_question_put_in_an_exchange_is_answered_by_the_one_asked(extract):
    text = ("Estimates\n\n“The project was rated amber in 2022,” deputy secretary Paul Hendry said.\n\n“And what "
            "happened when it went red?” Senator Lisa Crowe asked.\n\n“A remediation plan was developed.”\n\n"
            "“Which also failed.”")
    assert [q.speaker for q in extract(text)] == ["Paul Hendry", "Lisa Crowe", "Paul Hendry", "Lisa Crowe"]


def test_one_of_a_kind_in_the_lede_is_the_one_named_with_that_role_below(extract):
    text = ("Rates rise\n\nA 12 per cent rates rise has split the district council, with one councillor accusing the "
            "mayor of “hiding behind the pipes”.\n\nMayor Jan Whitford said the council had no choice.\n\nBut "
            "councillor Rawiri Tane, who voted against the plan, said the council had deferred maintenance.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Rawiri Tane"]


def test_a_name_a_lede_shouts_is_written_as_the_article_writes_it(extract):
    text = ("Boss blasts referees\n\nDERMOT KEANE has blasted refereeing chiefs.\n\n“I’ve had no explanation,” "
            "Keane said.")
    assert {q.speaker for q in extract(text)} == {"Dermot Keane"}


def test_a_name_without_its_middle_name_is_the_name_given_in_full(extract):
    text = ("Freed\n\nCurtis Alvin Reade, 52, embraced his mother outside the prison.\n\nAsked whether he felt "
            "anger, Curtis Reade was quiet. “I was angry for a long time,” he said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Curtis Alvin Reade"]


def test_a_force_named_before_a_sentence_that_opens_on_he_is_only_the_force(extract):
    text = ("Teen killed\n\nA teenager was shot on Saturday, according to the Ash Grove Police Department. He died "
            "hours later.\n\nA police spokesperson said investigators believe he was not the target.\n\n“He was an "
            "innocent bystander,” the spokesperson said.")
    assert all(". He" not in (q.speaker or "") for q in extract(text))


def test_a_body_named_in_apposition_to_a_firm_is_no_her_after(extract):
    text = ("Cyclist death\n\nMegan Doyle, 26, died at the scene after she was struck by a lorry.\n\nThe haulage firm, "
            "Pendle Aggregates, said in a statement: ‘Our thoughts remain with Megan’s family.’\n\nIn a tribute "
            "released through police, her family said: ‘Megan was our sunshine.’")
    assert [q.speaker for q in extract(text)] == ["Pendle Aggregates", "Megan Doyle’s family"]


def test_a_dj_and_a_hyphened_title_are_no_part_of_the_name(extract):
    text = ("Dance-off\n\nThey faced radio DJ Colin Marsh and his partner in the dance-off.\n\nColin, 45, admitted "
            "that he had expected to go home.\n\nEpra Director-General Ruth Njeri, who joined the minister, said the "
            "regulator would act.")
    assert [q.speaker for q in extract(text)] == ["Colin Marsh", "Ruth Njeri"]


def test_the_town_is_the_town_named_with_its_capital(extract):
    text = ("Land ruling\n\nMuch of the land lies beneath a town and farmland.\n\nThe Town of Redwater said residents "
            "should not worry.\n\n“It does not affect the title to any home,” the town said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Town of Redwater"]


def test_a_question_he_asked_himself_is_answered_by_no_one_else(extract):
    # a guard: "he asked" may be the one who spoke before, so the next paragraph stays his
    text = ("Floods\n\n“The relief centres are well stocked,” Minister Ahmad Zaki said.\n\nShop owner R. Kumaran, "
            "45, said the authorities had promised a project years ago.\n\n“Where is it?” he asked.\n\n“My losses "
            "this time are maybe RM60,000.”")
    assert [q.speaker for q in extract(text) if q.kind == "direct"][-1] == "R. Kumaran"


def test_a_cue_between_commas_after_a_body_noun_is_no_apposition(extract):
    text = "Museum opens\n\nThe museum, Mr. Hale said, celebrated “several of his heroes”."
    assert [(q.speaker, q.speaker_type) for q in extract(text)] == [("Hale", "person")]


def test_they_after_an_unnamed_source_who_only_reacts_is_that_source(extract):
    text = ("Questions\n\n“The numbers will move in the right direction,” he said.\n\nOne Labour MP, who asked not "
            "to be named, was less sanguine. “People in my patch don’t care about direction,” they said.\n\nA senior "
            "Conservative source was blunter. “We have lost a seat we held for a century,” they said.")
    assert [q.speaker for q in extract(text)][1:] == ["Labour MP", "senior Conservative source"]


def test_the_one_asked_by_someone_named_answers_not_the_asker(extract):
    text = ("Water boss\n\nGraham Tulley, who has led the company since 2019, was challenged by MPs.\n\n“We are "
            "spending more than ever,” he said.\n\nAsked directly by the Liberal Democrat MP Sarah Penn whether he "
            "would hand the bonus back, the 61-year-old replied: “No, I will not.”")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Graham Tulley", "Graham Tulley"]


def test_a_ledes_definite_role_before_anyone_is_named_is_who_the_next_paragraph_names(extract):
    text = ("Water boss keeps bonus\n\nThe chief executive of Tamar Water has refused to give up a £900,000 bonus, "
            "telling MPs the payout was “a matter for the board” and not for him.\n\nGraham Tulley, who has led "
            "the company since 2019, was repeatedly challenged over sewage spills.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Graham Tulley"]


def test_a_cue_form_after_an_article_is_no_cue(extract):
    text = ("Rent row\n\nHalden Estates said in a statement that the proposed rent was “in line with the area” and "
            "that it had “offered a phased increase”.")
    assert {q.speaker for q in extract(text) if q.kind == "partial"} == {"Halden Estates"}


def test_a_countrys_possessive_and_an_instrument_are_no_part_of_a_name(extract):
    text = ("Summit\n\nSpain’s Elena Marquez went further, calling the plan “legally fragile”.\n\nReunion\n\n"
            "Bassist Tom Reyes called himself “the Switzerland of the band”.")
    assert [q.speaker for q in extract(text)] == ["Elena Marquez", "Tom Reyes"]


def test_a_demonym_before_the_kind_of_body_is_no_name_of_it(extract):
    text = ("Blockade\n\nResidents blocked the road to the project run by Tierra Alta Minerals, a Canadian-listed "
            "company that has drilled there since 2021.\n\nIn a post on LinkedIn, the company said it was “committed "
            "to consultation”.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Tierra Alta Minerals"]


def test_an_exchange_after_a_reporters_question_goes_in_turn(extract):
    text = ("Coach fumes\n\nThe press conference ended abruptly.\n\n“Coach, do you believe the referee was influenced "
            "by the crowd?” one journalist asked.\n\n“You want me to get fined? I won’t answer that,” Pieter Botha "
            "said.\n\n“But surely —”\n\n“Thank you, gentlemen.”")
    assert [q.speaker for q in extract(text)][-2:] == ["one journalist", "Pieter Botha"]


def test_an_answer_after_the_reporters_own_sentence_goes_on_in_the_next_paragraph(extract):
    text = ("Drought plan\n\nGov. Teresa Lindqvist spoke to Morning Edition host Leila Fernandes.\n\n"
            "“Aren’t you asking farmers to grow less when they can least afford it?” Fernandes asked.\n\n"
            "The governor acknowledged the tension. “Yes. I’m not going to pretend otherwise,” she said.\n\n"
            "“But if we pump that aquifer down another few feet, there won’t be a next year.”")
    assert [q.speaker for q in extract(text)][-2:] == ["Teresa Lindqvist", "Teresa Lindqvist"]


def test_the_deputy_is_no_one_given_only_the_post_itself(extract):
    text = ("Island\n\n“We are doing everything we can,” mayor Paolo Russo told reporters.\n\nHis deputy, Lucia "
            "Ferri, said the clinic had treated dozens of people.\n\n“We have two doctors in winter,” the deputy "
            "mayor said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Paolo Russo", "Lucia Ferri"]


def test_a_description_in_apposition_before_who_is_the_person_named(extract):
    text = ("Immunity deals\n\nInvestigators questioned several aides, including Mark Toller, a tech staffer at the "
            "agency who told his subordinates never to speak of the server.")
    assert [q.speaker for q in extract(text)] == ["Mark Toller"]


def test_initials_labelling_an_interviews_answers_are_the_person_of_those_initials(extract):
    text = ("Marta Lisowska on floods and films\n\nThe director Marta Lisowska spoke to us in London.\n\n"
            "BBC Culture: How much of the film is about you?\n\nMarta Lisowska: More than I admitted at first.\n\n"
            "BBC Culture: Did your father see your films?\n\nML: He saw the first one.\n\n"
            "BBC Culture: Tell me about the flood.\n\nML: We had finished the exteriors. Then it rained for eleven "
            "days.")
    assert {q.speaker for q in extract(text) if not q.quote.endswith("?")} == {"Marta Lisowska"}


def test_a_paragraph_after_a_quote_may_say_whose_it_was(extract):
    text = ("Drones case\n\nMr. Pike answered that drones were “different in kind”.\n\n“We decided those cases when a "
            "flight cost hundreds of dollars an hour.”\n\nThat observation, from Justice Anne Okafor, drew nods.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Anne Okafor"]


def test_a_general_confederation_a_moderator_and_one_who_did_not_wait(extract):
    text = ("Debate\n\nIn a statement, the General Confederation of Workers said that “no rate cut will fill the "
            "fridge”.\n\nThe moderator, Eric Lund, host of a radio show, pressed the congressman. “Congressman, "
            "do you still believe that?” the moderator asked.\n\nGary Stone said he stood by it.\n\nNaomi Price "
            "didn’t wait for her turn. “That’s not an answer, Eric.”")
    assert [q.speaker for q in extract(text) if q.kind in ("direct", "partial")] == [
        "General Confederation of Workers", "Eric Lund", "Naomi Price"]


def test_the_moderator_is_no_candidate_the_story_is_about(extract):
    text = ("Debate\n\nDonald Trump was asked about police violence.\n\n\"Many argue that phones are exposing what "
            "has been happening for years,\" the moderator said.")
    assert [q.speaker for q in extract(text)] == ["moderator"]


def test_a_dash_line_after_a_quote_paragraph_names_its_speaker(extract):
    text = ("Fact-checking the candidate\n\n“Violent crime in the city has doubled in four years.”\n\n— Rick Moreno, "
            "Republican nominee for Senate, at a campaign event, Sept. 12\n\n“We have lost manufacturing jobs every "
            "single year.”\n\n— Moreno, in a television ad released Sept. 4")
    assert [q.speaker for q in extract(text)] == ["Rick Moreno", "Rick Moreno"]


def test_a_statement_of_a_kind_of_body_is_the_body_of_that_kind_named(extract):
    text = ("Council in crisis\n\nHarcourt Borough Council issued a notice on Monday.\n\nA council statement said: "
            "“We are taking every step to protect services.”")
    assert [q.speaker for q in extract(text)] == ["Harcourt Borough Council"]


def test_an_owner_before_a_surname_in_a_headline_is_no_part_of_the_name(extract):
    text = ("Harbor’s Delgado slams officiating after narrow loss\n\n"
            "TAMPA -- Marco Delgado had seen enough, and the Tampa Harbor coach made little effort to hide it.\n\n"
            "“We stopped competing in the third period,” Delgado said.")
    assert [q.speaker for q in extract(text)] == ["Marco Delgado"]


def test_a_surname_alone_is_the_persons_not_the_firm_her_first_name_opens(extract):
    text = ("Investors weigh claims\n\n"
            "Priya Stone, a partner at law firm Stone Whitaker, which says it acts for 120 investors, said her "
            "clients were weighing claims. Stone said the case showed that “promises of safety mean nothing” "
            "without a regulator.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Priya Stone"]


def test_the_doctor_is_the_one_introduced_as_dr(extract):
    text = ("Singer cancels tour\n\n"
            "Country singer Wade Tolliver has cancelled his autumn tour after throat surgery.\n\n"
            "Dr. Amara Quist, the surgeon at Riverside Voice Clinic who operated, said in a statement shared by "
            "Tolliver’s team that the procedure went well.\n\n"
            "“Wade is a disciplined patient,” Quist said.\n\nTolliver, 36, will rest his voice for eight weeks.\n\n"
            "The doctor added that singing too soon could cause “damage that no one can repair.”")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Amara Quist"]


def test_the_senior_of_two_who_share_a_surname_is_the_parent(extract):
    text = ("Actor opens up about new film\n\n"
            "Actor Arjun Mehra on Monday said his new film was his most personal.\n\n"
            "Mehra, the son of veteran actor Sunil Mehra, has long been called a “star kid”.\n\n"
            "Sunil Mehra, seated in the front row, joined his son on stage at the end.\n\n"
            "“He didn’t ask for advice, and I didn’t give any,” the senior Mehra said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Sunil Mehra"]


def test_a_post_on_a_platform_is_the_body_that_wrote_it_whatever_its_verb(extract):
    text = ("Bowler fetches record price\n\n"
            "The Kerala Cricket Association congratulated the young pacer on X. “A proud day for cricket in the "
            "state,” the post read.")
    assert [q.speaker for q in extract(text)] == ["Kerala Cricket Association"]


def test_a_role_given_with_an_owner_before_a_name_is_theirs(extract):
    text = ("Pitcher traded\n\n"
            "The claim was disputed by Ortega’s agent, Miles Brandt, who said the club never made an offer.\n\n"
            "“He bought a house there. His kids go to school there,” the agent said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Miles Brandt"]


def test_the_company_a_story_opens_on_is_the_company_by_its_place(extract):
    text = ("Lumora recalls 20,000 desk lamps after reports of fires\n\n"
            "Lumora Lighting is recalling about 20,000 desk lamps sold in the US after 12 reports of overheating, "
            "according to a notice from regulators.\n\n"
            "The lamps were sold online between March and June.\n\n"
            "In a statement, the Denver-based company said:\n\n"
            "“The safety of our customers comes first. Please stop using the lamp and contact us for a refund.”")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Lumora Lighting"]


def test_a_railway_a_promoter_and_a_board_are_named_whole(extract):
    said = []
    for text in ("Collision inquiry\n\nSouth Eastern Railway, in a statement, said six staff had been suspended "
                 "“pending the outcome of the inquiry”.",
                 "Exam cancelled\n\nThe test, conducted by the Kerala Public Service Board on March 3 for 900 posts, "
                 "was cancelled.\n\n“A new date will be set within 15 days,” the board said.",
                 "Tour off\n\nAll tickets will be refunded, according to tour promoter Bluefin Live.\n\n“We stand "
                 "fully behind the band’s decision,” the company said."):
        said += [q.speaker for q in extract(text) if q.kind in ("direct", "partial")]
    assert said == ["South Eastern Railway", "Kerala Public Service Board", "Bluefin Live"]


def test_sultan_before_al_and_hendra_are_first_names(extract):
    text = ("Investors back app\n\n"
            "Sultan Al Mazrouei, a managing partner at Dune Ventures, said investors liked the data.\n\n"
            "“Anyone can build an app,” he said.\n\n"
            "Indonesia’s ambassador, Hendra Santosa, said four deals were expected.\n\n"
            "“The minister did not come here for photographs,” Mr Santosa said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Sultan Al Mazrouei", "Hendra Santosa"]


def test_a_ledes_its_role_is_the_one_the_article_names_with_that_title(extract):
    text = ("Care home rated outstanding\n\n"
            "A care home in Leeds that was rated inadequate two years ago has been judged outstanding by inspectors, "
            "in what its manager called a “huge relief”.\n\n"
            "The report praised staff for their kindness.\n\n"
            "Manager Deborah Kell, who joined in 2022, said she was proud of the team.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"][:1] == ["Deborah Kell"]


def test_a_quote_paragraph_after_a_description_reporting_goes_on_with_them(extract):
    text = ("Singer cancels tour\n\n"
            "Country singer Luke Barrow has cancelled the rest of his tour after throat surgery.\n\n"
            "In a long Instagram post, the 41-year-old said the decision was the hardest he had made.\n\n"
            "“I kept hoping the news would change. It didn’t.”")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Luke Barrow"]

    text = ("Stars split\n\n"
            "Actor Grant Pell and Maya Pell have separated after 11 years of marriage, the couple "
            "confirmed in a joint statement on Friday.\n\n"
            "“After a lot of reflection, we have decided to end our marriage.”")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Grant Pell and Maya Pell"]


def test_a_body_given_what_it_is_in_apposition_is_the_group_after(extract):
    text = ("Clashes in the city\n\n"
            "The Kordofan Medics Network, a group that tracks casualties, said the toll would rise.\n\n"
            "“The hospitals are receiving casualties far beyond their capacity,” the group said.\n\n"
            "The Riverbend Tenants Alliance, an advocacy group, struck a hopeful note. In a post on X, the group "
            "called the ruling “a real reason for hope”.")
    assert [q.speaker for q in extract(text) if q.kind in ("direct", "partial")] == [
        "Kordofan Medics Network", "Riverbend Tenants Alliance"]


def test_emir_before_a_surname_alone_and_given_names_after_a_titled_full_name(extract):
    text = ("Camp guard jailed\n\n"
            "Emir Halilović, president of an association of former detainees, said the sentence was too lenient.\n\n"
            "“Twelve years is nothing,” he said.\n\n"
            "Gabungan’s campaign director, Deputy Minister Datuk Seri Razali Hakim Yusof, said the coalition was "
            "confident.\n\n"
            "“The ground is warm,” Razali Hakim said.\n\n"
            "Asked about rubber prices, he said the matter was “being looked into”.")
    assert [q.speaker for q in extract(text) if q.kind in ("direct", "partial")] == [
        "Emir Halilović", "Razali Hakim Yusof", "Razali Hakim Yusof"]


def test_a_statement_or_speech_a_sentence_opens_on_goes_on_in_the_quote_after(extract):
    text = ("Farmer’s death\n\n"
            "The inquest heard that the tractor had no cab.\n\n"
            "In a statement issued after the inquest, the Nolan family thanked the emergency services.\n\n"
            "“Seán was a devoted husband and father, and we miss him every day.”")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Nolan family"]


def test_one_who_shakes_her_head_answers_with_the_quote_after(extract):
    text = ("Film premiere\n\n"
            "Asked whether she would work with her son again, Marta Ilves paused. “If he will have me,” she said. "
            "Beside her, Karl Ilves shook his head and smiled. “Ask me in ten years.”")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Marta Ilves", "Karl Ilves"]


def test_a_person_of_a_described_body_and_a_subject_later_in_the_day(extract):
    text = ("Rates held\n\n"
            "Deputy Inés Ocampo of the opposition caucus said the government was “celebrating on a pile of "
            "closed shops.”\n\n"
            "Parliament approved the loan on Friday. A statement issued by the Ministry of Roads later in the day "
            "said the approval was “a major milestone”.")
    assert [q.speaker for q in extract(text)] == ["Inés Ocampo", "Ministry of Roads"]


def test_a_quote_after_one_introduced_in_apposition_among_other_names_is_theirs(extract):
    text = ("Transit budget\n\n"
            "Among the residents who spoke last week was Gloria Amaral, a 68-year-old retired teacher who relies on "
            "the 54 Lawrence East bus.\n\n"
            "“I have stood at that stop in February for 35 minutes and watched three buses go by full.”\n\n"
            "Senator Gary Lund voted against the bill.\n\n"
            "In an interview after the vote, the senator pointed to the February forecast.\n\n"
            "“The forecast told us the cushion is gone and the out years are in the red.”")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Gloria Amaral", "Gary Lund"]


def test_a_first_surname_is_the_spanish_name_it_shortens_before_and_after_a_namesake(extract):
    text = ("Club sale row\n\n"
            "Joaquin Ortega Ruiz, who has run the club for nine years, defended the sale.\n\n"
            "“Sentiment does not pay salaries,” Ortega said.\n\n"
            "His daughter, Lucia Ortega, the club’s vice-president, was more cautious. “Nobody wants to be the "
            "generation that sold the stadium,” she said.\n\n"
            "Ortega, for his part, said he would present “the full accounts” to members in December.")
    assert [q.speaker for q in extract(text) if q.kind in ("direct", "partial")] == [
        "Joaquin Ortega Ruiz", "Lucia Ortega", "Joaquin Ortega Ruiz"]


def test_a_partial_quote_before_a_semicolon_is_its_own_clauses(extract):
    text = ("Pylons row\n\n"
            "The objectors include Ruth Akers, the Labour MP for Stowmarket, and Sir Peter Vane, the Tory MP for "
            "Waveney. Vane has called the route “an act of vandalism”; Akers has said more quietly that her "
            "constituents feel “done to, not consulted”.")
    assert [q.speaker for q in extract(text)] == ["Peter Vane", "Ruth Akers"]


def test_a_name_given_as_a_restaurant_or_a_union_is_no_person_or_university(extract):
    text = ("Lunch with Priya Nair on pylons and power\n\n"
            "The energy secretary arrives at Rasa Mehfil, a narrow Keralan restaurant two streets from "
            "Westminster, eleven minutes late. “A vote, and then a whip who wanted a word,” she says.\n\n"
            "Priya Nair has been in the cabinet for 14 months.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Priya Nair"]

    text = ("Lecturers strike\n\n"
            "The University of Northbridge plans to cut 300 jobs.\n\n"
            "Dr Fiona Lachlan, president of the Northbridge branch of the University and College Union (UCU), said "
            "members had voted for action “with heavy hearts”.\n\n"
            "A university spokesperson said: “We have taken steps to minimise disruption to students.”")
    assert [q.speaker for q in extract(text) if q.kind in ("direct", "partial")] == [
        "Fiona Lachlan", "University of Northbridge spokesperson"]


def test_who_after_a_role_from_a_place_is_the_one_named_before_the_role(extract):
    text = ("By-election\n\n"
            "The Liberal Democrats are fielding Priti Chauhan, a councillor from neighbouring Ossett, who said she "
            "was “under no illusions” about her chances.")
    assert [q.speaker for q in extract(text)] == ["Priti Chauhan"]


def test_a_team_written_after_the_and_an_event_or_a_town_are_no_one_he_stands_for(extract):
    text = ("Forge win in overtime\n\n"
            "The Hamilton Forge tied it with 38 seconds left and won in overtime. Tyler Marsh scored the winner, "
            "and the Forge’s coach called it the best game of the season.\n\n"
            "“He just put it right on my stick,” said the 22-year-old.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Tyler Marsh"]

    text = ("Dahlberg wins his first major\n\n"
            "Henrik Dahlberg won by two shots on Sunday.\n\n"
            "The win moves him to fourth in the Ryder Cup standings for Europe. Asked whether he would play on, "
            "he smiled.\n\n"
            "“Maybe I play until I am 50 now,” he said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Henrik Dahlberg"]


def test_a_wire_outlet_a_place_of_business_and_a_headlines_short_name_are_no_company_of_their_own(extract):
    text = ("DETROIT, Oct 3 (Reuters) - About 14,000 workers at Halvorsen Motors walked off the job on Friday.\n\n"
            "The offer included a 17% raise, according to a summary seen by Reuters.\n\n"
            "The carmaker said in a statement that its offer was “the most generous in the company’s history”.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Halvorsen Motors"]

    text = ("Activist takes stake in Pemberton Foods\n\n"
            "Activist investor Ridgefield Capital has built a stake in packaged food maker Pemberton Foods.\n\n"
            "Shares rose 7%, valuing the Minneapolis-based company at $18 billion.\n\n"
            "“The board is confident in our plan,” the company said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Pemberton Foods"]

    text = ("Starlight Nine says singer is leaving the group\n\n"
            "Starlight Nine Entertainment said Monday that Haeun will leave the group and the agency.\n\n"
            "“After lengthy discussions, we have agreed to end her contract,” the agency said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Starlight Nine Entertainment"]


def test_who_after_a_role_apposed_to_a_name_is_the_one_named(extract):
    text = ("Regulator grilled\n\n"
            "The committee also heard from Mark Tennant, the authority’s director of enforcement, who said that "
            "it was “not in a position to collect money that is subject to live appeal”.")
    assert [q.speaker for q in extract(text)] == ["Mark Tennant"]

    text = ("Bin petition\n\n"
            "The petition was started by Alison Threlfall, a 51-year-old childminder from Hawkshead Brow, who "
            "called the change “a step too far” for families.")
    assert [q.speaker for q in extract(text)] == ["Alison Threlfall"]


def test_a_quote_after_one_introduced_with_an_irish_surname_particle_is_theirs(extract):
    text = ("Dáil row\n\n"
            "Later in the afternoon, Síle Ní Mhurchú took a separate set of questions on construction costs and "
            "conceded it had been a difficult period for the sector.\n\n"
            "“I’m not going to stand here and say it has been an easy year for construction.”")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Síle Ní Mhurchú"]


def test_a_kin_named_after_a_first_name_takes_no_first_name_for_surname(extract):
    text = ("Tributes paid to singer\n\n"
            "Maura Keane died on Sunday at the age of 71.\n\n"
            "Maura's husband Declan said: “She sang to the very end.”\n\n"
            "Orla’s son Jamie, 19, said: “Gran taught me every song I know.”")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Declan Keane", "Jamie"]


def test_the_one_person_in_view_is_she_whatever_the_list_of_given_names_says(extract):
    text = ("The founder who nearly ran out of cash\n\n"
            "Tobi Adeyemi remembers the exact date. That spring, the founder of Ledgerline, a London-based "
            "start-up, opened a spreadsheet and saw 23 days of cash left.\n\n"
            "“I didn’t tell anyone for about six hours,” she says.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Tobi Adeyemi"]


def test_the_elder_of_a_father_and_daughter_is_the_father(extract):
    text = ("A bakery changes hands\n\n"
            "Henrik Sandvik opened the bakery in 1981. Ingrid Sandvik, 36, took it over in March.\n\n"
            "She has cut the opening hours her father kept for four decades, a change he fought.\n\n"
            "Ingrid Sandvik has also moved the ovens.\n\n"
            "“We argued for a month,” the elder Sandvik says. “She won.”")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Henrik Sandvik", "Henrik Sandvik"]


def test_a_quote_after_someone_only_reacts_in_a_feature_s_present_tense_is_theirs(extract):
    text = ("The potter of Ballyvoe\n\n"
            "Nuala Breen has thrown pots in the same shed for 40 years. Her neighbour, Con Daly, calls her "
            "stubborn.\n\n"
            "“She won’t take advice from anyone,” Daly says. “Never has.”\n\n"
            "Breen laughs when this is put to her. “Con has been giving me advice since 1984.”\n\n"
            "Asked about retiring, she shakes her head. “Not while the kiln works.”")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Con Daly"] * 2 + ["Nuala Breen"] * 2


def test_answers_to_questions_in_the_writer_s_words_are_the_interviewee_s(extract):
    text = ("‘The river decides’: a ferryman on forty years of crossings\n\n"
            "Malik Osei has run the Kessock ferry since 1985. We asked him about floods, fares and the bridge.\n\n"
            "How did you start?\n\n"
            "“My uncle needed a deckhand and I needed a job. That was the whole plan.”\n\n"
            "The bridge opened in 1992. Did you think it would end the ferry?\n\n"
            "“Everyone did. But tourists like a boat more than a bridge.”")
    # the headline's quotation too: "a ferryman" is the one the story opens on
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Malik Osei"] * 3


def test_a_place_of_several_words_before_based_names_no_company(extract):
    text = ("Chipmaker shares slide as chief executive warns of slowdown\n\n"
            "SAN JOSE, Calif., Oct 23 - Corvel Semiconductor Corp forecast revenue below estimates on Wednesday, "
            "sending its shares down 9%.\n\n"
            "The San Jose-based company expects revenue of $1.42 billion for the quarter.\n\n"
            "The company also said it would cut about 380 jobs in a unit it said was “being refocused on cars.”")
    assert {q.speaker for q in extract(text)} == {"Corvel Semiconductor Corp"}


def test_mum_names_a_mother_and_a_child_aged_before_her_name_is_no_ms(extract):
    text = ("Pool closure petition\n\n"
            "Among the swimmers was 12-year-old Ava Lindsay, who trains three mornings a week with her mum, "
            "Gillian.\n\n"
            "“We would have to drive 40 minutes to the next pool,” Ms Lindsay said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Gillian Lindsay"]


@pytest.mark.parametrize("title", ["County Auditor", "County Judge-Executive", "Property Appraiser",
                                   "Alderperson", "Chairperson"])
def test_local_government_and_school_titles_are_no_part_of_a_name(extract, title):
    text = f"{title} Renata Kowalski said the figures were “a fair estimate” of the cost."
    assert [q.speaker for q in extract(text)] == ["Renata Kowalski"]


def test_one_who_shouts_after_a_leading_phrase_says_the_quote_after(extract):
    text = ("The bakery on the square\n\n"
            "Eluned Prys runs the bakery with her husband, Dafydd Prys.\n\n"
            "From the back of the bakehouse, Dafydd yells over the mixer. “Eluned, we’re out of currants!”")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Dafydd Prys"]


def test_the_co_op_is_the_cooperative_named_before(extract):
    text = ("Storm leaves thousands without power\n\n"
            "Harlan Valley Electric Cooperative says about 2,100 of its members are without power.\n\n"
            "The co-op said crews were on their way. “Treat every downed line as live,” the statement said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Harlan Valley Electric Cooperative"]


def test_a_message_speaks_for_whoever_sent_it(extract):
    text = ("Schools closed after storm\n\n"
            "Harlow County Schools will be closed Thursday, Superintendent Denise Ocampo announced in a message "
            "to parents. The gym lost part of its roof, she said.\n\n"
            "“Our buildings can be fixed,” the message said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Denise Ocampo"]


def test_a_statement_read_out_by_another_is_its_writer_s(extract):
    text = ("Man jailed for assault on driver\n\n"
            "In a victim impact statement read to the court by Garda Niall Foley, Mr Hegarty said he had "
            "driven a bus for 30 years.\n\n"
            "“I no longer work at night,” the statement said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Hegarty"]


def test_gaelic_and_maori_given_names_say_who_she_is(extract):
    text = ("The last voyage\n\n"
            "Isobel Guthrie has skippered the Barra ferry for 28 years. “She never raises her voice,” says "
            "Calum Morrison, the chief officer.\n\n"
            "She shrugs off the compliment. “The sea doesn’t care who you are,” she says.\n\n"
            "Tama Ngata has retired as principal. His wife, Hine Ngata, teaches the senior class.\n\n"
            "“He’s terrible at retiring,” she says.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [
        "Calum Morrison", "Isobel Guthrie", "Hine Ngata"]


def test_her_kin_is_no_kin_of_the_man_named_just_before(extract):
    text = ("The last voyage\n\n"
            "Isobel Guthrie grew up on Barra. “She was always on the pier,” says Calum Morrison, a neighbour.\n\n"
            "Her mother, Peigi, kept a guesthouse. “Isobel hated the guests,” Peigi said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Calum Morrison", "Peigi Guthrie"]


def test_a_surname_then_senior_is_the_father(extract):
    text = ("Striker set for move\n\n"
            "Kofi Mensah is represented by his father, Samuel Mensah, a former semi-professional player.\n\n"
            "“This is a special one for the family,” Mensah senior told the Gazette.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Samuel Mensah"]


def test_an_age_no_one_was_given_opening_a_sentence_keeps_the_one_just_quoted(extract):
    text = ("Late winner for Ashby\n\n"
            "Ashby manager Colin Whitmore said his side had finally shown some character, after Castlebridge "
            "striker Tom Harding missed two early chances.\n\n"
            "“We were relentless in the second half,” Whitmore said.\n\n"
            "The 48-year-old was less happy with the first half, when Castlebridge could have been out of sight "
            "had Harding not headed against the bar.\n\n"
            "“We were nowhere near it,” he admitted.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Colin Whitmore", "Colin Whitmore"]


def test_the_scot_after_a_question_about_another_is_the_one_asked(extract):
    text = ("Manager coy on striker deal\n\n"
            "Redfern manager Alistair Baird refused to be drawn on a move for Kofi Mensah.\n\n"
            "“Not until I see him in a shirt,” Baird said.\n\n"
            "Pressed on whether Mensah was the kind of striker his side had lacked, the Scot was more "
            "forthcoming.\n\n"
            "“We need more goals in the team,” he said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Alistair Baird", "Alistair Baird"]


def test_a_surname_said_his_wife_is_the_man_of_that_name(extract):
    text = ("Snow clearing row\n\n"
            "“People were trapped in their homes,” said Coun. Yvette Gagnon, who brought the motion.\n\n"
            "Among the residents who addressed council was Marcel Gagnon, no relation to the councillor.\n\n"
            "Gagnon said his wife missed a dialysis session.\n\n"
            "“I just want a list of the houses that can’t wait,” the 70-year-old told council.")
    assert [(q.kind, q.speaker) for q in extract(text)] == [
        ("direct", "Yvette Gagnon"), ("indirect", "Marcel Gagnon"), ("direct", "Marcel Gagnon")]


def test_an_owner_in_a_title_says_nothing_of_its_holder_s_gender(extract):
    text = ("Coach jailed for fraud\n\n"
            "Court of King’s Bench Justice Maureen Kowalchuk handed down the sentence on Thursday.\n\n"
            "Crown prosecutor Dana Pelletier had asked for three years.\n\n"
            "Kowalchuk acknowledged the guilty plea, but said a conditional sentence would not do.\n\n"
            "“Addiction may explain this conduct. It does not excuse it,” she said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Maureen Kowalchuk"]


def test_a_player_s_position_before_the_name_is_no_part_of_it(extract):
    text = ("Ashby snatch late win\n\n"
            "Substitute Callum Dyer struck in the 89th minute as Ashby came from behind.\n\n"
            "Dyer, who joined in the summer, said the goal was “the best feeling I’ve had in football”.")
    assert [q.speaker for q in extract(text)] == ["Callum Dyer"]


def test_a_lede_s_mum_of_someone_is_the_one_of_her_surname_named_next(extract):
    text = ("Soap star’s mum speaks out\n\n"
            "THE mum of Harbour Street star Kayla Brooks has told how her daughter “cried for days” after being "
            "axed.\n\n"
            "Denise Brooks, 58, said the 29-year-old was given two weeks’ notice.\n\n"
            "Kayla’s sister, Leanne Brooks, shared a photo of the pair.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Denise Brooks"]


def test_the_conference_and_the_league_are_the_bodies_named_so(extract):
    text = ("Court rules against athletic conference\n\n"
            "The Plains Valley Athletic Conference banned payments to players. A judge ruled against it.\n\n"
            "The conference said in a statement that it “respectfully disagrees” with the ruling.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Plains Valley Athletic Conference"]


def test_a_short_paragraph_of_capitalised_names_with_a_verb_is_no_headline(extract):
    text = ("Trolley crisis live\n\n"
            "10:15\n"
            "Our Health Correspondent Ciarán Kehoe is at University Hospital Kilbride.\n\n"
            "\"There is a queue of ambulances outside,\" he reports.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Ciarán Kehoe"]


def test_the_daughter_of_one_patient_is_someone_new(extract):
    text = ("Trolley crisis live\n\n"
            "The union's general secretary, Bríd Nic Aodha, was speaking on radio a short time ago.\n\n"
            "10:32\n"
            "The daughter of one patient, who did not want to be named, told RTÉ News that her mother had been on "
            "a trolley since Sunday.\n\n"
            "\"She's in a corridor beside the toilets,\" she said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["daughter of one patient"]


def test_one_after_a_quote_and_another_are_of_the_people_before(extract):
    text = ("Chef closes his first restaurant\n\n"
            "Regulars flooded the comments with memories. “My husband proposed at table 12,” one wrote. Another "
            "added: “Best cacio e pepe in the city.”")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["regular", "regular"]


def test_one_of_a_group_named_in_apposition_is_that_person(extract):
    text = ("Village club celebrates its hero\n\n"
            "The club now has 140 members. One of them, 14-year-old Kieran Mensah, said he wanted to “do exactly "
            "what Femi did, but at linebacker”.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Kieran Mensah"]


def test_a_name_with_its_kin_after_it_is_a_person_of_that_gender(extract):
    text = ("Lunch with the novelist\n\n"
            "Harriet Ashcombe wrote her first book in a car park. Jonty Mercer, her husband of 30 years and a "
            "retired vet, confirms this when I ring him. “I thought she was having an affair,” he says.\n\n"
            "The success, when it came, was sudden and, she says, “slightly horrifying, to be honest”.")
    assert [q.speaker for q in extract(text) if q.kind in ("direct", "partial")] == ["Jonty Mercer",
                                                                                    "Harriet Ashcombe"]


def test_what_a_thing_says_in_a_speakers_report_of_it_is_the_speakers(extract):
    text = ("Heat study welcomed\n\n"
            "Nepean Hills mayor Craig Bettany welcomed the research, saying it confirmed \"what western Sydney has "
            "been saying for a decade\".")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Craig Bettany"]


def test_the_team_and_the_club_are_the_team_the_story_names(extract):
    text = ("Deadline day\n\n"
            "The Louisville Thoroughbreds traded Marcus Adeyemi on Thursday to the Baltimore Harbormasters for "
            "two picks. \"We thank Marcus for seven remarkable seasons,\" the team said in a statement.\n\n"
            "Castlebridge Town have sacked manager Martin Kearns after a run of six defeats. \"We wish Martin well "
            "in the future,\" the club said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Louisville Thoroughbreds",
                                                                        "Castlebridge Town"]


def test_a_ledes_role_of_a_place_is_the_person_named_below(extract):
    text = ("Budget gap widens\n\n"
            "BELFAST -- Northern Ireland's finance minister warned Tuesday that the government faces \"impossible "
            "choices, all of them painful\" after officials found a shortfall.\n\n"
            "Ruairí Kearney told lawmakers that every department had been asked to model cuts.")
    other = ("Aid talks open\n\n"
             "Donors came under pressure on Monday, with Ghana’s health chief warning that the money will \"arrive "
             "late, arrive small, or not arrive at all\".\n\n"
             "Opening the talks in Accra, Health Minister Kwabena Owusu-Ansah said funding had fallen short.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Ruairí Kearney"]
    assert [q.speaker for q in extract(other) if q.kind == "partial"] == ["Kwabena Owusu-Ansah"]


def test_a_bodys_role_is_the_person_given_that_role(extract):
    text = ("Coach profile\n\n"
            "Magpies captain Lachie Brennan, a 27-year-old plumber, trains twice a week.\n\n"
            "“He doesn’t yell much,” the club’s captain says. “He just looks at you.”")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Lachie Brennan", "Lachie Brennan"]


def test_the_younger_of_an_uncle_and_nephew_is_the_nephew(extract):
    text = ("Manager stays calm\n\n"
            "Kilmarnock Vale boss Gordon Rennie insists his side can still go up.\n\n"
            "Much of the burden falls on his nephew, Callum Rennie, the 21-year-old striker.\n\n"
            "Asked about the family connection, the manager was quick to shut down any talk of favouritism.\n\n"
            "“He gets no special treatment, believe me,” he said.\n\n"
            "The younger Rennie, speaking separately, said he was enjoying the chance to lead the line.\n\n"
            "“It’s pressure, but it’s the pressure you want as a striker,” he said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Gordon Rennie", "Callum Rennie"]


def test_a_name_sharing_a_family_surname_is_a_person(extract):
    text = ("A borewell divides two brothers\n\n"
            "Shivaji Pawar remembers the afternoon the borewell on his family’s land gave up.\n\n"
            "“The motor just started coughing,” says the 52-year-old, standing beside a capped pipe.\n\n"
            "The following year his younger brother, Vijay Pawar, drilled again on his share of the land.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Shivaji Pawar"]


def test_an_aside_between_double_hyphens_is_stepped_over(extract):
    text = ("Budget\n\n"
            "Economy Minister Declan Moran said the cuts threatened plans for childcare.\n\n"
            "Health Minister Siobhán Moran -- no relation to the economy minister -- said her budget was already "
            "\"stretched far beyond breaking point.\"")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Siobhán Moran"]


def test_bodies_are_named_in_full_from_their_short_forms(extract):
    text = ("Bank warns on profit\n\n"
            "Harcourt Bank, the mid-sized lender, has warned that profits will fall.\n\n"
            "In a trading update, Harcourt said it now expected profit well below \"at least £800m\" this year.\n\n"
            "The lender faces pressure from Redwater Point Capital, an activist fund. In a letter last month, "
            "Redwater Point said its return on equity remained “unacceptably low for a bank of its size”.\n\n"
            "The Victoria State Emergency Service has issued a warning. In an alert, the SES said: “Move to "
            "higher ground now.”")
    assert [q.speaker for q in extract(text) if q.kind in ("partial", "direct")] == [
        "Harcourt Bank", "Redwater Point Capital", "Victoria State Emergency Service"]


def test_a_ledes_unnamed_body_is_the_body_named_next(extract):
    text = ("Farmland birds at lowest level on record\n\n"
            "Numbers of farmland birds have fallen to a record low, with the corn bunting \"teetering on the brink "
            "of extinction\", according to a wildlife charity.\n\n"
            "The Hedgerow Bird Trust's annual report, published on Tuesday, found that its index had fallen by 61%.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Hedgerow Bird Trust"]


def test_a_union_local_is_named_with_its_number(extract):
    text = ("Firefighters back levy\n\n"
            "In a statement, Carver County Professional Firefighters Local 2210 said its members \"see every day "
            "what a delay can mean\".\n\n"
            "\"We live here too,\" the union said.")
    assert [q.speaker for q in extract(text) if q.kind in ("partial", "direct")] == [
        "Carver County Professional Firefighters Local 2210"] * 2


def test_a_live_blogs_time_is_no_part_of_the_sentences_subject(extract):
    text = ("Questions live\n\n"
            "Opposition leader Fergus Dalgleish rises first.\n\n"
            "12:05 Mr Dalgleish comes back, accusing the government of “reading out the same script every winter”.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Fergus Dalgleish"]


def test_it_is_the_body_its_sentence_or_the_one_before_opens_on(extract):
    text = ("Bridge report\n\n"
            "The Centre for Road Safety and Equity reviewed 37 bridges. It said only eight had \"a dedicated "
            "source of funding for repairs\".\n\n"
            "MUNICH, Oct 9 (Reuters) - German car parts maker Kessler Automotive will cut 4,500 jobs, it said on "
            "Wednesday, as \"weaker demand for electric vehicles\" squeezes its margins.\n\n"
            "The Ottapalam Bridge Inquiry Committee reported on Monday. The committee has recommended that checks "
            "be made mandatory. It also described the compensation paid to families as “wholly inadequate for "
            "their loss”.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == [
        "Centre for Road Safety and Equity", "Kessler Automotive", "Ottapalam Bridge Inquiry Committee"]


def test_the_body_owning_a_thing_is_named_by_its_kind(extract):
    text = ("Final called off\n\n"
            "The final of the Western Plains Cricket Association's Country Cup was called off after 11 overs.\n\n"
            "The association said in a statement: \"The board will meet on Tuesday to set a new date.\"")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Western Plains Cricket Association"]


def test_the_fiscal_is_the_prosecutor_scottish_courts_name(extract):
    text = ("Fish farm manager fined\n\n"
            "Fiscal depute Morag Lennox said the discrepancy came to light in August.\n\n"
            "“He stated that he had meant to bring the numbers under control,” the fiscal said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Morag Lennox"]


def test_a_plural_title_names_a_pair_and_is_no_part_of_a_name(extract):
    text = ("Pitch ruled unsafe\n\n"
            "Umpires Neil Carver and Imran Sheikh spoke to both captains and inspected the pitch.\n\n"
            "In their report, the umpires said the surface \"presented an unacceptable risk of injury\".\n\n"
            "Carver, who has umpired for 31 years, told the paper the decision was not a difficult one.\n\n"
            "\"We've both umpired for a long time,\" he said.")
    assert [q.speaker for q in extract(text) if q.kind in ("partial", "direct")] == [
        "Neil Carver and Imran Sheikh", "Neil Carver"]


def test_a_bodys_noun_is_the_body_the_sentence_before_opens_on(extract):
    text = ("Rail strike live\n\n"
            "Members of the Rail Workers’ Union walked out at midnight. \"We had no choice,\" the union said.\n\n"
            "8.41am\n\n"
            "Moorland Rail has responded. In a statement, the operator said it had made “a fair and affordable "
            "offer to every signaller”.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Moorland Rail"]


def test_west_african_honorifics_are_no_part_of_a_name(extract):
    text = ("Chiefs demand road\n\n"
            "Nana Kwabena Osei-Bonsu II, the chief of the area, said the road was \"a death trap for our people\".\n\n"
            "Hajiya Amina Lawal, a food seller, said: “A plate used to be N300. Now it is N700.”\n\n"
            "“We only hear about it on the radio,” said Malam Sani Bello.\n\n"
            "Opanin Yaw Mensah, 81, said: “Every year they tell us the road will be done.”")
    assert [q.speaker for q in extract(text) if q.kind in ("partial", "direct")] == [
        "Kwabena Osei-Bonsu II", "Amina Lawal", "Sani Bello", "Yaw Mensah"]


def test_a_name_after_an_honorifics_dot_is_a_person_whatever_its_first_word(extract):
    text = ("By-election live\n\n"
            "The winner, Dr. Comfort Owusu-Ansah, has addressed supporters at her campaign office.\n\n"
            "\"This victory belongs to every mother who walks for water,\" she said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Comfort Owusu-Ansah"]


def test_an_ampersand_and_a_states_letters_are_words_of_a_bodys_name(extract):
    text = ("Scam victims\n\n"
            "Ashby & Crane Bank told her it would not reimburse her. The bank said she had \"chosen to proceed "
            "with the payments\".\n\n"
            "The Energy and Water Ombudsman NT said complaints about hardship had \"risen sharply this year\".")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == [
        "Ashby & Crane Bank", "Energy and Water Ombudsman NT"]


def test_a_name_after_a_role_opening_its_sentence_is_its_subject(extract):
    text = ("Coach fumes at referee\n\n"
            "Across the corridor, the mood was darker. Hartfield’s head coach, Neil Rourke, began by saying he "
            "would not discuss the referee, Gareth Pym, and then spent five minutes doing exactly that.\n\n"
            "“Three scrum penalties in the last 12 minutes, all going one way,” he said.")
    floating = text.replace(",” he said.", ".”")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Neil Rourke"]
    assert [q.speaker for q in extract(floating) if q.kind == "direct"] == ["Neil Rourke"]


def test_names_opening_on_a_capital_with_a_macron_or_cedilla_are_names(extract):
    text = ("Settlement signed\n\n"
            "Her husband, Hemi, died in 2011. The iwi’s lead negotiator, Dr Ōtene Parata, has spent most of his "
            "working life on the claim.\n\n"
            "“For my mother’s generation, the apology is the whole thing,” he says.\n\n"
            "Şükrü Yılmaz, the club’s president, was less happy. “We were robbed,” he said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Ōtene Parata", "Şükrü Yılmaz"]


def test_a_name_only_ever_written_after_the_is_no_person(extract):
    text = ("Skipper ready for last dance\n\n"
            "Tevita Fonua has played 211 games for Ōtara. On Saturday the 34-year-old will run out for the last "
            "time, in the Te Waipounamu premier club final against Northern Old Boys.\n\n"
            "He is not ready to get sentimental just yet.\n\n"
            "“Ask me on Sunday morning,” the loose forward said with a grin.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Tevita Fonua"]


def test_a_headlines_first_two_words_of_a_longer_name_are_no_name_of_their_own(extract):
    text = ("Kacey Lynn Collier and Husband Dale Collier Split After 11 Years\n\n"
            "Kacey Lynn Collier and her husband Dale Collier are going their separate ways.\n\n"
            "“Every song is a little bit true and a little bit made up,” Kacey said at the time.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Kacey Lynn Collier"]


def test_people_across_a_place_are_those_people_not_the_place(extract):
    text = ("Pensioners in the dark\n\n"
            "Dorothy Keane keeps a torch on the arm of her recliner.\n\n"
            "Financial counsellors across Adelaide say they are seeing more older clients than ever.\n\n"
            "“I sit in the dark to save a few dollars,” she says.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Dorothy Keane"]


def test_a_body_introduced_unnamed_then_named_is_that_body_in_full(extract):
    text = ("Brothers charged\n\n"
            "Two brothers are accused of defrauding a south credit union of more than $2.3 million.\n\n"
            "Kevin Ramdeen, 39, faces 27 charges of defrauding the Siparia Teachers' Credit Union Co-operative "
            "Society Ltd.\n\n"
            "The credit union, in a statement issued last week, said it had discovered \"irregularities in several "
            "accounts\" during an audit.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == [
        "Siparia Teachers' Credit Union Co-operative Society Ltd."]


def test_she_is_never_the_one_man_named_where_another_speaker_is_in_view(extract):
    text = ("Hearing live\n\n"
            "The sharpest exchange came when Okafor, the committee’s ranking member, pressed Owen Lindqvist on "
            "whether his company would accept audits.\n\n"
            "“If the auditor is picked by the company being audited, is that really an audit?” Okafor asked.\n\n"
            "“Senator, I think the question is who has the expertise,” Lindqvist replied.\n\n"
            "“That sounds like an argument for hiring more of them,” she shot back.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"][2] != "Owen Lindqvist"


def test_an_engineers_and_an_advocates_titles_are_no_part_of_a_name(extract):
    text = ("Tram approved\n\n"
            "“This is the largest transport investment in the emirate’s history,” said Eng. Khalid Saeed Al "
            "Marri, Director-General of the authority. “It will change the city.”\n\n"
            "His counsel, Adv Manoj Dubey, said: \"This is a false and motivated FIR.\"")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [
        "Khalid Saeed Al Marri", "Khalid Saeed Al Marri", "Manoj Dubey"]


def test_a_cricket_opener_and_initials_after_a_places_words_are_read(extract):
    text = ("Thriller in Colombo\n\n"
            "Opener Chamath Wijesinghe, who made a patient 62, said batting had not been easy early on. Chamath "
            "described the surface as \"two-paced and very slow\" in the first hour.\n\n"
            "The Ras Al Khaimah Property Regulatory Office oversees developers. A PRO spokesperson said: “If a "
            "salesperson cannot give you the escrow account number, walk away.”")
    assert [q.speaker for q in extract(text) if q.kind in ("partial", "direct")] == [
        "Chamath Wijesinghe", "Ras Al Khaimah Property Regulatory Office spokesperson"]


def test_initials_after_a_places_words_never_reach_across_a_sentence(extract):
    text = ("Weather live\n\n"
            "Heavy rain hit the UAE. The Federal Weather and Seismology Centre has issued an orange alert.\n\n"
            "3.30pm: A FWSC spokesperson said: “The system is moving more slowly than the models expected.”")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [
        "Federal Weather and Seismology Centre spokesperson"]


def test_an_irish_surname_with_a_prefixed_h_is_one_name(extract):
    text = ("Sentencing in Ennis\n\n"
            "Judge Brídín Ó hUiginn heard the case on Tuesday. Judge Ó hUiginn said it had been “a senseless "
            "assault on a woman walking home”.\n\n"
            "“Nobody in this town should be afraid to walk home,” the judge said.\n\n"
            "The victim's friend, Saoirse Ní hAodha, said: “We just want it to stop.”")
    assert [q.speaker for q in extract(text) if q.kind in ("partial", "direct")] == [
        "Brídín Ó hUiginn", "Brídín Ó hUiginn", "Saoirse Ní hAodha"]


def test_a_son_named_by_first_name_takes_his_fathers_surname_with_its_particles(extract):
    text = ("Vineyard in trouble\n\n"
            "Hendrik de Villiers has grown grapes outside Robertson for 40 years.\n\n"
            "“We have never picked this early,” says De Villiers, 71.\n\n"
            "His son, Pieter, 38, keeps the books.\n\n"
            "“The numbers do not lie,” he says.\n\n"
            "Pieter de Villiers says the co-op has cut its price twice.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Hendrik de Villiers", "Pieter de Villiers"]


@pytest.mark.parametrize("text,speaker", [
    ("Tri-Valley Propane, which supplies the county, cut its prices on Friday.\n\n"
     "In a statement, the company said: “We apologise for the delay.”", "Tri-Valley Propane"),
    ("The Friends of Carrow Park said it had planted 400 trees.\n\n"
     "“Every one was paid for by local people,” the charity said.", "Friends of Carrow Park"),
    ("The Northern Beekeepers Guild, a trade group representing hobby keepers, said numbers had fallen. "
     "“It has been a hard winter,” the group said.", "Northern Beekeepers Guild"),
])
def test_the_company_is_the_body_the_sentence_before_opens_on(extract, text, speaker):
    assert [q.speaker for q in extract("Update\n\n" + text) if q.kind == "direct"] == [speaker]


def test_a_documents_author_never_runs_across_a_sentences_end(extract):
    text = ("Storm live\n\n"
            "We have just received a statement from the Kilifi County Government. It says schools will stay "
            "closed.\n\n"
            "“All learners are safe,” the statement said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Kilifi County Government"]


def test_a_spokesperson_for_a_fire_and_rescue_service_speaks_for_one_body(extract):
    text = ("Crash on the M62\n\n"
            "A spokesperson for West Yorkshire Fire and Rescue said: “Crews freed two people from the car.”\n\n"
            "A spokesman for Senators Grassley and Leahy said: “They will vote no.”")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [
        "West Yorkshire Fire and Rescue spokesperson", "Grassley and Leahy"]


def test_they_after_a_persons_family_speaks_is_that_family(extract):
    text = ("Cyclist badly hurt\n\n"
            "Aled Morgan, 61, was struck on the A483. Mid Wales Ambulance Service said it had taken one man to "
            "hospital.\n\n"
            "In a statement released through police, Mr Morgan’s family thanked the passers-by who helped him.\n\n"
            "“Aled has ridden that road for thirty years,” they said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Aled Morgan’s family"]


def test_their_father_is_the_one_man_of_the_familys_name(extract):
    text = ("The Okonjo twins\n\n"
            "“We argue about splits every night,” Ada Okonjo said. Her sister, Chioma Okonjo, nodded.\n\n"
            "“Coaching them is the easy part,” said Emeka Okonjo, who has led the club since 2015.\n\n"
            "Their father said the rivalry started when they were four.")
    assert [q.speaker for q in extract(text) if q.kind == "indirect"][-1] == "Emeka Okonjo"


def test_a_plural_owner_before_a_first_name_is_no_part_of_the_name(extract):
    text = ("Island Hearts’ Kayla and Reece split after six weeks\n\n"
            "ISLAND Hearts star Kayla Mbeki has split from boyfriend Reece Dunn.\n\n"
            "In a post, Kayla wrote: “We are no longer together.”\n\n"
            "Analysts’ Tom Hardcastle said: “Ratings will dip.”")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Kayla Mbeki", "Tom Hardcastle"]


def test_an_owner_before_a_first_name_and_surname_goes_to_the_role(extract):
    text = ("Soap news\n\n"
            "“I’m not going anywhere,” Maple Close’s Dana Whitlock told us.\n\n"
            "Speaking at the launch, Brookfield University's Omar Haddad said: “The data is clear.”")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Dana Whitlock", "Omar Haddad"]


def test_the_city_of_a_place_is_the_municipality_that_speaks(extract):
    text = ("Road closure\n\n"
            "In a written reply, the City of Tshwane said the bridge was “structurally unsafe”.\n\n"
            "The Town of Aurora said: \"The road will reopen on Friday.\"")
    assert [q.speaker for q in extract(text) if q.kind in ("partial", "direct")] == [
        "City of Tshwane", "Town of Aurora"]


def test_mr_of_two_who_share_a_surname_is_the_man(extract):
    text = ("Bowler retires\n\n"
            "Fast bowler Jess Ridley has retired from international cricket after 12 years.\n\n"
            "Ridley’s father, Greg Ridley, who coached her in junior cricket, said the family was proud.\n\n"
            "“She used to bowl at me until it was dark,” Mr Ridley said.\n\n"
            "Asked what came next, Ridley said she would rest. “I’ll be in the crowd now,” she said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Greg Ridley", "Jess Ridley"]


def test_a_statement_is_its_sentences_subject_after_a_longer_verb(extract):
    text = ("Budget hearing\n\n"
            "The Kansas Rural Hospitals Alliance, which represents 40 hospitals, hit back at the plan in a "
            "written statement sent to lawmakers.\n\n"
            "“These cuts would close emergency rooms,” the statement read.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Kansas Rural Hospitals Alliance"]


def test_a_spokesperson_for_a_bodys_first_word_speaks_for_that_body(extract):
    text = ("Wells tested\n\n"
            "The plant was bought by Dalton Industrial Holdings in 2011. A spokesperson for Dalton said the "
            "company \"has not been contacted by regulators\".")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Dalton Industrial Holdings spokesperson"]


def test_a_couple_named_with_one_surname_are_both_named_in_full(extract):
    text = ("Six months after the flood\n\n"
            "The water line is still visible in Floyd and Imogene Pruitt’s living room.\n\n"
            "“It’s not home, but it’s dry,” said Mr. Pruitt, 74. Hillary Clinton and Bernie Sanders were not "
            "mentioned.\n\n"
            "“We are grateful,” Mrs. Pruitt said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Floyd Pruitt", "Imogene Pruitt"]


def test_a_bare_spokesperson_speaks_for_the_body_the_sentence_before_opens_on(extract):
    text = ("Strike live\n\n"
            "Greater Tyne Transport, which oversees bus services in the region, has urged both sides to talk.\n\n"
            "A spokesperson said: \"We are disappointed that passengers face disruption.\"\n\n"
            "Talks broke down on Monday. A spokesman said: \"We will not comment.\"")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [
        "Greater Tyne Transport spokesperson", "spokesman"]


def test_a_spokesperson_for_a_terminals_company_is_no_persons(extract):
    text = ("Port lockout\n\n"
            "In Vancouver, a spokesperson for Glen Harbour Terminals said the port was “coping, for now.”")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Glen Harbour Terminals spokesperson"]


def test_mac_an_joins_an_irish_surname(extract):
    text = ("Appeal for witnesses\n\n"
            "Pádraig Mac an Iomaire, 71, died after he was struck by a car in Spiddal.\n\n"
            "In a statement, Mr Mac an Iomaire’s family said he was “the kindest man in Connemara”.\n\n"
            "“She never missed a match,” said her friend Úna Nic an tSaoi.")
    assert [q.speaker for q in extract(text) if q.kind in ("partial", "direct")] == [
        "Pádraig Mac an Iomaire’s family", "Úna Nic an tSaoi"]


def test_a_role_said_to_be_held_is_the_one_the_description_names(extract):
    text = ("Sheriff interview\n\n"
            "Monique Harte has been Ridgeway County’s sheriff for 97 days.\n\n"
            "Anchor Dana Whitley sat down with Harte on Wednesday.\n\n"
            "“Did you expect that kind of pushback?” Whitley asked.\n\n"
            "“Some of it, sure,” the sheriff said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Dana Whitley", "Monique Harte"]


def test_a_person_of_a_body_is_the_person_with_the_body_as_their_role(extract):
    text = ("Markets\n\n"
            "Analyst Priya Menon of Harbour Crest Securities called the bank “one of the better-run mid-caps”.\n\n"
            "The Bank of England said: “Rates will stay where they are.”")
    found = [(q.speaker, q.role) for q in extract(text) if q.kind in ("partial", "direct")]
    assert found[0][0] == "Priya Menon" and "of Harbour Crest Securities" in found[0][1]
    assert found[1][0] == "Bank of England"


def test_a_word_the_article_writes_after_an_honorific_starts_the_ministers_name(extract):
    text = ("Retirement top-ups widened for older citizens\n\n"
            "Minister of State for Manpower Farhan Rizal Osman announced the changes in Parliament on "
            "Tuesday, in reply to questions from several MPs.\n\n"
            "“Many of our seniors started work when wages were low,” said Dr Farhan.\n\n"
            "“We heard from families who wanted to help but could not,” said the 51-year-old office-holder.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Farhan Rizal Osman"] * 2


def test_a_surname_particle_does_not_keep_the_body_in_the_persons_name(extract):
    text = ("Screening\n\n"
            "The lead author, Dr Ingrid van der Houten of Maasland University Hospital, said: "
            "“We miss too many cancers in people who never smoked.”")
    found = [(q.speaker, q.role) for q in extract(text) if q.kind == "direct"]
    assert found[0][0] == "Ingrid van der Houten" and "Maasland University Hospital" in found[0][1]


def test_a_short_form_of_a_first_name_is_the_same_person(extract):
    text = ("Agronomist Kat Wendling on weeds, wet summers and the sorghum gamble\n\n"
            "Dr Katherine Wendling has walked more paddocks on the Darling Downs than she cares to count.\n\n"
            "“Listen to the farmer first,” Wendling says.\n\n"
            "“He has been looking at that paddock for 30 years,” Kat Wendling adds.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Katherine Wendling"] * 2


def test_a_title_ending_a_sentence_names_no_one_by_the_next_word(extract):
    text = ("Rights ruling\n\n"
            "Senior State Counsel Dilrukshi Amaratunga appeared for the Attorney General. During the hearings "
            "she had argued that the injuries were “self-inflicted or accidental”.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Dilrukshi Amaratunga"]


@pytest.mark.parametrize("text,speaker", [
    ("Harsha Gunasekera PC, who appeared for the petitioner, told reporters: “This judgment sends a message.”",
     "Harsha Gunasekera"),
    ("Counsel to the governor, Babatunde Olaniyi SAN, said: “We will appeal the judgment.”", "Babatunde Olaniyi"),
])
def test_senior_counsels_letters_are_no_part_of_the_name(extract, text, speaker):
    assert [q.speaker for q in extract("Ruling\n\n" + text) if q.kind == "direct"] == [speaker]


def test_an_age_in_brackets_after_a_name_says_a_person(extract):
    text = ("Landslide\n\n"
            "The petition was filed by Kankanamalage Ruwan Kumara Jayasinghe (44), a three-wheeler driver.\n\n"
            "Inspector W. K. Sunil Jayasinghe denied the charge.\n\n"
            "Ruwan Jayasinghe, who now drives a school van, was in court with his wife.\n\n"
            "“I waited three years for this day,” he said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Kankanamalage Ruwan Kumara Jayasinghe"]


def test_a_body_listing_what_it_is_for_keeps_a_last_item_after_the(extract):
    text = ("Farm protest\n\n"
            "In a statement, the Department of Agriculture, Food and the Marine said the Minister was "
            "“fully committed” to making the case in Brussels.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == [
        "Department of Agriculture, Food and the Marine"]


def test_a_role_acronym_is_the_person_given_that_role(extract):
    text = ("Funding round\n\n"
            "Ledgerline was founded in 2021 by Tomás Delgado, its chief technology officer, and Ana Reyes, "
            "its chief executive.\n\n"
            "“We are not building to sell,” Reyes said. “But I would say that even if we were.”\n\n"
            "“The hard part isn’t reading an invoice,” the CTO said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Ana Reyes", "Ana Reyes", "Tomás Delgado"]


def test_a_name_opening_a_company_name_is_no_person_for_he(extract):
    text = ("Smart glasses review\n\n"
            "Aurelia Labs has spent five years on its first pair of glasses.\n\n"
            "Chris Tanaka, Aurelia vice president of hardware, was candid. "
            "\"We threw out three prototypes,\" he said.\n\n"
            "Aurelia claims 14 hours of use, but Tanaka was quick to add a caveat. "
            "\"If you navigate all day, you will not get 14 hours,\" he said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Chris Tanaka"] * 2



def test_a_judge_given_a_courtesy_title_after_justice_is_the_judge(extract):
    text = ("Land judgement\n\n"
            "In a judgement delivered last Thursday, the court, presided over by Justice Mrs Akosua Mensah-Bonsu, "
            "held that Ridgeview Estates Limited had failed to prove it acquired the land lawfully.\n\n"
            "\"The defendant company has not placed before this court any document,\" the judge said.\n\n"
            "In a statement, Ridgeview Estates said it had acted in a \"lawful and transparent\" manner.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Akosua Mensah-Bonsu"]


@pytest.mark.parametrize("text,speaker", [
    ("“The first sample came from a retired vicar, Colin Ashdown,” she says.\n\n"
     "Mr Ashdown, now 81, remembers filling the envelope. “I thought it would end up in a bin,” he says.",
     "Colin Ashdown"),
    ("“There was an old contractor, Tiny Rāwiri, who kept me on,” she says.\n\n"
     "Rāwiri, now retired in Gisborne, remembers her well. He described her as “stubborn as a mallee root”.",
     "Tiny Rāwiri"),
])
def test_a_name_only_a_quote_gives_in_full_is_the_person_named_by_surname_after(extract, text, speaker):
    assert [q.speaker for q in extract("Profile\n\n" + text)][-1] == speaker


def test_a_ledes_definite_role_is_the_portfolio_holder_named_below(extract):
    text = ("Opposition walks out of flood relief debate\n\n"
            "ISLAMABAD: The National Assembly on Tuesday witnessed angry exchanges over flood relief funds, with "
            "opposition members walking out after the planning minister accused them of “politicising a national "
            "tragedy”.\n\n"
            "Opening the debate, Federal Minister for Planning and Development Asad Karim Bhutta said the government "
            "had released Rs42 billion.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Asad Karim Bhutta"]


@pytest.mark.parametrize("text,speaker", [
    ("Assistant Commissioner of Police (Central) Harjeet Sandhu said an FIR had been registered.\n\n"
     "“Raids are on and the accused will be arrested soon,” the ACP said.", "Harjeet Sandhu"),
    ("Addressing reporters, DCP (Cyber Crimes) K. Lavanya said the victim had received a call.\n\n"
     "“He made 11 transfers in all,” the DCP said.", "K. Lavanya"),
])
def test_south_asian_police_acronyms_are_the_officer_named_before(extract, text, speaker):
    assert [q.speaker for q in extract("Police\n\n" + text) if q.kind == "direct"] == [speaker]


def test_the_surname_brothers_are_the_brothers_named_before(extract):
    text = ("Layoffs at payroll start-up\n\n"
            "Chief executive Aaron Kessler told staff in an email on Monday that 180 jobs would go.\n\n"
            "Daniel Kessler, Aaron’s younger brother and the company’s president, posted a message on LinkedIn.\n\n"
            "In a joint note to customers, the Kessler brothers said service would not be affected: "
            "\"Nothing about your payroll changes this week.\"")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Aaron Kessler and Daniel Kessler"]


def test_her_brother_is_the_man_of_her_surname_a_person_noun_introduces(extract):
    text = ("A Kapadia double\n\n"
            "Photographer Jit Kapadia is up for best feature, while his younger sister, Meera Kapadia, is nominated "
            "for editing.\n\n"
            "“We’ve agreed that whoever wins buys dinner,” said Meera, holding on to her brother’s arm.\n\n"
            "“And whoever loses picks the restaurant, which is worse,” her brother added.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Meera Kapadia", "Jit Kapadia"]


def test_a_filipino_attorneys_title_and_ma_for_maria_are_no_sentence_end(extract):
    text = ("Barangay polls explainer\n\n"
            "\"Congress has broad discretion here,\" said Atty. Ma. Teresa \"Tess\" Buenaventura-Lim, who teaches "
            "constitutional law.")
    assert [q.speaker for q in extract(text)] == ["Ma Teresa Buenaventura-Lim"]


def test_a_description_fronted_before_he_introduces_no_one_new(extract):
    text = ("Quake-prone flats\n\n"
            "Hamish Rutherford chairs the Kauri Court body corporate committee. A structural engineer by training, "
            "he has spent three years commissioning reports.\n\n"
            "“The engineering isn’t the hard bit,” he says.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Hamish Rutherford"]


def test_one_who_described_her_is_not_the_she_who_answers(extract):
    text = ("Committee chair profile\n\n"
            "Morag Sinclair has a rule about her office: no televisions. “If it’s on, you watch it,” she says.\n\n"
            "When the committee criticised the plan as “insufficiently costed”, one shadow minister reportedly "
            "described her as “a Treasury stooge in a Labour rosette”.\n\n"
            "Does that hurt?\n\n"
            "“No,” she says flatly.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"][-1] == "Morag Sinclair"


def test_her_in_what_one_reports_is_their_own(extract):
    # "with her" in what the second victim reports is hers: she is the "she" who speaks next
    text = ("A 70-year-old farmer told police that he had been called by a man claiming to be from his bank.\n\n"
            "\"He knew everything about my account,\" the farmer said.\n\n"
            "A second victim, a 45-year-old nurse from Karama, said the caller had stayed on the line with her for "
            "an hour.\n\n\"He sounded like a real bank officer,\" she told investigators.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["70-year-old farmer", "victim"]


@pytest.mark.parametrize("text, speaker", [
    ("The Interior Ministry in Libya said the convoy had been “attacked without warning”.", "Interior Ministry"),
    ("The refugee agency's office in Amman, which registers new arrivals, said the camps were “at capacity”.",
     "refugee agency's office"),
    ("A spokesman for the UN Assistance Mission in Iraq (UNAMI) said the talks had been “constructive”.",
     "UN Assistance Mission in Iraq spokesman"),
])
def test_a_body_in_a_place_speaks_not_the_place(extract, text, speaker):
    assert [q.speaker for q in extract("Regional round-up\n\n" + text)] == [speaker]


def test_a_body_whose_name_is_a_list_keeps_it_before_a_relative_clause(extract):
    text = ("Port levy\n\n"
            "The Department of Housing, Heritage and Local Government, which had objected to the levy, said it "
            "would “study the ruling closely”.")
    assert [q.speaker for q in extract(text)] == ["Department of Housing, Heritage and Local Government"]


def test_a_shipping_line_named_short_is_the_line_named_in_full(extract):
    text = ("Ferry operator cuts winter sailings\n\n"
            "Solent Crest Lines will run two crossings a day from January, down from five.\n\n"
            "Solent Crest said the change was “driven by demand, not cost”.")
    assert [q.speaker for q in extract(text)] == ["Solent Crest Lines"]


def test_kin_named_together_share_the_surname_whatever_their_given_names(extract):
    text = ("Double gold for the Okonkwos\n\n"
            "Sisters Chidinma and Adaeze Okonkwo both won gold at the national championships in Lagos.\n\n"
            "Chidinma, 24, took the 400m title first. “We train together every day, so this is for both of us,” "
            "said Chidinma.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Chidinma Okonkwo"]


def test_a_relative_clause_with_commas_of_its_own_leaves_the_name_before_it_the_subject(extract):
    text = ("Allotment row\n\n"
            "Gardener Joan Petrie has been told to remove her shed.\n\n"
            "Joan, who shares the plot with her partner, retired joiner Alan Kerr, and their grandsons Rory, 12, "
            "and Finn, 9, said the council had given her “no warning at all”.")
    assert [q.speaker for q in extract(text)] == ["Joan Petrie"]


def test_the_role_the_lede_gives_after_the_headline_gave_another_still_names_her(extract):
    text = ("Former TV star Gemma Rooke opens up about burnout\n\n"
            "Former daytime television presenter Gemma Rooke has spoken about the year she stopped sleeping.\n\n"
            "Her daughter Tilly Rooke, a law student, also spoke on the podcast.\n\n"
            "“Mum was snapping at everyone,” she said.\n\n"
            "The presenter insisted she had left the show for her family.")
    assert [q.speaker for q in extract(text)] == ["Tilly Rooke", "Gemma Rooke"]


def test_a_person_a_body_noun_comes_before_is_no_company(extract):
    text = ("Burnout\n\n"
            "Former rugby international turned broadcaster Fiona Garside has spoken about the year she stopped "
            "sleeping.\n\n"
            "Her sister Kirsty Garside, a physiotherapist, also spoke to the podcast.\n\n"
            "“She was short with everyone for a year,” she said.\n\n"
            "The broadcaster insisted her break had nothing to do with her health.\n\n"
            "“I stepped back because I wanted my evenings back,” she said.")
    assert [(q.speaker, q.speaker_type) for q in extract(text)][1:] == [
        ("Fiona Garside", "person"), ("Fiona Garside", "person")]


def test_a_headlines_surname_is_the_namesake_the_story_names_first(extract):
    text = ("‘We threw it away’: Penhallow fumes as Truro let lead slip\n\n"
            "Graham Penhallow, the Truro City manager, was blunt after the 2-2 draw. “We threw it away,” he said.\n\n"
            "Truro had led through Kieran Moss after 12 minutes.\n\n"
            "Moss then hit the bar before half-time.\n\n"
            "The hosts levelled through a penalty.\n\n"
            "Their second came from a corner in the 88th minute.\n\n"
            "The substitute Jake Penhallow, on loan from Plymouth, hit the post in stoppage time.\n\n"
            "Penhallow was not put up for interview.\n\n"
            "For Penhallow, it was a first appearance of the season.")
    assert [q.speaker for q in extract(text)][0] == "Graham Penhallow"


@pytest.mark.parametrize("kin, relation", [("son", "father"), ("nephew", "uncle")])
def test_kin_written_after_a_name_tells_whose_father_or_uncle_speaks(extract, kin, relation):
    text = ("Late show not enough for Truro\n\n"
            "Graham Penhallow, the Truro City manager, was blunt after the 2-2 draw.\n\n"
            f"The substitute Jake Penhallow – the manager’s {kin}, on loan from Plymouth – hit the post late on.\n\n"
            f"The younger Penhallow was not put up for interview, but his {relation} praised his “energy”.")
    assert [q.speaker for q in extract(text)] == ["Graham Penhallow"]


def test_an_age_opening_a_sentence_before_a_relative_clause_keeps_its_person_followed(extract):
    text = ("Late winner\n\n"
            "Defender Callum Reid scored twice as Dunmore beat Lisburn 3-2.\n\n"
            "“I just kept getting forward. The gaffer told me to be brave. So I was,” Reid told the BBC.\n\n"
            "Dunmore move up to third in the table.\n\n"
            "The 23-year-old, who has three caps, is expected to be in Rob Kessler's squad for the spring friendlies. "
            "He admitted that the call-up was on his mind.\n\n"
            "“It would mean everything,” he said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"][-1] == "Callum Reid"


def test_a_tribunal_whose_name_holds_and_is_one_body(extract):
    text = ("Fares ruling\n\n"
            "The Regional Fares and Pricing Tribunal said the operator had made its case for higher fares.\n\n"
            "“The increase is modest and justified,” the tribunal said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Regional Fares and Pricing Tribunal"]


def test_a_month_after_in_opening_a_sentence_is_no_one_named(extract):
    text = ("New MP profile\n\n"
            "Fiona Abbott was elected for Carrick West last July. She says the abuse started within weeks. In June, "
            "a man was charged after following her home.\n\n"
            "“I didn’t sleep properly for a month,” she says.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Fiona Abbott"]


def test_a_man_introduced_unnamed_is_never_the_she_who_speaks_next(extract):
    text = ("New MP profile\n\n"
            "Fiona Abbott was elected for Carrick West last July. She says the abuse started within weeks. At the "
            "count, a man was removed by security after shouting at her.\n\n"
            "“It was frightening,” she says.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Fiona Abbott"]


def test_a_party_member_described_is_the_one_titled_person_named_before(extract):
    text = ("The nurse in Congress\n\n"
            "Rep. Dolores Quintero keeps her old stethoscope in a drawer of her office desk.\n\n"
            "\"I look at it when the votes get ugly,\" the Arizona Democrat said in an interview.")
    assert [q.speaker for q in extract(text)] == ["Dolores Quintero"]


def test_he_after_a_man_is_brought_in_is_never_the_woman_a_name_list_left_ungendered(extract):
    text = ("Swing seat\n\n"
            "WARREN, Mich. — Dana Whitfield had been speaking for ten minutes when a man near the back raised his "
            "hand.\n\n"
            "“What about my pension?” he said.\n\n"
            "Whitfield, a former county prosecutor, nodded as if she had expected it.\n\n"
            "“I will protect it,” she said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [None, "Dana Whitfield"]


def test_a_country_after_a_body_in_commas_is_where_it_is_no_speaker(extract):
    text = ("Gut bacteria study\n\n"
            "Dr Aoife Byrne, of University College Cork, Ireland, who led the study, said the results were "
            "“striking”.")
    assert [q.speaker for q in extract(text)] == ["Aoife Byrne"]


def test_a_scientist_at_a_university_is_the_scientist(extract):
    text = ("Soil antibiotic\n\n"
            "Priya Natarajan at the University of Leeds, who was not involved in the work, calls it “a remarkable "
            "piece of detective work”.")
    assert [q.speaker for q in extract(text)] == ["Priya Natarajan"]


def test_a_name_apposed_to_a_relative_clauses_last_words_is_not_its_subject(extract):
    text = ("Fraud sentencing\n\n"
            "Mrs Okafor, who sat in the public gallery with her husband’s cousin, Emeka, said the family had been "
            "“torn apart”.")
    assert [q.speaker for q in extract(text)] == ["Okafor"]


def test_the_company_after_shares_of_it_fell_is_the_company(extract):
    text = ("Panel splits\n\n"
            "An FDA advisory panel split 7-6 on a gene therapy made by Corvane Biosciences.\n\n"
            "Shares of Corvane fell 18% in after-hours trading. The company said it was “encouraged” by the "
            "discussion.")
    assert [q.speaker for q in extract(text)] == ["Corvane Biosciences"]


def test_the_congresswoman_is_the_representative_named_before(extract):
    text = ("The teacher in Congress\n\n"
            "Rep. Marisol Vega keeps a box of chalk on her desk.\n\n"
            "Her sister, Ana Vega, still teaches in El Paso. \"She was always the one in charge,\" Ana Vega said.\n\n"
            "\"I taught for 12 years before I ran,\" the congresswoman said.")
    assert [q.speaker for q in extract(text)] == ["Ana Vega", "Marisol Vega"]


def test_the_judge_is_one_of_the_bench_not_counsel_of_the_same_surname(extract):
    text = ("Court pulls up lenders\n\n"
            "\"You had every adviser money could buy,\" a bench of justices Meera Kapoor and Sunil Rao said.\n\n"
            "The bench was hearing appeals against an order of the appellate tribunal.\n\n"
            "The airline stopped flying in May last year.\n\n"
            "Its lenders rejected two rescue plans.\n\n"
            "Senior advocate Vikram Kapoor, appearing for the lenders, said they had acted \"in good faith\".\n\n"
            "\"The lenders would have lost 80% under that plan,\" Kapoor argued.\n\n"
            "Justice Kapoor was not persuaded. \"Nobody faults you for refusing a bad plan,\" the judge said.")
    assert [q.speaker for q in extract(text)][-1] == "Meera Kapoor"


def test_the_aide_is_the_unnamed_aide_introduced_with_three_words_before_the_noun(extract):
    text = ("Shipyard hearing\n\n"
            "Sen. Rebecca Stallworth said she would back the provision. \"Nobody in this room wants delays,\" she "
            "said.\n\n"
            "A senior Senate Democratic aide, granted anonymity to discuss internal talks, said the language was "
            "likely to be included.\n\n"
            "\"There's just no appetite to keep waiting,\" the aide said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"][-1] == "senior Senate Democratic aide"


def test_a_person_described_and_where_they_are_then_named_in_commas_speaks(extract):
    text = ("Pay round\n\n"
            "Her colleague at the Treasury, Daniel Mercer, said on Friday that there would be “no blank cheques” "
            "for public sector pay.")
    assert [q.speaker for q in extract(text)] == ["Daniel Mercer"]


def test_a_roles_initials_before_a_first_name_are_no_part_of_the_name(extract):
    # "MS" (Member of the Senedd) is no "Ms": the man it titles is still "he"
    text = ("Second homes debate\n\n"
            "Opening the debate, Conservative MS Owen Pritchard said the levy had become “a blunt instrument”.\n\n"
            "“Nobody here wants young people priced out,” he said. Labour MSP Ann Kerr disagreed: “It works.”\n\n"
            "“It is a fair question,” said JD Vance.")
    assert [q.speaker for q in extract(text) if q.kind != "indirect"] == [
        "Owen Pritchard", "Owen Pritchard", "Ann Kerr", "JD Vance"]


def test_a_malay_name_shortened_to_its_given_names_is_the_person_in_full(extract):
    # Malaysian and Singaporean papers write "Comm Mohd Rizal" of Mohd Rizal Abdullah and "Asst
    # Comm Tan" of Tan Seng Lee: the rank is no part of the name, the given names are
    text = ("Raids net 98kg of drugs\n\n"
            "Penang police chief Comm Datuk Mohd Faizal Ismail said 14 suspects were held.\n\n"
            "Comm Mohd Faizal said the syndicate rented two units. “They used the units as a store,” he said.\n\n"
            "“We will not hesitate to act,” said Mohd Faizal.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Mohd Faizal Ismail", "Mohd Faizal Ismail"]


def test_where_a_speaker_speaks_from_is_no_speaker(extract):
    text = ("Sewage floods street\n\n"
            "“They come to look,” said Nomsa Dlamini from behind her gate. “They always come to look.”\n\n"
            "“It has been like this since June,” said Peter Venter outside his shop.\n\n"
            "“Nobody listens,” said a woman from behind the counter.\n\n"
            "“I just threw my racquet out,” said Lim Wei Jie with a laugh.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [
        "Nomsa Dlamini", "Nomsa Dlamini", "Peter Venter", "woman", "Lim Wei Jie"]


def test_a_roles_initials_name_the_one_named_in_commas_after_the_role(extract):
    # Nigerian papers introduce a spokesman by his role, then call him by its initials
    text = ("Kidnap victims freed\n\n"
            "The Police Public Relations Officer in the state, DSP Kunle Adeyemi, said six travellers were rescued.\n\n"
            "“The forest will be made uninhabitable for criminals,” the PPRO said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Kunle Adeyemi"]


def test_a_rank_retired_in_brackets_after_a_name_leaves_the_name_the_speaker(extract):
    text = ("Troops retake villages\n\n"
            "The Special Adviser to the Governor on Security Matters, Brig.-Gen. Musa Danladi (retd), commended "
            "the troops, saying “the tide has turned.”\n\n"
            "Col. Ibrahim Sule (rtd), a former commander, said the gains were “real but fragile”.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Musa Danladi", "Ibrahim Sule"]


def test_a_masters_title_is_no_part_of_the_name(extract):
    text = ("The last truck painters\n\n"
            "Under a tin shed in Rawalpindi, Ustad Karim Bakhsh is painting a peacock. “When I started, I was nine "
            "years old,” he said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Karim Bakhsh"]


def test_a_players_position_before_the_name_is_no_part_of_it(extract):
    text = ("Bulldogs change quarterbacks\n\n"
            "“He's a gym rat,” said Receiver Javontae Pruitt. “He's always in the building,” Pitcher Kezion Lutz said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Javontae Pruitt", "Kezion Lutz"]


def test_one_of_people_by_a_noun_for_what_they_do_speaks_as_described(extract):
    # no one is named: the description is the speaker, not nobody; "one slide" is no one
    text = ("Club in administration\n\n"
            "“We've had bad owners before,” said one season-ticket holder. “It's a scandal,” one evacuee said. "
            "One slide said “exports matter”.")
    assert [q.speaker for q in extract(text) if q.kind != "indirect"] == ["season-ticket holder", "one evacuee", None]


def test_a_statement_is_of_the_one_who_released_it_whatever_their_age(extract):
    text = ("Builder jailed\n\n"
            "Doreen Whitcombe, 84, released a statement after the hearing.\n\n"
            "“I was raised to trust a man who shook your hand,” the statement said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Doreen Whitcombe"]


def test_a_company_word_alone_may_open_the_name_of_the_body_it_stands_for(extract):
    # "the Bank" is the Bank of England named before, not a "European Central Bank" named after
    text = ("Rates held\n\n"
            "The Bank of England left interest rates unchanged on Thursday.\n\n"
            "In its statement, the Bank said that \"a gradual and careful approach\" remained appropriate.\n\n"
            "Ms Marchetti, a former European Central Bank economist, dissented.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Bank of England"]


def test_he_after_an_unnamed_worker_reported_is_that_worker(extract):
    # a noun for someone who does something is a person, listed or not; "said" introduces them
    text = ("Plant closes\n\n"
            "Union leader Adewale Ogundimu said the closure was a shock. “We will fight,” he said.\n\n"
            "A forklift operator said workers were told on Monday.\n\n"
            "“They gathered us in the canteen,” he said.\n\n"
            "Another evacuee, who asked that her name not be used, said traffic was backed up.\n\n"
            "“Nobody was panicking,” she said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [
        "Adewale Ogundimu", "forklift operator", "evacuee"]


def test_she_is_never_the_one_person_in_view_the_article_already_called_he(extract):
    # the first-name list alone gives way to the article's pronoun, but not once the article
    # itself has said "he" of him: with no woman in view, "she" stays unresolved
    text = ("Plant closes\n\n"
            "Union leader Adewale Ogundimu said the closure was a shock. “We will fight,” he said.\n\n"
            "Traders at the market said sales had fallen.\n\n"
            "“Nobody was panicking,” she said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Adewale Ogundimu", None]


def test_a_bare_surname_is_not_the_namesake_the_article_calls_by_a_name_inside_hers(extract):
    # Kenyan news calls a runner by the middle name she races under; her husband shares her last name
    text = ("Faith Jepchirchir Rotich won the Eldoret half marathon on Sunday in a course record.\n\n"
            "\"The hills did not scare me this time,\" Jepchirchir said at the finish.\n\n"
            "Jepchirchir's husband, Daniel Rotich, a former steeplechaser, paced her for 15 kilometres.\n\n"
            "\"After the turn it was her race,\" Rotich said.")
    assert said(extract(text)) == [
        ("The hills did not scare me this time,", "Faith Jepchirchir Rotich", "Jepchirchir"),
        ("After the turn it was her race,", "Daniel Rotich", "Rotich"),
    ]


def test_a_courtesy_title_names_the_one_person_of_that_surname_whose_given_name_goes_either_way(extract):
    # Winfred is a man's name in England and a woman's in Kenya: "Ms Achieng" is the one Achieng named
    text = ("Union secretary Winfred Naliaka Achieng addressed nurses outside the county offices on Monday.\n\n"
            "\"We are not going back until the arrears are paid,\" Ms Achieng said.")
    assert said(extract(text))[0][1] == "Winfred Naliaka Achieng"


def test_a_surname_known_only_from_a_quote_takes_every_given_name_written_before_it(extract):
    text = ("\"A caretaker panel headed by Mr Tariq Saleem Bhatti will pick the squad,\" the board said in a "
            "statement.\n\nBhatti, a former first-class batsman, said the panel would meet on Monday.")
    assert {q.speaker for q in extract(text) if q.speaker_mention == "Bhatti"} == {"Tariq Saleem Bhatti"}


def test_given_names_alone_are_the_full_name_of_someone_introduced_with_an_age(extract):
    text = ("Giving evidence on Monday, Mohd Hafiz Rahman, 47, said he had only followed instructions.\n\n"
            "\"I did what the director told me to do,\" said Mohd Hafiz, who faces six charges.")
    assert said(extract(text)) == [("I did what the director told me to do,", "Mohd Hafiz Rahman", "Mohd Hafiz")]


def test_an_unnamed_spokesperson_for_a_body_named_after_a_place_speaks_for_the_body(extract):
    text = "A spokesperson for Nova Scotia Health said the authority was \"hiring as fast as it can\" in rural areas."
    assert said(extract(text))[0][1] == "Nova Scotia Health spokesperson"


def test_a_bench_speaks_as_its_judges_without_their_titles(extract):
    text = ("A division bench of Justice Arvind Rao Kulkarni and Justice Meena Suresh Pillai ordered the "
            "compensation paid within six weeks.\n\n\"Dignity does not end at the manhole,\" the bench said.")
    assert said(extract(text))[0][1] == "Arvind Rao Kulkarni and Meena Suresh Pillai"


def test_a_role_apposed_before_a_titled_name_is_the_persons(extract):
    text = ("The outgoing chief selector, former Test opener Shahid Anwar Malik, said he had no regrets.\n\n"
            "\"Every selection was discussed with the captain,\" the former chief selector said.")
    assert said(extract(text))[0][1] == "Shahid Anwar Malik"


def test_what_a_headline_calls_a_body_is_no_part_of_its_name(extract):
    for opening, noun, body in (
            ("Cash-strapped Lakeside Water Company has cut supplies to 4,000 homes.", "company",
             "Lakeside Water Company"),
            ("Under-fire Harbour Vale Athletic have backed their manager.", "club", "Harbour Vale Athletic")):
        text = f"{opening}\n\n\"We regret the disruption,\" the {noun} said in a statement."
        assert said(extract(text))[0][1] == body


def test_the_source_again_is_the_source_introduced_with_all_its_words(extract):
    text = ("However, a source close to the Riverside Park boardroom told the Echo that patience was "
            "\"wearing thin\".\n\n\"Nobody wants a change mid-season,\" the source said.")
    assert {s for _, s, _ in said(extract(text))} == {"source close to the Riverside Park boardroom"}


def test_a_spokesperson_for_a_body_whose_initials_open_its_name_speaks_for_the_body(extract):
    text = "A spokeswoman for NHS Grace Valley said: “We apologise to any patient who waited too long.”"
    assert said(extract(text))[0][1] == "NHS Grace Valley spokeswoman"


def test_a_description_after_a_quote_is_whom_the_sentence_before_opens_on(extract):
    text = ("Havili's older brother Tevita, who plays at No 8, said the team had let their discipline slip.\n\n"
            "\"Tom knows. He's gutted,\" Tevita Havili said.\n\n"
            "Tomasi Havili fronted the media himself after the match.\n\n"
            "\"I made a dumb call,\" the 22-year-old said.")
    assert said(extract(text))[-1][1] == "Tomasi Havili"


def test_a_description_naming_its_own_body_is_that_body_not_another_of_its_kind(extract):
    text = ("Her father once stood for the Green party in the seat.\n\n"
            "A spokesperson for the Labour party said: “Voters have made their judgment.”\n\n"
            "“We expect a declaration by 4am,” a spokesperson for Eastvale borough council said.")
    assert [s for _, s, _ in said(extract(text))] == ["Labour party spokesperson",
                                                       "Eastvale borough council spokesperson"]


def test_she_after_an_unnamed_woman_and_a_sentence_about_her_is_that_woman(extract):
    text = ("\"All pupils are safe,\" district spokeswoman Dana Whitcombe said in an email.\n\n"
            "A woman who identified herself as the driver's sister spoke to the station by phone. She asked not "
            "to be named.\n\n\"He has been struggling for a long time,\" she said.")
    assert said(extract(text))[-1][1] != "Dana Whitcombe"
    assert said(extract(text))[-1][1] == "woman"


def test_each_role_an_appositive_joins_with_and_is_the_persons(extract):
    text = ("Lord Pemberton, a Conservative peer and former shadow housing minister, said both sides had "
            "\"dug in\".\n\n\"Somebody has to blink,\" the peer said.")
    assert said(extract(text))[-1][1] == "Lord Pemberton"


def test_the_person_a_reported_sentence_is_about_is_not_its_source(extract):
    text = ("Samir Haddad posted three messages before the attack, according to a letter from the chairman of the "
            "Senate Committee on Homeland Security.")
    (q,) = extract(text)
    assert q.speaker != "Samir Haddad"
    # but one written in apposition just before the description is it
    text = "Dana Kowal, the communications director for the Ohio Democratic Party said: “There is no recount.”"
    assert [q.speaker for q in extract(text)] == ["Dana Kowal"]


def test_a_body_named_after_to_begins_after_it(extract):
    text = ("Councillors voted on Tuesday to sell land on the edge of the Kurrajong Showground to Bayside Care "
            "Group, which plans to build a home.\n\nBayside Care Group said in a statement the home would ease "
            "\"a critical shortage\" of beds.")
    assert said(extract(text))[0][1] == "Bayside Care Group"


def test_the_head_of_a_body_in_a_lede_is_the_person_named_in_full_below(extract):
    text = ("WASHINGTON (AP) — The head of the Federal Railroad Administration told senators Tuesday that track "
            "inspections were \"stretched thinner than ever,\" as lawmakers pressed him.\n\n"
            "Railroad Administrator Dwayne Okoro, who took the job in March, said inspectors were working overtime.")
    assert said(extract(text))[0][1] == "Dwayne Okoro"


def test_a_floating_quote_calling_its_speaker_by_name_is_the_other_one_talking(extract):
    text = ("Gareth Pryce, 71, said he had voted for the party all his life. His wife, Eileen Pryce, was less "
            "sure.\n\n\"We have been taken for granted,\" Mrs Pryce said.\n\n"
            "Mr Pryce shook his head. \"That is not fair, love. He opened the library.\"\n\n\"That was 2004, Gareth.\"")
    assert said(extract(text))[-1][:2] == ("That was 2004, Gareth.", "Eileen Pryce")


def test_a_doubles_pair_written_as_one_name_is_two_players(extract):
    text = ("Boon Hock-Syafiq fight back to reach final\n\n"
            "KUALA LUMPUR: Men's doubles pair Tan Boon Hock-Ahmad Syafiq Ridzuan beat Indonesia's Rian "
            "Prasetyo-Dimas Santoso in the semi-finals yesterday.\n\n"
            "\"After the first game I thought we were finished,\" said Boon Hock, 24.\n\n"
            "\"That one point changed everything,\" said Syafiq.")
    assert [s for _, s, _ in said(extract(text))] == ["Tan Boon Hock", "Ahmad Syafiq Ridzuan"]


def test_a_family_name_written_first_and_alone_keeps_its_person_in_view(extract):
    text = ("Secretary for Transport Dr Leung Wai-chun was speaking as the council resumed the debate.\n\n"
            "\"This bill does not solve every problem,\" Leung said.\n\n"
            "Lawmaker Tsang Ho-yin said the government had underestimated the cost.\n\n"
            "\"Nobody here is against safer roads,\" Tsang said.\n\n"
            "Leung rejected the suggestion that fares would rise.\n\n"
            "\"We have budgeted for every station,\" she said.")
    assert said(extract(text))[-1][1] == "Leung Wai-chun"


def test_a_lede_below_a_standfirst_introduces_the_one_named_next_with_the_role_as_a_verb(extract):
    text = ("Minister accused over withheld papers\n\n"
            "Committee chair says parliament treated like an inconvenience as row escalates\n\n"
            "The chair of a Commons select committee has accused a minister of showing “contempt for "
            "parliament” after papers were withheld for a third time.\n\n"
            "Dame Alison Pryor, the Labour MP who chairs the transport committee, said the refusal was "
            "“a breach of trust”.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"][-2:] == ["Alison Pryor", "Alison Pryor"]


def test_a_whip_is_a_role_not_part_of_the_name(extract):
    text = ("Opening the debate, Chief Opposition Whip Mahesh Ranaweera said the tax would be \"a death blow\" to "
            "small firms. Senate Majority Whip John Cornyn said the bill was \"dead on arrival\".")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Mahesh Ranaweera", "John Cornyn"]


def test_a_bangladeshi_given_name_opens_the_full_name(extract):
    text = ("Abdur Rahim Sarker, managing director of Meghna Apparels, arrived at the hospital on Tuesday. Nasrin "
            "Akter, a sewing operator, was being treated for burns there.\n\n"
            "“We will bear all medical expenses,” he said.")
    assert [q.speaker for q in extract(text)] == ["Abdur Rahim Sarker"]


def test_md_opens_the_name_after_a_rank(extract):
    text = ("Fire chiefs gave the toll on Tuesday\n\n"
            "“We recovered 12 bodies,” said Lt Col Md Shafiqul Islam, director of the fire service.\n\n"
            "Shafiqul said the sprinklers “did not appear to be functioning”.")
    assert [q.speaker for q in extract(text)] == ["Md Shafiqul Islam", "Md Shafiqul Islam"]


def test_a_surname_two_people_share_is_the_one_the_paragraph_describes(extract):
    text = ("For Scotland, head coach Alasdair Baird felt his side had done enough.\n\n"
            "\"I'm proud of the way we came back,\" Baird said.\n\n"
            "Scotland had trailed 24-7 at half-time.\n\n"
            "The visitors scored two tries in ten minutes after the break.\n\n"
            "Captain Euan Kerr said the bench had made the difference.\n\n"
            "Kerr confirmed that lock Finlay Baird, no relation to the head coach, had failed a head injury "
            "assessment.\n\n"
            "The Scotland head coach was asked whether the defeat ended their hopes. \"Mathematically, no,\" "
            "Baird said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Alasdair Baird", "Alasdair Baird"]


def test_a_titled_member_of_a_state_is_that_states_party_member(extract):
    text = ("Republican Sen. Glenn Harwick of Ohio wrote the bill with Democratic Sen. Lorraine Oyelaran of "
            "Illinois.\n\n"
            "“We agree on the policy,” the Illinois Democrat said. “It is late,” the Ohio Republican said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Lorraine Oyelaran", "Glenn Harwick"]


def test_a_minister_of_two_portfolios_in_apposition_to_a_name_is_that_person(extract):
    text = ("Vanuatu's Minister for Climate Change Adaptation and Disaster Management, Kalpat Worek, flew over "
            "Tanna on Sunday and described the damage as \"the worst I have seen in my lifetime\".")
    assert [q.speaker for q in extract(text)] == ["Kalpat Worek"]


def test_a_first_surname_that_is_also_a_given_name_is_the_spanish_name_it_opens(extract):
    text = ("Seismologist Lucía Ayala Torres of the Geophysical Institute said more than 120 aftershocks had "
            "been recorded.\n\n\"Aftershocks of this size can continue for weeks,\" Ayala said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Lucía Ayala Torres"]


def test_one_opening_a_description_is_no_given_name(extract):
    text = ("‘The sea does half the work’: Maren Tulloch and the long road from a Shetland beach\n\n"
            "For three decades she made sculpture from driftwood on an island few could find on a map.\n\n"
            "The first thing Maren Tulloch does when I arrive at her croft is apologise for the wind. The second "
            "is to hand me a pair of work gloves.\n\n"
            "Tulloch is 71, small and weatherbeaten. For 30 years she has walked the same beach every morning.\n\n"
            "Next month, 40 of her pieces go on show at the Rennick Gallery in London.\n\n"
            "It is her first major exhibition. Until she was in her late 50s, she had sold almost nothing.\n\n"
            "“I didn’t send things out,” she says, when I ask why.\n\n"
            "The market has been quicker to catch up. One London dealer, who asked not to be named, said her work "
            "had been “undervalued for decades”.")
    assert [q.speaker for q in extract(text)][-2:] == ["Maren Tulloch", "London dealer"]


def test_a_spanish_name_without_its_second_surname_is_the_name_given_in_full(extract):
    text = ("Rosa Quispe Huamaní, president of the peasant community of Huancapampa, spoke first.\n\n"
            "Teodoro Quispe Ccahuana, a leader of the neighboring community, said the road was a danger.\n\n"
            "Teodoro Quispe said the communities would keep the road closed \"for as long as necessary\".")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Teodoro Quispe Ccahuana"]


def test_a_standfirsts_office_is_the_holder_the_story_names(extract):
    text = ("Quebec doctors face five-year public service rule\n"
            "Health Minister says measure needed to stop ‘exodus’ to private clinics\n\n"
            "Quebec’s Health Minister has tabled legislation that would require new physicians to practise in "
            "the public system.\n\n"
            "“It is only fair,” Health Minister Geneviève Tremblay-Roy told reporters.")
    assert [q.speaker for q in extract(text)] == ["Geneviève Tremblay-Roy", "Geneviève Tremblay-Roy"]


def test_an_advocate_general_and_a_functionary_are_roles(extract):
    text = ("Advocate-General Vinayak Kulkarni told the bench that \"the figures are being collated\".\n\n"
            "A senior TMM functionary said the talks were stuck. \"The VUK is asking for 25,\" the functionary "
            "said.")
    assert [q.speaker for q in extract(text) if q.kind != "indirect"] == [
        "Vinayak Kulkarni", "senior TMM functionary"]


def test_an_unnamed_official_of_a_body_with_of_or_for_in_its_name_keeps_the_body(extract):
    text = ("Permanent secretary Patricia Hanna said the backlog was being addressed.\n\n"
            "One senior Department for Infrastructure official described the findings as \"deeply worrying\".\n\n"
            "“There are bridges on that list that should have been looked at 10 years ago,” the official said.")
    assert [q.speaker for q in extract(text) if q.kind != "indirect"] == [
        "senior Department for Infrastructure official", "senior Department for Infrastructure official"]


def test_a_quote_after_a_paragraph_of_what_he_said_is_still_his(extract):
    text = ("“You don’t fix a shortage of doctors this way,” Dr. Étienne Lavoie said in an interview.\n\n"
            "He said his group was not consulted on the bill and learned of it from media reports on Monday.\n\n"
            "“We asked for a meeting in January. We asked again in February. We got nothing.”")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Étienne Lavoie", "Étienne Lavoie"]


def test_a_description_someone_reports_on_is_not_the_one_reporting(extract):
    text = ("Soap star Kieran Walsh admitted drink-driving. The 34-year-old actor appeared in court yesterday.\n\n"
            "Defending, Simon Ashworth said his client had been under pressure.\n\n"
            "Mr Ashworth said the actor had written a letter of apology to the owner of the van.\n\n"
            "Walsh left by a side entrance. But in a statement released through his agent last night, the actor "
            "said: \"I want to say sorry to the owner of the van.\"")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Kieran Walsh"]


def test_a_ledes_description_is_the_one_named_next_speaking_past_a_relative_clause(extract):
    text = ("Pub landlord blasts council 'jobsworths' over sign\n"
            "A pub landlord has hit out at council officials.\n\n"
            "Mick Hennessey, who runs the Red Lion, said the sign had been there for years.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Mick Hennessey"]


def test_the_lender_is_the_bank_and_a_headline_governor_the_one_named_below(extract):
    text = ("In a statement, Imara Commercial Bank said it had recovered Sh380 million.\n\n"
            "“Customer deposits were at no time at risk,” the lender said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Imara Commercial Bank"]
    text = ("Nairobi MCAs threaten to impeach Waweru over garbage tender\n\n"
            "Governor dismisses lawmakers’ ultimatum as “cheap blackmail”\n\n"
            "Nairobi Governor Joseph Waweru is headed for a showdown with the County Assembly.")
    assert [q.speaker for q in extract(text)] == ["Joseph Waweru"]


def test_a_description_of_where_a_player_is_from_is_the_player_just_written_of(extract):
    text = ("Freshman Trey Gaines started in Alvarado's place and had seven assists.\n\n"
            "\"Trey was terrific,\" Wexler said.\n\nGaines credited the twins.\n\n"
            "\"Marcus and Jalen talked me through everything,\" the Columbus native said.")
    assert [q.speaker for q in extract(text)] == ["Wexler", "Trey Gaines"]


def test_a_nickname_in_single_marks_is_no_part_of_the_name(extract):
    text = "Crofter Donald 'Dodie' MacKinnon said: \"I had a trailer of feed sitting on the pier at Oban.\""
    assert [q.speaker for q in extract(text)] == ["Donald MacKinnon"]


def test_a_heading_listing_namesakes_introduces_none_of_them(extract):
    text = ("For the Dominguez sisters, the family business is winning\n\n"
            "Ana, Sofia and Lucia Dominguez — with their father on the bench — have Lakeview one win from the final\n\n"
            "LAKEVIEW — Ray Dominguez has one rule at the dinner table: no basketball after dessert.\n\n"
            "“The hard part isn’t the games,” Dominguez said. “It’s the car ride home.”")
    assert {q.speaker for q in extract(text)} == {"Ray Dominguez"}


def test_a_ship_opening_the_sentence_is_not_the_company(extract):
    text = ("The MV Eilean Bharraigh was withdrawn from the route on Monday after engineers found a fault, "
            "operator Hebridean Ferry Services confirmed.\n\n"
            "In a statement, the company said: \"We sincerely apologise to customers for the disruption.\"")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Hebridean Ferry Services"]


def test_a_description_ending_a_bodys_name_is_that_body_however_far_back(extract):
    text = ("Figures presented to Glannau Tawe University Health Board showed 600 patients waited 12 hours.\n\n"
            + "Ministers were questioned about the figures in the Senedd on Tuesday.\n\n" * 50
            + "A Welsh Government spokesperson said: \"These waits are unacceptable.\"\n\n"
            "The health board said a discharge hub would free up \"at least 40 beds\" by Easter.")
    assert [q.speaker for q in extract(text)] == ["Welsh Government spokesperson",
                                                  "Glannau Tawe University Health Board"]


def test_the_pronoun_quoting_someone_tells_their_gender(extract):
    # "Ffion" is in no list of names; "she said" of her makes "Mr Jenkins" her father
    text = ("Ffion Jenkins, from Ystalyfera, said her father Dilwyn was taken to hospital after a fall.\n\n"
            "“He spent 38 hours on a trolley in a corridor,” she said.\n\n"
            "Mr Jenkins, who has since been moved to a ward, said he did not want to criticise the staff.\n\n"
            "“I’m not one for complaining,” he said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Ffion Jenkins", "Dilwyn Jenkins"]


def test_his_kin_after_a_shared_surname_is_of_the_namesake_known_as_a_man(extract):
    text = ("Among the victims was retired teacher Chan Mei Ling, 71, who lost almost her entire savings.\n\n"
            "Her son, Chan Wai Keong, 44, recounted her ordeal in a Facebook post.\n\n"
            "“Mum was too ashamed to tell us,” he wrote.\n\n"
            "When contacted, Chan said his mother was relieved to hear of the arrests.\n\n"
            "“I keep telling her, Ma, you are not stupid, you were targeted,” he said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Chan Wai Keong", "Chan Wai Keong"]


def test_gm_before_a_name_is_a_general_managers_title(extract):
    text = ("Tides trade veteran\n\n"
            "\"It is a hard day,\" GM Bob Kerr said. \"We are fine,\" the GM said.")
    assert [q.speaker for q in extract(text)] == ["Bob Kerr", "Bob Kerr"]


def test_a_statement_issued_by_a_namesake_is_the_one_the_story_is_about(extract):
    text = ("Cumberland State quarterback Mateo Reyes will miss the season, coach Dan Hartigan said Monday.\n\n"
            "Redshirt freshman Nico Reyes, Mateo's younger brother, will make his first start Saturday.\n\n"
            "Reyes had thrown for 1,644 yards. Surgery is expected within two weeks.\n\n"
            "In a statement released through the athletic department, Reyes thanked his teammates.\n\n"
            "\"I'm heartbroken, but I'm not done,\" the statement said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Mateo Reyes"]


def test_the_younger_brother_is_the_younger_namesake(extract):
    text = ("Cumberland State quarterback Mateo Reyes will miss the season, coach Dan Hartigan said Monday.\n\n"
            "Redshirt freshman Nico Reyes, Mateo's younger brother, will make his first start Saturday.\n\n"
            "The younger Reyes, 19, said he and his brother spent hours on the phone.\n\n"
            "\"He knows more about their coverages than their coaches do,\" he said with a grin.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Nico Reyes"]


def test_he_after_a_sentence_on_someone_and_their_kin_is_its_subject(extract):
    text = ("LAKEVIEW — Ray Dominguez has one rule at the dinner table. His daughters Ana and Lucia play for him.\n\n"
            "Lucia, the freshman, is the quietest of the three.\n\n"
            "“I’m just trying not to mess it up,” Lucia Dominguez said.\n\n“Don’t tell her that,” Ana said.\n\n"
            "Ray Dominguez played for his own father, Ernesto Dominguez, who coached at Pike Valley for 31 years "
            "and died in 2019. He said he thinks about him most in the minutes before tipoff.\n\n"
            "“I didn’t really understand that until now,” Dominguez said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"][-1] == "Ray Dominguez"


def test_a_kin_sharing_a_known_surname_is_a_person_of_their_own(extract):
    text = ("Busisiwe Ngcobo, 52, who sells vetkoek from a container, said she had lost stock.\n\n"
            "“They talk and talk,” she said.\n\n"
            "Her son, Andile Ngcobo, who runs a cellphone repair stall next door, was more hopeful.\n\n"
            "“If they really put solar at the clinics, that's something,” the 27-year-old said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Busisiwe Ngcobo", "Andile Ngcobo"]


def test_a_ledes_officer_of_a_body_after_a_dateline_is_the_one_named_below(extract):
    text = ("Ex-municipal manager ‘signed whatever was put in front of him’, court hears\n\n"
            "PIETERMARITZBURG – A former chief financial officer of the Inkanyezi Local Municipality told the "
            "High Court on Monday that her former boss “signed whatever was put in front of him”.\n\n"
            "Reshma Govender, 49, was testifying for the State against former municipal manager Sibusiso Zungu.\n\n"
            "Govender told the court she first raised concerns in an email.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Reshma Govender", "Reshma Govender"]


def test_a_ruling_speaks_for_the_court_that_gave_it(extract):
    text = ("The Taipei District Court sentenced the former bank manager to nine years.\n\n"
            "Liao \"systematically targeted customers who lived alone,\" the court said in its ruling.\n\n"
            "\"The defendant used his position, and the trust that comes with it, as a tool,\" the ruling said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Taipei District Court"]


def test_a_great_grandmother_or_a_stepson_is_a_person(extract):
    text = ("Among the faithful was 81-year-old Morag MacLennan from Dornie, who has attended every final since "
            "1968.\n\n“My heart’s not what it was,” the great-grandmother said.")
    assert [q.speaker for q in extract(text)] == ["Morag MacLennan"]


def test_a_headlines_office_is_the_one_the_story_names_holding_it(extract):
    text = ("Premier says hospital figures 'simply not acceptable'\n\n"
            "The Premier has said the figures are “simply not acceptable”.\n\n"
            "Speaking in Sydney, Caoimhín Mac Giolla Phádraig said the Government was not hiding from them.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Caoimhín Mac Giolla Phádraig"] * 2


def test_the_opposition_names_no_one_so_a_heading_goes_to_whoever_says_it(extract):
    text = ("Opposition accuses Government of 'managing decline' as trolley numbers rise\n\n"
            "Sinn Féin health spokeswoman Deirdre Ní Mhurchú said patients had been left to fend for themselves.\n\n"
            "“The Government is not managing a crisis. It is managing decline,” the TD said.")
    assert [q.speaker for q in extract(text) if q.kind != "indirect"] == ["Deirdre Ní Mhurchú"] * 2


def test_senior_counsel_after_a_name_makes_them_counsel(extract):
    text = ("Under cross-examination by Brian Ó Dálaigh SC, defending, the sergeant agreed he had made admissions.\n\n"
            "A statement was read to the court by prosecution counsel Gráinne Nic Aodha BL.\n\n"
            "Mr Ó Dálaigh said his client had a \"chaotic\" childhood.\n\n"
            "\"He is under no illusions about what he did,\" counsel said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Brian Ó Dálaigh"]


def test_a_kins_accented_first_name_takes_the_familys_surname(extract):
    text = ("Michael Loftus said the proposed route would pass within 40 metres of his farmyard.\n\n"
            "His daughter Siobhán, who farms alongside him, said the family was not opposed to a greenway.\n\n"
            "“We were treated like an afterthought,” Ms Loftus added.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Siobhán Loftus"]


def test_a_first_names_apposed_role_and_an_aged_role_are_that_persons(extract):
    text = ("Ballyvarra won the cup yesterday, with brothers Eoin and Ciarán Ó Loingsigh scoring 1-12 between them.\n\n"
            "Eoin, the captain, finished with 0-9, while his younger brother Ciarán hit 1-3 from play.\n\n"
            "Knocknalee, driven on by centre-back Pádraig Mac Mathúna, led at the break.\n\n"
            "The 24-year-old captain admitted the Ballyvarra dressing room had been \"quiet\" during the interval.\n\n"
            "\"Nobody was panicking, but nobody was saying much either,\" he said.")
    assert [q.speaker for q in extract(text)] == ["Eoin Ó Loingsigh", "Eoin Ó Loingsigh"]


def test_a_title_case_headline_run_stops_at_the_name_the_story_writes(extract):
    text = ("‘Copper Sky’ Stars Ava Lindqvist and Theo Banerjee Talk Surviving a Real Dust Storm at L.A. Premiere: "
            "‘We Ate a Lot of Sand’\n\n"
            "“It was a long shoot,” Banerjee said.\n\n"
            "Theo Banerjee, who plays the drifter, walked the carpet with his mother.")
    assert [q.speaker for q in extract(text) if q.quote.startswith("It was")] == ["Theo Banerjee"]


def test_a_character_someone_plays_is_no_one_in_the_story(extract):
    text = ("Co-star Benji Albright, who plays Lena's partner Det. Owen Marsh, shared a photo of the pair. "
            "“Partner for life,” he captioned it.\n\n"
            "The Swedish actor Ava Lindqvist, who plays homesteader Ruth Calloway, said the film was the hardest "
            "job of her career.\n\n“We ate a lot of sand,” the actor said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Benji Albright", "Ava Lindqvist"]


def test_the_proud_mom_is_the_mother_just_named(extract):
    text = ("Dunmore's mom, Tracey Dunmore, was in on the secret from the start.\n\n"
            "The proud mom admits she \"cried more than Kayleigh did\" when she watched the video.")
    assert [q.speaker for q in extract(text)] == ["Tracey Dunmore"]


def test_the_operator_is_the_railway_or_ferry_company_just_named(extract):
    text = ("Trains suspended\n\n"
            "Northern Pennine Railways has suspended all services between Sowerholme and Brackenden.\n\n"
            "“Flood water is covering the track in two places,” the operator said in a statement.")
    assert [q.speaker for q in extract(text)] == ["Northern Pennine Railways"]


def test_a_headlines_office_is_the_holder_named_in_commas_after_a_role_holding_it(extract):
    text = ("Cyclone Marlee live\n\n"
            "Premier warns of ‘long night ahead’ for coastal communities\n\n"
            "The Queensland premier, Rachel Doyle, has spoken from the coordination centre in Brisbane.\n\n"
            "Its general secretary, Derek Mawson, was not there.\n\n"
            "“We have crews pre-positioned,” she said.")
    assert [q.speaker for q in extract(text)] == ["Rachel Doyle", "Rachel Doyle"]


def test_a_lobbyist_is_a_person_and_services_ends_a_companys_name(extract):
    text = ("Collections will be carried out by Verdant Environmental Services, which holds the waste contract.\n\n"
            "\"Our crews will be fully briefed,\" Verdant said.\n\n"
            "An industry lobbyist who spoke on condition of anonymity said insurers could live with a quota "
            "\"if it's phased in over five years\".")
    assert [q.speaker for q in extract(text)] == ["Verdant Environmental Services", "industry lobbyist"]


def test_the_office_is_the_district_attorneys_office_named_before(extract):
    text = ("Deputies arrested three men.\n\n"
            "The Merced County District Attorney's Office said it expects to file formal charges by Friday.\n\n"
            "\"Catalytic converter theft is not a victimless crime,\" the office said in a statement.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Merced County District Attorney's Office"]


def test_a_standfirsts_leader_in_a_clause_is_the_leader_named_below(extract):
    text = ("Eleven libraries could close as Elmshire County Council sets out savings plan\n\n"
            "Council tax set to rise by 4.99 per cent as leader warns of 'impossible' choices\n\n"
            "Council leader Cllr Andrew Calloway said the authority was facing a hard year.")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Andrew Calloway"]


def test_a_trust_spokesperson_speaks_for_the_one_trust_named_however_far_back(extract):
    text = ("Ludford Hospital is run by the Mid-Marches Hospitals NHS Trust.\n\n"
            + "The attack began on Monday and systems were down.\n\n" * 40
            + "A trust spokesperson said: \"Ludford's systems were isolated as a precaution.\"")
    assert [q.speaker for q in extract(text)] == ["Mid-Marches Hospitals NHS Trust spokesperson"]


def test_an_official_described_by_the_kind_of_body_takes_the_bodys_name(extract):
    text = ("Deputies from the Merced County Sheriff's Office arrested three men on Tuesday.\n\n"
            "A sheriff's office official who was not authorized to speak publicly said \"This is not the end of it.\""
            "\n\n\"There are more of them out there,\" the official said.")
    assert [q.speaker for q in extract(text)] == ["Merced County Sheriff's Office official"] * 2


def test_a_given_name_after_dr_is_part_of_the_name_and_a_regnal_number_ends_one_name(extract):
    text = ("Health ministry promises drugs\n\n"
            "FREETOWN - The Minister of Health, Dr Tamba James Koroma, said supplies would arrive within weeks.\n\n"
            "\"No clinic will run out again,\" Dr Koroma said.\n\n"
            "Ekow Asante-Mensah III, a chief in the district, was unconvinced. \"We have heard this before,\" "
            "Mr Asante-Mensah said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [
        "Tamba James Koroma", "Ekow Asante-Mensah III"]


def test_a_chiefs_and_a_pilgrims_honorific_is_no_part_of_the_name(extract):
    text = ("Traders threaten strike\n\n"
            "KUMASI - Nana Yeboah Dankwa II, the chief of the area, met the traders on Monday.\n\n"
            "\"Our markets cannot wait,\" Nana Dankwa said.\n\n"
            "Haja Fatmata Sesay, who leads the market women, agreed. \"We are ready to close the stalls,\" "
            "Haja Sesay said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Yeboah Dankwa II", "Fatmata Sesay"]


def test_a_titled_name_before_of_and_a_place_is_the_speaker(extract):
    text = ("MONROVIA - Appearing before the committee, Paramount Chief Foday Momoh Zinnah of Kpaai Chiefdom said "
            "the people had \"seen this kind of deal before\".")
    assert [q.speaker for q in extract(text)] == ["Foday Momoh Zinnah"]


def test_a_spokeswoman_named_by_the_last_word_of_a_body_speaks_for_it(extract):
    text = ("The Millbrook Unified School District voted on Tuesday to close two schools.\n\n"
            "Families will be told by letter, a district spokeswoman said.\n\n"
            "\"We want parents to hear it from us first,\" the spokeswoman said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [
        "Millbrook Unified School District spokeswoman"]


def test_a_bodys_name_may_hold_to_and_end_in_project(extract):
    text = ("The Ohio Freedom to Learn Project, a nonprofit that tracks book bans, said the board had acted "
            "\"without reading a single page.\"\n\n"
            "The Campaign to Protect Rural England said the plan was \"a disaster for the green belt\".")
    assert [q.speaker for q in extract(text)] == [
        "Ohio Freedom to Learn Project", "Campaign to Protect Rural England"]


def test_a_ledes_role_of_a_place_below_a_standfirst_is_the_one_named_below_with_it(extract):
    text = ("Avian flu: poultry keepers told to 'house their birds'\n"
            "Housing order comes into force on Monday\n\n"
            "Poultry keepers across Northern Ireland have been told by the region's chief veterinary officer "
            "to \"house their birds now\" after a case near Dungannon.\n\n"
            "Chief veterinary officer Dr Ciara McCourt said the order would stay in place all winter.")
    assert [q.speaker for q in extract(text) if q.quote == "house their birds now"] == ["Ciara McCourt"]


@pytest.mark.parametrize("heading", [
    "‘We trusted her with everything,’ says club secretary\n\n",
    "Former treasurer jailed for stealing from bowls club\n‘We trusted her with everything,’ says club secretary\n\n",
])
def test_a_headings_role_after_says_is_the_one_named_with_it_in_commas_below(extract, heading):
    text = (heading + "A former treasurer who took £40,000 from a bowls club has been jailed for two years.\n\n"
            "Margaret Lowther, 61, of Station Road, Morpeth, admitted fraud by abuse of position.\n\n"
            "In a statement read to the court, the club’s secretary, Alan Prudhoe, said members had been "
            "\"betrayed by a friend\".")
    assert [q.speaker for q in extract(text) if q.quote.startswith("We trusted")] == ["Alan Prudhoe"]


def test_an_accented_first_name_alone_is_the_one_named_in_full_with_it(extract):
    text = ("Cattle prices slide at Ennis mart\n\n"
            "Pádraig Ó Dúill sold six heifers at the sale on Tuesday. Martin Keane bought two of them.\n\n"
            "“The trade is not what it was,” Mr Keane said.\n\n"
            "Pádraig, who took over the farm from his uncle last year, was more worried.\n\n"
            "“I can’t see how we keep going at these prices,” he said.")
    assert [q.speaker for q in extract(text)] == ["Martin Keane", "Pádraig Ó Dúill"]


def test_a_transcript_label_shared_by_namesakes_is_the_one_written_in_full_last(extract):
    text = ("Brothers guilty of distraction burglary\n\n"
            "Dean Rafferty, 31, and his brother Kyle Rafferty, 25, both of Acklam, denied burglary.\n\n"
            "Dean Rafferty told the jury he had been at work all day.\n\n"
            "Under cross-examination, Kyle Rafferty was shown the doorbell footage. The following exchange "
            "took place:\n\n"
            "Ms Pollard: \"That is you, isn't it?\"\n\n"
            "Rafferty: \"No. It could be anyone.\"")
    assert [(q.quote, q.speaker) for q in extract(text)][-1] == ("No. It could be anyone.", "Kyle Rafferty")


def test_a_barangay_is_a_place_and_its_officers_title_no_part_of_a_name(extract):
    text = ("Classrooms still unfinished\n\n"
            "In Barangay San Isidro, teacher Liza Dumalag said her pupils were studying in a chapel.\n\n"
            "Barangay Kagawad Efren Dumalag said he had written to the division office. "
            "\"They told me it was finished, on paper,\" he said.\n\n"
            "At the San Isidro chapel, Fr. Noel Banzon said Mass was held outdoors. "
            "\"The chapel is the people,\" the parish priest said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Efren Dumalag", "Noel Banzon"]


def test_the_kin_of_a_woman_given_an_age_takes_her_surname(extract):
    text = ("Dengue ward overflows\n\n"
            "Analyn Tabanao, 31, waited outside one of the tents since Sunday night.\n\n"
            "Her husband Rodel, a tricycle driver, said the family had spent P8,000 in three days. "
            "\"We borrowed from my sister,\" he said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Rodel Tabanao"]


def test_a_nicknamed_persons_title_before_the_name_is_theirs(extract):
    text = ("Town cut off by landslides\n\n"
            "In Bato, Mayor Ernesto Dimaano and his brother, Vice Mayor Rolando “Rolly” Dimaano, have been "
            "sleeping at the gymnasium.\n\n"
            "“How can I go home?” the mayor said.\n\n"
            "The vice mayor said a landslide had buried the town’s water pipeline. "
            "“We are rationing water,” he said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Ernesto Dimaano", "Rolando Dimaano"]


def test_a_newspaper_named_courier_or_advertiser_is_a_body_it_may_stand_for(extract):
    text = ("The town's newspaper, the Millbrook Courier, sided with the council. In an editorial that spring, "
            "it called the dam \"as safe as houses\".\n\n"
            "The Geelong Advertiser disagreed. In its own editorial, it called the plan \"reckless\".")
    assert [q.speaker for q in extract(text)] == ["Millbrook Courier", "Geelong Advertiser"]


def test_a_committee_named_by_a_list_of_what_it_covers_is_one_body(extract):
    text = ("Planning shake-up criticised\n\n"
            "The cross-party Culture, Media and Sport Committee has also raised concerns. In a report published "
            "last month, it warned that the cuts risked \"hollowing out local newsrooms\".\n\n"
            "The Environment, Food and Rural Affairs Committee said the plans were \"half-baked\".")
    assert [q.speaker for q in extract(text)] == [
        "Culture, Media and Sport Committee", "Environment, Food and Rural Affairs Committee"]


def test_a_ledes_charity_below_a_standfirst_is_the_one_named_with_that_noun_further_down(extract):
    text = ("Stroke patients 'failed' as ambulance waits grow\n\n"
            "Average response times in Powys have doubled in five years\n\n"
            "By Sian Lloyd, BBC Wales health correspondent\n\n"
            "Stroke patients in mid Wales are being \"failed\" by ambulance delays, a leading charity has warned.\n\n"
            "Figures published on Thursday show the average wait for the most urgent calls was 14 minutes.\n\n"
            "The Welsh government said it was investing in more crews.\n\n"
            "Rhian Pugh, director of the charity Stroke Support Cymru, said: \"Every minute matters.\"")
    assert [q.speaker for q in extract(text) if q.quote == "failed"] == ["Stroke Support Cymru"]


def test_plural_people_of_a_list_of_places_or_a_person_are_the_speakers(extract):
    text = ("\"Common debt must remain the exception,\" the finance ministers of the Netherlands, Austria and "
            "Finland said in a joint letter.\n\n"
            "\"The governor has made up his mind,\" the senior aides of the governor said.")
    assert [q.speaker for q in extract(text)] == [
        "finance ministers of the Netherlands, Austria and Finland", "senior aides of the governor"]


def test_the_first_name_alone_a_described_person_gave_is_their_name(extract):
    text = ("Residents protest at pump station\n\n"
            "A protester who would give only her first name, Thandeka, said residents had lost faith in him.\n\n"
            "\"He comes here when there is a camera.\"\n\n"
            "Another resident, a taxi driver who gave his name only as Sipho, said the community would "
            "\"believe it when we see water\".\n\n"
            "\"We are tired,\" said a trader identified only as Bongani.")
    assert [q.speaker for q in extract(text) if q.kind != "indirect"] == ["Thandeka", "Sipho", "Bongani"]


def test_a_clans_title_opening_a_name_says_no_gender(extract):
    text = ("LAHORE: The Lahore High Court heard the petition on Monday.\n\n"
            "Mian Asif Iqbal Joiya, counsel for the traders, argued that no notice had been served.\n\n"
            "Assistant Advocate General Rana Tariq Mahmood, representing the government, said the land was "
            "state property. He said the authority had acted \"strictly within its mandate\".\n\n"
            "Mr Mahmood said a survey was \"under way\".")
    assert [q.speaker for q in extract(text) if q.kind == "partial"] == ["Rana Tariq Mahmood"] * 2


def test_a_pilgrims_and_a_tswana_chiefs_honorific_is_no_part_of_the_name(extract):
    text = ("Traders and villagers protest\n\n"
            "Haji Abdul Ghafoor Qureshi, president of the traders' association, spoke to reporters.\n\n"
            "\"We are not against development,\" he said.\n\n"
            "Kgosi Tshepo Molefhe told the minister his people were tired. \"We have been patient for too long,\" "
            "Kgosi Molefhe said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == ["Abdul Ghafoor Qureshi", "Tshepo Molefhe"]


def test_a_clans_title_keeps_a_name_whole_after_a_place_a_wing_or_a_shortening(extract):
    text = ("LAHORE: The session was chaired by Deputy Speaker Sardar Imtiaz Ahmad Dogar.\n\n"
            "\"The House is in order,\" Sardar Dogar ruled.\n\n"
            "SP Investigation Rana Shahid Mehmood said the gang had been traced. "
            "\"We have recovered two pistols,\" he said.\n\n"
            "PML-N MNA from Bhakkar Chaudhry Asif Ali Sial said his voters had waited long enough. "
            "\"For the people of Thal this is survival,\" he said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [
        "Sardar Imtiaz Ahmad Dogar", "Rana Shahid Mehmood", "Chaudhry Asif Ali Sial"]


def test_rdc_and_ps_are_titles_before_a_name(extract):
    text = ("Traders protest market plan\n\n"
            "The Mukono Resident District Commissioner, Mr Edward Tumusiime Byaruhanga, cautioned the MP.\n\n"
            "\"Government has brought this project for the people,\" RDC Tumusiime said.\n\n"
            "Agriculture Permanent Secretary Dr. Evaristo Chibuye Nyirenda met farmers. "
            "\"Inputs are already in the country,\" PS Nyirenda said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [
        "Edward Tumusiime Byaruhanga", "Evaristo Chibuye Nyirenda"]


def test_a_reporters_follow_up_is_theirs_and_the_answer_after_it_the_one_asked(extract):
    text = ("White House press secretary Dana Whitcombe was pressed on the veto on Tuesday. She said the "
            "president would not budge.\n\n"
            "\"Would the president sign a smaller cut?\" one reporter asked.\n\n"
            "\"I'm not going to negotiate from this podium,\" Whitcombe said.\n\n"
            "\"So that's a no?\" the reporter followed up.\n\n"
            "\"That's me not negotiating from this podium,\" she said.")
    assert [q.speaker for q in extract(text) if q.kind == "direct"] == [
        "one reporter", "Dana Whitcombe", "reporter", "Dana Whitcombe"]


def test_a_name_in_a_phrase_inside_the_relative_clause_is_not_the_subject(extract):
    text = ("Not every grant recipient agreed. Dale Whitford, who runs a small logging firm in Bend, Oregon, "
            "with his wife, Carla, said his firm had been flagged by mistake.\n\n"
            "\"We did every acre we were paid for,\" Whitford said.")
    assert [q.speaker for q in extract(text)] == ["Dale Whitford", "Dale Whitford"]


def test_a_marketeer_at_a_market_is_a_person_not_the_market(extract):
    text = ("Traders protest new levy\n\n"
            "One marketeer at Chisokone Market, who sells vegetables, said she would not pay the new levy.\n\n"
            "\"Let them come and take my tomatoes,\" she said.")
    assert [q.speaker for q in extract(text)] == ["marketeer at Chisokone Market"] * 2
