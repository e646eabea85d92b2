"""A place mention: where in the text a place is named, and which places it may be."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class PlaceMention:
    candidates: tuple[str, ...]
    start: int  # first token index (document)
    stop: int  # token index after the last
    char_start: int
    char_stop: int
    form: str  # name | abbr | adj | demonym | authority | district | capital ("в столице Татарстана")
    sent: int
    in_org: bool = False  # inside an organisation's name ("Минский тракторный завод")
    id: str | None = None
    # members of a list sharing one head noun ("Тульской, Рязанской областей", "Псковский и
    # Могилёвский районы", "провинций Мазандаран и Гилян") carry that noun's token index
    shared_head: int | None = None
    # a region in apposition to a city ("Ижевска, столицы Удмуртии") only says where that city
    # is: the city mention's start
    locates: int | None = None

    @property
    def resolved(self) -> str:
        return self.id or self.candidates[0]

    def head(self, tokens: list) -> object:
        """The word that takes the mention's case: its first noun ("в столице Урала", "в Республике Беларусь",
        "в Нижнем Новгороде"), or its last word when it has no noun ("в казанском")."""
        words = tokens[self.start:self.stop]
        return next((t for t in words if t.pos in ("NOUN", "PROPN")), words[-1])
