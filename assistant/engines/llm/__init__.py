"""The LLM engine: any OpenAI-compatible model through LangChain, held to the same rules."""

from assistant.engines.llm.engine import LLMEngine

__all__ = ["LLMEngine"]
