"""The gradio page: four tabs wired to the handler modules; no planning logic here.

Only gradio is imported at build time; the store, engines and review memory (chromadb)
are opened by the handlers on first use so the first page is served quickly.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ui import breakdown, chat, planview, safe
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
# One tick per line: a list to scan, not a wall of chips that wrap mid-row.
CSS = "#task-ticks .wrap, #later-ticks .wrap { flex-direction: column; align-items: stretch; }"


def build_app(settings: "Settings", workspace: Workspace | None = None) -> "gr.Blocks":
    """The Blocks of the whole app over one workspace (settings, store, memory)."""
    import gradio as gr

    ws = workspace or Workspace(settings)
    # gradio's copies of downloads are deleted after an hour (and all of them at a restart)
    with gr.Blocks(title="Goalsmith", analytics_enabled=False, delete_cache=(600, 3600)) as demo:
        gr.Markdown(INTRO)
        with gr.Row(equal_height=False):
            picker = gr.Dropdown(
                label="Plan",
                info="The plan the Plan, Review and Why tabs work on.",
                choices=[],
                value=None,
                interactive=True,
                scale=4,
                min_width=320,  # a phone gets the whole width; the status wraps below it
                elem_id="plan-picker",
            )
            status = gr.Markdown(elem_id="status", min_height=0)
        with gr.Tabs(elem_id="tabs") as tabs:
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
                    placeholder=chat.GOAL_HINT,
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
        chat_saved = gr.State(0)  # counts plans the chat saved: each one redraws the Plan tab

        def on_send(
            text: str, chat_session: chat.ChatSession | None, saves: int, request: gr.Request
        ):
            user = user_of(request)
            if chat_session is None or chat_session.user != user:  # never resume another's chat
                chat_session = chat.ChatSession(user=user)
            sent = False
            for update in chat.respond(ws, chat_session, text, user):
                pick: Any = gr.update()
                line: Any = gr.update()
                if update.saved_plan_id:
                    pick = gr.update(
                        choices=planview.plan_choices(ws, user), value=update.saved_plan_id
                    )
                    saves += 1  # a new version of the same plan leaves the picker's value alone
                # the message sent is cleared once; what they type while it drafts is kept
                box: Any = gr.update() if sent else ""
                sent = True
                remembered: Any = gr.update()
                if not update.busy:
                    line = chat.context_line(chat_session, ws, user)
                    box = gr.update(placeholder=chat.hint(chat_session))
                    remembered = chat.remember(chat_session)
                yield box, update.history, chat_session, pick, line, remembered, saves

        chat_io: dict[str, Any] = {
            "inputs": [message, session, chat_saved],
            "outputs": [message, chatbot, session, picker, about, chat_plan, chat_saved],
            "show_progress": "minimal",
        }
        # a message sent while the last one drafts runs after it, in order, never dropped; the
        # three ways to send share one queue, so "Just plan it" and a message typed while it
        # drafts never work on the same conversation at once
        chat_io["concurrency_id"] = "chat"
        message.submit(on_send, trigger_mode="multiple", **chat_io)
        send.click(on_send, trigger_mode="multiple", **chat_io)

        def on_just(chat_session: chat.ChatSession | None, saves: int, request: gr.Request):
            yield from on_send(chat.JUST_PLAN_IT, chat_session, saves, request)

        just.click(on_just, **{**chat_io, "inputs": [session, chat_saved]})

        def fresh():
            box = gr.update(value="", placeholder=chat.GOAL_HINT)
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
            box = gr.update(placeholder=chat.hint(picked))
            return [box, picked.history, picked, line, chat.remember(picked)]

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

        def on_tick(plan_id: str | None, now: list[str], later: list[str], request: gr.Request):
            done = [*(now or []), *(later or [])]
            updates = _view_updates(
                gr, ws, review_tab, lambda user: planview.tick(ws, plan_id, done, user), request
            )
            return [*updates, _picker_counts(gr, ws, request)]

        picker.change(show, inputs=[picker], outputs=view_outputs)
        picker.input(on_pick, inputs=[picker, session], outputs=chat_view)
        for group in (plan_tab.ticks, plan_tab.later):
            group.input(
                on_tick,
                inputs=[picker, plan_tab.ticks, plan_tab.later],
                outputs=[*view_outputs, picker],
            )

        def on_deleted(chat_session: chat.ChatSession | None, request: gr.Request):
            """A chat about a plan that is gone starts fresh: it must not bring the plan back."""
            if chat.plan_is_gone(ws, chat_session, user_of(request)):
                return fresh()
            return [gr.update()] * len(chat_view)

        # --- delete, after a confirmation that says what goes -------------------------------
        def on_delete(plan_id: str | None, request: gr.Request):
            try:
                question = planview.delete_question(ws, plan_id, user_of(request))
            except Exception as exc:
                return gr.update(value=chat.error_line(exc), visible=True), gr.update(visible=False)
            return gr.update(value=question, visible=True), gr.update(visible=True)

        def on_confirm(plan_id: str | None, request: gr.Request):
            user = user_of(request)
            try:
                line = planview.delete(ws, plan_id, user)
                choices = planview.plan_choices(ws, user)
            except Exception as exc:
                return gr.update(value=chat.error_line(exc)), gr.update(visible=False), gr.update()
            pick = gr.update(choices=choices, value=choices[0][1] if choices else None)
            return gr.update(value=line), gr.update(visible=False), pick

        plan_tab.delete.click(
            on_delete, inputs=[picker], outputs=[plan_tab.confirm_text, plan_tab.confirm_row]
        )
        plan_tab.cancel.click(
            lambda: (gr.update(value="", visible=False), gr.update(visible=False)),
            outputs=[plan_tab.confirm_text, plan_tab.confirm_row],
        )
        plan_tab.confirm.click(
            on_confirm,
            inputs=[picker],
            outputs=[plan_tab.confirm_text, plan_tab.confirm_row, picker],
        ).then(on_deleted, inputs=[session], outputs=chat_view)

        def on_load(request: gr.Request):
            user = user_of(request)
            try:
                choices = planview.plan_choices(ws, user)
            except Exception as exc:
                return gr.update(), chat.error_line(exc)
            if not choices:
                return gr.update(choices=[], value=None), "", gr.update()
            # someone with a plan comes back to use it: the Plan tab, with Today at its top
            return gr.update(choices=choices, value=choices[0][1]), "", gr.update(selected="plan")

        demo.load(on_load, outputs=[picker, status, tabs])
        demo.load(on_load_chat, inputs=[chat_plan], outputs=chat_view)

        # --- break a task down: a button per open one-off task ----------------------------
        def on_breakdown(task_id: str) -> Callable:
            def handler(plan_id, detail, saved, request: gr.Request):
                try:
                    result = breakdown.break_down(ws, plan_id, task_id, detail, user_of(request))
                except Exception as exc:
                    return chat.error_line(exc), gr.update(), saved
                choices = planview.plan_choices(ws, user_of(request))
                return result, gr.update(choices=choices), saved + 1

            return handler

        with plan_tab.breakdown_rows:

            @gr.render(inputs=[picker, plan_tab.breakdown_saved])
            def task_buttons(plan_id: str | None, saved: int, request: gr.Request):
                try:
                    choices = breakdown.task_choices(ws, plan_id, user_of(request))
                except Exception:
                    choices = []
                if not choices:
                    gr.Markdown("*No open one-off task to break down.*")
                for label, task_id in choices:
                    with gr.Row(equal_height=True):
                        gr.Markdown(safe.text(label))
                        button = gr.Button(
                            "Break down",
                            size="sm",
                            scale=0,
                            min_width=120,
                            elem_classes=["breakdown-button"],
                        )
                    button.click(
                        on_breakdown(task_id),
                        inputs=[picker, plan_tab.breakdown_detail, plan_tab.breakdown_saved],
                        outputs=[plan_tab.breakdown_result, picker, plan_tab.breakdown_saved],
                    )

        # a saved break-down redraws the Plan tab from a lasting component: the buttons above
        # are re-rendered by then, so an event chained on them would no longer exist
        plan_tab.breakdown_saved.change(show, inputs=[picker], outputs=view_outputs)
        chat_saved.change(show, inputs=[picker], outputs=view_outputs)  # a chat revision

        # --- review -----------------------------------------------------------------------
        def refresh_plan(plan_id: str | None, request: gr.Request) -> list:
            """The Plan tab and the picker's counts after a review changed ticks."""
            plan_part = show(plan_id, request)[: len(plan_tab.outputs)]
            return [*plan_part, _picker_counts(gr, ws, request)]

        review_tab.wire(gr, ws, picker, [*plan_tab.outputs, picker], refresh_plan)

        # --- why stalled? -----------------------------------------------------------------
        def on_why(plan_id, question, request: gr.Request):
            from ui.why import ask

            user = user_of(request)
            try:
                answer = ask(ws, plan_id, question, user)
            except Exception as exc:
                return chat.error_line(exc), None, "", gr.update(interactive=False), ""
            owned = (user, answer.preview)  # the state is bound to who asked
            return (
                answer.markdown,
                owned,
                answer.changes,
                gr.update(interactive=answer.can_apply),
                "",
            )

        def on_apply(plan_id, shown, request: gr.Request):
            from ui.why import apply_preview

            user = user_of(request)
            asker, shown = shown if isinstance(shown, tuple) else (None, None)
            shown = shown if asker == user else None  # only what this user was shown
            try:
                line, new_id = apply_preview(ws, plan_id, shown, user)
            except Exception as exc:
                return [chat.error_line(exc), gr.update(), *[gr.update()] * len(view_outputs)]
            # the plan keeps its id, so the picker's change event would not fire: the Plan
            # tab and the Review form are refreshed from here, at once
            return [line, _picker_counts(gr, ws, request), *show(new_id, request)]

        why_io = {
            "inputs": [picker, why_tab.question],
            "outputs": [
                why_tab.answer,
                why_tab.preview,
                why_tab.changes,
                why_tab.apply,
                why_tab.applied,
            ],
        }
        why_tab.question.submit(on_why, **why_io)
        why_tab.ask.click(on_why, **why_io)
        why_tab.apply.click(
            on_apply,
            inputs=[picker, why_tab.preview],
            outputs=[why_tab.applied, picker, *view_outputs],
        )
    return demo


