"""Person names from raw author strings: the cleaning every author source's answer goes through.

No "By", no e-mail addresses or "Email the author", no news agencies, no roles or
credentials after a name, names split at commas, "and", "&"; a collective byline the page
credits ("Resy Staff", "Team Valley Ledger") kept as written (see ``authors``).
"""

from __future__ import annotations

import html
import re

from eventwire.extract.byline import (
    DATE_FORMS,
    NAME_PARTICLES,
    OUTLET_WORDS,
    is_agency,
    is_person_name,
    parse_names,
)

_EMAIL = re.compile(r"\S+@\S+\.\w+")
BY_PREFIX = re.compile(r"^\s*(?:(?:written|posted|reported|authored|words|story|text|photos?)\s+)?by\s*:?\s+", re.I)
_AUTHOR_LABEL = re.compile(r"^\s*(?:authors?|writers?|reporters?|posted by|written by)\s*:?\s+", re.I)
# The same labels in the languages of the pages met so far: German "Autor/in:" (trafilatura
# reads its slash as a separator: "Autor; In Jane Doe"), Spanish and Portuguese "Por", French
# "Auteur :" and "Par".
# "Von Jane Doe" and "Artikel von Jane Doe" are German "By" lines; "von" is stripped only
# before two capitalised words, as "Von Trapp" is a name.
_FOREIGN_LABEL = re.compile(
    r"^\s*(?:(?:autor(?:in|a)?|autor\s*[/;]\s*in|auteur(?:e|rice)?)\s*:?|por|par|"
    r"(?:(?:eingestellt|geschrieben|verfasst|artikel|beitrag|alles|mehr|ein\s+beitrag)\s+)?von(?=\s+[A-ZÄÖÜ][\w'’-]*\s+[A-ZÄÖÜ]))\s+",
    re.I,
)
_NOISE = re.compile(
    r"\b(?:email|e-mail|follow|view (?:all )?(?:posts|articles)|more (?:from|by)|contact|twitter|"
    r"facebook|linkedin|instagram)\b.*$",
    re.I,
)
# Trailing parts that are a role or a time, not a name: "Jane Doe, Senior Editor", "Jane Doe Updated May 2".
_ROLE_TAIL = re.compile(
    r"(?:^|,|\s[-–—|]\s?|\s)\s*(?:(?:senior|chief|deputy|managing|contributing|staff|special|political|"
    r"foreign|trending|executive|associate|assistant|news|health|science|tech|business)\s+)*"
    r"(?:editor|writer|reporter|correspondent|columnist|contributor|journalist|producer|analyst|"
    r"last updated|updated|published|posted|reviewed|fact checked)\b.*$",
    re.I,
)
# A date run into the name by the page's markup: "Jane Doe December 3, 2025", "Jane Doe Nov".
_DATE_TAIL = re.compile(
    r"\s+(?:on\s+|last\s+updated\s+|updated\s+|published\s+)?(?:(?:january|february|march|april|june|july|august|"
    r"september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?|may(?=\s+\d))"
    r"(?:\s+\d.*)?$",
    re.I,
)
# A badge the byline element shows after the name ("Acme Security Sponsored"): the kind of post, no name.
_SPONSORED_TAIL = re.compile(r"\s+(?:sponsored(?:\s+(?:content|post))?|advertorial|paid\s+(?:post|content)|partner\s+content)$", re.I)
_LEAD = re.compile(
    r"^\s*(?:read more (?:about|from)|more (?:from|by)|posts by|articles by|about|.{0,30}\bwritten by)\s+", re.I
)
# A user name as CMSs write it in author metadata ("jdoe", "kirstin boatto"): kept from meta/JSON-LD only.
_HANDLE = re.compile(r"^[A-Za-z][\w.-]{2,30}(?: [a-z][\w.-]{1,30})?$")
NOT_NAMES = re.compile(
    r"^(?:admin|administrator|editor|editorial( team| staff)?|staff|guest( author)?|team|anonymous|"
    r"unknown|author|author name|your name|name|webmaster|newsroom|press release|wp ?admin|written by|by|"
    r"undefined|null|none|n/?a|learn more|read more|see more|view more|view profile|more posts|all posts|"
    # German labels with no name after them, and the editorial desk ("Redaktion": the staff)
    # (after "Von", the label: "Von Redaktion", which "Von Trapp" keeps it from stripping)
    r"(?:eingestellt|geschrieben|artikel|beitrag) von|(?:von )?(?:der |unsere[rn]? )?redaktion|"
    # a template's placeholder where the author field was left empty
    r"no[ -]author|unknown[ -]author|no[ -]byline|not available)$",
    re.I,
)
# "and" as a title-case byline writes it too ("By Jane Doe And John Roe For The Daily Post")
_SPLIT = re.compile(r"\s*(?:;|\||,\s*(?:and\s+)?|\s+(?:and|And|AND)\s+|\s*&\s*)\s*")
# Degrees and post-nominals dropped from a name ("Jane Doe, MS, RD").
_CREDENTIAL = re.compile(
    r"^(?:m\.?d\.?|ph\.?d\.?|m\.?s\.?c?|r\.?d\.?n?|mba|mph|jd|rn|np|cpa|cfa|cfp|esq|d\.?o\.?|dds|dvm|"
    r"fand|ld|lcsw|cscs|cpt|facs|faap|pmp|ma|ba|bsc?|e-ryt \d+|ryt|jr\.?|sr\.?|ii|iii)$",
    re.I,
)


