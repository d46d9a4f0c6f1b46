"""The gradio page: four tabs wired to the handler modules; no planning logic here.

Only gradio is imported at build time; the store, engines and review memory (chromadb)
are opened by the handlers on first use so the first page is served quickly.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ui import chat, planview
from ui.auth import user_of
from ui.workspace import Workspace

if TYPE_CHECKING:
    import gradio as gr

    from assistant.config import Settings

INTRO = (
    "# Goalsmith\nDescribe a goal in the **Chat** tab; use the plan in **Plan**; review it weekly "
    "in **Review**; ask **Why stalled?** when it stops moving."
)
GOAL_HINT = "e.g. Run a half marathon by June; I can train 4 hours a week"


def build_app(settings: "Settings", workspace: Workspace | None = None) -> "gr.Blocks":
    """The Blocks of the whole app over one workspace (settings, store, memory)."""
    import gradio as gr

    ws = workspace or Workspace(settings)
    # gradio's copies of downloads are deleted after an hour (and all of them at a restart)
    with gr.Blocks(title="Goalsmith", analytics_enabled=False, delete_cache=(600, 3600)) as demo:
        gr.Markdown(INTRO)
        with gr.Row():
            picker = gr.Dropdown(
                label="Plan",
                info="The plan the Plan, Review and Why tabs work on.",
                choices=[],
                value=None,
                interactive=True,
                scale=4,
                elem_id="plan-picker",
            )
            status = gr.Markdown(elem_id="status")
        with gr.Tabs():
            with gr.Tab("Chat", id="chat"):
                session = gr.State(None)
                chatbot = gr.Chatbot(
                    label="Conversation",
                    height=480,
                    sanitize_html=True,
                    elem_id="chatbot",
                    placeholder="Tell me a goal; I ask what matters, then plan it.",
                )
                message = gr.Textbox(
                    label="Message",
                    placeholder=GOAL_HINT,
                    lines=1,
                    max_lines=6,
                    elem_id="message",
                    info="Press Enter to send.",
                )
                with gr.Row():
                    send = gr.Button("Send", variant="primary")
                    just = gr.Button("Just plan it")
                    restart = gr.Button("New goal")
            plan_tab = _PlanTab(gr)
            review_tab = _ReviewTab(gr)
            why_tab = _WhyTab(gr)

        # --- chat -------------------------------------------------------------------------
        def on_send(text: str, chat_session: chat.ChatSession | None, request: gr.Request):
            user = user_of(request)
            if chat_session is None or chat_session.user != user:  # never resume another's chat
                chat_session = chat.ChatSession(user=user)
            for update in chat.respond(ws, chat_session, text, user):
                pick = gr.update()
                if update.saved_plan_id:
                    pick = gr.update(
                        choices=planview.plan_choices(ws, user), value=update.saved_plan_id
                    )
                yield "", update.history, chat_session, pick

        chat_io = {
            "inputs": [message, session],
            "outputs": [message, chatbot, session, picker],
            "show_progress": "minimal",
        }
        message.submit(on_send, **chat_io)
        send.click(on_send, **chat_io)

        def on_just(chat_session: chat.ChatSession | None, request: gr.Request):
            yield from on_send(chat.JUST_PLAN_IT, chat_session, request)

        just.click(on_just, **{**chat_io, "inputs": [session]})
        restart.click(lambda: ("", [], None), outputs=[message, chatbot, session])

        # --- plan picker and plan tab -----------------------------------------------------
        view_outputs = [*plan_tab.outputs, *review_tab.task_outputs, why_tab.reset_output, status]

        def show(plan_id: str | None, request: gr.Request):
            return _view_updates(
                gr, ws, lambda user: planview.plan_view(ws, plan_id, user), request
            )

        def on_tick(plan_id: str | None, done: list[str], request: gr.Request):
            return _view_updates(
                gr, ws, lambda user: planview.tick(ws, plan_id, done, user), request
            )

        picker.change(show, inputs=[picker], outputs=view_outputs)
        plan_tab.ticks.input(on_tick, inputs=[picker, plan_tab.ticks], outputs=view_outputs)

        def on_load(request: gr.Request):
            user = user_of(request)
            try:
                choices = planview.plan_choices(ws, user)
            except Exception as exc:
                return gr.update(), chat.error_line(exc)
            return gr.update(choices=choices, value=choices[0][1] if choices else None), ""

        demo.load(on_load, outputs=[picker, status])

        # --- review -----------------------------------------------------------------------
        def on_review(
            plan_id,
            week_of,
            done,
            slipped,
            reason,
            changed,
            remove,
            readings,
            confidence,
            notes,
            request: gr.Request,
        ):
            from ui.reviewing import save_review

            return _guarded(
                lambda: save_review(
                    ws,
                    plan_id,
                    user_of(request),
                    week_of=week_of,
                    done=done,
                    slipped=slipped,
                    reason=reason,
                    changed=changed,
                    remove=remove,
                    readings=readings,
                    confidence=confidence,
                    notes=notes,
                )
            )

        review_tab.save.click(
            on_review, inputs=[picker, *review_tab.inputs], outputs=[review_tab.result]
        )

        # --- why stalled? -----------------------------------------------------------------
        def on_why(plan_id, question, request: gr.Request):
            from ui.why import ask

            user = user_of(request)
            try:
                answer = ask(ws, plan_id, question, user)
            except Exception as exc:
                return chat.error_line(exc), None, gr.update(interactive=False)
            owned = (user, answer.diagnosis)  # the state is bound to who asked
            return answer.markdown, owned, gr.update(interactive=answer.can_apply)

        def on_apply(plan_id, diagnosis, request: gr.Request):
            from ui.why import apply_changes

            user = user_of(request)
            asker, diagnosis = diagnosis if isinstance(diagnosis, tuple) else (None, None)
            diagnosis = diagnosis if asker == user else None  # only what this user was told
            try:
                line, new_id = apply_changes(ws, plan_id, diagnosis, user)
            except Exception as exc:
                return chat.error_line(exc), gr.update(), gr.update()
            return (
                line,
                gr.update(choices=planview.plan_choices(ws, user), value=new_id),
                gr.update(interactive=False),
            )

        why_io = {
            "inputs": [picker, why_tab.question],
            "outputs": [why_tab.answer, why_tab.diagnosis, why_tab.apply],
        }
        why_tab.question.submit(on_why, **why_io)
        why_tab.ask.click(on_why, **why_io)
        why_tab.apply.click(
            on_apply,
            inputs=[picker, why_tab.diagnosis],
            outputs=[why_tab.applied, picker, why_tab.apply],
        )
    return demo


class _PlanTab:
    def __init__(self, gr: Any) -> None:
        with gr.Tab("Plan", id="plan"):
            self.summary = gr.Markdown(planview.PlanView().summary, elem_id="plan-summary")
            with gr.Row():
                with gr.Column(scale=3):
                    self.ticks = gr.CheckboxGroup(
                        label="Tasks: tick when done (saved at once)",
                        choices=[],
                        elem_id="task-ticks",
                    )
                with gr.Column(scale=2):
                    self.today = gr.Markdown(elem_id="today")
                    self.burnup = gr.LinePlot(
                        x="week",
                        y="tasks",
                        color="series",
                        label="Burn-up: tasks planned vs done (cumulative, per week)",
                        x_title="week of",
                        x_label_angle=-45,
                        y_title="tasks",
                        height=300,
                        elem_id="burnup",
                    )
            self.table = gr.Dataframe(
                headers=planview.TASK_COLUMNS,
                label="Milestones and tasks",
                interactive=False,
                wrap=True,
                elem_id="task-table",
            )
            with gr.Row():
                self.downloads = {
                    fmt: gr.DownloadButton(
                        f"Download {label}", visible=False, size="md", elem_id=f"download-{fmt}"
                    )
                    for fmt, label in planview.EXPORT_LABELS.items()
                }
            with gr.Accordion("Schedule by week", open=True):
                self.schedule = gr.Markdown(elem_id="schedule", max_height=480)
        self.outputs = [
            self.summary,
            self.ticks,
            self.today,
            self.table,
            self.burnup,
            self.schedule,
            *self.downloads.values(),
        ]


class _ReviewTab:
    def __init__(self, gr: Any) -> None:
        with gr.Tab("Review", id="review"):
            gr.Markdown("### Weekly review\nWhat got done, what slipped and why, what changed.")
            self.week_of = gr.Textbox(
                label="Week of (YYYY-MM-DD; empty = this week)", elem_id="review-week"
            )
            self.done = gr.CheckboxGroup(label="Done this week", choices=[], elem_id="review-done")
            with gr.Row():
                self.slipped = gr.Dropdown(
                    label="Slipped task", choices=[], value=None, elem_id="review-slipped"
                )
                self.reason = gr.Textbox(label="Why it slipped", elem_id="review-reason")
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
                value=7,
                step=1,
                label="Confidence you will reach the goal (1-10)",
                elem_id="review-confidence",
            )
            self.notes = gr.Textbox(label="Notes", lines=2, elem_id="review-notes")
            self.save = gr.Button("Save review", variant="primary")
            self.result = gr.Markdown(elem_id="review-result")
        self.inputs = [
            self.week_of,
            self.done,
            self.slipped,
            self.reason,
            self.changed,
            self.remove,
            self.readings,
            self.confidence,
            self.notes,
        ]
        self.task_outputs = [self.done, self.slipped]


class _WhyTab:
    def __init__(self, gr: Any) -> None:
        with gr.Tab("Why stalled?", id="why"):
            self.question = gr.Textbox(
                label="Your question",
                value="Why has this goal stalled?",
                info="Press Enter to ask.",
                elem_id="why-question",
            )
            self.ask = gr.Button("Ask", variant="primary")
            self.answer = gr.Markdown(elem_id="why-answer")
            self.diagnosis = gr.State(None)
            self.apply = gr.Button(
                "Apply suggested changes as a new plan version",
                interactive=False,
                elem_id="why-apply",
            )
            self.applied = gr.Markdown(elem_id="why-applied")
        self.reset_output = self.apply


def _view_updates(
    gr: Any, ws: Workspace, build: Callable[[str], planview.PlanView], request: Any
) -> list:
    """Plan-tab, review-form and status updates for a freshly built view (or its error)."""
    user = user_of(request)
    try:
        view = build(user)
        line = ""
    except Exception as exc:
        view, line = planview.PlanView(), chat.error_line(exc)
    files: dict[str, str] = {}
    if view.plan is not None:
        try:
            files = planview.export_files(ws, view, user)
        except Exception as exc:  # the view stays usable without its downloads
            line = line or chat.error_line(exc)
    downloads = [
        gr.update(value=files.get(fmt), visible=fmt in files) for fmt in planview.EXPORT_LABELS
    ]
    return [
        view.summary,
        gr.update(choices=view.task_choices, value=view.done),
        view.today,
        _frame(view.rows, planview.TASK_COLUMNS),
        _frame(view.burnup, ["week", "series", "tasks"]),
        view.schedule,
        *downloads,
        gr.update(choices=view.task_choices, value=[]),
        gr.update(choices=view.task_choices, value=None),
        gr.update(interactive=False),
        line,
    ]


def _frame(rows: list, columns: list[str]) -> Any:
    import pandas as pd

    frame = pd.DataFrame(rows, columns=columns)
    if "week" in frame:  # ISO dates as labels: one tick per week, in order
        frame["week"] = frame["week"].map(str)
    return frame


def _guarded(call: Callable[[], str]) -> str:
    try:
        return call()
    except Exception as exc:
        return chat.error_line(exc)
