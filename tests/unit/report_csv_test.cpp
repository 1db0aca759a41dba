// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/report_csv.h"
#include "report_fixture.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::testing;

namespace {

// Splits RFC 4180 text into records of fields.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return records;
}

class TimelineExport : public ReportWorkspace {
protected:
    ReportRequest week() const
    {
        ReportRequest request;
        request.from = QDate(2026, 3, 2);
        request.to = QDate(2026, 3, 8);
        return request;
    }
};

} // namespace

TEST(CsvField, QuotesWhatNeedsQuotingAndDefusesFormulas)
{
    EXPECT_EQ(csvField(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(csvField(QStringLiteral("say \"hi\"\nnow")),
              QStringLiteral("\"say \"\"hi\"\"\nnow\""));
    EXPECT_EQ(csvField(QStringLiteral("=HYPERLINK(1)")), QStringLiteral("'=HYPERLINK(1)"));
    EXPECT_EQ(csvField(u"\tcmd"_qs), u"'\tcmd"_qs);
    EXPECT_EQ(csvField(u"\uFF1DSUM(1)"_qs), u"'\uFF1DSUM(1)"_qs);
}

TEST(CsvField, HandlesStayAsTheyAreAndOnlyThem)
{
    EXPECT_EQ(csvHandleField(u"@lumencoffee@mastodon.social"_qs),
              u"@lumencoffee@mastodon.social"_qs);
    EXPECT_EQ(csvHandleField(u"@wen_nakamura"_qs), u"@wen_nakamura"_qs);
    EXPECT_EQ(csvHandleField(u"lumencoffee.bsky.social"_qs), u"lumencoffee.bsky.social"_qs);
    // Whatever could be evaluated is guarded, in a handle column too.
    EXPECT_EQ(csvHandleField(u"@SUM(1+1)*cmd|' /C calc'!A0"_qs).front(), u'\'');
    EXPECT_EQ(csvHandleField(u"=HYPERLINK(1)"_qs), u"'=HYPERLINK(1)"_qs);
    EXPECT_EQ(csvHandleField(u"-2+3"_qs), u"'-2+3"_qs);
    EXPECT_EQ(csvHandleField(u"@a b"_qs), u"'@a b"_qs);
    // Text that starts with a handle is text, not a handle.
    EXPECT_EQ(csvField(u"@lumencoffee thanks"_qs), u"'@lumencoffee thanks"_qs);
}

TEST_P(TimelineExport, OneRowPerItemWithItsTimeline)
{
    ASSERT_TRUE(ws->settings().setTimeZone(QStringLiteral("Europe/Berlin")));
    const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
    const qint64 received = at(2026, 3, 2, 10, 0, berlin);
    const qint64 c1 = item(QStringLiteral("c1"), Tone::Criticism, received, true);
    reply(QStringLiteral("r1"), QStringLiteral("c1"), received + 30 * minute);
    reply(QStringLiteral("r2"), QStringLiteral("c1"), received + 2 * hour,
          QStringLiteral("More, \"really\""));
    ASSERT_TRUE(actionsBy(QStringLiteral("ana"), received + hour).markDone({c1}));
    ASSERT_TRUE(actionsBy(QStringLiteral("bo"), received + 3 * hour).reopen({c1}));
    const qint64 o1 = item(QStringLiteral("o1"), Tone::Other, received + day);
    ASSERT_TRUE(actionsBy(QStringLiteral("bo"), received + day + hour).dismiss({o1}));
    item(QStringLiteral("later"), Tone::Other, received + 8 * day);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const ReportRepository repository(ws->database());
    qint64 lastProgress = 0;
    auto rows = TimelineCsv::write(repository, week(), ReportSettings::read(ws->settings()).value(),
                                   received + 10 * day, buffer,
                                   [&](qint64 n) { return (lastProgress = n), true; });
    ASSERT_TRUE(rows.has_value()) << rows.error().toStdString();
    EXPECT_EQ(*rows, 2);
    EXPECT_EQ(lastProgress, 2);

    const QList<QStringList> records = parseCsv(QString::fromUtf8(buffer.data()));
    ASSERT_EQ(records.size(), 3);
    const QStringList header = records[0];
    EXPECT_EQ(header, TimelineCsv::columns());
    for (const QStringList& record : records)
        EXPECT_EQ(record.size(), header.size());
    auto field = [&](int row, const char* column) {
        return records[row].value(header.indexOf(QLatin1String(column)));
    };
    EXPECT_EQ(field(1, "item_id"), QString::number(c1));
    EXPECT_EQ(field(1, "received_at"), QStringLiteral("2026-03-02T10:00:00+01:00"));
    EXPECT_EQ(field(1, "first_reply_at"), QStringLiteral("2026-03-02T10:30:00+01:00"));
    EXPECT_EQ(field(1, "first_response_seconds"), QStringLiteral("1800"));
    EXPECT_EQ(field(1, "own_replies"), QStringLiteral("2"));
    EXPECT_EQ(field(1, "question"), QStringLiteral("yes"));
    EXPECT_EQ(field(1, "target"), QStringLiteral("criticism met; question met"));
    EXPECT_EQ(field(1, "done_by"), QStringLiteral("ana"));
    EXPECT_EQ(field(1, "reopened"), QStringLiteral("1"));
    EXPECT_EQ(field(1, "state"), QStringLiteral("open"));
    EXPECT_TRUE(field(1, "history").contains(QStringLiteral("ana state done")));
    EXPECT_TRUE(field(1, "history").contains(QStringLiteral("bo state open")));
    EXPECT_TRUE(field(1, "history").contains(QStringLiteral("More, \"really\"")))
        << field(1, "history").toStdString();
    EXPECT_EQ(field(2, "dismissed_by"), QStringLiteral("bo"));
    EXPECT_EQ(field(2, "target"), QString()) << "dismissed items need no response";
    EXPECT_EQ(field(2, "first_reply_at"), QString());
}

TEST_P(TimelineExport, AFullDiskIsReportedNotIgnored)
{
    item(QStringLiteral("c1"), Tone::Criticism, at(2026, 3, 2, 10, 0));
    QFile full(QStringLiteral("/dev/full"));
    ASSERT_TRUE(full.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    const ReportRepository repository(ws->database());
    auto rows = TimelineCsv::write(repository, week(), ReportSettings::read(ws->settings()).value(),
                                   fixedNow, full);
    ASSERT_FALSE(rows.has_value());
    EXPECT_FALSE(rows.error().isEmpty());
}

TEST_P(TimelineExport, CancelStopsTheExport)
{
    ASSERT_TRUE(ws->settings().setTimeZone(QStringLiteral("UTC")));
    item(QStringLiteral("c1"), Tone::Criticism, at(2026, 3, 2, 10, 0));
    item(QStringLiteral("c2"), Tone::Criticism, at(2026, 3, 2, 11, 0));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const ReportRepository repository(ws->database());
    auto rows = TimelineCsv::write(repository, week(), ReportSettings::read(ws->settings()).value(),
                                   fixedNow, buffer, [](qint64) { return false; });
    ASSERT_FALSE(rows.has_value());
    EXPECT_EQ(rows.error(), reportCancelled);
}

INSTANTIATE_TEST_SUITE_P(BothEngines, TimelineExport, hearken::testing::bothEngines,
                         hearken::testing::engineName);