# A collective byline the page credits as its author ("Resy Staff", "The Upwork Team", "The
# Currency editors"): no person, but what the page says wrote it, and what WCXB's gold keeps.
_COLLECTIVE = re.compile(
    r"^(?:the\s+)?(?P<who>[A-Z0-9][\w.&'’-]*(?:\s+[A-Z0-9][\w.&'’-]*){0,3}\s+)?"
    r"(?:staff|team|editors|editorial(?: team| staff| board)?|newsroom)$",
    re.I,
)
# Credentials written after a name without a comma ("Jeffrey Slotnick CPP"), and parts of a
# byline that say what the author does ("Head Winemaker", "Privacy and Digital Security Expert").
_CAPS_CREDENTIAL = re.compile(r"^[A-Z]{2,5}$")
_ROLE_PART = re.compile(
    r"\b(?:expert|head|founder|co-founder|cofounder|director|manager|consultant|specialist|officer|"
    r"ceo|cto|cfo|coo|president|vice|certified|licensed|registered|lead|strategist|coach|instructor|"
    r"professor|lecturer|researcher|scientist|engineer|developer|designer|marketer|owner|partner|"
    r"advisor|adviser|counsel|attorney|nurse|dietitian|therapist|physician|winemaker|chef|host|"
    r"member|fellow|intern|student|blogger|creator|coordinator|reviewer|supervisor|administrator|"
    r"representative|associate|assistant|executive|principal|architect|educator|teacher|author|"
    r"editor|writer|reporter|columnist|contributor|correspondent|journalist|producer|analyst|"
    # the "-ist" trades ("Horticulturalist", "Nutritionist", "Dentist"); no surname ends so
    # ("Lindqvist", "Holmquist" end otherwise)
    r"\w+(?:alist|ologist|icist|ntist|apist|onist|omist|rtist|acist))s?\b",
    re.I,
)


# A team's account name, the word run into the outlet's short name ("BBNTEAM", "vlnewsteam").
_TEAM_ACCOUNT = re.compile(r"^[A-Za-z]{2,12}(?:team|staff|TEAM|STAFF)$")
# The same, the team named after the word ("Team Valley Ledger").
_TEAM_OF = re.compile(r"^(?:Team|TEAM)\s+(?P<who>[A-Z0-9][\w.&'’-]*(?:\s+[A-Z0-9][\w.&'’-]*){0,3})$")


def collective_byline(text: str) -> str | None:
    """``text`` when it is a collective byline that names no news agency, else None."""
    text = re.sub(r"\s+", " ", text).strip(" .,:;")
    m = _COLLECTIVE.match(text) or _TEAM_OF.match(text)
    if not m:
        # a team's account as one word ("BBNTEAM", "newsteam"): the outlet's short name and the word
        return text if _TEAM_ACCOUNT.match(text) else None
    who = (m.group("who") or "").strip()
    if who and (_AGENCY_WORD.search(who) or _ROLE_PART.search(who)):
        return None
    return text


_AGENCY_WORD = re.compile(
    r"\b(?:reuters|afp|ap|associated press|bloomberg|xinhua|tass|anadolu|efe|dpa|ani|pti|ians|upi|"
    r"agence france-presse|writer|reporter|contributing|senior|special)\b",
    re.I,
)


