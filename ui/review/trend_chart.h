// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QColor>
#include <QImage>
#include <QSize>

class QChart;
class QPalette;

namespace hearken {

enum class TrendMeasure { Received, MedianFirstResponse, CriticismAnswerRate };

// What a chart is drawn in. Both lines read at 4.5:1 or more on the background.
struct ChartColors {
    QColor background;
    QColor text;
    QColor grid;
    QColor current;
    QColor previous;
};
// The window's palette: light or dark as the Review is shown.
ChartColors screenChartColors(const QPalette& palette);
// Dark on white: the PDF is printed, whatever the window looks like.
ChartColors printedChartColors();

// A line chart of one measure of a report's trends: this period against the one before,
// point for point. The view shows it in a QChartView; the PDF draws it into an image.
QChart* makeTrendChart(const Trends& trends, TrendMeasure measure, const ChartColors& colors);

// Draws a chart into an image of `size` (device-independent pixels at `scale`).
QImage chartImage(QChart& chart, QSize size, qreal scale = 2.0);

QString trendTitle(TrendMeasure measure);
// The figures a chart plots, as text for a screen reader: each day's (or week's) value in this
// period and the one before.
QString trendDescription(const Trends& trends, TrendMeasure measure);

} // namespace hearken
