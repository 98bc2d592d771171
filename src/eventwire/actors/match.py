"""Known names and agent nouns in a list of tokens: the matching half of phrase resolution.

A mention's tokens (from a plain string or a spaCy span) are scanned left to right for the
longest names the knowledge base knows (persons, organisations, countries and their adjectives,
capitals), agent nouns ("embassy", "troops"), misspelt country words and persons' names. A name
that could mean several entries on the date is never guessed. ``resolve.PhraseResolver`` composes
the matches into an actor.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from eventwire.actors.guess import CountryGuesser, osa_distance
from eventwire.actors.kb import _TOKEN, Entry, Hit, KnowledgeBase, Role, fold, norm_key, tokens

# Parts of the world named with a country's word: "America" alone is the United States, "South
# America" a continent and "Latin America" a region, which no dictionary lists, so the scan
# would read their last word as the country ("cocaine smuggled from South America").
WORLD_REGIONS = frozenset(f"{part} {word}" for part in ("south", "north", "central", "latin")
                          for word in ("america", "american", "americans"))

# Nouns of a treaty or a diplomatic format that a city names ("the Vienna Convention", "the Oslo
# Accords", "the Minsk agreements", "the Astana process"): the capital there is where the text
# was agreed, no government acting (general English).
TREATY_NOUNS = frozenset({"convention", "accord", "agreement", "protocol", "treaty", "declaration", "charter",
                          "process", "format"})


@dataclass(slots=True)
class Tok:
    text: str  # as written
    key: str  # normalised
    lemma: str  # normalised singular
    ent: str = ""  # spaCy's entity type, when the token comes from a parse


@dataclass(slots=True)
class Match:
    start: int
    end: int
    kind: str  # person, org, country, capital, agent
    entry: Entry | None = None
    role: Role | None = None
    sector: str | None = None  # agents
    agent: str = ""  # the agent noun as matched


def singular(word: str) -> str:
    """A cheap singular for agent nouns (troops -> troop, militias -> militia, policemen -> policeman)."""
    if len(word) <= 2:
        return word
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def text_tokens(text: str) -> list[Tok]:
    """Tokens of a plain string, keeping the written form (case matters for US and WHO)."""
    out = []
    for raw in _TOKEN.findall(fold(text)):
        for key in tokens(raw):
            out.append(Tok(raw, key, singular(key)))
    return out


class PhraseMatcher:
    """Finds known names and agent nouns in a mention's tokens (see the module docstring)."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.last_agents: list[str] = []  # agent nouns of the last phrase (for article memory)
        self._guesser: CountryGuesser | None = None
        self._person_names: dict[tuple[str, int], list[str]] | None = None

    @property
    def guesser(self) -> CountryGuesser:
        """Adjectival forms and misspellings of country names (built on first use)."""
        if self._guesser is None:
            rows = [(key, h.entry) for key, hits in self.kb.names.items() for h in hits
                    if h.via == "name" and h.entry.startswith("country:")]  # fmt: skip
            # every word of a person's name ("Angela", "Francis") is a name, never a misspelling
            words = {w for key, hits in self.kb.names.items() if " " in key and any(h.entry.startswith("person:") for h in hits)
                     for w in key.split()}  # fmt: skip
            canonical = {i: norm_key(self.kb.get(i).name) for i in {i for _, i in rows}}
            self._guesser = CountryGuesser.from_hits(rows, canonical, names=words)
        return self._guesser

    def _guess(self, tok: Tok, when: date) -> Match | None:
        """A country for one unknown capitalised token ("Kampuchean", "Isreal"), if one fits."""
        entry_id = self.guesser.guess(tok.key, tok.text, tok.ent)
        if entry_id is None:
            return None
        return self._choose([Hit(entry_id, "name")], when)

    # -- matching -------------------------------------------------------------------------
    def _entity(self, key: str, toks: list[Tok], when: date) -> Match | None:
        hits = self.kb.names.get(key)
        if not hits:
            return None
        if key in self.kb.acronyms and len(toks) == 1 and toks[0].text.islower():
            return None
        if all(t.text.islower() and not t.ent for t in toks):
            return None  # a name written as a common word: "a red jersey", "the store" (Jonas Gahr Store)
        hits = [h for h in hits if h.via != "generic"]
        if not hits:
            return None
        found = self._choose(hits, when)
        if found is not None and found.kind == "org" and found.role is not None and found.role.country is None:
            found = self._group_form(key, found, when)
        return found

    def _group_form(self, key: str, found: Match, when: date) -> Match:
        """The "X Group" entry for a bare "X" whose own entry has no country: news drops the
        word "Group" from a group's name, and the dictionaries sometimes list both forms, one
        as a no-country militant group and one with its home country (Phoenix: "Abu Sayyaf"
        IMG, "Abu Sayyaf Group" PHLREB). The entry with a country wins when the sectors agree."""
        hits = self.kb.names.get(key + " group")
        other = self._choose([h for h in hits if h.via == "name"], when) if hits else None
        if other is None or other.role is None or not other.role.country or other.kind != "org":
            return found
        assert found.role is not None
        if found.role.sector and other.role.sector != found.role.sector:
            return found
        return other

    def _choose(self, hits: list[Hit], when: date) -> Match | None:
        """The one entry a name means on ``when``; None when it could mean several (never guessed)."""
        options = []
        for hit in hits:
            entry = self.kb.entry(hit)
            role = entry.role_at(when)
            if role is None and entry.kind != "country":
                continue
            options.append((hit, entry, role))
        if not options:
            return None
        # A user's or eventwire's own entry outranks the 2014 dictionaries.
        rank = {"user": 0, "eventwire": 1}
        best = min(rank.get(e.source, 2) for _, e, _ in options)
        options = [o for o in options if rank.get(o[1].source, 2) == best]
        if len(options) > 1:
            # Prefer entries with a role in force; then they must agree on country and sector.
            live = [o for o in options if o[2] is not None and o[2].sector is not None]
            options = live or options
            # An entry with a country beats a no-country one (an IMG code) of the same sector for
            # the same name: both describe the group, one says where it is from.
            placed = [o for o in options if o[2] is not None and o[2].country]
            sectors = {o[2].sector for o in placed if o[2] is not None}
            if placed and len(placed) < len(options) and len(sectors) == 1 and all(
                o[2] is None or not o[2].sector or o[2].sector in sectors for o in options if o not in placed
            ):
                options = placed
            if len({(o[2].country, o[2].sector) if o[2] else None for o in options}) > 1:
                return None
        hit, entry, role = options[0]
        if entry.kind == "country":
            kind = "capital" if hit.via == "capital" else "country"
        elif entry.kind == "person":
            kind = "person"
        else:
            kind = "org"
        return Match(0, 0, kind, entry=entry, role=role)

    def _agent(self, toks: list[Tok]) -> Match | None:
        if len(toks) == 1 and len(toks[0].key) <= 3 and toks[0].ent == "PERSON" and toks[0].text.istitle():
            return None  # "commander Ngo Ngoc Thu": a short agent word ("ngo") as a syllable of a name
        keys = [" ".join(t.key for t in toks)]
        if toks[-1].lemma != toks[-1].key:
            keys.append(" ".join([*(t.key for t in toks[:-1]), toks[-1].lemma]))
        for key in keys:
            found = self.kb.agents.get(key)
            if found:
                return Match(0, 0, "agent", sector=found[0], agent=key)
        return None

    def scan(self, toks: list[Tok], when: date) -> list[Match]:
        """Longest known names and agent nouns, left to right; a name beats an agent of equal length."""
        matches = []
        i, n = 0, len(toks)
        while i < n:
            if " ".join(t.key for t in toks[i : i + 2]) in WORLD_REGIONS:
                i += 2
                continue
            found = self._misspelt_person(toks, i, when)
            for length in range(min(self.kb.max_len, n - i), 0, -1) if found is None else ():
                part = toks[i : i + length]
                key = " ".join(t.key for t in part)
                # a capitalised agent word after a name's first word is its surname ("David Granger")
                surname = length == 1 and i > 0 and part[0].text.istitle() and part[0].ent == toks[i - 1].ent == "PERSON"
                found = self._entity(key, part, when) or (None if surname else self._agent(part))
                if found is None and length == 1 and key not in self.kb.names:
                    found = self._guess(part[0], when)
                if found and found.kind == "capital" and i + length < n and toks[i + length].lemma in TREATY_NOUNS:
                    found = None
                    break
                if found:
                    found.start, found.end = i, i + length
                    break
            if found:
                matches.append(found)
                i = found.end
            else:
                i += 1
        return matches

    def _misspelt_person(self, toks: list[Tok], i: int, when: date) -> Match | None:
        """A person's name of 2+ words that the parser tags PERSON and the knowledge base does not
        know, one typing error from exactly one known person's name of as many words, with the
        same first or last word ("Laurent Gbago" for Laurent Gbagbo). Names under 8 letters are
        too close to other names to guess."""
        end = i
        while end < len(toks) and toks[end].ent == "PERSON":
            end += 1
        if end - i < 2 or (i > 0 and toks[i - 1].ent == "PERSON"):
            return None
        key = " ".join(t.key for t in toks[i:end])
        if key in self.kb.names or len(key) < 8:
            return None
        words = key.split()
        candidates = set(self.person_names.get((words[0], len(words)), ())) | set(self.person_names.get((words[-1], -len(words)), ()))
        near = {h.entry for cand in candidates
                if abs(len(cand) - len(key)) <= 1 and osa_distance(cand, key) == 1
                for h in self.kb.names[cand] if h.via == "name" and self.kb.get(h.entry).kind == "person"}  # fmt: skip
        if len(near) != 1:
            return None
        found = self._choose([Hit(next(iter(near)), "name")], when)
        if found is None or found.kind != "person":
            return None
        found.start, found.end = i, end
        return found

    @property
    def person_names(self) -> dict[tuple[str, int], list[str]]:
        """Names of 2+ words by (first word, word count) and (last word, -word count): a typing
        error is looked for in one word at a time (built on first use)."""
        if self._person_names is None:
            table: dict[tuple[str, int], list[str]] = {}
            for key in self.kb.names:
                if " " in key:  # organisations too: which entries are persons is read per candidate
                    words = key.split()
                    table.setdefault((words[0], len(words)), []).append(key)
                    table.setdefault((words[-1], -len(words)), []).append(key)
            self._person_names = table
        return self._person_names
