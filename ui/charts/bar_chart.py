"""A stacked bar chart (pyqtgraph) for `ui.charts.data.BarData`: bars of whole numbers (fen,
basis points or counts), category labels under them, a legend, an optional marker per bar and
a reference line; the value axis is labelled exactly in yuan, percent or counts. Saved as PNG
with `save_png`."""
from __future__ import annotations

from decimal import Decimal

import pyqtgraph as pg  # type: ignore[import-untyped]  # (no stubs, no py.typed)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.charts.data import BarData

PALETTE = ("#2e90fa", "#f79009", "#12b76a", "#7a5af8", "#ee46bc", "#06aed4", "#f04438",
           "#84cc16", "#667085", "#fdb022", "#155eef", "#dd2590")
UNITS = ("fen", "basis_points", "count")

pg.setConfigOptions(background="w", foreground="#344054", antialias=True)


class ValueAxis(pg.AxisItem):
    """Tick labels from whole numbers: fen as yuan (1,234.50 -> "1,234.5"), basis points as
    percent, counts as they are."""

    def __init__(self, unit: str, **kwargs):
        super().__init__("left", **kwargs)
        self.unit = unit

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph's name)
        out = []
        for v in values:
            whole = int(round(v))
            if self.unit == "count" and abs(v - whole) > 1e-6:
                out.append("")  # no tick between two whole counts
            elif self.unit == "fen":
                out.append(f"{Decimal(whole) / 100:,.0f}")
            elif self.unit == "basis_points":
                out.append(f"{Decimal(whole) / 100:.0f}%")
            else:
                out.append(str(whole))
        return out


class StackedBarChart(QWidget):
    def __init__(self, unit: str, parent: QWidget | None = None):
        super().__init__(parent)
        assert unit in UNITS
        self.unit = unit
        self.plot = pg.PlotWidget(self, axisItems={"left": ValueAxis(unit)})
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(y=True, alpha=0.15)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.data: BarData | None = None

    def set_title(self, text: str) -> None:
        self.plot.setTitle(text, size="11pt")

    def set_data(self, data: BarData, labels: dict[str, str] | None = None) -> None:
        """Draw `data`; `labels` names the series (component keys, officer numbers) in words."""
        labels = labels or {}
        self.data = data
        plot = self.plot
        plot.clear()
        legend = plot.plotItem.legend or plot.addLegend(offset=(-10, 10), labelTextSize="9pt")
        legend.clear()
        n = len(data.categories)
        xs = list(range(n))
        base = [0] * n
        for i, series in enumerate(data.stacks):
            bars = pg.BarGraphItem(x=xs, y0=list(base), height=list(series.values), width=0.6,
                                   brush=PALETTE[i % len(PALETTE)], pen=pg.mkPen("#ffffff"))
            plot.addItem(bars)
            legend.addItem(bars, labels.get(series.key, series.key))
            base = [b + v for b, v in zip(base, series.values)]
        if data.markers is not None:
            points = [(x, v) for x, v in zip(xs, data.markers.values) if v is not None]
            dots = pg.ScatterPlotItem(x=[p[0] for p in points], y=[p[1] for p in points],
                                      symbol="d", size=10, brush="#101828", pen=None)
            plot.addItem(dots)
            legend.addItem(dots, labels.get(data.markers.key, data.markers.key))
        if data.line is not None:
            plot.addItem(pg.InfiniteLine(pos=data.line, angle=0,
                                         pen=pg.mkPen("#f04438", width=1.5,
                                                      style=Qt.PenStyle.DashLine)))
        axis = plot.getAxis("bottom")
        axis.setTicks([[(i, text) for i, text in enumerate(data.categories)]])
        marks = [v for v in (data.markers.values if data.markers else ()) if v is not None]
        top = max([*base, *marks, data.line or 0, 1])
        plot.setXRange(-0.6, max(n, 1) - 0.4, padding=0)
        # head room for the legend (top right) above the tallest bar, usually the newest one
        rows = len(data.stacks) + (data.markers is not None)
        plot.setYRange(min([0, *marks]), top * (1.1 + 0.22 * rows), padding=0)
        if self.unit == "count":
            plot.getAxis("left").setTickSpacing(major=max(1, top // 8), minor=1)

    def save_png(self, path: str) -> bool:
        return self.grab().save(path, "PNG")