class _PlanTab:
    def __init__(self, gr: Any) -> None:
        with gr.Tab("Plan", id="plan"):
            self.today = gr.Markdown(elem_id="today")  # first, on every screen size
            self.summary = gr.Markdown(planview.PlanView().summary, elem_id="plan-summary")
            with gr.Row():
                with gr.Column(scale=3, min_width=300):
                    self.ticks = gr.CheckboxGroup(
                        label="This week: tick when done (saved at once)",
                        choices=[],
                        elem_id="task-ticks",
                    )
                    with gr.Accordion("Tasks of other weeks (tick one done early)", open=False):
                        self.later = gr.CheckboxGroup(
                            label="Other weeks' tasks, by week due",
                            choices=[],
                            elem_id="later-ticks",
                        )
                with gr.Column(scale=2, min_width=300):
                    self.burnup = gr.Plot(
                        label="Burn-up: work due vs done, per week",
                        show_label=False,  # the chart carries its title (a label covers it)
                        elem_id="burnup",
                    )
            with gr.Accordion("Milestones and tasks", open=True):
                self.milestones = gr.Markdown(elem_id="milestones")
            with gr.Accordion("Schedule by week, this week first", open=False):
                self.schedule = gr.Markdown(elem_id="schedule", max_height=480)
            with gr.Row():
                self.downloads = {
                    fmt: gr.DownloadButton(
                        f"Download {label}", visible=False, size="md", elem_id=f"download-{fmt}"
                    )
                    for fmt, label in planview.EXPORT_LABELS.items()
                }
            with gr.Accordion("Break a task down into steps", open=False, elem_id="breakdown"):
                self.breakdown_detail = gr.Radio(
                    label="Detail level",
                    choices=list(breakdown.DETAIL),
                    value="medium (3-5 steps)",
                    elem_id="breakdown-detail",
                    interactive=True,
                )
                self.breakdown_result = gr.Markdown(elem_id="breakdown-result")
                self.breakdown_saved = gr.State(0)
                self.breakdown_rows = gr.Column(elem_id="breakdown-tasks")
            with gr.Accordion("Delete this plan", open=False):
                self.delete = gr.Button("Delete this plan…", variant="stop", elem_id="delete-plan")
                self.confirm_text = gr.Markdown(visible=False, elem_id="delete-question")
                with gr.Row(visible=False) as self.confirm_row:
                    self.confirm = gr.Button(
                        "Yes, delete it", variant="stop", elem_id="delete-confirm"
                    )
                    self.cancel = gr.Button("No, keep it", elem_id="delete-cancel")
        self.outputs = [
            self.today,
            self.summary,
            self.ticks,
            self.later,
            self.burnup,
            self.milestones,
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
            self.preview = gr.State(None)  # (who asked, the unsaved next version)
            self.changes = gr.Markdown(elem_id="why-changes")
            self.apply = gr.Button(
                "Apply these changes as a new plan version",
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
        view.today,
        view.summary,
        gr.update(
            choices=view.task_choices, value=[v for _, v in view.task_choices if v in view.done]
        ),
        gr.update(
            choices=view.later_choices, value=[v for _, v in view.later_choices if v in view.done]
        ),
        view.chart,
        view.milestones,
        view.schedule,
        *downloads,
        *review_tab.form_updates(gr, view.review),
        gr.update(interactive=False),
        line,
    ]


def _picker_counts(gr: Any, ws: Workspace, request: Any) -> Any:
    """The picker's labels again, so its "N/M done" and version follow a change."""
    try:
        return gr.update(choices=planview.plan_choices(ws, user_of(request)))
    except Exception:
        return gr.update()
