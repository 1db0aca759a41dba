// SPDX-License-Identifier: GPL-3.0-or-later
// Every colour that carries meaning reads at 4.5:1 (WCAG 2, AA for text) on the backgrounds it
// is drawn on, in the light and in the dark palette.
#include "composition/composition.h"
#include "review/trend_chart.h"
#include "shell/appearance.h"
#include "shell/semantic_colors.h"

#include <QApplication>
#include <QImage>

#include <gtest/gtest.h>

#include <cmath>

using namespace hearken;

namespace {

constexpr double readable = 4.5;

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& color)
{
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// CIE 1976 colour difference in L*a*b* (D65).
double deltaE(const QColor& a, const QColor& b)
{
    const auto lab = [](const QColor& c) {
        const double r = channel(c.redF()), g = channel(c.greenF()), bl = channel(c.blueF());
        const double xyz[] = {(0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.95047,
                              0.2126 * r + 0.7152 * g + 0.0722 * bl,
                              (0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883};
        double f[3];
        for (int i = 0; i < 3; ++i)
            f[i] = xyz[i] > 0.008856 ? std::cbrt(xyz[i]) : 7.787 * xyz[i] + 16.0 / 116.0;
        return std::array<double, 3>{116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])};
    };
    const auto la = lab(a);
    const auto lb = lab(b);
    return std::hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}

struct Named {
    std::string name;
    QColor color;
};

struct PaletteCase {
    std::string name;
    QPalette palette;
};

const std::vector<PaletteCase> palettes{{"light", lightPalette()}, {"dark", darkPalette()}};

// The marks of every network Hearken ships, and of one it does not know.
NetworkNames networkNames()
{
    return shippedProviders().names();
}

std::vector<Named> semanticTokens(const QPalette& p)
{
    std::vector<Named> tokens{
        {"flag criticism", flagColor(Flag::UnansweredCriticism, p)},
        {"flag question", flagColor(Flag::UnansweredQuestion, p)},
        {"flag praise", flagColor(Flag::UnthankedPraise, p)},
        {"flag overdue", flagColor(Flag::Overdue, p)},
        {"tone criticism", toneColor(Tone::Criticism, p)},
        {"tone praise", toneColor(Tone::Praise, p)},
        {"tone other", toneColor(Tone::Other, p)},
        {"warning", warningColor(p)},
        {"error", errorColor(p)},
        {"network unknown", networkColor(networkNames().mark(u"gopher"), p)},
        {"quiet text", quietTextColor(p)},
    };
    const NetworkNames networks = networkNames();
    for (const QString& id : networks.ids())
        tokens.push_back({"network " + id.toStdString(), networkColor(networks.mark(id), p)});
    return tokens;
}

void expectReadable(const std::string& what, const QColor& text, const QColor& background)
{
    EXPECT_GE(contrast(text, background), readable)
        << what << ": " << text.name().toStdString() << " on " << background.name().toStdString();
}

} // namespace

TEST(SemanticColors, EveryTokenReadsOnTheBackgroundsItIsDrawnOn)
{
    for (const auto& [paletteName, p] : palettes) {
        const std::vector<Named> backgrounds{{"Base", p.color(QPalette::Base)},
                                             {"AlternateBase", p.color(QPalette::AlternateBase)},
                                             {"Window", p.color(QPalette::Window)}};
        for (const auto& [token, color] : semanticTokens(p)) {
            for (const auto& [backgroundName, background] : backgrounds)
                expectReadable(paletteName + " " + token + " on " + backgroundName, color,
                               background);
        }
    }
}

TEST(SemanticColors, ChipTextReadsOnItsChip)
{
    for (const auto& [paletteName, p] : palettes) {
        std::vector<Named> chipped = semanticTokens(p);
        chipped.push_back({"the +N chip (Text)", p.color(QPalette::Text)});
        for (const auto& [token, color] : chipped) {
            const ChipColors chip = chipColors(color, p);
            expectReadable(paletteName + " chip " + token, chip.text, chip.background);
        }
        // The info bars keep the window's text on a tinted background.
        for (const QColor& hue : {errorColor(p), p.color(QPalette::Highlight)})
            expectReadable(paletteName + " info bar", p.color(QPalette::WindowText),
                           chipColors(hue, p).background);
    }
}

TEST(SemanticColors, ThreadPaneTextReadsOnEveryPostBackground)
{
    for (const auto& [paletteName, p] : palettes) {
        const std::vector<Named> backgrounds{
            {"another's post", p.color(QPalette::Base)},
            {"our post", tinted(p.color(QPalette::Text), 0.04, p)},
            {"the focused post", tinted(p.color(QPalette::Highlight), 0.12, p)}};
        for (const auto& [backgroundName, background] : backgrounds) {
            for (const auto& [what, color] :
                 std::vector<Named>{{"text", p.color(QPalette::Text)},
                                    {"quiet text", quietTextColor(p)},
                                    {"link and 'our reply'", p.color(QPalette::Link)}})
                expectReadable(paletteName + " " + what + " on " + backgroundName, color,
                               background);
        }
    }
}

