"""Lines and sections of a page that are never article text, in the big web languages: the
heading of a section of links to other articles ("Related stories", "Leia também"), the lines
of such a section, a page's table of contents (its section headings again), a comment section
and its moderation policy, and a site footer (address, phone, company number).

``body`` runs the line rules on the text the block classifier kept, and feeds back related
headings the classifier dropped as cut points. (As block features these headings lowered the
out-of-fold ScrapingHub figure: the model learned to drop the headings and kept the teasers.)
Every word list here comes from general knowledge of news and blog sites, not from any data set.
"""

from __future__ import annotations

import re
from functools import lru_cache

# The heading of a section of links to other articles ("Related stories", "Leia também", "Lesen
# Sie auch", "Te puede interesar"...), in the big web languages: a whole short line, maybe with
# a few words after it ("Most read in world news") and a colon, never "Related: a title".
# Words from general knowledge of news sites, not from any data set.
_RELATED_WORDS = (
    # English
    r"related(?: articles?| stories| posts?| content| coverage| links| news| topics| reading| videos?)?|"
    r"more (?:stories|news|articles|videos|to read|like this|on this(?: topic| story)?|headlines)|"
    r"explore more|discover more|more to explore|recent (?:articles|stories|news)|"
    r"you (?:may|might) (?:also )?(?:like|enjoy|have missed|be interested(?: in)?)|"
    r"recommended(?: for you| stories| articles| reading| posts| videos)?|read (?:more|next|also)|also read|"
    r"trending (?:now|stories|news|in|on)|most (?:read|popular|viewed|shared|commented|watched|recent)|"
    r"popular (?:stories|posts|now|articles|news)|latest (?:news|stories|articles|posts|headlines)|recent posts|"
    r"further reading|what to read next|top stories|partner news|more news|editor'?s picks|don'?t miss|"
    r"want more stories(?: like this)?|explore further|in case you missed it|around the web|from (?:around )?the web|"
    r"promoted stories|sponsored stories|in other news|"
    # Portuguese
    r"leia (?:também|mais)|veja (?:também|mais)|(?:você|voce) (?:também |tambem )?pode gostar|"
    r"(?:mais|as mais) (?:lidas?|lidos|vistas?)|notícias relacionadas|mais notícias|últimas notícias|"
    r"conteúdo relacionado|recomendad[ao]s para você|"
    # Spanish
    r"le[ae] (?:también|más)|(?:también )?te puede(?:n)? interesar|(?:también )?le puede(?:n)? interesar|"
    r"noticias relacionadas|(?:lo )?más (?:leíd[ao]s?|vist[ao]s?)|más noticias|te recomendamos|"
    r"quizás te interese|últimas noticias|"
    # French
    r"(?:à )?lire (?:aussi|également|encore)|(?:à )?voir aussi|sur le même (?:sujet|thème)|articles? similaires|"
    r"vous aimerez (?:aussi|peut-être|également)|les plus (?:lus|populaires|partagés)|dans la même rubrique|"
    r"articles? liés|derniers articles|nos (?:derniers )?articles|"
    # German
    r"lesen sie (?:auch|mehr)|auch interessant|das könnte sie (?:auch )?interessieren|mehr zum thema|"
    r"meistgelesen(?:e)?(?: artikel)?|meist gelesen|weitere (?:artikel|nachrichten|themen)|"
    r"(?:ähnliche|verwandte|empfohlene) artikel|mehr (?:aus|artikel|nachrichten)|"
    # Italian
    r"(?:ti )?potrebbe(?:ro)? (?:anche )?interessarti|leggi anche|articoli correlati|"
    r"(?:i )?più (?:letti|visti|popolari)|altre notizie|ultime notizie|ti consigliamo|da non perdere|vedi anche|"
    # Dutch, Polish, Russian, Turkish, Swedish
    r"lees ook|meer nieuws|gerelateerde artikelen|meest gelezen|ook interessant|"
    r"czytaj (?:także|też)|zobacz (?:także|też)|najczęściej czytane|"
    r"читайте также|похожие (?:статьи|новости)|самое читаемое|другие новости|"
    r"ilgili haberler|bunlar da ilginizi çekebilir|çok okunanlar|läs också|mest lästa?"
)
# Single words that are a section heading only when they stand alone ("Deals", but not "Deals
# struck in Brussels").
_RELATED_ALONE = (
    r"deals|today'?s deals|top deals|trending|relacionad[ao]s|recomendad[ao]s|correlati|polecamy|zum thema|"
    r"по теме|à découvrir"
)
# Headings that end in a preposition, with the site, author or topic after it ("More from
# SewCanShe", "Mehr aus Berlin").
_RELATED_LEAD = (
    # not "mais de", "más de", "plus de": those are "more than" ("Mais de 100 mortos")
    r"more (?:from|in|on|about|by)|latest (?:from|in)|also (?:from|in)|mais sobre|más sobre|plus sur|"
    r"mehr (?:aus|über)|altro (?:da|su)|altri articoli (?:di|su)|meer over"
)
# A heading may go on with a place or topic after a preposition ("Most read in world news", "Mais
# lidas em Economia"), never with any words ("Recommended posting frequency" is a sub-heading).
_QUALIFIER = r"(?:in|on|from|about|for|at|by|to|de|do|da|dos|das|em|no|na|en|sur|du|des|zum|zur|aus|im|di|del|della|dal|sobre)\b"
RELATED_HEADING = re.compile(
    rf"^(?:(?:{_RELATED_WORDS})(?:\s+{_QUALIFIER}[^:]{{0,40}})?|(?:{_RELATED_LEAD})\s+[^:]{{1,40}}|{_RELATED_ALONE})[:.?!…]*$",
    re.IGNORECASE,
)
# Chinese and Japanese headings: no spaces, so no word boundaries.
_RELATED_CJK = re.compile(r"^(?:相关(?:文章|阅读|新闻)|推荐阅读|热门(?:文章|新闻)|延伸阅读|関連(?:記事|ニュース)|おすすめ記事|人気記事)")


