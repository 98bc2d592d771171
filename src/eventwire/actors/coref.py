"""Within-article repeats: "Stoltenberg", "the alliance", "the ministry", "the president".

An article names an actor in full once ("NATO Secretary General Jens Stoltenberg", "China's
foreign ministry") and then shortens it. ``ArticleMemory`` remembers each full mention under its
surname, its agent noun and its organisation's generic nouns, and a later short mention takes
the most recent actor remembered under the same word. A word never seen before stays unresolved.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.actors.codes import join_code
from eventwire.actors.kb import KnowledgeBase, norm_key
from eventwire.actors.resolve import singular
from eventwire.records import Actor

_DETERMINERS = frozenset({"the", "this", "that", "its", "their", "his", "her", "a", "an", "our"})
# Kinds of organisation "the organisation" / "the organization" may repeat: the last one named
# ("the African Union ... the organisation"), not the entry that lists the word as a generic.
_ORGANISATIONS = frozenset({"igo", "ngo", "group", "org"})
_ORGANISATION_NOUNS = ("organisation", "organization")
# "spokesman Guo Jiakun said", named with no body of his own, speaks for the last body named
# ("China's foreign ministry said ... spokesman Guo Jiakun said").
SPOKESPERSONS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"})
# Bodies a spokesperson speaks for: a state or international sector, not a people or a country
# named bare ("France"), which is more often what is spoken about.
_BODY_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "IGO", "NGO", "REB", "PTY", "OPP", "IMG"})
# What wire copy calls a named organisation of a sector after naming it (general English).
SECTOR_NOUNS = {
    "REB": ("rebels", "rebel", "guerrillas", "guerrilla", "insurgents"),
    "PTY": ("party",),
}
# "the North", "the South" repeat the last country named "North ..." / "South ..." (North Korea,
# South Sudan): news style in stories about divided countries.
COMPASS = ("North", "South")


def bare_key(text: str) -> str:
    """The mention without leading determiners ("the alliance" -> "alliance")."""
    words = norm_key(text).split()
    while words and words[0] in _DETERMINERS:
        words = words[1:]
    return " ".join(words)


class ArticleMemory:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.surnames: dict[str, Actor] = {}
        self.words: dict[str, Actor] = {}  # agent nouns and generic nouns -> last actor
        self.compass: dict[str, Actor] = {}  # "North" -> North Korea, when the article named it
        self.body: Actor | None = None  # the last body a spokesperson may speak for
        # the last state government named ("Beijing rejected ..."), and when: an office named
        # after it without a country is that state's (``_own_office``)
        self.state: Actor | None = None
        self.seq = 0
        self.said_at: dict[str, int] = {}
        self.state_at = -1

    def remember(self, actor: Actor, agent_words: list[str] = ()) -> None:  # type: ignore[assignment]
        """Record a resolved mention that has a country or an organisation behind it, under its
        surname, its organisation's generic nouns and the agent nouns it was written with."""
        if actor.country is None and actor.kb_id is None:
            return
        self.seq += 1
        if actor.sector == "GOV" and actor.country and (not actor.role or actor.role.startswith("capital")
                                                         or "government" in actor.role):
            self.state, self.state_at = actor, self.seq  # a state as a whole, not one office of it
        for word in agent_words:
            self.words[word] = actor
            self.words[word.split()[-1]] = actor
            self.said_at[word] = self.said_at[word.split()[-1]] = self.seq
        entry = self.kb.get(actor.kb_id) if actor.kb_id in self.kb else None
        if entry is not None and entry.kind == "person":
            for name in [entry.name, *entry.aliases]:
                words = norm_key(name).split()
                if len(words) >= 2:
                    self.surnames[words[-1]] = actor
                    self.surnames[" ".join(words[-2:])] = actor  # "von der Leyen", "al Sharaa"
        if entry is not None:
            for generic in entry.generics:
                self.words[norm_key(generic)] = actor
            if entry.kind != "person" and not entry.generics:
                # an organisation the knowledge base gives no nouns of its own: its sector's
                # ("UNITA ... the rebels")
                for noun in SECTOR_NOUNS.get(actor.sector or "", ()):
                    self.words[noun] = actor
            if entry.kind in _ORGANISATIONS:
                for noun in _ORGANISATION_NOUNS:
                    self.words[noun] = actor
            if entry.kind == "country" and actor.sector is None:
                first = entry.name.split()[0]
                if first in COMPASS:
                    self.compass[first] = actor
        if actor.role:
            role = norm_key(actor.role)
            # the office's noun, not its place: "minister of the armed forces of france" is no
            # "france" a later "France" may repeat
            head = role.split(" of ")[0].split()
            if role and head:
                self.words[role] = actor
                self.words[head[-1]] = actor  # "foreign ministry" -> "ministry"
                self.said_at[role] = self.said_at[head[-1]] = self.seq
        if (entry is None or entry.kind != "person") and actor.sector in _BODY_SECTORS:
            self.body = actor
        # a person's office: "the president", "the secretary general", "the prime minister"
        if entry is not None and entry.kind == "person" and actor.role:
            title = norm_key(actor.role).split(" of ")[0]
            for noun in ("president", "prime minister", "secretary general", "chancellor", "foreign minister",
                         "defence minister", "defense minister", "premier", "king", "emir", "minister"):
                if noun in title:
                    self.words[noun] = actor

    def remember_name(self, name: str, actor: Actor) -> None:
        """A person the knowledge base does not know, named in full with a country the phrase
        gives ("Libyan commander Khalifa Haftar"): later "Haftar" is the same actor."""
        if actor.country is None:
            return
        words = norm_key(name).split()
        if len(words) >= 2:
            self.surnames.setdefault(words[-1], actor)
            self.surnames.setdefault(" ".join(words[-2:]), actor)

    def _field_ministry(self, text: str) -> Actor | None:
        """"Ukraine's energy ministry said ... Energy Minister Herman Halushchenko": a minister
        of a field heads the ministry of that field named last."""
        words = norm_key(text).split()
        if "minister" not in words or words.index("minister") == 0:
            return None
        field = words[words.index("minister") - 1]
        ministry = self.words.get("ministry")
        if ministry is None or not ministry.country or f"{field} ministry" not in norm_key(ministry.text):
            return None
        return ministry

    def _own_office(self, found: Actor, role: str) -> Actor:
        """"Manila summoned the ambassador, the foreign ministry said. ... Beijing rejected the
        criticism. Foreign ministry spokesman Lin Jian said": an office named as a person's
        title, with no country, after the text has turned to another state's government, is
        that state's office, not the last one of its name."""
        key = role if role in self.said_at else role.split()[-1]
        state = self.state
        if (state is None or found.sector != "GOV" or not found.country or state.country == found.country
                or self.state_at <= self.said_at.get(key, self.seq)):
            return found
        return replace(found, country=state.country, code=join_code(state.country, found.sector), kb_id=state.kb_id,
                       name=state.name)

    def recall(self, text: str, *, partial: Actor | None = None) -> Actor | None:
        """The earlier actor this short mention repeats, with ``text`` as written here."""
        key = bare_key(text)
        if not key:
            return None
        if key in _ORGANISATION_NOUNS and not text.split()[-1].islower():
            return None  # "Organization" capitalised is a word of a name the parse cut short
        found = self.surnames.get(key) or self.words.get(key)
        if found is None and partial is not None and partial.role:
            role = norm_key(partial.role)
            last = key.split()[-1]
            found = self.words.get(role) or self.words.get(role.split()[-1])
            if last != role.split()[-1] and singular(last) == role.split()[-1] and not (
                    found is not None and _plural(found.text)):
                # "the Baltic states" after "the Russian state": a plural repeats no one actor,
                # only a group named in the plural before ("Soldiers in Guinea-Bissau ... the soldiers")
                return None
            if found is None and role.split()[-1] == "minister":
                found = self._field_ministry(text)
            if found is not None:
                found = self._own_office(found, role)
            spoken_for = found is None and role in SPOKESPERSONS
            if spoken_for:
                found = self.body
            if found is not None and partial.sector and found.sector not in (partial.sector, "IGO"):
                found = None
            # (a body spoken for is no titled person: "Beijing" is no other name than "Mao Ning")
            if found is not None and not spoken_for and _other_name(text, found.text, role):
                # "President David Granger" after "President Nicolas Maduro": another person
                found = None
        if found is None:
            return None
        return replace(found, text=text)


def _other_name(text: str, earlier: str | None, role: str) -> bool:
    """Whether two titled mentions end in different personal names (a last word that is
    capitalised and no word of the title)."""
    words = [(text.split() or [""])[-1], ((earlier or "").split() or [""])[-1]]
    names = [w for w in words if w[:1].isupper() and norm_key(w) not in role.split()]
    return len(names) == 2 and norm_key(names[0]) != norm_key(names[1])


def _plural(text: str | None) -> bool:
    """Whether a mention ends in a plural noun ("Soldiers", "US troops"; not "the Russian state")."""
    words = norm_key(text or "").split()
    return bool(words) and singular(words[-1]) != words[-1]
