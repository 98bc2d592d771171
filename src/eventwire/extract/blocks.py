"""A parsed page cut into text blocks, each with the features the block classifier reads.

A block is the text of one block-level element up to its next block-level child (or a
``<br>``), in document order. Features describe the block's own text (length, link
density, punctuation), where it sits (tag, ancestors' tags and class/id words, position
in the page) and how much of it trafilatura kept (shingle overlap with its text), with
the same overlap for the neighbouring blocks, because article text comes in runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
from lxml.html import HtmlElement

_BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol td th tr table tbody thead tfoot section article main header footer nav aside "
    "blockquote pre figure figcaption form dl dt dd address details summary center caption fieldset legend "
    "hgroup menu".split()
)
_SKIP_TAGS = frozenset(
    "script style noscript template svg iframe head select option button textarea input canvas video audio "
    "object embed math title meta link".split()
)
# Ancestor tags the features look for (bit i of the tag mask).
_TAG_BITS = {t: i for i, t in enumerate("article main nav header footer aside form li table figure blockquote section".split())}
_TAG_BITS.update({"ul": 12, "ol": 12, "dl": 13, "h1": 14, "h2": 14, "h3": 14, "h4": 14, "h5": 14, "h6": 14, "a": 15})
# Words in class and id attributes, grouped (bit i of the class mask).
_CLASS_GROUPS = [
    r"nav|menu|breadcrumb|pagination|pager",
    r"footer|copyright|colophon",
    r"header|masthead|topbar|top-bar",
    r"sidebar|aside|widget|rail|sidebox",
    r"related|recommend|read-?more|also|trending|popular|teaser|promo|more-?stories|outbrain|taboola|card",
    r"share|social|sharing|follow|sociable",
    r"comment|disqus|respond|reply|discussion",
    r"newsletter|subscribe|signup|sign-up|cta|paywall|register|optin|opt-in",
    r"caption|credit|figcaption|wp-caption|photo|image|img|gallery|media",
    r"(?:^|[-_ ])(?:ad|ads|advert\w*|sponsor\w*|banner|dfp|gpt|adslot|ad-\w+)(?:$|[-_ ])",
    r"author|byline|meta|date|time|posted|published|dateline",
    r"(?:^|[-_ ])(?:tag|tags|category|categories|topics?|label)(?:$|[-_ ])",
    r"article|content|entry|post|story|body|text|main|prose|rich-?text|markdown|blog",
    r"cookie|consent|gdpr|modal|popup|overlay|notice|alert",
    r"hidden|sr-only|visually-hidden|screen-reader|offscreen|hide",
    r"title|headline|heading",
    r"summary|excerpt|dek|standfirst|lede|intro|subtitle|description|deck",
    r"toc|table-of-contents|contents-list",
    r"bio|about",
]
# The bit of an <article> ancestor in a block's tag mask.
ARTICLE_TAG = 1 << _TAG_BITS["article"]
LIST_ITEM_TAG = 1 << _TAG_BITS["li"]
# The bit of the comment group in a block's class mask.
COMMENT_GROUP = 1 << next(i for i, g in enumerate(_CLASS_GROUPS) if g.startswith("comment"))
# A section that is never article text, named by a class or id word a few wrappers above its
# paragraphs (``furniture.in_named_section``): a disclaimer or disclosure, testimonials, a box
# about the author ("cmp-richtext--disclaimer", "PublishDateDisclaimer", "about-the-author",
# "author_bio"). Its own bit, above the feature groups: the block model does not read it.
_SECTION_WORD = re.compile(
    r"disclaimer|disclosure|testimonial|author[-_]*(?:bio|box|profile|description)|about[-_]*(?:the[-_]*)?author|"
    r"bio[-_]*box"
)
SECTION_GROUP = 1 << 30
# One pass over a class string finds every group (named g0, g1, ...).
_CLASS_RE = re.compile("|".join(f"(?P<g{i}>{g})" for i, g in enumerate(_CLASS_GROUPS)))
_OWNER_TAGS = ["p", "div", "li", "h1", "h2", "h3", "h456", "td", "blockquote", "pre", "figcaption", "section", "dd", "span"]
_OWNER_INDEX = {t: i for i, t in enumerate(_OWNER_TAGS)}
_TOKEN = re.compile(r"\w+")
_PUNCT = re.compile(r"[.,;:!?]")
_UPPER = re.compile(r"[A-ZÀ-Þ]")
_DIGIT = re.compile(r"\d")
_SENTENCE = re.compile(r"[.!?](?:\s|$)")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]?$")
_DATE_LIKE = re.compile(r"\b(?:19|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d", re.I)
_BY = re.compile(r"^\s*(?:written |posted |reported )?by\b", re.I)
_COPYRIGHT = re.compile(r"©|\bcopyright\b|all rights reserved", re.I)
_NON_LETTERS = re.compile(r"[\W\d_]+")


def _has_copyright(text: str) -> bool:
    # A plain substring test first: the case-blind regex is slow and rarely matches.
    return ("©" in text or "opyright" in text or "OPYRIGHT" in text or "eserved" in text or "ESERVED" in text) and bool(
        _COPYRIGHT.search(text)
    )


@dataclass
class Block:
    text: str
    owner: HtmlElement
    tag_mask: int  # ancestor tags (and the owner's)
    class_mask: int  # class/id word groups of every ancestor
    near_mask: int  # class/id word groups of the owner and its parent only
    owner_tag: str
    depth: int
    path: tuple[int, ...]  # ids of the owner's ancestors, root first, the owner last
    link_chars: int = 0


@dataclass
class _Walk:
    blocks: list[Block] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    link_chars: int = 0

    count: int = 0

    def flush(self, owner: HtmlElement, masks: tuple[int, int, int, int], path: tuple[int, ...]) -> None:
        if not self.parts:
            self.link_chars = 0
            return
        text = " ".join("".join(self.parts).split())  # str.split splits where re \s matches, faster
        if text:
            tag = owner.tag if isinstance(owner.tag, str) else "div"
            self.blocks.append(Block(text, owner, masks[0], masks[1], masks[2], tag, masks[3], path, self.link_chars))
        self.parts.clear()
        self.link_chars = 0


_CLASS_MEMO: dict[tuple[str | None, str | None], int] = {}
_WORD_MEMO: dict[str, int] = {}


def _word_bits(word: str) -> int:
    """The class groups of one class or id word ("nav-item", "article__body")."""
    bits = _WORD_MEMO.get(word)
    if bits is None:
        bits = 0
        low = word.lower()
        for m in _CLASS_RE.finditer(low):
            bits |= 1 << int(m.lastgroup[1:])
        if _SECTION_WORD.search(low):  # apart: the groups' scan may have used its first letters
            bits |= SECTION_GROUP
        if len(_WORD_MEMO) < 100000:  # words repeat far more than whole class strings
            _WORD_MEMO[word] = bits
    return bits


def class_bits(element: HtmlElement) -> int:
    """The class groups (and SECTION_GROUP) of an element's class and id words, memoised."""
    get = element.get
    key = (get("class"), get("id"))
    bits = _CLASS_MEMO.get(key)
    if bits is None:
        bits = 0
        for word in f"{key[0] or ''} {key[1] or ''}".split():
            bits |= _word_bits(word)
        if len(_CLASS_MEMO) < 50000:  # class strings repeat within and across pages
            _CLASS_MEMO[key] = bits
    return bits


