"""The few exception types Goalsmith raises; each message says what to do about it.

The CLI and the UI turn these into one-line messages in one place each. This module is the
bottom of the house: it imports nothing of Goalsmith's. ``PlanRejected``, which carries a
plan, lives with the engine interface (``assistant.engines.base``).
"""

from __future__ import annotations


class GoalsmithError(Exception):
    """Base class: the message is shown to the person as is, on one line."""

    exit_code = 1


class InputError(GoalsmithError):
    """The person's input (a file, an argument, a line on stdin) cannot be used."""

    exit_code = 2


class NotFound(GoalsmithError):
    """A plan, task or review id that does not exist for this user."""

    exit_code = 2


class ModelError(GoalsmithError):
    """The configured language model could not be reached or answered unusably."""

    exit_code = 3
