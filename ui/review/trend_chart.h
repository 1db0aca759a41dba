// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QImage>
#include <QSize>

class QChart;

namespace hearken {

enum class TrendMeasure { Received, MedianFirstResponse, CriticismAnswerRate };

// A line chart of one measure of a report's trends: this period against the one before,
// point for point. The view shows it in a QChartView; the PDF draws it into an image.
QChart* makeTrendChart(const Trends& trends, TrendMeasure measure);

// Draws a chart into an image of `size` (device-independent pixels at `scale`).
QImage chartImage(QChart& chart, QSize size, qreal scale = 2.0);

QString trendTitle(TrendMeasure measure);
// The figures a chart plots, as text for a screen reader: each day's (or week's) value in this
// period and the one before.
QString trendDescription(const Trends& trends, TrendMeasure measure);

} // namespace hearken
