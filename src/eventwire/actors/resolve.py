"""Resolve a mention ("the Chinese embassy in Washington", "Stoltenberg") to a coded Actor.

One core works on a list of normalised tokens, whether they come from a plain string or from a
spaCy span: find the longest known names (persons, organisations, countries and their adjectives,
capitals) and agent nouns ("embassy", "troops"; ``match.PhraseMatcher``), then compose (here). A person's role is the one they
hold on the article's date; an organisation or country takes the sector of the agent noun that
heads the phrase ("Russian troops" -> RUS MIL, "NATO troops" -> IGONAT MIL). A trailing
locative phrase ("in Washington") never changes the actor. Anything not known stays empty.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from eventwire.actors.codes import join_code
from eventwire.actors.kb import STATE_SECTORS, Role
from eventwire.actors.match import Match, PhraseMatcher, Tok, singular, text_tokens
from eventwire.nlp.place_nouns import TOWNS
from eventwire.records import Actor

log = logging.getLogger(__name__)

# Prepositions that start a place, not a part of the actor ("the embassy in Washington").
LOCATIVE = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout", "within", "on", "to", "based"})
# Words that end the mention: relative clauses, conjunctions, parentheses.
STOP = frozenset({"and", "or", "&", "who", "which", "that", "whose", "but", "with", "after", "before"})
# Other prepositions: the head noun comes before them ("doctors from American aid groups").
PREPOSITIONS = frozenset({"from", "for", "with", "against", "over", "under", "between", "among", "about", "by", "into"})
# "ethnic Albanians" are a people, usually living outside the state the adjective names
ETHNIC = frozenset({"ethnic"})
FORMER = frozenset({"former", "ex", "exiled", "ousted", "deposed", "retired", "outgoing"})
# Heads that take the sector of the noun they lead ("police chief" is police, "rebel leader" a rebel).
GENERIC_HEADS = frozenset({
    "chief", "head", "leader", "leaders", "spokesman", "spokeswoman", "spokesperson", "commander",
    "director", "official", "officials", "member", "members", "representative", "president",
    "chairman", "chairwoman", "chair", "secretary general", "spokespeople", "leadership",
})
# "Opponents of President X", "critics of the government": who opposes a government is that
# country's opposition (PLOVER sector OPP), not the government it opposes.
OPPOSING = frozenset({"opponent", "opponents", "critic", "critics", "detractor", "detractors"})
RULING_SECTORS = frozenset({"GOV", "ELI", "LEG", "JUD", "COP", "MIL"})
ORG_KINDS = frozenset({"igo", "organ", "seat", "institution", "group", "ngo", "party", "org"})
# Participles naming people by what befell them ("the accused", "the injured"; agents.tsv)
FATE_WORDS = frozenset({"accused", "injured", "wounded", "detained", "deceased"})
# The longest town name ``_town_around`` tries ("Spanish Town", "Santa Cruz de la Sierra").
MAX_TOWN_WORDS = 5
# Agent sectors that change an IGO's or armed group's own sector ("NATO troops", "EU lawmakers").
OVERRIDES_IGO = frozenset({"MIL", "COP", "JUD", "LEG", "SPY"})

__all__ = ["LOCATIVE", "PhraseResolver", "Tok", "coerce_date", "singular", "text_tokens"]


class PhraseResolver(PhraseMatcher):
    """The token-level core, shared by strings, spaCy spans and whole articles: composes the
    matches of ``PhraseMatcher.scan`` into one actor."""

    # -- composing ------------------------------------------------------------------------
    def resolve_tokens(self, toks: list[Tok], when: date, text: str, *, capital_ok: bool = True) -> Actor | None:
        self.last_agents = []
        if not toks:
            return None
        at = 1 if toks[0].key == "the" else 0
        if len(toks) > at + 2 and toks[at].key in OPPOSING and toks[at + 1].key == "of":
            opposed = self.resolve_tokens(toks[at + 2 :], when, text, capital_ok=capital_ok)
            if opposed is not None and opposed.sector in RULING_SECTORS:
                self.last_agents = [singular(toks[at].key)]  # "the critics said" later is this opposition
                return Actor(text=text, code=join_code(opposed.country, "OPP"), country=opposed.country, sector="OPP",
                             role="opposition")
        matches = self.scan(toks, when)
        # "a London-based monitor", "the Kenya-based aid group": where a group sits, not who it
        # is, and no locative "based" that ends the phrase
        based = [m for m in matches if m.kind in ("country", "capital") and m.end < len(toks) and toks[m.end].key == "based"]
        if based:
            matches = [m for m in matches if m not in based]
            toks = [Tok(t.text, "", "", t.ent) if any(i == m.end for m in based) else t for i, t in enumerate(toks)]
        matches, toks = _cut(matches, toks)
        # "the detained officials", "wounded soldiers": a fate word names people only as the head
        matches = [m for m in matches if not (m.kind == "agent" and m.end < len(toks) and toks[m.start].key in FATE_WORDS)]
        if not matches:
            return None
        former = any(t.key in FORMER for t in toks)
        agents = [m for m in matches if m.kind == "agent"]
        self.last_agents = [m.agent for m in agents]
        split = _first_free(matches, toks, PREPOSITIONS)
        # "the governor of the Tyumen region": a place noun is where an office is, not its head
        officed = [m for m in agents if m.agent not in TOWNS]
        officed = officed if any(m.sector in STATE_SECTORS for m in officed) else agents
        agent = _head_agent([m for m in officed if m.start < split] or officed)
        persons = [
            m for m in matches if m.kind == "person" and not _part_of_longer_name(m, toks, self.kb.agents)
        ]
        places = [m for m in matches if m.kind in ("country", "capital") and not _surname(m, toks, matches)]
        # "Spanish Town police", "New Mexico police": a country word inside a town's or region's
        # name places the phrase in that town's country, not the country the word names
        towns = {m.start: iso for m in places if (iso := _town_around(m, toks))}
        places = [m for m in places if m.start not in towns]
        orgs = [
            m for m in matches
            if m.kind == "org" and not _word_of_longer_name(m, toks, agent) and not _other_countrys_body(m, places, split)
            and not _inside_unknown_name(m, toks, matches)
        ]
        ethnic = [m for m in places if m.start > 0 and toks[m.start - 1].key in ETHNIC]
        if ethnic:
            # "ethnic Albanians", "ethnic Russian voters": a people, not that state's nationals
            places = [m for m in places if m not in ethnic]
            if not (persons or orgs or places or agent):
                return Actor(text=text, code="CVL", sector="CVL", role="ethnic group")
        if persons and orgs and orgs[-1].start < persons[-1].start and _other_role(persons[-1], orgs[-1]):
            # "NATO Secretary General Jens Stoltenberg": the title the text gives wins over a
            # role the knowledge base holds for another date. The actor is still that person.
            actor = self._org(orgs[-1], agent, text, former, when)
            person = persons[-1].entry
            if actor is not None and person is not None:
                actor.name, actor.kb_id = person.name, person.id
            return actor
        if persons and not _foreign_namesake(persons[-1], places):
            titled = self._titled(persons[-1], places, agent or self._title_in(persons[-1], toks), text, former)
            actor = titled or self._person(persons[-1], text, former, when)
            if actor is not None:
                return actor
        if orgs:
            return self._org(orgs[-1], agent, text, former, when)
        if places:
            place = places[0]
            if agent is None:
                if not _covers_head(place, matches, toks) or _of_other_head(place, toks):
                    return None
                if place.kind == "capital" and not capital_ok:
                    return None
            return self._country(place, agent, text, former)
        if towns and agent is not None and agent.sector:
            iso = next(iter(towns.values()))
            return Actor(text=text, code=join_code(iso, agent.sector), country=iso, sector=agent.sector, role=agent.agent)
        if agent is not None and agent.sector:
            sector = "ELI" if former and agent.sector in STATE_SECTORS else agent.sector
            if based and based[0].entry is not None and based[0].entry.roles and sector not in STATE_SECTORS:
                iso = _place_iso(based[0])  # a group based in a country is of it
                return Actor(text=text, code=join_code(iso, sector), country=iso, sector=sector, role=agent.agent)
            return Actor(text=text, code=sector, sector=sector, role=agent.agent)
        return None

    def _title_in(self, m: Match, toks: list[Tok]) -> Match | None:
        """An office inside a person's matched name: the old dictionaries list names with their
        title ("Prime Minister Nuri al-Maliki")."""
        for i in range(m.start, m.end):
            for length in (3, 2, 1):
                found = self._agent(toks[i : i + length]) if i + length <= m.end else None
                if found is not None and found.sector in STATE_SECTORS:
                    found.start, found.end = i, i
                    return found
        return None

    def _titled(self, m: Match, places: list[Match], agent: Match | None, text: str, former: bool) -> Actor | None:
        """A person under a title the text gives ("Syrian President Bashar al-Assad", "Spanish
        Foreign Minister Javier Solana") holds that office when the text was written, whatever
        the knowledge base holds for the date it was given (often none, or a placeholder): the
        title's country (else the person's own) and sector win over a dated role of another
        country or out of office. A role the knowledge base holds for that country and a state
        sector stays (it is dated)."""
        if former or agent is None or agent.sector not in STATE_SECTORS - {"IGO"} or agent.end > m.start:
            return None
        stated = [p for p in places if p.kind == "country" and p.end <= m.start and p.entry is not None and p.entry.roles]
        role = m.role
        if m.entry is None:
            return None
        if stated:
            # "Bosnian Serb leader": of adjacent country words the first places the second
            # (a Serb of Bosnia), as in "Bosnian Serb forces"
            first = len(stated) - 1
            while first > 0 and stated[first - 1].end == stated[first].start:
                first -= 1
            iso = _place_iso(stated[first])
        elif role is not None and role.sector in STATE_SECTORS:
            return None  # in office on the date: the knowledge base's dated role says which
        else:  # "President Kagame" out of office on the date: the title, in the person's own country
            iso = (role.country if role else None) or m.entry.nationality
        if iso is None or role is not None and role.country == iso and role.sector in STATE_SECTORS:
            return None
        entry = m.entry
        return Actor(text=text, name=entry.name, code=join_code(iso, agent.sector), country=iso, sector=agent.sector,
                     kb_id=entry.id, role=agent.agent)  # fmt: skip

    def _person(self, m: Match, text: str, former: bool, when: date) -> Actor | None:
        role, entry = m.role, m.entry
        if role is None or entry is None or (role.sector is None and role.country is None):
            return None
        role = self._country_then(role, when)
        sector = role.sector
        code = role.code
        if former and sector in STATE_SECTORS - {"IGO"} and role.country:
            sector, code = "ELI", role.country + "ELI"
        return _actor(text, entry, role, code, sector, role.title)

    def _org(self, m: Match, agent: Match | None, text: str, former: bool, when: date) -> Actor | None:
        role, entry = m.role, m.entry
        if role is None or entry is None:
            return None
        if role.country and f"country:{role.country}" not in self.kb:
            role = self._named_country(entry, role, when) or role
        role = self._country_then(role, when)
        sector, code = role.sector, role.code
        if agent is not None and agent.sector:
            if sector is None:  # a country-like entry (PETRARCH "ISRAELI [ISR]")
                sector = agent.sector
            elif sector == "IGO" and agent.sector in OVERRIDES_IGO:
                sector = agent.sector
            elif sector not in ("IGO", "NGO", "REB") and agent.sector not in ("GOV", sector) and agent.agent not in GENERIC_HEADS:
                sector = agent.sector
            code = join_code(code, sector)
        if former and sector in STATE_SECTORS and role.country:
            sector, code = "ELI", role.country + "ELI"
        return _actor(text, entry, role, code, sector, agent.agent if agent else None)

    def _country_then(self, role: Role, when: date) -> Role:
        """``role`` with the country its country had on ``when``: a Kosovo office before
        2008 is Serbia's, like the name Kosovo then (dated_countries.tsv)."""
        entry_id = f"country:{role.country}" if role.country else ""
        if not entry_id or entry_id not in self.kb:
            return role
        entry = self.kb.get(entry_id)
        if not any(r.dated for r in entry.roles):
            return role
        then = entry.role_at(when)
        if then is None or not then.country or then.country == role.country:
            return role
        code = then.country + role.code[len(role.country):] if role.code and role.code.startswith(role.country) else role.code
        return replace(role, country=then.country, code=code)

    def _named_country(self, entry: Any, role: Any, when: date) -> Any:
        """An armed group the old dictionaries file under a CAMEO region ("EEU" for the
        Kosovo Liberation Army, "EAF" for the Eritrean People's Liberation Front) is of the one
        country its name names, on ``when`` (Kosovo in 1999: Serbia's province); None when the
        name names none, or several."""
        toks = text_tokens(entry.name)
        found = set()
        for i in range(len(toks)):
            for length in range(min(4, len(toks) - i), 0, -1):
                key = " ".join(t.key for t in toks[i : i + length])
                hits = [h for h in self.kb.names.get(key, ()) if h.via == "name" and h.entry.startswith("country:")]
                if hits:
                    chosen = self._choose(hits, when)
                    if chosen is not None and chosen.role is not None and chosen.role.country:
                        found.add(chosen.role.country)
                    break
        if len(found) != 1:
            return None
        iso = found.pop()
        code = iso + role.code[3:] if role.code and role.code.startswith(role.country) else iso
        return replace(role, country=iso, code=code)

    def _country(self, m: Match, agent: Match | None, text: str, former: bool) -> Actor | None:
        entry = m.entry
        if entry is None or not entry.roles:
            return None
        iso = _place_iso(m)
        if agent is not None:
            sector = agent.sector
            role = agent.agent
        elif m.kind == "capital":
            sector, role = "GOV", "capital (metonym for the government)"
        else:
            sector, role = None, None
        if former and sector in STATE_SECTORS:
            sector = "ELI"
        return Actor(text=text, name=entry.name, code=join_code(iso, sector), country=iso, sector=sector, kb_id=entry.id, role=role)


