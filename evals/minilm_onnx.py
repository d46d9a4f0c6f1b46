"""The same MiniLM as an ONNX Runtime graph, built from the packaged weights (no torch).

Only for measuring: `make bench` compares it with the NumPy encoder that Goalsmith keeps.
Needs the `onnx` package (not a Goalsmith dependency) to build the graph.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from assistant.memory.embedding import DIMENSIONS, MiniLM


def build_graph(model: MiniLM) -> bytes:
    """The encoder (token ids and mask in, pooled unit vectors out) as a serialized ONNX model."""
    from onnx import TensorProto, helper, numpy_helper

    w = model.w
    nodes: list = []
    inits: dict[str, np.ndarray] = {}

    def const(name: str, value: np.ndarray) -> str:
        inits[name] = value
        return name

    def node(op: str, inputs: list[str], name: str, **attrs) -> str:
        nodes.append(helper.make_node(op, inputs, [name], name=name, **attrs))
        return name

    hidden = w["embeddings.word_embeddings.weight"].shape[1]
    heads, size = model.heads, hidden // model.heads
    for key in (
        "embeddings.word_embeddings.weight",
        "embeddings.position_embeddings.weight",
        "embeddings.LayerNorm.weight",
        "embeddings.LayerNorm.bias",
    ):
        const(key, w[key])
    const("type_row", w["embeddings.token_type_embeddings.weight"][0])
    shape = node("Shape", ["input_ids"], "ids_shape")
    length = node(
        "Slice",
        [shape, const("one", np.array([1])), const("two", np.array([2]))],
        "length",
    )
    positions = node(
        "Slice",
        ["embeddings.position_embeddings.weight", const("zero", np.array([0])), length],
        "positions",
    )
    x = node("Gather", ["embeddings.word_embeddings.weight", "input_ids"], "words")
    x = node("Add", [x, positions], "emb_pos")
    x = node("Add", [x, "type_row"], "emb_type")
    x = node(
        "LayerNormalization",
        [x, "embeddings.LayerNorm.weight", "embeddings.LayerNorm.bias"],
        "emb_ln",
        axis=-1,
        epsilon=model.eps,
    )
    mask = node("Cast", ["attention_mask"], "mask_f", to=TensorProto.FLOAT)
    bias = node("Sub", [const("one_f", np.array(1.0, np.float32)), mask], "inv_mask")
    bias = node("Mul", [bias, const("neg", np.array(-1e9, np.float32))], "bias_2d")
    bias = node("Unsqueeze", [bias, const("axes_12", np.array([1, 2]))], "bias")
    split_shape = const("qkv_shape", np.array([0, 0, 3, heads, size]))
    merge_shape = const("merge_shape", np.array([0, 0, hidden]))
    scale = const("scale", np.array(1 / np.sqrt(size), np.float32))
    for i in range(model.layers):
        p = f"encoder.layer.{i}."
        for key in (
            "attention.self.qkv.weight",
            "attention.self.qkv.bias",
            "attention.output.dense.weight",
            "attention.output.dense.bias",
            "attention.output.LayerNorm.weight",
            "attention.output.LayerNorm.bias",
            "intermediate.dense.weight",
            "intermediate.dense.bias",
            "output.dense.weight",
            "output.dense.bias",
            "output.LayerNorm.weight",
            "output.LayerNorm.bias",
        ):
            const(p + key, w[p + key])
        qkv = node("MatMul", [x, p + "attention.self.qkv.weight"], p + "qkv_mm")
        qkv = node("Add", [qkv, p + "attention.self.qkv.bias"], p + "qkv")
        qkv = node("Reshape", [qkv, split_shape], p + "qkv_split")
        qkv = node("Transpose", [qkv], p + "qkv_t", perm=[2, 0, 3, 1, 4])
        q = node("Gather", [qkv, const(p + "i0", np.array(0))], p + "q", axis=0)
        k = node("Gather", [qkv, const(p + "i1", np.array(1))], p + "k", axis=0)
        v = node("Gather", [qkv, const(p + "i2", np.array(2))], p + "v", axis=0)
        kt = node("Transpose", [k], p + "kt", perm=[0, 1, 3, 2])
        scores = node("MatMul", [q, kt], p + "scores_raw")
        scores = node("Mul", [scores, scale], p + "scores_scaled")
        scores = node("Add", [scores, bias], p + "scores")
        probs = node("Softmax", [scores], p + "probs", axis=-1)
        ctx = node("MatMul", [probs, v], p + "ctx")
        ctx = node("Transpose", [ctx], p + "ctx_t", perm=[0, 2, 1, 3])
        ctx = node("Reshape", [ctx, merge_shape], p + "ctx_merged")
        out = node("MatMul", [ctx, p + "attention.output.dense.weight"], p + "attn_mm")
        out = node("Add", [out, p + "attention.output.dense.bias"], p + "attn_out")
        out = node("Add", [out, x], p + "attn_res")
        x = node(
            "LayerNormalization",
            [out, p + "attention.output.LayerNorm.weight", p + "attention.output.LayerNorm.bias"],
            p + "attn_ln",
            axis=-1,
            epsilon=model.eps,
        )
        inner = node("MatMul", [x, p + "intermediate.dense.weight"], p + "inter_mm")
        inner = node("Add", [inner, p + "intermediate.dense.bias"], p + "inter")
        inner = node("Gelu", [inner], p + "gelu")
        out = node("MatMul", [inner, p + "output.dense.weight"], p + "out_mm")
        out = node("Add", [out, p + "output.dense.bias"], p + "out")
        out = node("Add", [out, x], p + "out_res")
        x = node(
            "LayerNormalization",
            [out, p + "output.LayerNorm.weight", p + "output.LayerNorm.bias"],
            p + "out_ln",
            axis=-1,
            epsilon=model.eps,
        )
    mask3 = node("Unsqueeze", [mask, const("axis_2", np.array([2]))], "mask3")
    summed = node(
        "ReduceSum", [node("Mul", [x, mask3], "masked"), const("axis_1", np.array([1]))], "sum"
    )
    count = node("ReduceSum", [mask3, "axis_1"], "count")
    pooled = node("Div", [summed, count], "pooled_3d")
    pooled = node("Squeeze", [pooled, "axis_1"], "pooled")
    node("LpNormalization", [pooled], "embeddings", axis=-1, p=2)
    graph = helper.make_graph(
        nodes,
        "minilm",
        [
            helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "length"]),
            helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "length"]),
        ],
        [helper.make_tensor_value_info("embeddings", TensorProto.FLOAT, ["batch", DIMENSIONS])],
        [numpy_helper.from_array(np.array(v, order="C"), k) for k, v in inits.items()],
    )
    onnx_model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 20)])
    onnx_model.ir_version = 9
    return onnx_model.SerializeToString()


class OnnxMiniLM:
    """MiniLM run by ONNX Runtime on one thread, with the NumPy encoder's tokenizer."""

    def __init__(self, model: MiniLM, cache: Path | None = None) -> None:
        import onnxruntime as ort

        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        data = cache.read_bytes() if cache and cache.is_file() else build_graph(model)
        if cache and not cache.is_file():
            cache.write_bytes(data)
        self.session = ort.InferenceSession(data, options, providers=["CPUExecutionProvider"])
        self.tokenizer = model.tokenizer

    def encode(self, texts: list[str], batch: int = 32) -> np.ndarray:
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), batch):
            idx = order[start : start + batch]
            encodings = self.tokenizer.encode_batch([texts[i] for i in idx])
            ids = np.array([e.ids for e in encodings], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
            out[idx] = self.session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
        return out
