"""The Gradio app: a thin adapter over ``assistant`` (no planning logic lives here).

Nothing heavy is imported at package import: ``serve`` sets the no-outbound-calls
environment first and only then imports gradio.
"""

from __future__ import annotations

import os

# Set before gradio (and gradio_client / huggingface_hub) is first imported, so nothing calls out.
QUIET_ENVIRONMENT = {
    "GRADIO_ANALYTICS_ENABLED": "False",
    "HF_HUB_OFFLINE": "1",
    "ANONYMIZED_TELEMETRY": "False",  # chromadb, imported later on first use
    "GRADIO_TELEMETRY": "False",
}


def quiet_environment() -> None:
    """Turn off analytics and hub look-ups; must run before ``import gradio``."""
    for key, value in QUIET_ENVIRONMENT.items():
        os.environ[key] = value