def is_related_heading(text: str) -> bool:
    """Whether a short line names a section of links to other articles (any of the languages above)."""
    return len(text) <= 90 and _related_heading(text.strip())


@lru_cache(maxsize=4096)  # the line rules ask about the same lines several times
def _related_heading(text: str) -> bool:
    return len(text) <= 80 and (bool(RELATED_HEADING.match(text)) or bool(_RELATED_CJK.match(text)))


# --- line rules: ``lines`` are the kept text's non-empty lines, stripped ---------------------

# The heading of a comment section, or a call to comment: what follows is readers' text.
_COMMENT_HEADING = re.compile(
    r"^(?:\d+\s+)?(?:comments?|reader comments|leave a (?:comment|reply)|post a comment|add a comment|"
    r"write a comment|join the (?:discussion|conversation)|tell us what you think|what do you think|"
    r"show comments|view comments|comentários|comentarios|deixe (?:seu|um) comentário|deja (?:tu|un) comentario|"
    r"commentaires|laisser un commentaire|réagir|kommentare|kommentar schreiben|commenti|lascia un commento|"
    r"reacties|komentarze|комментарии)"
    # a count or "are closed" at most: "Comments from the mayor followed" is a sentence
    r"(?:\s*\(?\d+\)?)?(?:\s+(?:are closed|on this (?:article|story|post)|policy))?[:.?!…]*$",
    re.IGNORECASE,
)
# A comment policy: readers' comments, and what the site will do with them.
_COMMENT_POLICY = re.compile(
    r"\b(?:comments?|commenters?|users?)\b.{0,120}\b(?:will be (?:deleted|removed|moderated|blocked)|"
    r"(?:are|is) (?:moderated|reviewed before)|reserve[sd]? the right to (?:delete|remove|edit)|obliged to|"
    r"community (?:guidelines|standards|rules)|house rules|comment(?:ing)? policy|terms of (?:use|service))",
    re.IGNORECASE,
)


def is_comment_start(line: str) -> bool:
    """A comment section's heading, or a comment policy."""
    if len(line) <= 60 and _COMMENT_HEADING.match(line):
        return True
    low = line.casefold()  # the policy regex only where its subject words are
    return ("comment" in low or "user" in low) and bool(_COMMENT_POLICY.search(line))


# A headline-like line: short, no sentence end.
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’)\]]*$")
HEADLINE_MAX_WORDS = 15


def _headline(line: str) -> bool:
    return len(line.split()) <= HEADLINE_MAX_WORDS and not _SENTENCE_END.search(line)


