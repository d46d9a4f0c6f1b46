"""Prompt templates (``*.jinja``), shipped with the package and rendered by ``assistant.prompting``."""
