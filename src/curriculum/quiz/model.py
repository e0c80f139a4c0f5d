"""The quiz bank format: one YAML file per lesson, defined by these pydantic models.

A bank has a title and a list of questions. Every question has a stable `id`, a `type`, a
`prompt` (Markdown without raw HTML), an `explanation` shown after an attempt, the lesson
`objective` it checks, and an optional `difficulty`. The `type` decides the other keys:

    single      options (key: text), answer (one key), feedback (key: text, optional)
    multiple    options, answer (a list of keys), feedback
    true_false  answer (true or false), feedback (true/false: text, optional)
    numeric     answer (a number), tolerance (required), unit
    short_text  accept (a list of accepted answers), fuzzy (allow small typos)
    ordering    items (listed in the correct order; shown shuffled)
    matching    pairs (term: its match; the matches are shown shuffled)
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

QuestionId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=60)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Key = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]+$")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Question(_Strict):
    id: QuestionId
    prompt: Text
    explanation: Text
    objective: Text
    difficulty: Literal["easy", "medium", "hard"] | None = None


class _Choice(_Question):
    options: dict[Key, Text] = Field(min_length=2)
    feedback: dict[Key, Text] = Field(default_factory=dict)

    def _check_keys(self, keys: list[str], what: str) -> None:
        unknown = [k for k in keys if k not in self.options]
        if unknown:
            raise ValueError(
                f"{what} {', '.join(repr(k) for k in unknown)} not among the options "
                f"({', '.join(self.options)})"
            )


class SingleChoice(_Choice):
    type: Literal["single"]
    answer: Key

    @model_validator(mode="after")
    def _answer_is_an_option(self):
        self._check_keys([self.answer], "answer")
        self._check_keys(list(self.feedback), "feedback for")
        return self


class MultipleChoice(_Choice):
    type: Literal["multiple"]
    answer: list[Key] = Field(min_length=1)

    @model_validator(mode="after")
    def _answers_are_options(self):
        self._check_keys(self.answer, "answer")
        self._check_keys(list(self.feedback), "feedback for")
        if len(set(self.answer)) != len(self.answer):
            raise ValueError("an answer is listed twice")
        return self


class TrueFalse(_Question):
    type: Literal["true_false"]
    answer: bool
    feedback: dict[bool, Text] = Field(default_factory=dict)


class Numeric(_Question):
    type: Literal["numeric"]
    answer: float
    tolerance: float = Field(ge=0)  # required: "exactly 3.0" must be said as tolerance: 0
    unit: str = ""


class ShortText(_Question):
    type: Literal["short_text"]
    accept: list[Text] = Field(min_length=1)
    fuzzy: bool = False


class Ordering(_Question):
    type: Literal["ordering"]
    items: list[Text] = Field(min_length=2)

    @model_validator(mode="after")
    def _items_are_distinct(self):
        repeated = sorted({i for i in self.items if self.items.count(i) > 1})
        if repeated:
            raise ValueError(
                f"items must all differ; repeated: {', '.join(repr(i) for i in repeated)}"
            )
        return self


class Matching(_Question):
    type: Literal["matching"]
    pairs: dict[Text, Text] = Field(min_length=2)

    @model_validator(mode="after")
    def _matches_are_distinct(self):
        values = list(self.pairs.values())
        repeated = sorted({v for v in values if values.count(v) > 1})
        if repeated:
            shown = ", ".join(repr(v) for v in repeated)
            raise ValueError(f"pairs must have different matches; repeated: {shown}")
        return self


Question = Annotated[
    SingleChoice | MultipleChoice | TrueFalse | Numeric | ShortText | Ordering | Matching,
    Field(discriminator="type"),
]
QUESTION_TYPES = (
    "single",
    "multiple",
    "true_false",
    "numeric",
    "short_text",
    "ordering",
    "matching",
)


class Bank(_Strict):
    """A lesson's quiz: a title, an optional language code, and its questions."""

    title: Text
    language: Literal["en", "zh-Hans"] = "en"
    shuffle: bool = False
    questions: list[Question] = Field(min_length=1)
    # Set by the loader from the file name (e.g. "03-milestones"); not written in the file.
    name: str = Field(default="", exclude=True)

    def question(self, question_id: str):
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(f"no question '{question_id}' in '{self.name or self.title}'")
