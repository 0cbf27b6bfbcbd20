"""The recap of the Kamtib tab: charts of a period's incidents (per month by kind, the busiest
places, the shifts, the severities) with the numbers behind each chart in a table under it, and
the chart saved as a PNG for a report or a briefing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QStandardPaths, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rutan_desk.domain.changes import ChangeSet
from rutan_desk.domain.formatting import month_year
from rutan_desk.services.incidents.recap import IncidentRecap, Month, incident_recap
from rutan_desk.services.searches.recap import FindingsRecap, findings_recap
from rutan_desk.ui.context import AppContext
from rutan_desk.ui.kamtib.labels import severity_label
from rutan_desk.ui.widgets.dates import date_edit, to_date, to_qdate
from rutan_desk.ui.widgets.empty_state import EmptyState

# Colours a printed grey copy still tells apart (dark to light), one per kind.
PALETTE = (
    "#1f4e79", "#c00000", "#548235", "#bf8f00", "#7030a0", "#2e75b6", "#ed7d31",
    "#70ad47", "#a5a5a5", "#4472c4", "#ff0000", "#00b0f0", "#7f6000", "#833c0b",
)  # fmt: skip


@dataclass(frozen=True)
class ChartData:
    """A chart and the table of the numbers it draws."""

    chart: QChart
    headers: list[str]
    rows: list[list[str]]


def month_labels(months: list[Month]) -> list[str]:
    """``Jan``, ``Feb``, …: short enough for twelve bars; with the year (``Jan 26``) when the
    period runs over more than one."""
    years = {year for year, _m in months}
    labels = []
    for year, number in months:
        name = month_year(year, number).split()[0][:3]
        labels.append(f"{name} {year % 100:02d}" if len(years) > 1 else name)
    return labels


class RecapPage(QWidget):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.today = today or ctx.today()
        self.recap: IncidentRecap | None = None
        self.found: FindingsRecap | None = None
        self.data: ChartData | None = None

        self.first_edit = date_edit(date(self.today.year, 1, 1))
        self.last_edit = date_edit(self.today)
        for edit in (self.first_edit, self.last_edit):
            edit.dateChanged.connect(lambda _d: self.reload())
        self.year_button = QPushButton(self.tr("This &year"))
        self.year_button.clicked.connect(self.show_this_year)
        self.save_button = QPushButton(self.tr("Save chart as &PNG…"))
        self.save_button.clicked.connect(self.save_png)
        self.total_label = QLabel()
        top = QHBoxLayout()
        period = QLabel(self.tr("&Period"))
        period.setBuddy(self.first_edit)
        top.addWidget(period)
        top.addWidget(self.first_edit)
        top.addWidget(QLabel(self.tr("to")))
        top.addWidget(self.last_edit)
        top.addWidget(self.year_button)
        top.addSpacing(12)
        top.addWidget(self.total_label)
        top.addStretch()
        top.addWidget(self.save_button)

        self.chart_list = QListWidget()
        self.chart_list.addItems(
            [
                self.tr("Incidents per month, by kind"),
                self.tr("Findings per month, by item"),
                self.tr("Busiest places"),
                self.tr("Shifts"),
                self.tr("Severity"),
            ]
        )
        self.chart_list.setWordWrap(True)  # the names are longer in Indonesian
        self.chart_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chart_list.setFixedWidth(210)
        self.chart_list.setSpacing(2)
        self.chart_list.currentRowChanged.connect(lambda _row: self._show_chart())
        self.chart_view = QChartView()
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(260)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.chart_view)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        body = QHBoxLayout()
        body.addWidget(self.chart_list)
        body.addWidget(splitter, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self.empty_state = EmptyState(self.chart_view)
        self.chart_list.setCurrentRow(0)

    # -- reading --------------------------------------------------------------------------
    def period(self) -> tuple[date, date]:
        first, last = to_date(self.first_edit.date()), to_date(self.last_edit.date())
        return min(first, last), max(first, last)

    def show_this_year(self) -> None:
        self.first_edit.blockSignals(True)
        self.first_edit.setDate(to_qdate(date(self.today.year, 1, 1)))
        self.first_edit.blockSignals(False)
        self.last_edit.setDate(to_qdate(date(self.today.year, 12, 31)))

    def reload(self) -> None:
        first, last = self.period()
        self.recap = incident_recap(self._ctx.db, first, last)
        self.found = findings_recap(self._ctx.db, first, last)
        self.total_label.setText(
            self.tr("{count} incidents and {searches} searches in the period").format(
                count=self.recap.total, searches=self.found.searches
            )
        )
        self._show_chart()
        if self.recap.total or self.found.searches:
            self.empty_state.clear()
        else:
            self.empty_state.show_missing(
                self.tr(
                    "Nothing to chart in this period. The recap counts the incidents and the "
                    "searches recorded on their pages: record them there, or choose another "
                    "period."
                )
            )

    def apply_changes(self, changes: ChangeSet) -> None:
        self.reload()

    # -- showing --------------------------------------------------------------------------
    def _show_chart(self) -> None:
        if self.recap is None:
            return
        builders = (
            self._per_month,
            self._findings,
            self._per_place,
            self._per_shift,
            self._per_severity,
        )
        row = max(self.chart_list.currentRow(), 0)
        self.data = builders[row](self.recap)
        self.data.chart.setTitle(self.chart_list.item(row).text())
        self.data.chart.setMargins(QMargins(4, 4, 4, 4))
        self.data.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        old = self.chart_view.chart()
        self.chart_view.setChart(self.data.chart)
        if old is not None and old is not self.data.chart:
            old.deleteLater()
        self._fill_table(self.data)

    def _fill_table(self, data: ChartData) -> None:
        self.table.clear()
        self.table.setColumnCount(len(data.headers))
        self.table.setHorizontalHeaderLabels(data.headers)
        self.table.setRowCount(len(data.rows))
        for r, values in enumerate(data.rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c > 0:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _bar_chart(
        self,
        categories: list[str],
        sets: list[tuple[str, list[int]]],
        *,
        stacked: bool = False,
        horizontal: bool = False,
    ) -> QChart:
        chart = QChart()
        series = (
            QHorizontalBarSeries()
            if horizontal
            else QStackedBarSeries()
            if stacked
            else QBarSeries()
        )
        for number, (name, values) in enumerate(sets):
            bar_set = QBarSet(name)
            bar_set.setColor(QColor(PALETTE[number % len(PALETTE)]))
            for value in values:
                bar_set.append(value)
            series.append(bar_set)
        chart.addSeries(series)
        categories_axis = QBarCategoryAxis()
        categories_axis.append(categories)
        values_axis = QValueAxis()
        values_axis.setLabelFormat("%d")
        highest = max(
            (sum(v) for v in zip(*(values for _n, values in sets), strict=False))
            if stacked
            else (max(values, default=0) for _n, values in sets),
            default=0,
        )
        values_axis.setRange(0, max(highest, 1))
        values_axis.setTickCount(min(max(highest, 1), 10) + 1)
        if horizontal:
            chart.addAxis(categories_axis, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(values_axis, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(categories_axis, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(values_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories_axis)
        series.attachAxis(values_axis)
        chart.legend().setVisible(len(sets) > 1)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        return chart

    def _per_month(self, recap: IncidentRecap) -> ChartData:
        months = list(recap.months)
        labels = month_labels(months)
        sets = [
            (kind, [recap.per_month.get(month, {}).get(kind, 0) for month in months])
            for kind in recap.kinds
        ]
        chart = self._bar_chart(labels, sets, stacked=True)
        rows = [[kind, *(str(n) for n in values), str(sum(values))] for kind, values in sets]
        rows.append(
            [
                self.tr("Total"),
                *(str(recap.month_total(month)) for month in months),
                str(recap.total),
            ]
        )
        return ChartData(chart, [self.tr("Kind"), *labels, self.tr("Total")], rows)

    def _findings(self, recap: IncidentRecap) -> ChartData:
        found = self.found
        assert found is not None
        months = list(found.months)
        labels = month_labels(months)
        sets = [
            (found.label(item), [found.per_month.get(month, {}).get(item, 0) for month in months])
            for item in found.items
        ]
        chart = self._bar_chart(labels, sets, stacked=True)
        rows = [[name, *(str(n) for n in values), str(sum(values))] for name, values in sets]
        return ChartData(chart, [self.tr("Item"), *labels, self.tr("Total")], rows)

    def _pairs_chart(self, pairs: list[tuple[str, int]], heading: str) -> ChartData:
        shown = pairs[:12][::-1]  # the busiest at the top of a horizontal chart
        chart = self._bar_chart(
            [name for name, _n in shown],
            [(self.tr("Incidents"), [n for _name, n in shown])],
            horizontal=True,
        )
        rows = [[name, str(count)] for name, count in pairs]
        return ChartData(chart, [heading, self.tr("Incidents")], rows)

    def _per_place(self, recap: IncidentRecap) -> ChartData:
        pairs = [(name or self.tr("(not given)"), n) for name, n in recap.per_place]
        return self._pairs_chart(pairs, self.tr("Place"))

    def _per_shift(self, recap: IncidentRecap) -> ChartData:
        pairs = [(code or self.tr("(off the roster)"), n) for code, n in recap.per_shift]
        return self._pairs_chart(pairs, self.tr("Shift"))

    def _per_severity(self, recap: IncidentRecap) -> ChartData:
        pairs = [(severity_label(severity), n) for severity, n in recap.per_severity]
        return self._pairs_chart(pairs[::-1], self.tr("Severity"))

    # -- saving ---------------------------------------------------------------------------
    def save_png(self) -> None:
        if self.data is None:
            return
        first, last = self.period()
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        name = f"rekap-kamtib-{first:%Y%m%d}-{last:%Y%m%d}-{self.chart_list.currentRow() + 1}.png"
        suggested = str(Path(documents) / name)
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save chart"), suggested, self.tr("PNG images (*.png)")
        )
        if path:
            self.write_png(Path(path))

    def write_png(self, path: Path) -> None:
        if path.suffix.lower() != ".png":
            path = path.with_suffix(".png")
        if not self.chart_view.grab().save(str(path), "PNG"):
            QMessageBox.warning(
                self,
                self.tr("Save chart"),
                self.tr("The chart could not be saved to {path}.").format(path=path),
            )
