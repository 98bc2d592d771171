"""Within-article repeats: "Stoltenberg", "the alliance", "the ministry", "the president".

An article names an actor in full once ("NATO Secretary General Jens Stoltenberg", "China's
foreign ministry") and then shortens it. ``ArticleMemory`` remembers each full mention under its
surname, its agent noun and its organisation's generic nouns, and a later short mention takes
the most recent actor remembered under the same word. A word never seen before stays unresolved.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.actors.kb import KnowledgeBase, norm_key
from eventwire.actors.resolve import singular
from eventwire.records import Actor

_DETERMINERS = frozenset({"the", "this", "that", "its", "their", "his", "her", "a", "an", "our"})


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

    def remember(self, actor: Actor, agent_words: list[str] = ()) -> None:  # type: ignore[assignment]
        """Record a resolved mention that has a country or an organisation behind it, under its
        surname, its organisation's generic nouns and the agent nouns it was written with."""
        if actor.country is None and actor.kb_id is None:
            return
        for word in agent_words:
            self.words[word] = actor
            self.words[word.split()[-1]] = actor
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
        if actor.role:
            role = norm_key(actor.role)
            if role:
                self.words[role] = actor
                self.words[role.split()[-1]] = actor  # "foreign ministry" -> "ministry"
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

    def recall(self, text: str, *, partial: Actor | None = None) -> Actor | None:
        """The earlier actor this short mention repeats, with ``text`` as written here."""
        key = bare_key(text)
        if not key:
            return None
        found = self.surnames.get(key) or self.words.get(key)
        if found is None and partial is not None and partial.role:
            role = norm_key(partial.role)
            last = key.split()[-1]
            if last != role.split()[-1] and singular(last) == role.split()[-1]:
                return None  # "the Baltic states" after "the Russian state": a plural repeats no one actor
            found = self.words.get(role) or self.words.get(role.split()[-1])
            if found is not None and partial.sector and found.sector not in (partial.sector, "IGO"):
                found = None
        if found is None:
            return None
        return replace(found, text=text)
