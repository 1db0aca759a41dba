// SPDX-License-Identifier: GPL-3.0-or-later
#include "trend_chart_view.h"

#include <QChart>
#include <QEvent>

namespace hearken {

TrendChartView::TrendChartView(TrendMeasure measure, QWidget* parent)
    : QChartView(parent)
    , m_measure(measure)
{
    setRenderHint(QPainter::Antialiasing);
}

void TrendChartView::showTrends(const Trends& trends)
{
    m_trends = trends;
    setAccessibleName(trendTitle(m_measure));
    setAccessibleDescription(trendDescription(trends, m_measure));
    draw();
}

void TrendChartView::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && chart())
        draw();
}

void TrendChartView::draw()
{
    QChart* old = chart();
    setChart(makeTrendChart(m_trends, m_measure, screenChartColors(palette())));
    setBackgroundBrush(palette().color(QPalette::Base));
    delete old;
}

} // namespace hearken