def _town_around(m: Match, toks: list[Tok]) -> str | None:
    """The country of the longest capitalised run of words around a country or capital match
    that the gazetteer knows as a town or region of another country ("Spanish Town" is
    Jamaica's, "New Mexico" the United States'); None when there is none."""
    from eventwire.actors.placing import gazetteer_country  # placing imports this module

    own = _place_iso(m)
    first, last = m.start, m.end
    while first > 0 and toks[first - 1].text[:1].isupper():
        first -= 1
    while last < len(toks) and toks[last].text[:1].isupper():
        last += 1
    for length in range(min(last - first, MAX_TOWN_WORDS), m.end - m.start, -1):
        for start in range(max(first, m.end - length), min(m.start, last - length) + 1):
            iso = gazetteer_country(" ".join(t.text for t in toks[start : start + length]))
            if iso:
                return iso if iso != own else None
    return None


def _place_iso(m: Match) -> str | None:
    """The country a country or capital match names on the date it was resolved at: its role
    then ("Kosovo" in 2000 was a province of Serbia), else its first."""
    if m.role is not None and m.role.country:
        return m.role.country
    return m.entry.roles[0].country if m.entry is not None and m.entry.roles else None


def _actor(text: str, entry: Any, role: Any, code: str | None, sector: str | None, title: str | None) -> Actor:
    """The Actor of a knowledge-base entry in one of its dated roles."""
    return Actor(
        text=text, name=entry.name, code=code, country=role.country, sector=sector, kb_id=entry.id,
        role=title,
        valid_from=role.start.isoformat() if role.start else None,
        valid_to=role.end.isoformat() if role.end else None,
    )


