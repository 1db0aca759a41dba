// SPDX-License-Identifier: GPL-3.0-or-later
#include "colour_glyph_pictures.h"

#include <QFontMetricsF>
#include <QGlyphRun>
#include <QImage>
#include <QPainter>
#include <QRawFont>
#include <QTextBlock>
#include <QTextBoundaryFinder>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QUrl>

#include <algorithm>

namespace hearken {

namespace {

// Pictures are drawn at this many times the text's size, sharp when printed.
constexpr int pictureScale = 4;

struct ColourCluster {
    int position = 0;
    QString text;
    QTextCharFormat format;
};

// Whether the font Qt picks for the text is a colour font: bitmap (CBLC) or layered (COLR).
bool drawnInColour(const QString& text, const QFont& font)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    const QList<QGlyphRun> runs = layout.glyphRuns();
    return std::any_of(runs.cbegin(), runs.cend(), [](const QGlyphRun& run) {
        const QRawFont raw = run.rawFont();
        return !raw.fontTable("CBLC").isEmpty() || !raw.fontTable("COLR").isEmpty();
    });
}

// The grapheme clusters (an emoji with its modifiers and joiners is one) drawn in colour.
QList<ColourCluster> colourClusters(const QTextDocument& document)
{
    QList<ColourCluster> clusters;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isImageFormat())
                continue;
            const QString text = fragment.text();
            QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
            qsizetype start = 0;
            for (qsizetype end = graphemes.toNextBoundary(); end != -1;
                 end = graphemes.toNextBoundary()) {
                const QString cluster = text.mid(start, end - start);
                // Latin, Greek, Cyrillic and the like never come from a colour font.
                const bool mayBeEmoji =
                    cluster.front().isSurrogate() || cluster.front() >= u'\u2000';
                if (mayBeEmoji && drawnInColour(cluster, fragment.charFormat().font()))
                    clusters.append(
                        {fragment.position() + int(start), cluster, fragment.charFormat()});
                start = end;
            }
        }
    }
    return clusters;
}

QImage picture(const QString& text, const QFont& font)
{
    const QFontMetricsF metrics(font);
    const QSizeF size(metrics.horizontalAdvance(text), metrics.height());
    QImage image((size * pictureScale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(pictureScale);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setFont(font);
    painter.drawText(QPointF(0, metrics.ascent()), text);
    return image;
}

} // namespace

void drawColourGlyphsAsPictures(QTextDocument& document)
{
    const QList<ColourCluster> clusters = colourClusters(document);
    // From the end, so that the positions still to replace stay where they were.
    for (qsizetype i = clusters.size() - 1; i >= 0; --i) {
        const ColourCluster& cluster = clusters[i];
        const QImage image = picture(cluster.text, cluster.format.font());
        const QString name = QStringLiteral("colour-glyph:%1").arg(i);
        document.addResource(QTextDocument::ImageResource, QUrl(name), image);
        QTextImageFormat format;
        format.merge(cluster.format);
        format.setName(name);
        format.setWidth(image.deviceIndependentSize().width());
        format.setHeight(image.deviceIndependentSize().height());
        format.setVerticalAlignment(QTextCharFormat::AlignMiddle);
        QTextCursor cursor(&document);
        cursor.setPosition(cluster.position);
        cursor.setPosition(cluster.position + int(cluster.text.size()), QTextCursor::KeepAnchor);
        cursor.insertImage(format);
    }
}

} // namespace hearken