def drop_teaser_boxes(lines: list[str]) -> list[str]:
    """``lines`` without related-links boxes anywhere in the text: a related heading ("Most
    read in world news", "Leia também") and the run of headline-like lines after it (two or
    more, or none when the heading ends the text). A heading followed by a sentence stays: it
    may be a real sub-heading or a link line ("Related: a title" never matches the heading)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if is_related_heading(lines[i]):
            j = i + 1
            # a run of headlines, up to the next related heading (a box of its own)
            while j < len(lines) and _headline(lines[j]) and not is_related_heading(lines[j]):
                j += 1
            if j - i - 1 >= 2 or j == len(lines):
                i = j
                continue
        out.append(lines[i])
        i += 1
    return out


# A teaser section in the last part of the text: a related heading after this share of the
# text's characters (a teaser list can be as long as a short article, so lines would misplace it).
TAIL_FROM = 0.4
TEASER_MAX_WORDS = 50


# Teasers are headlines (more than half the lines), or summaries of other stories: most of them
# name none of the article's topic words (words of five letters or more it uses twice or more);
# the article going on after a stray "Don't miss" box keeps naming them.
TEASER_MIN_OFF_TOPIC = 2 / 3
TEASER_MIN_LINES = 2
_WORD = re.compile(r"[^\W\d_]{5,}")


# Function words of five letters or more in the big web languages: frequent in any text, so
# never a topic word.
_COMMON = frozenset(
    # English
    "about above after again against along among another around because before being below between "
    "could during either every first however might never other others their there these those though three "
    "through today under until where whether which while would should still since years people "
    # Portuguese, Spanish
    "sobre quando também porque entre ainda depois mesmo outros outras muito muita estão todos todas pelos "
    "pelas sendo seria cuando desde hasta donde mientras puede según otros otras mismo había están "
    # French
    "alors aussi comme depuis leurs notre votre cette après avant encore toujours quand selon plusieurs "
    "autres entre était "
    # German
    "nicht einer einem einen eines durch wurde werden haben diese dieser dieses unter zwischen schon "
    "sowie immer wieder seine seiner ihrer ihren"
    # Italian
    " della delle degli dello anche questo questa quello perché ancora tutti prima essere "
    "sempre nella nelle negli".split()
)


def _off_topic(before: list[str], rest: list[str]) -> float:
    """Share of the lines of ``rest`` that name none of the topic words of ``before``."""
    counts: dict[str, int] = {}
    for w in _WORD.findall(" ".join(before)):
        counts[w.casefold()] = counts.get(w.casefold(), 0) + 1
    topic = {w for w, n in counts.items() if n >= 2 and w not in _COMMON}
    off = sum(1 for line in rest if not any(w.casefold() in topic for w in _WORD.findall(line)))
    return off / len(rest) if rest else 1.0


def _teasers(before: list[str], after: list[str]) -> bool:
    """Whether the lines after a related heading are teasers (see TEASER_MAX_WORDS and
    TEASER_MIN_OFF_TOPIC); other related headings and a comment heading among them are sections
    of their own."""
    if any(len(line.split()) > TEASER_MAX_WORDS for line in after):
        return False
    # other related headings and a comment section's start are sections of their own, no teasers
    rest = [line for line in after if not is_related_heading(line) and not is_comment_start(line)]
    if len(rest) < TEASER_MIN_LINES:
        return False  # one line after a box's heading is the article going on, or nothing to cut
    return 2 * sum(map(_headline, rest)) > len(rest) or _off_topic(before, rest) >= TEASER_MIN_OFF_TOPIC


def cut_tail(lines: list[str]) -> list[str]:
    """``lines`` up to a trailing teaser section (a related heading followed by lines of at most
    TEASER_MAX_WORDS words, headlines or mostly off the article's topic) or a comment section (its
    heading or policy: what follows is readers' text, however long) in the last part of the text."""
    sizes = [len(line) for line in lines]
    total = sum(sizes) or 1
    before = 0
    for i, line in enumerate(lines):
        if i and before >= TAIL_FROM * total:
            if is_comment_start(line):
                return lines[:i]
            if is_related_heading(line) and _teasers(lines[:i], lines[i + 1 :]):
                return lines[:i]
        before += sizes[i]
    return lines


# "1. ", "2.1 ", "2.1 1. ", "- ": a table of contents numbers its lines, the headings may not
_NUMBERING = re.compile(r"^(?:(?:\d+(?:\.\d+)*[.)]?|[-–—•*])\s+)+")
# A table of contents' heading: never article text, with or without its list.
CONTENTS_HEADING = re.compile(
    r"^(?:table of contents|contents|in this (?:article|post|guide)|on this page|jump to|índice|sumário|"
    r"sommaire|inhalt(?:sverzeichnis)?|indice|inhoud|spis treści|содержание)[:.]?$",
    re.IGNORECASE,
)
CONTENTS_MIN_LINES = 3
# A table of contents without a heading opens the text (within its first lines).
CONTENTS_OPENS = 3
_LETTERS = re.compile(r"[^\W\d_]{2}")


def _key(line: str) -> str:
    """A line compared as a heading: no numbering or end punctuation, any case and quote marks
    ("" for a line too long to be a heading)."""
    if len(line) > 150 or len(line.split()) > HEADLINE_MAX_WORDS:
        return ""
    return _NUMBERING.sub("", line, count=1).rstrip(" :.").casefold().translate(_QUOTES)


_QUOTES = str.maketrans("‘’“”", "''\"\"")


def drop_contents_list(lines: list[str]) -> list[str]:
    """``lines`` without a table of contents: a run of CONTENTS_MIN_LINES or more short lines,
    under a "Table of contents" heading or opening the text, each of which comes exactly once
    more later, in the same order and with text between them (the section headings they
    list). The headings stay where they head sections. The cells of a table repeat too, but
    more than twice, next to each other or out of order; a list of top picks that repeats as
    headings further down is part of the article, and is neither headed so nor at the top."""
    keys = [_key(line) for line in lines]
    later: dict[str, list[int]] = {}
    for i, k in enumerate(keys):
        later.setdefault(k, []).append(i)
    half = len(lines) // 2
    i = 0
    while i < half:
        j, seen, prev = i, set(), -1
        # extend the run while the line is new to it and comes again after the run's last copy
        while j < len(lines) and keys[j] and keys[j] not in seen:
            copies = [c for c in later[keys[j]] if c > max(prev, j)]
            if not copies:
                break
            seen.add(keys[j])
            prev = copies[0]
            j += 1
        run = range(i, j)
        headed = i > 0 and bool(CONTENTS_HEADING.match(lines[i - 1]))
        if (
            len(run) >= CONTENTS_MIN_LINES
            and (headed or i < CONTENTS_OPENS)
            and all(len(later[keys[k]]) == 2 and _LETTERS.search(lines[k]) for k in run)
            and _spread(keys, run, later)
        ):
            return lines[: i - 1 if headed else i] + lines[j:]
        i = max(j, i + 1)
    return lines


def _spread(keys: list[str], run: range, later: dict[str, list[int]]) -> bool:
    """The run's later copies come after it, in order, never two on adjacent lines."""
    positions, prev = [], run[-1]
    for k in run:
        copies = [c for c in later[keys[k]] if c > prev]
        if not copies:
            return False
        prev = copies[0]
        positions.append(prev)
    return all(b - a > 1 for a, b in zip(positions, positions[1:], strict=False))


# A site footer's lines: phone and fax numbers, a postal box, a company or tax number.
_FOOTER = re.compile(
    # a labelled number ("Tel: +44 20 ...", "| Fax 0800 ..."), not "asked to phone 0800 ..." in a sentence
    r"(?:(?:^|[|•·,;]\s*)(?:tel(?:ephone|efone|éfono|efon)?|phone|fax)\b\.?\s*:?\s*\+?\(?\d[\d\s().-]{6,}|"
    r"\b(?:tel|phone|fax)\s*[:.]\s*\+?\(?\d[\d\s().-]{6,}|"
    r"\bp\.?\s?o\.? box\b|\bcaixa postal\b|\bapartado\b|"
    r"\b(?:company|registration|registered|reg\.?|vat|tax)\s+(?:no|number|nr|id)\b|registered (?:office|in england)|"
    r"\bcnpj\b|\bp\.?\s?iva\b|\bpartita iva\b|\bsiret\b|\bust-?id|\bhandelsregister\b|\bkvk\b|\bnif\b|\bcif\b)",
    re.IGNORECASE,
)
FOOTER_SHORT_WORDS = 8
FOOTER_MAX_WORDS = 30


def drop_footer(lines: list[str]) -> list[str]:
    """``lines`` without a site footer at the end: the last run of lines that are each a footer
    line (phone, company number...) or a short line without a sentence end (a company name,
    an address line), when the run holds a footer line."""
    start, footer = len(lines), False
    while start > 0:
        line = lines[start - 1]
        words = len(line.split())
        if words <= FOOTER_MAX_WORDS and _FOOTER.search(line):
            footer = True
        elif words > FOOTER_SHORT_WORDS or _SENTENCE_END.search(line):
            break
        start -= 1
    return lines[:start] if footer else lines
