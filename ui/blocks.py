"""The gradio page: four tabs wired to the handler modules; no planning logic here.

Only gradio is imported at build time; the store, engines and review memory (chromadb)
are opened by the handlers on first use so the first page is served quickly.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ui import chat, planview
from ui.auth import user_of
from ui.review_tab import ReviewTab
from ui.workspace import Workspace

if TYPE_CHECKING:
    import gradio as gr

    from assistant.config import Settings

INTRO = (
    "# Goalsmith\nDescribe a goal in the **Chat** tab; use the plan in **Plan**; review it weekly "
    "in **Review**; ask **Why stalled?** when it stops moving."
)
GOAL_HINT = "e.g. Run a half marathon by June; I can train 4 hours a week"
CHANGE_HINT = "Ask for a change, e.g. I only have 3 hours a week"


def _remember(session: Any) -> list[str]:
    """What the browser keeps to show this chat again after a reload: whose, and which plan
    ([] for a new goal: gradio does not store None)."""
    if session is None or not session.saved:
        return []
    return [session.user, session.saved[0]]


def _hint(session: Any) -> str:
    """What the message box invites: a goal, or a change to the plan in view."""
    return CHANGE_HINT if session is not None and session.saved else GOAL_HINT


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
                # which plan this browser's chat is about, so a reload shows that chat again
                chat_plan = gr.BrowserState(None, storage_key="goalsmith-chat-plan")
                about = gr.Markdown(chat.NEW_GOAL_LINE, elem_id="chat-about")
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
            review_tab = ReviewTab(gr)
            why_tab = _WhyTab(gr)

        # --- chat -------------------------------------------------------------------------
        def on_send(text: str, chat_session: chat.ChatSession | None, request: gr.Request):
            user = user_of(request)
            if chat_session is None or chat_session.user != user:  # never resume another's chat
                chat_session = chat.ChatSession(user=user)
            for update in chat.respond(ws, chat_session, text, user):
                pick: Any = gr.update()
                line: Any = gr.update()
                if update.saved_plan_id:
                    pick = gr.update(
                        choices=planview.plan_choices(ws, user), value=update.saved_plan_id
                    )
                box: Any = ""
                remembered: Any = gr.update()
                if not update.busy:
                    line = chat.context_line(chat_session, ws, user)
                    box = gr.update(value="", placeholder=_hint(chat_session))
                    remembered = _remember(chat_session)
                yield box, update.history, chat_session, pick, line, remembered

        chat_io: dict[str, Any] = {
            "inputs": [message, session],
            "outputs": [message, chatbot, session, picker, about, chat_plan],
            "show_progress": "minimal",
        }
        message.submit(on_send, **chat_io)
        send.click(on_send, **chat_io)

        def on_just(chat_session: chat.ChatSession | None, request: gr.Request):
            yield from on_send(chat.JUST_PLAN_IT, chat_session, request)

        just.click(on_just, **{**chat_io, "inputs": [session]})

        def fresh():
            box = gr.update(value="", placeholder=GOAL_HINT)
            return box, [], None, chat.NEW_GOAL_LINE, []

        chat_view = [message, chatbot, session, about, chat_plan]
        restart.click(fresh, outputs=chat_view)
        chatbot.clear(fresh, outputs=chat_view)

        def on_pick(
            plan_id: str | None, chat_session: chat.ChatSession | None, request: gr.Request
        ):
            """The picked plan's chat replaces the chat in view (unless it is that chat)."""
            user = user_of(request)
            shown = chat_session.saved if chat_session and chat_session.user == user else None
            if not plan_id or (shown and shown[0] == plan_id):
                return [gr.update()] * len(chat_view)
            return _chat_about(plan_id, user)

        def _chat_about(plan_id: str, user: str) -> list:
            try:
                picked = chat.about_plan(ws, plan_id, user)
            except Exception as exc:
                return [gr.update(), gr.update(), None, chat.error_line(exc), []]
            line = chat.context_line(picked, ws, user)
            box = gr.update(placeholder=_hint(picked))
            return [box, picked.history, picked, line, _remember(picked)]

        def on_load_chat(remembered: Any, request: gr.Request):
            """After a reload, the chat this browser was in (only if it is this user's)."""
            user = user_of(request)
            if isinstance(remembered, list | tuple) and len(remembered) == 2:
                owner, plan_id = remembered
                if owner == user and isinstance(plan_id, str) and plan_id:
                    return _chat_about(plan_id, user)
            return [gr.update()] * len(chat_view)

        # --- plan picker and plan tab -----------------------------------------------------
        view_outputs = [*plan_tab.outputs, *review_tab.view_outputs, why_tab.reset_output, status]

        def show(plan_id: str | None, request: gr.Request):
            return _view_updates(
                gr, ws, review_tab, lambda user: planview.plan_view(ws, plan_id, user), request
            )

        def on_tick(plan_id: str | None, done: list[str], request: gr.Request):
            updates = _view_updates(
                gr, ws, review_tab, lambda user: planview.tick(ws, plan_id, done, user), request
            )
            try:  # the picker's "N/M done" follows the tick
                choices = gr.update(choices=planview.plan_choices(ws, user_of(request)))
            except Exception:
                choices = gr.update()
            return [*updates, choices]

        picker.change(show, inputs=[picker], outputs=view_outputs)
        picker.input(on_pick, inputs=[picker, session], outputs=chat_view)
        plan_tab.ticks.input(
            on_tick, inputs=[picker, plan_tab.ticks], outputs=[*view_outputs, picker]
        )

        def on_load(request: gr.Request):
            user = user_of(request)
            try:
                choices = planview.plan_choices(ws, user)
            except Exception as exc:
                return gr.update(), chat.error_line(exc)
            return gr.update(choices=choices, value=choices[0][1] if choices else None), ""

        demo.load(on_load, outputs=[picker, status])
        demo.load(on_load_chat, inputs=[chat_plan], outputs=chat_view)

        # --- review -----------------------------------------------------------------------
        def refresh_plan(plan_id: str | None, request: gr.Request) -> list:
            """The Plan tab and the picker's counts after a review changed ticks."""
            plan_part = show(plan_id, request)[: len(plan_tab.outputs)]
            try:
                choices = gr.update(choices=planview.plan_choices(ws, user_of(request)))
            except Exception:
                choices = gr.update()
            return [*plan_part, choices]

        review_tab.wire(gr, ws, picker, [*plan_tab.outputs, picker], refresh_plan)

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
    gr: Any,
    ws: Workspace,
    review_tab: ReviewTab,
    build: Callable[[str], planview.PlanView],
    request: Any,
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
        *review_tab.form_updates(gr, view.review),
        gr.update(interactive=False),
        line,
    ]


def _frame(rows: list, columns: list[str]) -> Any:
    import pandas as pd

    frame = pd.DataFrame(rows, columns=columns)
    if "week" in frame:  # ISO dates as labels: one tick per week, in order
        frame["week"] = frame["week"].map(str)
    return frame
