// SPDX-License-Identifier: GPL-3.0-or-later
// Emoji in posts draw as pictures, not as empty boxes, in the window and in the PDF report.
// check_emoji_glyphs.sh runs this with no fonts but those the packages scripts/run installs
// bring, as on a fresh machine.
#include "report_pdf.h"

#include <QApplication>
#include <QDir>
#include <QFont>
#include <QGlyphRun>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRawFont>
#include <QTemporaryDir>
#include <QTextLayout>

#include <gtest/gtest.h>

#include <algorithm>

namespace {

// Emoji from Unicode 6 to 14, none of which DejaVu Sans (every Debian desktop's font) draws.
constexpr char32_t emoji[] = {U'\U0001F44D', U'\U0001F389', U'\U0001F680', U'\U0001F525',
                              U'\U0001F64F', U'\U0001F973', U'\U0001FAE0'};

QList<QGlyphRun> glyphRuns(const QString& text, const QFont& font)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    return layout.glyphRuns();
}

// How many pixels drawing the run paints.
int paintedPixels(const QGlyphRun& run)
{
    QImage image(256, 256, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.drawGlyphRun(QPointF(16, 192), run);
    painter.end();
    int painted = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            painted += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    }
    return painted;
}

QString codePointName(char32_t codePoint)
{
    return QStringLiteral("U+%1").arg(quint32(codePoint), 0, 16).toUpper();
}

// How many pixels of the PDF's pages, drawn by poppler's pdftoppm, are in strong colours (the
// report's text and tables are grey, its charts the same in every report here).
int colourfulPixels(const QString& pdf)
{
    const QString prefix = pdf + QStringLiteral("-page");
    QProcess pdftoppm;
    pdftoppm.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("200"),
                                                QStringLiteral("-png"), pdf, prefix});
    if (!pdftoppm.waitForFinished(60000) || pdftoppm.exitCode() != 0) {
        ADD_FAILURE() << "pdftoppm failed (poppler-utils installed?): "
                      << pdftoppm.readAllStandardError().toStdString();
        return -1;
    }
    const QFileInfo prefixInfo(prefix);
    const QStringList pages = prefixInfo.dir().entryList({prefixInfo.fileName() + u"*.png"});
    EXPECT_FALSE(pages.isEmpty());
    int colourful = 0;
    for (const QString& page : pages) {
        const QImage image =
            QImage(prefixInfo.dir().filePath(page)).convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < image.height(); ++y) {
            const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
            colourful += int(std::count_if(line, line + image.width(), [](QRgb pixel) {
                const int r = qRed(pixel), g = qGreen(pixel), b = qBlue(pixel);
                return std::max({r, g, b}) - std::min({r, g, b}) > 60;
            }));
        }
    }
    return colourful;
}

// The PDF of a report whose longest-waiting item says the text.
QString reportPdf(const QTemporaryDir& dir, const QString& name, const QString& text)
{
    hearken::Report report;
    report.timeZone = QStringLiteral("UTC");
    report.backlog.open = 1;
    hearken::WaitingItem item;
    item.network = QStringLiteral("mastodon");
    item.authorHandle = QStringLiteral("@ana");
    item.text = text;
    report.backlog.oldest.append(item);
    const QString path = dir.filePath(name + u".pdf");
    const auto written = hearken::writeReportPdf(report, path, QStringLiteral("Response review"));
    EXPECT_TRUE(written.has_value()) << (written ? std::string() : written.error().toStdString());
    return path;
}

} // namespace

TEST(EmojiGlyphs, TheWindowFontFallsBackToAFontThatDrawsEachEmoji)
{
    QFont font = QApplication::font();
    font.setPixelSize(48);
    for (const char32_t codePoint : emoji) {
        const QString text = QString::fromUcs4(&codePoint, 1);
        const QString name = codePointName(codePoint);
        const QList<QGlyphRun> runs = glyphRuns(text, font);
        ASSERT_FALSE(runs.isEmpty()) << qPrintable(name);
        for (const QGlyphRun& run : runs) {
            const QString family = run.rawFont().familyName();
            for (const quint32 glyph : run.glyphIndexes())
                EXPECT_NE(glyph, 0u)
                    << qPrintable(name) << " is an empty box in " << qPrintable(family);
            EXPECT_GT(paintedPixels(run), 0)
                << qPrintable(name) << " draws nothing in " << qPrintable(family);
        }
    }
}

TEST(EmojiGlyphs, TheReportPdfDrawsEachEmojiOfAPost)
{
    const QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const int withoutEmoji = colourfulPixels(reportPdf(dir, QStringLiteral("plain"), u"Thanks"_qs));
    ASSERT_GE(withoutEmoji, 0);
    for (const char32_t codePoint : emoji) {
        const QString name = codePointName(codePoint);
        const QString text = u"Thanks "_qs + QString::fromUcs4(&codePoint, 1);
        const int withEmoji = colourfulPixels(reportPdf(dir, name, text));
        // Drawn, each makes some 60 to 170 pixels colourful at this resolution; blank, none.
        EXPECT_GT(withEmoji - withoutEmoji, 40) << qPrintable(name) << " is blank in the PDF";
    }
}
