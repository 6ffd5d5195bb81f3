"""The main window's pages by key, each built the first time it is asked for: the window opens
on the home page, and building the other nineteen (and importing their modules) took 0.15 s of
a county's opening (issue 22). Iterating gives every key, in order, without building a page;
`key in pages` asks the same; `pages[key]` and `pages.get(key)` build the page if need be and
tell `on_built` once."""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Mapping

from ui.pages.base import Page

log = logging.getLogger("ruralperf.ui")


class LazyPages(Mapping[str, Page]):
    def __init__(self, keys: Iterable[str], build: Callable[[str], Page],
                 fallback: Callable[[str], Page]):
        self._keys = dict.fromkeys(keys)  # in order, each once
        self._build = build
        self._fallback = fallback  # a placeholder for a page that fails to build
        self._built: dict[str, Page] = {}
        self.on_built: Callable[[str, Page], None] | None = None

    def __getitem__(self, key: str) -> Page:
        page = self._built.get(key)
        if page is None:
            if key not in self:
                raise KeyError(key)
            try:
                page = self._build(key)
            except Exception:  # a broken page must not take the window with it
                log.exception("the page %s could not be built; showing a placeholder", key)
                page = self._fallback(key)
            self._built[key] = page
            if self.on_built is not None:
                self.on_built(key, page)
        return page

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def built(self) -> dict[str, Page]:
        """The pages built so far, by key."""
        return dict(self._built)