def _walk(
    walk: _Walk, el: HtmlElement, masks: tuple[int, int, int, int], in_link: bool, own_bits: int, path: tuple[int, ...]
) -> None:
    # The hottest loop of extraction: locals instead of attribute look-ups, _add inlined.
    parts = walk.parts
    memo = _CLASS_MEMO
    for child in el:
        tag = child.tag
        tail = child.tail
        get = child.get
        # the hidden test and the memo hit of class_bits inline: this runs once per element of the page
        if (
            not isinstance(tag, str)
            or (tag in _SKIP_TAGS and not (tag == "button" and _read_button(child)))
            or get("hidden") is not None
            or ((style := get("style")) and "display:none" in style.replace(" ", ""))
        ):  # comments, scripts, hidden
            if tail:
                parts.append(tail)
                if in_link:
                    walk.link_chars += len(tail.strip())
            continue
        if tag == "br":
            walk.flush(el, masks, path)
        else:
            bits = memo.get((get("class"), get("id")))
            if bits is None:
                bits = class_bits(child)
            child_masks = (
                masks[0] | (1 << _TAG_BITS[tag] if tag in _TAG_BITS else 0),
                masks[1] | bits,
                own_bits | bits,
                masks[3] + 1,
            )
            link = in_link or tag == "a"
            walk.count += 1
            text = child.text
            if tag in _BLOCK_TAGS or tag == "button":  # a button read at all is a block (_read_button)
                child_path = (*path, walk.count)
                walk.flush(el, masks, path)
                if text:
                    parts.append(text)
                    if link:
                        walk.link_chars += len(text.strip())
                _walk(walk, child, child_masks, link, bits, child_path)
                walk.flush(child, child_masks, child_path)
            else:
                if text:
                    parts.append(text)
                    if link:
                        walk.link_chars += len(text.strip())
                if len(child):
                    _walk(walk, child, child_masks, link, own_bits, path)
        if tail:
            parts.append(tail)
            if in_link:
                walk.link_chars += len(tail.strip())