# The head nouns of public bodies' and institutions' names, and how such a name opens
# ("Office of ...", "Center for ...").
_INSTITUTION_WORD = (
    r"(?:department|ministry|office|cent(?:er|re)|institute|institution|university|college|school|association|"
    r"agency|administration|authority|bureau|board|commission|committee|council|foundation|society|services?|"
    r"protection|affairs|research|laborator(?:y|ies)|organi[sz]ation|corporation|customs|police|government|"
    r"hospital|clinic|museum|library|division|directorate|secretariat|programme|program)"
)
_INSTITUTION_OPENING = re.compile(rf"^(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){{0,2}}{_INSTITUTION_WORD}\s+(?:of|for|on)\s+[A-Z]", re.I)
_INSTITUTION_PART = re.compile(rf"\b{_INSTITUTION_WORD}\b", re.I)
# A name that ends in the kind of body it is names no person (the issue: no organisations). WCXB's
# gold keeps a few such bodies as authors; on its even pages the 2 answers this changes were
# wrong before too (a clinic's name, scraps of a centre's).
_INSTITUTION_END = re.compile(rf"\b{_INSTITUTION_WORD}$", re.I)


def _institution(piece: str) -> bool:
    """Whether a byline piece that holds an "and" is an institution's name: it opens as one
    ("Department of Health and Human Services") or each side of its "and" holds an
    institution's word ("U.S. Customs and Border Protection")."""
    piece = BY_PREFIX.sub("", piece.strip())
    parts = [p for p in _SPLIT.split(piece) if p]
    if len(parts) < 2 or not re.search(r"\s(?:and|And|AND|&)\s", piece):
        return False
    return bool(_INSTITUTION_OPENING.match(piece)) or all(_INSTITUTION_PART.search(p) for p in parts)


def _is_role(part: str) -> bool:
    part = part.strip(" .")
    return bool(_CAPS_CREDENTIAL.match(part) or _CREDENTIAL.match(part) or _ROLE_PART.search(part))


def _without_role_tail(name: str) -> str:
    """"Matt Check Head Winemaker" -> "Matt Check"; "Jeffrey A. Slotnick CPP" -> "Jeffrey A. Slotnick";
    "Jane Doe Content Marketing Coordinator" -> "Jane Doe" (a role's own modifiers go with it)."""
    tokens = name.split()
    # in a name written all in capitals ("KENNETH P. VOGEL") capitals mark no credential
    caps = not any(c.islower() for c in name)
    while len(tokens) > 2 and not caps and _CAPS_CREDENTIAL.match(tokens[-1].strip(".,")):
        tokens.pop()
    for k in range(2, len(tokens)):
        if _ROLE_PART.search(tokens[k]):
            if _desk(" ".join(tokens[:k])):
                return ""  # "Antrim Court Reporter": the desk's place and beat, no name
            # a name is a given name and a surname, longer by its initials and particles
            # ("Jeffrey A. Slotnick", "Marna van der Merwe"); the capitalised words after
            # it, up to the role word, are the role's ("Content Marketing Coordinator")
            size = 2 + sum(1 for t in tokens[1:k] if _is_initial_or_particle(t))
            tokens = tokens[: min(size, k)]
            while len(tokens) > 2 and not caps and _CAPS_CREDENTIAL.match(tokens[-1].strip(".,")):
                tokens.pop()
            return " ".join(tokens)
    return " ".join(tokens)


def _is_initial_or_particle(token: str) -> bool:
    bare = token.strip(".,")
    # an initial is a capital ("Jeffrey A. Slotnick"); a lower-case "a" is the article of a
    # bio run into the name ("Omar Haddad Omar is a full-stack engineer")
    return (len(bare) == 1 and bare.isupper()) or bare.lower() in NAME_PARTICLES


# A registered company's name ("Kouzina Food Tech Private Limited", "Acme Inc."): no person.
_COMPANY = re.compile(r"\b(?:inc|llc|llp|ltd|limited|gmbh|corp|corporation|plc|pvt|pty)\.?$", re.I)


# A news outlet's name ("CBS News", "Clemson News", "7 News WSVN"): no person is named "News".
_NEWS_OUTLET = re.compile(r"\b(?:News|NEWS)\b")


def clean_name(text: str) -> str | None:
    """One person's name from a byline fragment, or None when it is not one."""
    text = _EMAIL.sub("", text)
    text = _LEAD.sub("", text)
    text = _NOISE.sub("", text)
    text = _DATE_TAIL.sub("", text)
    text = _SPONSORED_TAIL.sub("", text)
    text = BY_PREFIX.sub("", text)
    text = _AUTHOR_LABEL.sub("", text)
    with_role = text
    text = _ROLE_TAIL.sub("", text)
    text = re.sub(r"\s+", " ", text).strip(" .,:;-–—|")
    if text != with_role.strip(" .,:;-–—|") and _desk(text):
        return None  # "Court Reporter", "Antrim Court Reporter", "HT Correspondent": a desk's byline
    if _INSTITUTION_END.search(text):
        return None  # "Valley Media Enterprise Division", "County Health Department": a body, no person
    if not text or NOT_NAMES.match(text) or _COMPANY.search(text) or _ACCOUNT.search(text) or _NEWS_OUTLET.search(text):
        return None
    if _acronym(text):
        return None  # "CDC", "NASA": a body's initials as its author, no person
    names = parse_names(text)  # drops agencies ("Reuters", "AP", "Staff") and roles
    if len(names) != 1 or not is_person_name(names[0]):
        return None
    if is_job_title(names[0]):
        return None  # "Lead Reviewer", "Senior Editor": a role on its own
    return names[0]