def _cut(matches: list[Match], toks: list[Tok]) -> tuple[list[Match], list[Tok]]:
    """Drop a trailing locative phrase or a second conjunct that no known name spans."""
    i = _first_free(matches, toks, LOCATIVE | STOP)
    return [m for m in matches if m.end <= i], toks[:i]


def _other_role(person: Match, org: Match) -> bool:
    own = person.role.code if person.role else None
    stated = org.role.code if org.role else None
    return bool(stated) and not (own or "").startswith(stated or "")


def _word_of_longer_name(m: Match, toks: list[Tok], agent: Match | None) -> bool:
    """An institution's one-word name used inside another name: "the Congress party" (India's),
    "the Congress for Freedom" (a party in Burundi) are not the US Congress. A party noun right
    after the word, or "for"/"of" and a capitalised word, make it part of a longer name."""
    if m.end - m.start != 1 or m.role is None or m.role.sector in (None, "PTY"):
        return False
    if agent is not None and agent.sector == "PTY" and agent.start == m.end:
        return True
    after = toks[m.end : m.end + 2]
    return len(after) == 2 and after[0].key in ("for", "of") and after[1].text[:1].isupper()


def _inside_unknown_name(m: Match, toks: list[Tok], matches: list[Match]) -> bool:
    """"the High Security Council", "the National Security Council": a body's name right after a
    capitalised word no known name covers is the end of a longer name, another body's (Algeria's,
    not the UN's)."""
    if m.start == 0 or m.role is None or m.role.sector != "IGO":
        return False
    before = toks[m.start - 1]
    return before.text[:1].isupper() and before.text.isalpha() and before.key not in {"the", "a", "an"} and not any(
        o.start <= m.start - 1 < o.end for o in matches)