def _read_button(button: HtmlElement) -> bool:
    """Whether a button's text is page text: a question (an accordion, a FAQ, shows each question
    on the button that opens its answer), or paragraphs (libxml2 ignores </button> while an
    element opened in the button is still open, where an HTML5 parser closes them, and the rest
    of the page ends up inside it). Other buttons are controls ("Subscribe", "Close")."""
    if button.find(".//p") is not None:
        return True
    label = button.text_content().rstrip()
    return label.endswith("?") and len(label.split()) >= 3


def _add(walk: _Walk, text: str | None, in_link: bool) -> None:
    if text:
        walk.parts.append(text)
        if in_link:
            walk.link_chars += len(text.strip())


def page_blocks(tree: HtmlElement) -> list[Block]:
    """The text blocks of a parsed page's body, in document order."""
    body = tree.find(".//body")
    if body is None:
        return []
    walk = _Walk()
    masks = (0, class_bits(body), class_bits(body), 0)
    walk.parts.append(body.text or "")
    _walk(walk, body, masks, False, masks[1], (0,))
    walk.flush(body, masks, (0,))
    return walk.blocks


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def shingle_set(text: str, n: int = 4) -> set[tuple[str, ...]]:
    toks = tokens(text)
    return {tuple(toks[i : i + n]) for i in range(max(1, len(toks) - n + 1))} if toks else set()


def overlap(text_tokens: list[str], reference: set[tuple[str, ...]], reference_text: str, n: int = 4) -> float:
    """Share of a block's word 4-shingles found in a reference text (short blocks: whole-phrase match)."""
    if not text_tokens:
        return 0.0
    if len(text_tokens) < n:
        return 1.0 if (" " + " ".join(text_tokens) + " ") in reference_text else 0.0
    grams = [tuple(text_tokens[i : i + n]) for i in range(len(text_tokens) - n + 1)]
    return sum(g in reference for g in grams) / len(grams)


class Reference:
    """A text (trafilatura's output, or the gold body) prepared for block overlap."""

    def __init__(self, text: str) -> None:
        self.shingles = shingle_set(text)
        self.joined = " " + " ".join(tokens(text)) + " "

    def overlap(self, block_tokens: list[str]) -> float:
        return overlap(block_tokens, self.shingles, self.joined)


BASE_FEATURES: list[str] = (
    ["log_words", "log_chars", "link_density", "position", "char_position", "punct_ratio", "sentence_end",
     "sentences", "upper_ratio", "digit_ratio", "title_sim", "is_title", "date_like", "by_line", "copyright",
     "duplicate", "depth", "words_prev", "words_next", "link_prev", "link_next"]
    + [f"{level}_{k}" for level in ("parent", "grand", "great") for k in ("words", "links", "blocks", "share")]
    + [f"tag_{t}" for t in _OWNER_TAGS]
    + [f"anc_{t}" for t in sorted(set(_TAG_BITS.values()))]
    + [f"cls_{i}" for i in range(len(_CLASS_GROUPS))]
    + [f"near_{i}" for i in range(len(_CLASS_GROUPS))]
)
CONTEXT_FEATURES: list[str] = ["self", "prev1", "next1", "prev2", "next2", "win5", "win11", "in_main", "main_share",
                               "parent_mean", "grand_mean"]


