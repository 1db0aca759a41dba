// SPDX-License-Identifier: GPL-3.0-or-later
#include "trend_chart.h"

#include "report/report_text.h"

#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsScene>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QValueAxis>

#include <algorithm>

namespace hearken {

namespace {

// The translation context of this file's texts.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(hearken::TrendChart)
};

std::optional<double> valueOf(const TrendPoint& point, TrendMeasure measure)
{
    switch (measure) {
    case TrendMeasure::Received:
        return double(point.received);
    case TrendMeasure::MedianFirstResponse:
        if (!point.medianFirstResponse)
            return std::nullopt;
        return double(*point.medianFirstResponse) / 3600.0;
    case TrendMeasure::CriticismAnswerRate:
        if (!point.criticismAnswerRate)
            return std::nullopt;
        return *point.criticismAnswerRate * 100.0;
    }
    return std::nullopt;
}

// The axis labels local dates, so points stand at local midnights. Points are placed on the
// days of this period: the previous period's first point beside
// this period's first, and so on.
QLineSeries* seriesOf(const QList<TrendPoint>& points, const QList<qreal>& xs, TrendMeasure measure,
                      const QString& name, double& top)
{
    auto* series = new QLineSeries;
    series->setName(name);
    for (qsizetype i = 0; i < std::min(points.size(), xs.size()); ++i) {
        if (const auto value = valueOf(points[i], measure)) {
            series->append(xs[i], *value);
            top = std::max(top, *value);
        }
    }
    series->setPointsVisible(points.size() <= 31);
    return series;
}

void paint(QAbstractAxis& axis, const ChartColors& colors)
{
    axis.setLabelsBrush(colors.text);
    axis.setTitleBrush(colors.text);
    axis.setGridLineColor(colors.grid);
    axis.setLinePenColor(colors.grid);
}

} // namespace

ChartColors screenChartColors(const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor grid = QColor::fromRgbF(float(text.redF() * 0.2 + base.redF() * 0.8),
                                         float(text.greenF() * 0.2 + base.greenF() * 0.8),
                                         float(text.blueF() * 0.2 + base.blueF() * 0.8));
    return {base, text, grid, palette.color(QPalette::Link),
            palette.color(QPalette::PlaceholderText)};
}

ChartColors printedChartColors()
{
    return {Qt::white, QColor(0x20, 0x21, 0x24), QColor(0xda, 0xdc, 0xe0), QColor(0x1a, 0x5f, 0xb4),
            QColor(0x5f, 0x63, 0x68)};
}

QString trendTitle(TrendMeasure measure)
{
    switch (measure) {
    case TrendMeasure::Received:
        return Text::tr("Items received");
    case TrendMeasure::MedianFirstResponse:
        return Text::tr("Median first response (hours)");
    case TrendMeasure::CriticismAnswerRate:
        return Text::tr("Criticism answered (%)");
    }
    return {};
}

QString trendDescription(const Trends& trends, TrendMeasure measure)
{
    const auto valueText = [measure](const TrendPoint& point) {
        switch (measure) {
        case TrendMeasure::Received:
            return QString::number(point.received);
        case TrendMeasure::MedianFirstResponse:
            return durationText(point.medianFirstResponse);
        case TrendMeasure::CriticismAnswerRate:
            return point.criticismAnswerRate
                       ? Text::tr("%1 %").arg(std::lround(*point.criticismAnswerRate * 100))
                       : QStringLiteral("–");
        }
        return QString();
    };
    const auto figures = [&](const QList<TrendPoint>& points) {
        QStringList parts;
        for (const TrendPoint& point : points)
            parts << Text::tr("%1: %2").arg(QLocale().toString(point.start, QLocale::ShortFormat),
                                            valueText(point));
        return parts.join(QStringLiteral("; "));
    };
    return (trends.step == TrendStep::Week
                ? Text::tr("%1. This period, week by week (each from its first day): %2. The "
                           "period before: %3.")
                : Text::tr("%1. This period, day by day: %2. The period before: %3."))
        .arg(trendTitle(measure), figures(trends.current), figures(trends.previous));
}

QChart* makeTrendChart(const Trends& trends, TrendMeasure measure, const ChartColors& colors)
{
    auto* chart = new QChart;
    chart->setTitle(trendTitle(measure));
    chart->setBackgroundBrush(colors.background);
    chart->setTitleBrush(colors.text);
    chart->legend()->setLabelColor(colors.text);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));

    QList<qreal> xs;
    for (const TrendPoint& point : trends.current)
        xs.append(qreal(point.start.startOfDay().toMSecsSinceEpoch()));
    double top = 0;
    QLineSeries* previous =
        seriesOf(trends.previous, xs, measure, Text::tr("Previous period"), top);
    QLineSeries* current = seriesOf(trends.current, xs, measure, Text::tr("This period"), top);
    previous->setPen(QPen(colors.previous, 2, Qt::DashLine));
    current->setPen(QPen(colors.current, 2.5));
    chart->addSeries(previous);
    chart->addSeries(current);

    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("d MMM"));
    // At most five dates: with more, a chart a third of the window wide cut "24 Nov" to "24 …".
    x->setTickCount(int(std::clamp<qsizetype>(xs.size(), 2, 5)));
    if (!xs.isEmpty())
        x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(xs.first())),
                    QDateTime::fromMSecsSinceEpoch(qint64(xs.last())));
    auto* y = new QValueAxis;
    const double ceiling =
        measure == TrendMeasure::CriticismAnswerRate ? 100.0 : std::max(1.0, top * 1.1);
    y->setRange(0, ceiling);
    y->setLabelFormat(ceiling < 5 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    y->applyNiceNumbers();
    paint(*x, colors);
    paint(*y, colors);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* series : {previous, current}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    return chart;
}

QImage chartImage(QChart& chart, QSize size, qreal scale)
{
    QGraphicsScene scene;
    scene.addItem(&chart);
    chart.resize(size);
    chart.setBackgroundRoundness(0);
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)),
                     QRectF(QPointF(0, 0), QSizeF(size)));
    }
    scene.removeItem(&chart);
    return image;
}

} // namespace hearken
