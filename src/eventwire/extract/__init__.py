"""Document -> Article: HTML through trafilatura plus fixes, plain text through a line classifier."""

from __future__ import annotations

from eventwire.extract.decode import decode, looks_like_html
from eventwire.extract.fragment import fragment_text, is_fragment
from eventwire.records import Article
from eventwire.settings import Settings
from eventwire.stages import ArticleWork, stage


def extract_article(document) -> Article | None:  # noqa: ANN001 - Document, kept light for workers
    """The clean article of one document, or None when it holds no article text; a document
    whose raw content holds none is read from its ``fallback`` text (a feed entry's own)."""
    return read_document(document)[0]


def read_document(document) -> tuple[Article | None, bool]:  # noqa: ANN001
    """``extract_article``'s article, and whether it was read from the feed entry's own text (its
    ``fallback``) rather than from the page."""
    from eventwire.errors import InputError

    try:
        article = _extract_raw(document)
    except InputError:
        if not getattr(document, "fallback", None):
            raise
        article = None
    if article is None and getattr(document, "fallback", None):
        from eventwire.extract.text import extract_text

        return extract_text(document.fallback, document), True
    return article, False


def _extract_raw(document) -> Article | None:  # noqa: ANN001
    name = document.input or document.doc_id
    text = (
        document.raw
        if isinstance(document.raw, str)
        else decode(document.raw, document.content_type, name=name)
    )
    # "html; charset=..." from a source that kept the header's charset: the kind picks the reader.
    kind = (document.content_type or "").split(";", 1)[0].strip().lower()
    from eventwire.extract.text import extract_text

    if kind == "html" or (kind != "text" and looks_like_html(text)):
        if is_fragment(text):
            # An article body without its page (a saved body, an API field): the page extractor
            # refuses HTML with no <body>, and the fragment is the body already. Text labelled
            # HTML that holds no markup at all is read as it is.
            return extract_text(fragment_text(text) if looks_like_html(text) else text, document)
        from eventwire.extract.html import extract_html

        return extract_html(text, document)
    return extract_text(text, document)


@stage("extract", reads=("document",), writes=("article",))
def extract_stage(work: ArticleWork, settings: Settings) -> None:
    work.article, from_fallback = read_document(work.document)
    document = work.document
    # A feed entry read from its teaser, not its page: the writer must not take a re-polled
    # teaser (or a page unreachable this time) for an edit of the stored article.
    work.extras["entry_text"] = document.origin == "feed" and (from_fallback or document.content_type == "text")
