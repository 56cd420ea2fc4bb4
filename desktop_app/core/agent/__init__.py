"""The agent over the user's files: its tools, its loop, what it may touch, approvals.

Modules: confinement (which paths a tool may read or write),
approval (what the user is asked before a write), tools (the seven tools and the Toolbox),
envelope (the JSON step of models without native tool calls), tool_calls (native formats:
Qwen, Llama 3.1, gpt-oss), loop (run_agent and its events).
"""

from desktop_app.core.agent.approval import WriteProposal
from desktop_app.core.agent.confinement import Confinement, PathRefused
from desktop_app.core.agent.loop import (
    AgentBudget,
    AgentEvent,
    AgentFinished,
    AgentStepFinished,
    AgentStepStarted,
    AgentTextStreamed,
    AgentWriteDecided,
    agent_supported,
    run_agent,
)
from desktop_app.core.agent.tools import (
    READ_ONLY_TOOLS,
    TOOL_SPECS,
    Toolbox,
    ToolResult,
    ToolSpec,
)

__all__ = [
    "READ_ONLY_TOOLS",
    "TOOL_SPECS",
    "AgentBudget",
    "AgentEvent",
    "AgentFinished",
    "AgentStepFinished",
    "AgentStepStarted",
    "AgentTextStreamed",
    "AgentWriteDecided",
    "Confinement",
    "PathRefused",
    "ToolResult",
    "ToolSpec",
    "Toolbox",
    "WriteProposal",
    "agent_supported",
    "run_agent",
]
