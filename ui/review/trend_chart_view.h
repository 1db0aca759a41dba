// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trend_chart.h"

#include <QChartView>

namespace hearken {

// One trend chart in the Review, drawn in the window's palette and drawn again when the
// palette changes (light to dark and back).
class TrendChartView : public QChartView {
    Q_OBJECT
public:
    TrendChartView(TrendMeasure measure, QWidget* parent = nullptr);

    void showTrends(const Trends& trends);

protected:
    void changeEvent(QEvent* event) override;

private:
    void draw();

    TrendMeasure m_measure;
    Trends m_trends;
};

} // namespace hearken