def _main_container(paths: list[tuple[int, ...]], score: np.ndarray, words: np.ndarray) -> tuple[int, ...] | None:
    """The path of the deepest element holding at least 80% of the (score-weighted) words."""
    weighted = (score * words).tolist()
    total = sum(weighted)
    if total <= 0:
        return None
    weight: dict[tuple[int, ...], float] = {}
    for path, value in zip(paths, weighted, strict=True):
        if value > 0:  # blocks split at <br> share a path
            weight[path] = weight.get(path, 0.0) + value
    # Each element's weight flows to its parent, deepest first: one step per element.
    by_depth: dict[int, set[tuple[int, ...]]] = {}
    for path in weight:
        by_depth.setdefault(len(path), set()).add(path)
    for depth in range(max(by_depth, default=0), 1, -1):
        for path in by_depth.get(depth, ()):
            parent = path[:-1]
            if parent not in weight:
                weight[parent] = 0.0
                by_depth.setdefault(depth - 1, set()).add(parent)
            weight[parent] += weight[path]
    # Disjoint elements of one depth cannot both hold 80%: the deepest such element is unique.
    best = [key for key, value in weight.items() if value >= 0.8 * total]
    return max(best, key=len) if best else None


def base_features(blocks: list[Block], title: str | None) -> np.ndarray:
    """One row of BASE_FEATURES per block: the block's text and markup, nothing from a first pass."""
    n = len(blocks)
    out = np.zeros((n, len(BASE_FEATURES)), dtype=np.float32)
    if not n:
        return out
    col = {name: k for k, name in enumerate(BASE_FEATURES)}
    title_words = set(tokens(title or ""))
    texts = [b.text for b in blocks]
    toks = [tokens(t) for t in texts]
    words = np.asarray([len(t) for t in toks], dtype=np.float64)
    sizes = np.asarray([len(t) for t in texts], dtype=np.float64)
    size1 = np.maximum(1.0, sizes)
    link_chars = np.asarray([b.link_chars for b in blocks], dtype=np.float64)
    link = np.minimum(1.0, link_chars / size1)
    letters = sizes - np.asarray([sum(map(len, _NON_LETTERS.findall(t))) for t in texts], dtype=np.float64)
    counts: dict[str, int] = {}
    for t in texts:
        counts[t] = counts.get(t, 0) + 1
    log_words = np.log1p(words)

    out[:, col["log_words"]] = log_words
    out[:, col["log_chars"]] = np.log1p(sizes)
    out[:, col["link_density"]] = link
    out[:, col["position"]] = np.arange(n) / n
    out[:, col["char_position"]] = (np.cumsum(sizes) - sizes) / (sizes.sum() or 1.0)
    out[:, col["punct_ratio"]] = np.asarray([len(_PUNCT.findall(t)) for t in texts]) / size1
    out[:, col["sentence_end"]] = [bool(_SENTENCE_END.search(t)) for t in texts]
    out[:, col["sentences"]] = [len(_SENTENCE.findall(t)) for t in texts]
    out[:, col["upper_ratio"]] = np.asarray([len(_UPPER.findall(t)) for t in texts]) / np.maximum(1.0, letters)
    out[:, col["digit_ratio"]] = np.asarray([len(_DIGIT.findall(t)) for t in texts]) / size1
    if title_words:
        sets = [set(t) for t in toks]
        out[:, col["title_sim"]] = [len(title_words & b) / max(1, len(title_words | b)) for b in sets]
        out[:, col["is_title"]] = [b == title_words for b in sets]
    out[:, col["date_like"]] = [len(t) < 80 and bool(_DATE_LIKE.search(t)) for t in texts]
    out[:, col["by_line"]] = [len(t) < 100 and bool(_BY.match(t)) for t in texts]
    out[:, col["copyright"]] = [_has_copyright(t) for t in texts]
    out[:, col["duplicate"]] = [counts[t] > 1 for t in texts]
    out[:, col["depth"]] = [b.depth for b in blocks]
    out[1:, col["words_prev"]] = log_words[:-1]
    out[:-1, col["words_next"]] = log_words[1:]
    out[1:, col["link_prev"]] = link[:-1]
    out[:-1, col["link_next"]] = link[1:]

    # Words, link characters and blocks under each ancestor (up to three levels above the owner).
    totals: dict[tuple[int, ...], list[float]] = {}
    lineage = [[b.path[:-k] for k in (1, 2, 3) if len(b.path) > k] for b in blocks]
    for line, w, b in zip(lineage, words.tolist(), blocks, strict=True):
        for node in line:
            t = totals.setdefault(node, [0.0, 0.0, 0.0])
            t[0] += w
            t[1] += b.link_chars
            t[2] += 1
    all_words = max(1.0, float(words.sum()))
    for k, level in enumerate(("parent", "grand", "great")):
        rows = [i for i, line in enumerate(lineage) if k < len(line)]
        if not rows:
            continue
        t = np.asarray([totals[lineage[i][k]] for i in rows], dtype=np.float64)
        out[rows, col[f"{level}_words"]] = np.log1p(t[:, 0])
        out[rows, col[f"{level}_links"]] = np.minimum(1.0, t[:, 1] / np.maximum(1.0, t[:, 0] * 6))
        out[rows, col[f"{level}_blocks"]] = np.log1p(t[:, 2])
        out[rows, col[f"{level}_share"]] = t[:, 0] / all_words

    base = col["tag_p"]
    for i, b in enumerate(blocks):
        tag = b.owner_tag if b.owner_tag not in ("h4", "h5", "h6") else "h456"
        tag = "td" if tag == "th" else tag
        if tag in _OWNER_INDEX:
            out[i, base + _OWNER_INDEX[tag]] = 1.0
    # Markup bits as 0/1 columns, all blocks at once.
    anc, cls, near = col["anc_0"], col["cls_0"], col["near_0"]
    groups = len(_CLASS_GROUPS)
    tag_bits = np.asarray([b.tag_mask for b in blocks], dtype=np.int64)[:, None] >> np.arange(16)
    out[:, anc : anc + 16] = tag_bits & 1
    class_bits = np.asarray([b.class_mask for b in blocks], dtype=np.int64)[:, None] >> np.arange(groups)
    out[:, cls : cls + groups] = class_bits & 1
    near_bits = np.asarray([b.near_mask for b in blocks], dtype=np.int64)[:, None] >> np.arange(groups)
    out[:, near : near + groups] = near_bits & 1
    return out


