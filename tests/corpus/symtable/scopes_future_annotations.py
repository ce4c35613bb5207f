"""With `from __future__ import annotations` annotations are strings: no names recorded for them."""
from __future__ import annotations


class Node:
    parent: Node | None = None

    def children(self, depth: Depth) -> list[Node]:
        marker: Marker = None
        return [marker]