def _surname(m: Match, toks: list[Tok], matches: list[Match]) -> bool:
    """"Eddie Jordan", "Ryan Chad": a one-word country name right after a capitalised first name
    that no known name covers, both inside one name the parser tags PERSON, is a surname."""
    if m.end - m.start != 1 or m.start == 0:
        return False
    before, word = toks[m.start - 1], toks[m.start]
    return (before.ent == word.ent == "PERSON" and before.text[:1].isupper() and before.text.isalpha()
            and not any(o.start <= m.start - 1 < o.end for o in matches))


def _other_countrys_body(m: Match, places: list[Match], split: int) -> bool:
    """A one-word national institution ("Congress") after another country's name in the same
    phrase ("the Nigeria Labour Congress", "the Ghana Congress") ends that country's own body's
    name: the country and any agent word decide instead. The institution's own country ("the
    US Congress", "the American Congress") keeps it; a country past a preposition does not count."""
    if m.end - m.start != 1 or m.role is None or not m.role.country or m.start >= split:
        return False
    return any(
        p.end <= m.start and p.entry is not None and p.entry.roles and _place_iso(p) != m.role.country
        for p in places
    )


def _part_of_longer_name(person: Match, toks: list[Tok], titles: dict[str, Any]) -> bool:
    """A one-word name from the old dictionaries ("Abdullah") that the parser reads as one word
    of a longer person's name ("Abdullah Ocalan", "Mohammed Abdullah") names someone else; a
    title next to it ("King Abdullah") is no other name."""
    if person.end - person.start > 1 or person.entry is None or person.entry.source in ("user", "eventwire"):
        return False
    if toks[person.start].ent != "PERSON":
        return False
    nxt = toks[person.end] if person.end < len(toks) else None
    prev = toks[person.start - 1] if person.start > 0 else None
    return any(t is not None and t.ent == "PERSON" and t.text[:1].isupper() and t.key not in titles and t.lemma not in titles
               for t in (nxt, prev))  # fmt: skip


