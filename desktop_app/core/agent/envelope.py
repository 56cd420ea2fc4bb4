"""The JSON envelope: how a model without native tool calls takes an agent step.

Each step the model writes one JSON object under a grammar built from `envelope_schema`: a
`oneOf` over the tools ({"tool": NAME, "arguments": {...that tool's parameters...}}) and the
final answer ({"final_answer": "..."}). The grammar makes even SmolLM2-135M write a well-formed
call; structured.ask_json parses and validates it and re-asks on a problem (a cut-off object).

`read_envelope` then reads the value leniently: an object that names a tool the grammar did
not allow (a scripted model, a model without the grammar) still comes back as that call, so
the toolbox can say precisely "no such tool" or "this argument is missing" to the model.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop_app.core.agent.tools import ToolSpec

FINAL_ANSWER = "final_answer"
TOOL = "tool"
ARGUMENTS = "arguments"
# The grammar carries no upper bounds (maxLength, maxItems): nested repeats slowed SmolLM2's
# sampling about twofold (60 tokens: 35 s bounded, 16 s unbounded, on a loaded 2-core machine),
# and llama.cpp refuses a string bound above about 1,000 ("exceeds sane defaults"), which then
# crashes the process while sampling. max_tokens bounds a reply; the toolbox validates the
# arguments against the full schemas and tells the model what was too long.
_UPPER_BOUNDS = ("maxLength", "maxItems")


def answer_branch() -> dict:
    return {
        "type": "object",
        "properties": {FINAL_ANSWER: {"type": "string"}},
        "required": [FINAL_ANSWER],
        "additionalProperties": False,
    }


def envelope_schema(specs: Sequence[ToolSpec]) -> dict:
    """One object: a call of one of `specs` with its arguments, or the final answer."""
    branches = [
        {
            "type": "object",
            "properties": {TOOL: {"const": spec.name}, ARGUMENTS: _for_grammar(spec.parameters)},
            "required": [TOOL, ARGUMENTS],
            "additionalProperties": False,
        }
        for spec in specs
    ]
    return {"oneOf": [*branches, answer_branch()]}


def _for_grammar(schema: object) -> object:
    """`schema` without upper bounds (see _UPPER_BOUNDS)."""
    if isinstance(schema, list):
        return [_for_grammar(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    return {key: _for_grammar(value) for key, value in schema.items() if key not in _UPPER_BOUNDS}


def answer_schema() -> dict:
    """Only the final answer: the last step, when the budget is spent or a call repeated."""
    return answer_branch()


def describe_tools(specs: Sequence[ToolSpec]) -> str:
    """The tools as the system prompt lists them: name, what it does, its arguments."""
    lines = []
    for spec in specs:
        properties = spec.parameters.get("properties", {})
        required = set(spec.parameters.get("required", ()))
        arguments = ", ".join(
            f"{name}" + ("" if name in required else "?") + f": {_kind(schema)}"
            for name, schema in properties.items()
        )
        lines.append(f"- {spec.name}({arguments}): {spec.description}")
    return "\n".join(lines)


def _kind(schema: dict) -> str:
    kind = schema.get("type", "value")
    if kind == "array":
        return f"list of {schema.get('items', {}).get('type', 'value')}"
    return str(kind)


@dataclass(frozen=True)
class EnvelopeReply:
    """What one envelope step asked for: a tool call, a final answer, or neither (problem)."""

    tool: str | None = None
    arguments: object = field(default_factory=dict)
    answer: str | None = None
    problem: str | None = None


def read_envelope(value: object) -> EnvelopeReply:
    """The call or answer in a parsed envelope; `problem` when it holds neither."""
    if not isinstance(value, dict):
        return EnvelopeReply(problem="the reply must be one JSON object")
    if isinstance(value.get(FINAL_ANSWER), str) and TOOL not in value:
        return EnvelopeReply(answer=value[FINAL_ANSWER])
    tool = value.get(TOOL)
    if isinstance(tool, str) and tool:
        arguments = value.get(ARGUMENTS, {})
        if isinstance(arguments, str):  # a model that wrote the arguments as a JSON string
            with contextlib.suppress(json.JSONDecodeError):
                arguments = json.loads(arguments)
        return EnvelopeReply(tool=tool, arguments=arguments)
    return EnvelopeReply(
        problem=f'the object needs "{TOOL}" and "{ARGUMENTS}", or "{FINAL_ANSWER}"'
    )


def envelope_text(tool: str, arguments: object) -> str:
    """A call written back as the envelope the model would have written (for the history)."""
    return json.dumps({TOOL: tool, ARGUMENTS: arguments}, ensure_ascii=False)
