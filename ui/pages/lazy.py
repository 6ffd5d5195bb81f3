"""The main window's pages by key, each built the first time it is asked for: the window opens
on the home page, and building the other nineteen (and importing their modules) took 0.15 s of
a county's opening (issue 22). Iterating gives every key, in order, without building a page;
`key in pages` asks the same; `pages[key]` and `pages.get(key)` build the page if need be and
tell `on_built` once."""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping

from ui.pages.base import Page

log = logging.getLogger("ruralperf.ui")

Factory = Callable[[], Page]


class LazyPages(Mapping[str, Page]):
    def __init__(self, factories: dict[str, Factory], fallback: Callable[[str], Page]):
        self._factories = factories
        self._fallback = fallback  # a placeholder for a page that fails to build
        self._built: dict[str, Page] = {}
        self.on_built: Callable[[str, Page], None] | None = None

    def __getitem__(self, key: str) -> Page:
        page = self._built.get(key)
        if page is None:
            factory = self._factories[key]  # KeyError: no such page
            try:
                page = factory()
            except Exception:  # a broken page must not take the window with it
                log.exception("the page %s could not be built; showing a placeholder", key)
                page = self._fallback(key)
            self._built[key] = page
            if self.on_built is not None:
                self.on_built(key, page)
        return page

    def __contains__(self, key: object) -> bool:
        return key in self._factories

    def __iter__(self) -> Iterator[str]:
        return iter(self._factories)

    def __len__(self) -> int:
        return len(self._factories)

    def built(self) -> dict[str, Page]:
        """The pages built so far, by key."""
        return dict(self._built)
