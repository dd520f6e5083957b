"""The HTML tree builder behind core.importers.meta_html (html.parser): imported only when an HTML page is read."""

from __future__ import annotations

from core.importers.html_budget import BudgetedHTMLParser
from core.importers.meta_html import MAX_CLOSE_SEARCH, SKIP, VOID, Node
from core.tasks import CancelToken


class TreeBuilder(BudgetedHTMLParser):
    """Builds meta_html's Node tree from a page, within the HTML budget; scripts and styles are dropped."""

    def __init__(self, cancel: CancelToken | None = None) -> None:
        super().__init__(convert_charrefs=True, cancel=cancel)
        self.root = Node("#root")
        self.open: list[Node] = [self.root]  # open elements, innermost last
        self.open_count: dict[str, int] = {}  # how many of each tag are open: stray end tags cost O(1)
        self.skip = 0
        self.title: list[str] = []  # pieces, joined once (1.5M `a<br>` after <title> must stay linear)
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP:
            self.skip += 1
            return
        if tag == "title":
            self._in_title = True
        if self.skip:
            return
        a = {k: (v or "") for k, v in attrs}
        node = Node(tag, frozenset(a["class"].split()) if "class" in a else frozenset(), a)
        self.open[-1].children.append(node)
        if tag not in VOID:
            self.open.append(node)
            self.open_count[tag] = self.open_count.get(tag, 0) + 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP or self.skip:
            return
        a = {k: (v or "") for k, v in attrs}
        self.open[-1].children.append(Node(tag, frozenset(a["class"].split()) if "class" in a else frozenset(), a))

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag == "title":
            self._in_title = False
        if self.skip or tag in VOID or not self.open_count.get(tag):
            return
        # Look a bounded way up: hostile pages with thousands of unclosed tags stay linear.
        for i in range(len(self.open) - 1, max(0, len(self.open) - 1 - MAX_CLOSE_SEARCH), -1):
            if self.open[i].tag == tag:
                for closed in self.open[i:]:  # closes anything left open inside it
                    self.open_count[closed.tag] -= 1
                del self.open[i:]
                return
        # an end tag with no open element nearby is ignored

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        if not self.skip:
            self.open[-1].children.append(data)