# One word in capitals, as bodies abbreviate their names ("CDC", "WHO"): no person's name.
def _acronym(text: str) -> bool:
    return 2 <= len(text) <= 5 and text.isalpha() and text.isupper()


def is_role_phrase(text: str) -> bool:
    """Whether ``text`` is a role written out with function words ("Candidate Representative
    to the Liaison Committee", "Head of Research at Acme"): no name holds "to", "the", "at"."""
    return bool(_ROLE_PART.search(text)) and bool(re.search(r"\s(?:to|the|at|for|of|in)\s", text))


def is_job_title(text: str) -> bool:
    """Whether ``text`` is a role with no name ("Staff Writer", "Senior Editor", "Lead Reviewer")."""
    words = text.split()
    return bool(words) and all(_ROLE_PART.search(t) or _ROLE_MODIFIER.match(t) for t in words)


# A site's account rather than a person: "NOC Admin", "Site Webmaster".
_ACCOUNT = re.compile(r"\b(?:admin|administrator|webmaster|moderator|sysop)\b", re.I)


# Words that qualify a role ("Senior Editor", "Content Marketing Coordinator").
_ROLE_MODIFIER = re.compile(
    r"^(?:senior|junior|chief|deputy|managing|contributing|staff|special|guest|content|marketing|digital|"
    r"technical|medical|legal|general|regional|national|sales|product|creative|and|&|of)$",
    re.I,
)


# A date (with its label and separator) that opens a byline element's text.
_LEADING_DATE = re.compile(
    r"^\s*(?:(?:published|posted|updated|last updated|on)\s*:?\s*)?(?:"
    + "|".join(re.sub(r"\(\?P<\w+>", "(?:", form.pattern) for form in DATE_FORMS)  # byline's date forms
    + r")\s*[|·•,–—-]?\s*",
    re.I,
)


def _cut_at_date(text: str) -> str:
    """``text`` up to the first date in it, when a date follows some words."""
    starts = [m.start() for m in (form.search(text) for form in DATE_FORMS) if m and m.start() > 0]
    return text[: min(starts)] if starts else text


# A newsroom's beats, as a desk's byline names them ("Court Reporter"): left alone once the
# role is cut, no name. (A one-word name before a role, "Amanda Content Writer", is kept: WCXB's
# gold keeps one-word names.)
_BEATS = frozenset((
    "court", "crime", "courts", "city", "metro", "local", "sports", "sport", "business", "politics", "political",
    "health", "science", "education", "weather", "traffic", "news", "staff", "foreign", "food", "travel",
))  # fmt: skip


def _desk(left: str) -> bool:
    """Whether what a role's cut leaves of a byline names a desk, not a writer: a beat ("Court"
    of "Court Reporter"), a place and a beat ("Antrim Court Reporter", "Belfast Crime
    Correspondent") unless a given name opens it ("Margaret Court, Reporter"), the outlet's
    initials ("HT Correspondent") or "Our" ("Our Correspondent", the paper's own)."""
    from eventwire.extract.given_names import is_given_name

    words = left.split()
    if left.lower() in _BEATS or left.lower() == "our":
        return True
    if len(words) == 1 and words[0].isupper() and len(words[0]) <= 5:
        return True
    # one word before the beat: a place ("Antrim"); two are more likely a writer's name whose
    # given name the lists lack ("Tshepo Mokoena Crime Correspondent")
    return len(words) == 2 and words[-1].lower() in _BEATS and not is_given_name(words[0])


