// SPDX-License-Identifier: GPL-3.0-or-later
// Emoji in posts draw as pictures, not as empty boxes. check_emoji_glyphs.sh runs this with no
// fonts but those the packages scripts/run installs bring, as on a fresh machine.
#include <QApplication>
#include <QFont>
#include <QGlyphRun>
#include <QImage>
#include <QPainter>
#include <QRawFont>
#include <QTextLayout>

#include <gtest/gtest.h>

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