def context_features(blocks: list[Block], score: np.ndarray) -> np.ndarray:
    """One row of CONTEXT_FEATURES per block from a per-block score (trafilatura's overlap
    or a first-pass probability): the score of the block, its neighbours, a window around
    it, and whether it sits in the element holding most of the high-scoring words."""
    n = len(blocks)
    out = np.zeros((n, len(CONTEXT_FEATURES)), dtype=np.float32)
    if not n:
        return out
    score = np.asarray(score, dtype=np.float32)
    words = np.asarray([max(1, len(b.text.split())) for b in blocks], dtype=np.float32)
    cum_s = np.concatenate([[0.0], np.cumsum(score * words)])
    cum_w = np.concatenate([[0.0], np.cumsum(words)])
    idx = np.arange(n)

    def window(k: int) -> np.ndarray:
        lo, hi = np.maximum(0, idx - k), np.minimum(n, idx + k + 1)
        return (cum_s[hi] - cum_s[lo]) / np.maximum(1.0, cum_w[hi] - cum_w[lo])

    pad = np.concatenate([[0.0, 0.0], score, [0.0, 0.0]])
    paths = [b.path for b in blocks]
    container = _main_container(paths, score, words)
    in_main = np.zeros(n, dtype=np.float32)
    if container is not None:
        size = len(container)
        in_main[:] = [p[:size] == container for p in paths]
    main_share = float((in_main * words).sum() / words.sum())
    means = []
    for level in (1, 2):
        groups: dict[tuple[int, ...], list[float]] = {}
        keys = [p[:-level] for p in paths]
        for key, s, w in zip(keys, score.tolist(), words.tolist(), strict=True):
            g = groups.setdefault(key, [0.0, 0.0])
            g[0] += s * w
            g[1] += w
        means.append(np.asarray([groups[k][0] / groups[k][1] for k in keys], dtype=np.float32))
    out[:, 0] = score
    out[:, 1], out[:, 2], out[:, 3], out[:, 4] = pad[1:-3], pad[3:-1], pad[:-4], pad[4:]
    out[:, 5], out[:, 6] = window(2), window(5)
    out[:, 7], out[:, 8] = in_main, main_share
    out[:, 9], out[:, 10] = means[0], means[1]
    return out


def overlap_scores(blocks: list[Block], text: str) -> np.ndarray:
    """Share of each block's shingles in ``text`` (e.g. trafilatura's output)."""
    ref = Reference(text)
    return np.asarray([ref.overlap(tokens(b.text)) for b in blocks], dtype=np.float32)


def labels(blocks: Iterable[Block], gold: str) -> np.ndarray:
    """Share of each block's shingles found in the gold body (the training target)."""
    ref = Reference(gold)
    return np.asarray([ref.overlap(tokens(b.text)) for b in blocks], dtype=np.float32)