# Abbreviations a name may hold before its full stop ("Mrs. Jane Doe", "Jane Doe Jr. and ...").
_ABBREVIATIONS = frozenset(("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "rev", "sgt", "capt", "lt", "hon"))


def _before_full_stop(text: str) -> str:
    """``text`` up to a full stop that ends a full name ("Jane Doe. Harbour Radio"): what
    follows is another sentence (the outlet, a bio), not the author list. A full stop after an
    initial or an abbreviation ("Jane A. Doe", "Dr. Omar Haddad") ends no sentence."""
    for m in re.finditer(r"(\S+)\.\s+(?=[A-Z])", text):
        word = m.group(1)
        if len(text[: m.start()].split()) >= 1 and len(word) > 1 and word.lower() not in _ABBREVIATIONS and "." not in word:
            return text[: m.start() + len(word)]
    return text


def clean_authors(raw: list[str], handles: bool = False) -> list[str]:
    """Person names from raw author strings, split, cleaned and de-duplicated in order.
    With ``handles``, a user name that is not a person's name is kept too ("jdoe")."""
    names: list[str] = []
    seen_part = False
    for chunk in raw:
        chunk = _LEADING_DATE.sub("", html.unescape(chunk))  # "Dec 17, 2025 Jane Doe": a meta line
        chunk = _cut_at_date(chunk)  # "Jane Doe 30 Sep 2022, 11:07am"
        chunk = _FOREIGN_LABEL.sub("", BY_PREFIX.sub("", _EMAIL.sub("", chunk))).strip(" \"'")
        chunk = re.split(r"\s+[-–—]\s+", chunk)[0]  # "Jane Doe - Editorial Team"
        chunk = _before_full_stop(chunk)  # "Jane Doe. Harbour Radio International"
        collective = collective_byline(_LEAD.sub("", chunk))
        if collective is not None:
            if collective.casefold() not in {n.casefold() for n in names}:
                names.append(collective)
            continue
        # After a name, the parts that are credentials or roles ("Cara Doe RN, BSN, Certified
        # Sleep Consultant", "Brett Cruz, Privacy and Digital Security Expert") are no names;
        # roles are cut at commas first, as their own words may hold an "and".
        pieces = [p for p in re.split(r"\s*[,;|]\s*", chunk) if p.strip(" .")]
        # A role after a name is dropped ("Jane Doe, Senior Editor, John Roe"); a role cut
        # mid-phrase leaves a bare role word whose next piece is the rest of it ("Head; Community
        # Development" of "Head of Community Development"): that piece goes too.
        start = 0 if seen_part else 1
        kept_pieces = pieces[:start]
        after_bare_role = False
        for piece in pieces[start:]:
            if _is_role(piece):
                after_bare_role = len(piece.split()) == 1 and not _CAPS_CREDENTIAL.match(piece.strip(" ."))
                continue
            if not after_bare_role:
                kept_pieces.append(piece)
            after_bare_role = False
        pieces = kept_pieces
        seen_part = seen_part or bool(pieces)
        # a collective credited beside a person ("Jane Doe; The Valley Newsroom") is kept whole
        # an institution's name holds an "and" of its own ("Center for Drug Evaluation and
        # Research", "U.S. Customs and Border Protection"): split there, it would give scraps
        # of it as names; it names no person, so it gives none
        pieces = [piece for piece in pieces if not _institution(piece)]
        parts = [
            p
            for piece in pieces
            for p in ([piece] if collective_byline(piece) else _SPLIT.split(piece))
            if p and not _CREDENTIAL.match(p.strip(" ."))
        ]
        if parts and len(parts[0].split()) > 4 and clean_name(_without_role_tail(parts[0].strip())) is None:
            # a menu or a sentence caught by the markup, not a byline: its one-word scraps are no names
            parts = [p for p in parts[1:] if len(p.split()) > 1]
        # names in mixed case beside a part in capitals ("A, B | USA TODAY"): the capitals are
        # the outlet's typography, not a co-author's (names all in capitals are still names)
        mixed = any(any(c.islower() for c in p) for p in parts)
        for part in parts:
            if mixed and part.isupper() and len(re.sub(r"\W", "", part)) > 3 and " " in part.strip():
                continue
            if names and OUTLET_WORDS.search(part) and not collective_byline(part):
                break  # "Jane Doe, Harbour News, New York": the outlet after the names, then its place
            name = collective_byline(part) or clean_name(_without_role_tail(part.strip()))
            bare = part.strip()
            if (
                name is None and handles and _HANDLE.match(bare) and not NOT_NAMES.match(bare) and not _acronym(bare)
                and not _ROLE_TAIL.search(bare) and not is_agency(bare)  # "PTI", "Reuters": an agency, no user
            ):
                name = bare
            if name and len(name) < 3 and not handles:
                name = None  # avatar initials ("CP"), not a name
            if name and name.casefold() not in {n.casefold() for n in names}:
                names.append(name)
    # After a full name, a lone word is the remnant of a role split at "and" ("Brett Cruz,
    # Privacy and Digital Security Expert"), not a co-author: co-authors named by one word
    # come in bylines of single words ("Maria & Katerina").
    if names and len(names[0].split()) > 1:
        names = names[:1] + [n for n in names[1:] if len(n.split()) > 1]
    return names
