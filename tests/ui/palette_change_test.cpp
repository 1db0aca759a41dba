// SPDX-License-Identifier: GPL-3.0-or-later
// Widgets that draw in colours of their own take the new palette's colours when the palette
// changes from light to dark, without being built again.
#include "review/review_sections.h"
#include "review/trend_chart_view.h"
#include "shell/appearance.h"
#include "shell/info_bar.h"
#include "shell/semantic_colors.h"

#include <QChart>
#include <QLineSeries>
#include <QTableWidget>

#include <gtest/gtest.h>

using namespace hearken;

TEST(PaletteChange, TrendChartsRedrawInTheNewPalette)
{
    TrendChartView view(TrendMeasure::Received);
    view.setPalette(lightPalette());
    view.showTrends({});
    EXPECT_EQ(view.chart()->backgroundBrush().color(), lightPalette().color(QPalette::Base));

    view.setPalette(darkPalette());
    const ChartColors dark = screenChartColors(darkPalette());
    EXPECT_EQ(view.chart()->backgroundBrush().color(), dark.background);
    EXPECT_EQ(view.chart()->titleBrush().color(), dark.text);
    ASSERT_EQ(view.chart()->series().size(), 2);
    EXPECT_EQ(static_cast<QLineSeries*>(view.chart()->series()[1])->pen().color(), dark.current);
}

TEST(PaletteChange, BacklogFlagNamesTakeTheNewPalettesColours)
{
    BacklogSection backlog;
    backlog.setPalette(lightPalette());
    backlog.show(Report{});
    QTableWidget& ages = backlog.ages();
    ASSERT_EQ(ages.rowCount(), 3);
    EXPECT_EQ(ages.item(0, 0)->foreground().color(),
              flagColor(Flag::UnansweredCriticism, lightPalette()));

    backlog.setPalette(darkPalette());
    for (int row = 0; row < 3; ++row)
        EXPECT_EQ(ages.item(row, 0)->foreground().color(),
                  flagColor(backlogFlags[row], darkPalette()));
}

TEST(PaletteChange, InfoBarsTintTheNewBackground)
{
    InfoBar bar(InfoBar::Kind::Error, QString());
    bar.setPalette(darkPalette());
    EXPECT_EQ(bar.palette().color(QPalette::Window),
              chipColors(errorColor(darkPalette()), darkPalette()).background);
}
