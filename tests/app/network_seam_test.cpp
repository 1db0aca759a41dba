// SPDX-License-Identifier: GPL-3.0-or-later
// Only a network's provider names its network: everything else asks the provider registry, so
// that adding a network is a folder under core/providers, one registration line and its tests.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace {

const QString sourceDir = QStringLiteral(HEARKEN_SOURCE_DIR);

// A network id written out, or a provider's id constant used to compare.
const QRegularExpression networkId(
    uR"re((u|QStringLiteral\(|QLatin1String\()"(mastodon|bluesky)"|\b(mastodon|bluesky)::network\b)re"_qs);

// Where naming the networks is the point: their own folders (each also says how the sample
// workspace shows it).
bool mayNameNetworks(const QString& relative)
{
    return relative.startsWith(u"core/providers/mastodon/") ||
           relative.startsWith(u"core/providers/bluesky/");
}

TEST(NetworkSeam, NoNetworkIdIsComparedOutsideItsProvider)
{
    QStringList found;
    for (const QString& top : {u"core"_qs, u"ui"_qs, u"app"_qs}) {
        QDirIterator files(sourceDir + u'/' + top, {u"*.cpp"_qs, u"*.h"_qs}, QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            const QString relative = path.mid(sourceDir.size() + 1);
            if (mayNameNetworks(relative))
                continue;
            QFile file(path);
            ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(path);
            const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
            for (qsizetype i = 0; i < lines.size(); ++i) {
                const QString code = lines[i].section(u"//"_qs, 0, 0);
                if (!networkId.match(code).hasMatch())
                    continue;
                found
                    << QStringLiteral("%1:%2: %3").arg(relative).arg(i + 1).arg(lines[i].trimmed());
            }
        }
    }
    EXPECT_TRUE(found.isEmpty()) << "Ask the provider registry instead:\n"
                                 << qPrintable(found.join(u'\n'));
}

} // namespace
