"""The Review tab's components and events: the form follows the picked plan and week.

No ``from __future__ import annotations`` here: gradio finds the ``gr.Request`` parameter
of a handler by its evaluated annotation.
"""

from collections.abc import Callable
from typing import Any

from ui import chat, reviewing
from ui.auth import user_of
from ui.workspace import Workspace

CONFIDENCE_DEFAULT = 7


class ReviewTab:
    """The weekly review form, its past reviews, and what changes them."""

    def __init__(self, gr: Any) -> None:
        with gr.Tab("Review", id="review"):
            gr.Markdown(
                "### Weekly review\nWhat got done, what slipped and why, what changed. "
                "Ticks here and on the Plan tab are the same ticks."
            )
            # a week picked while the plan is being switched may not be in the new choices yet:
            # the handlers check the week themselves instead of gradio raising in the browser
            self.week = gr.Dropdown(
                label="Week",
                choices=[],
                value=None,
                elem_id="review-week",
                interactive=True,
                allow_custom_value=True,
            )
            self.done = gr.CheckboxGroup(
                label="Done in the week", choices=[], elem_id="review-done"
            )
            self.slipped, self.reasons = [], []
            for i in range(1, reviewing.SLIP_ROWS + 1):
                with gr.Row():
                    self.slipped.append(
                        gr.Dropdown(
                            label=f"Slipped task {i}",
                            choices=[],
                            value=None,
                            min_width=320,  # on a phone the reason wraps below the task
                            elem_id=f"review-slipped-{i}",
                        )
                    )
                    self.reasons.append(
                        gr.Textbox(
                            label=f"Why task {i} slipped",
                            min_width=320,
                            elem_id=f"review-reason-{i}",
                        )
                    )
            self.changed = gr.Textbox(label="What changed", lines=2, elem_id="review-changed")
            self.remove = gr.Textbox(
                label="What to stop or remove", lines=2, elem_id="review-remove"
            )
            self.readings = gr.Textbox(
                label="Metric readings (one 'name = number' per line)",
                lines=2,
                elem_id="review-readings",
            )
            self.confidence = gr.Slider(
                1,
                10,
                value=CONFIDENCE_DEFAULT,
                step=1,
                label="Confidence you will reach the goal (1-10)",
                elem_id="review-confidence",
            )
            self.notes = gr.Textbox(label="Notes", lines=2, elem_id="review-notes")
            self.save = gr.Button("Save review", variant="primary")
            self.result = gr.Markdown(elem_id="review-result")
            self.history = gr.Markdown(elem_id="review-history")
        self.texts = [self.changed, self.remove, self.readings, self.confidence, self.notes]
        # what a new plan view (pick, tick) refreshes
        self.view_outputs = [self.week, self.done, *self.slipped, self.history]

    def form_updates(self, gr: Any, form: reviewing.ReviewForm | None) -> list:
        """Updates for ``view_outputs`` from a freshly built form."""
        form = form or reviewing.ReviewForm()
        return [
            gr.update(choices=form.weeks, value=form.week),
            gr.update(choices=form.items, value=form.ticked),
            *[gr.update(choices=form.tasks, value=None) for _ in self.slipped],
            form.history,
        ]

    def wire(
        self,
        gr: Any,
        ws: Workspace,
        picker: Any,
        elsewhere: list,
        refresh: Callable[[str | None, Any], list],
    ) -> None:
        """Register the week picker and the save button; a saved review also refreshes the
        ``elsewhere`` components (the Plan tab and picker) with ``refresh(plan id, request)``,
        since its ticks are theirs."""

        def on_week(plan_id: str | None, week: str | None, request: gr.Request):
            try:
                form = _form(ws, plan_id, user_of(request), week)
            except Exception:
                form = None
            return self.form_updates(gr, form)[1:-1]

        self.week.change(on_week, inputs=[picker, self.week], outputs=[self.done, *self.slipped])

        assert reviewing.SLIP_ROWS == 4, "on_save names each slipped row"

        def on_save(
            plan_id, week, done, s1, s2, s3, s4, r1, r2, r3, r4,
            changed, remove, readings, confidence, notes, request: gr.Request,
        ):  # fmt: skip
            slips = list(zip((s1, s2, s3, s4), (r1, r2, r3, r4), strict=True))
            user = user_of(request)
            size = len(self.slipped) * 2 + len(self.texts) + 3 + len(elsewhere)
            keep = [gr.update() for _ in range(size)]
            try:
                line = reviewing.save_review(
                    ws, plan_id, user, week_of=week, done=done, slipped=slips,
                    changed=changed, remove=remove, readings=readings,
                    confidence=confidence, notes=notes,
                )  # fmt: skip
                form = _form(ws, plan_id, user, None)
            except Exception as exc:
                return [chat.error_line(exc), *keep]
            cleared = [gr.update(value="") for _ in self.reasons]  # one dict each: gradio pops
            texts = ["", "", "", CONFIDENCE_DEFAULT, ""]
            week_, done_, *slipped, history = self.form_updates(gr, form)
            return [
                line,
                week_,
                done_,
                *slipped,
                *cleared,
                *texts,
                history,
                *refresh(plan_id, request),
            ]

        self.save.click(
            on_save,
            inputs=[picker, self.week, self.done, *self.slipped, *self.reasons, *self.texts],
            outputs=[
                self.result,
                self.week,
                self.done,
                *self.slipped,
                *self.reasons,
                *self.texts,
                self.history,
                *elsewhere,
            ],
        )


def _form(ws: Workspace, plan_id: str | None, user: str, week: str | None):
    if not plan_id:
        return None
    return reviewing.review_form(ws, ws.store.get_plan(plan_id, user), user, week)
