"""Goalsmith: turn a vague goal into a validated, scheduled plan, and learn from weekly reviews."""

__version__ = "0.1.0"
