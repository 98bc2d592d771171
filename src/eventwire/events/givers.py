"""Givers named beside a predicate's object: actors that give what the object names, and so are
no recipient of it ("The US pledged $300 million, the EU 180 million euros"; "with further
contributions from Japan")."""

from __future__ import annotations

from typing import Any

from eventwire.events import codes
from eventwire.events.find import ActorIndex
from eventwire.events.lexicon import Lexicon
from eventwire.events.trigger import type_verb


def amount_holder(token: Any) -> bool:
    """"The US pledged $300 million, the EU 180 million euros": an actor before an amount of
    money is the doer of a clause whose verb is left out, not whom the money goes to."""
    def money(t: Any) -> bool:
        return t.ent_type_ == "MONEY" or t.lemma_.lower() in CURRENCIES

    return money(token) or token.dep_ in {"nmod", "compound"} and money(token.head)


CURRENCIES = frozenset({
    "euro", "dollar", "pound", "yen", "yuan", "franc", "rupee", "ruble", "rouble", "dinar",
    "riyal", "shekel", "peso", "won", "lira", "krona", "krone", "real", "rand", "naira", "taka",
})  # fmt: skip


# Types whose object may be a gift with its giver ("with further contributions from Japan").
GIVING = frozenset({"AID", "AGREE"})  # not SUPPORT: "welcomed assurances from Bree" is aimed at the giver


def giver(token: Any, obj: Any, verb: Any, index: ActorIndex, lexicon: Lexicon) -> bool:
    """An actor after "from" inside a non-actor noun of the object of a giving predicate: the
    giver of that thing, as the predicate's doer is ("pledged 180 million euros, with further
    contributions from Saudi Arabia"), not its recipient."""
    current = token
    for _ in range(8):
        while current.dep_ == "conj" and current.head.i != current.i:
            current = current.head
        if current.i == obj.i or current.head.i == current.i:
            return False
        head = current.head
        if current.dep_ == "pobj" and head.lower_ == "from" and head.head.pos_ == "NOUN" and index.at(head.head) is None:
            # the predicate's type last: typing walks its whole phrase, and this is asked of
            # every actor of every object (it was a third of the events stage's typing time)
            code = type_verb(verb, set(), lexicon)[0]
            return bool(code) and (codes.to_plover(code) or ("",))[0] in GIVING
        current = head
    return False