TEST(SemanticColors, PaletteRolesThatCarryTextRead)
{
    const std::vector<std::tuple<std::string, QPalette::ColorRole, QPalette::ColorRole>> pairs{
        {"Text on Base", QPalette::Text, QPalette::Base},
        {"Text on AlternateBase", QPalette::Text, QPalette::AlternateBase},
        {"WindowText on Window", QPalette::WindowText, QPalette::Window},
        {"ButtonText on Button", QPalette::ButtonText, QPalette::Button},
        {"PlaceholderText on Base", QPalette::PlaceholderText, QPalette::Base},
        {"PlaceholderText on Window", QPalette::PlaceholderText, QPalette::Window},
        {"HighlightedText on Highlight", QPalette::HighlightedText, QPalette::Highlight},
        {"Link on Base", QPalette::Link, QPalette::Base},
        {"LinkVisited on Base", QPalette::LinkVisited, QPalette::Base},
        {"ToolTipText on ToolTipBase", QPalette::ToolTipText, QPalette::ToolTipBase},
    };
    for (const auto& [paletteName, p] : palettes) {
        for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
            for (const auto& [what, text, background] : pairs)
                expectReadable(paletteName + " " + what, p.color(group, text),
                               p.color(group, background));
        }
    }
}

TEST(SemanticColors, ChartLinesAndLabelsReadOnTheChart)
{
    std::vector<std::pair<std::string, ChartColors>> charts{{"printed", printedChartColors()}};
    for (const auto& [paletteName, p] : palettes)
        charts.emplace_back(paletteName, screenChartColors(p));
    for (const auto& [name, colors] : charts) {
        expectReadable(name + " labels", colors.text, colors.background);
        expectReadable(name + " this period", colors.current, colors.background);
        expectReadable(name + " previous period", colors.previous, colors.background);
    }
}

TEST(SemanticColors, ThePdfChartsStayLightWhateverTheWindowShows)
{
    EXPECT_GT(luminance(printedChartColors().background), 0.9);
    EXPECT_TRUE(isDark(darkPalette()));
    EXPECT_FALSE(isDark(lightPalette()));
}

// Mastodon's indigo and Bluesky's blue were told apart by hue alone. Now their colours differ
// by a CIE76 ΔE of 30 or more, and their marks differ in shape and letter.
TEST(SemanticColors, MastodonAndBlueskyDifferByMoreThanHue)
{
    const NetworkNames networks = networkNames();
    for (const auto& [paletteName, p] : palettes)
        EXPECT_GE(deltaE(networkColor(networks.mark(u"mastodon"), p),
                         networkColor(networks.mark(u"bluesky"), p)),
                  30.0)
            << paletteName;

    const auto mask = [&networks](QStringView network) {
        return networkIcon(networks.mark(network))
            .pixmap(QSize(32, 32))
            .toImage()
            .convertToFormat(QImage::Format_ARGB32);
    };
    const QImage mastodon = mask(u"mastodon");
    const QImage bluesky = mask(u"bluesky");
    ASSERT_EQ(mastodon.size(), QSize(32, 32));
    int shapeDiffers = 0;
    int letterDiffers = 0;
    const QColor letterMastodon = QApplication::palette().color(QPalette::Base);
    for (int y = 0; y < 32; ++y) {
        for (int x = 0; x < 32; ++x) {
            const QColor m = mastodon.pixelColor(x, y);
            const QColor b = bluesky.pixelColor(x, y);
            shapeDiffers += std::abs(m.alpha() - b.alpha()) > 128;
            // Where both are opaque, one shows its letter and the other its fill.
            letterDiffers +=
                m.alpha() == 255 && b.alpha() == 255 &&
                (contrast(m, letterMastodon) < 1.5) != (contrast(b, letterMastodon) < 1.5);
        }
    }
    EXPECT_GE(shapeDiffers, 30) << "the outlines differ, not only the colours";
    EXPECT_GE(letterDiffers, 10) << "the letters differ";
}

TEST(SemanticColors, NetworkIconsAreDrawnInThePaletteOfTheMoment)
{
    const QPalette before = QApplication::palette();
    const NetworkMark bluesky = networkNames().mark(u"bluesky");
    for (const auto& [paletteName, p] : palettes) {
        QApplication::setPalette(p);
        const QImage icon = networkIcon(bluesky).pixmap(QSize(32, 32)).toImage();
        // A corner of the rounded square, clear of the letter.
        EXPECT_EQ(QColor(icon.pixel(6, 6)).name(), networkColor(bluesky, p).name()) << paletteName;
    }
    QApplication::setPalette(before);
}