def _foreign_namesake(person: Match, places: list[Match]) -> bool:
    """A one-word name from the old dictionaries ("Hassan") with another country in the phrase
    ("King Hassan of Morocco") is someone else: the phrase's country and title decide instead."""
    if person.end - person.start > 1 or person.entry is None or person.entry.source in ("user", "eventwire"):
        return False
    country = person.role.country if person.role else None
    return any(p.entry is not None and p.entry.roles and _place_iso(p) != country for p in places)


def _first_free(matches: list[Match], toks: list[Tok], words: frozenset[str]) -> int:
    """Index of the first token in ``words`` that no known name spans (len(toks) if none)."""
    covered = {i for m in matches for i in range(m.start, m.end)}
    for i, t in enumerate(toks):
        if i > 0 and i not in covered and t.key in words:
            return i
    return len(toks)


def _head_agent(agents: list[Match]) -> Match | None:
    """The agent that heads the phrase: the last one, unless a generic head ("chief", "spokesman")
    follows a specific one ("police chief" is police, "foreign ministry spokesman" the ministry)."""
    if not agents:
        return None
    head = agents[-1]
    if head.agent in GENERIC_HEADS:
        for earlier in reversed(agents[:-1]):
            if earlier.sector and earlier.agent not in GENERIC_HEADS:
                return earlier
    return head


_NEUTRAL = frozenset({"the", "a", "an", "'s", "of", "its", "their", "his", "her", "our", "new", "top", "senior"})


def _covers_head(place: Match, matches: list[Match], toks: list[Tok]) -> bool:
    """A bare country name is an actor only when it heads the phrase ("Russia", not "Russian oil")."""
    tail = [t for t in toks[place.end :] if t.key not in _NEUTRAL]
    if not tail:
        return True
    # "Chinese Xinhua", "Russian Vladimir Smirnov": proper names after the adjective keep the country
    return all(t.text[:1].isupper() for t in tail)


def _of_other_head(place: Match, toks: list[Tok]) -> bool:
    """"the inclusion of Finland", "the future of Syria": a country after "of" that no agent
    noun or name leads is what the phrase is about, not the phrase's actor (the country is
    a mention of its own). Capitalised words before "of" are one name ("Kingdom of Morocco"). A
    capital after "of" keeps its phrase ("the hostile intent of Washington"): alone, as the object
    of "of", it would be read as a place."""
    if place.kind != "country" or place.start < 2 or toks[place.start - 1].key != "of":
        return False
    before = [t for t in toks[: place.start - 1] if t.key not in _NEUTRAL]
    return bool(before) and not all(t.text[:1].isupper() for t in before)


def coerce_date(value: Any) -> date:
    """A date from a date, a datetime or an ISO string; today when ``None``."""
    if value is None:
        return date.today()
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
