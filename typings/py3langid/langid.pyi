# Typed stub for what webcare uses of py3langid 0.3 (no types upstream).
from pathlib import Path
from typing import Any

MODEL_DIR: Path
MODEL_FILE: str

def visit_counts(nm: Any, rowbase: Any, out: Any, text: bytes) -> Any: ...

class LanguageIdentifier:
    tk_nextmove: Any
    tk_output: Any
    tk_row: Any
    nb_ptc: Any
    nb_classes: list[str]
    _rowbase: Any
    def _raw_score(self, text: bytes) -> Any: ...
    def _sparse_score(self, visits: Any, table: Any) -> Any: ...
    _full_model: tuple[Any, Any, list[str]]
    def __init__(
        self,
        nb_ptc: Any,
        nb_pc: Any,
        nb_classes: list[str],
        tk_nextmove: Any,
        tk_output: Any,
        norm_probs: bool = ...,
        tk_row: Any = ...,
    ) -> None: ...
    @classmethod
    def from_modelpath(cls, path: Path | str, norm_probs: bool = ...) -> LanguageIdentifier: ...
    def classify(self, text: str) -> tuple[str, float]: ...
    def rank(self, text: str) -> list[tuple[str, float]]: ...
    def set_languages(self, langs: list[str] | None = ...) -> None: ...
