// SPDX-License-Identifier: GPL-3.0-or-later
#include "triage/classify_runner.h"
#include "triage/tone_classifier.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace hearken;

namespace {

const ToneClassifier& classifier()
{
    static const ToneClassifier shipped = *ToneClassifier::loadShipped();
    return shipped;
}

QList<QByteArray> run(const QByteArray& input, ClassifyFormat format)
{
    QBuffer in;
    in.setData(input);
    in.open(QIODevice::ReadOnly);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    EXPECT_TRUE(runClassify(in, out, classifier(), format));
    QList<QByteArray> lines = out.data().split('\n');
    EXPECT_TRUE(lines.last().isEmpty()) << "every output line ends with a newline";
    lines.removeLast();
    return lines;
}

// Hands its data out a few bytes at a time, the way a pipe does, and records how far the
// input it has handed out runs ahead of the lines already written.
class TrickleDevice : public QIODevice {
public:
    TrickleDevice(QByteArray data, const QBuffer& out)
        : m_data(std::move(data))
        , m_out(out)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 maxLinesAhead = 0;

protected:
    qint64 readData(char* data, qint64 size) override
    {
        const qint64 n = std::min<qint64>({size, 3, m_data.size() - m_at});
        std::copy_n(m_data.constData() + m_at, n, data);
        m_at += n;
        const qint64 served = QByteArrayView(m_data).first(m_at).count('\n');
        maxLinesAhead = std::max(maxLinesAhead, served - m_out.data().count('\n'));
        return n == 0 ? -1 : n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    const QBuffer& m_out;
    qint64 m_at = 0;
};

} // namespace

TEST(ClassifyRunner, PlainModeWritesOneLinePerInputLineIncludingEmptyOnes)
{
    const QList<QByteArray> lines =
        run("I hate this, worst app ever\n\nwhen does the store open?\r\nlove it!",
            ClassifyFormat::Plain);
    ASSERT_EQ(lines.size(), 4);
    for (const QByteArray& line : lines) {
        const QList<QByteArray> fields = line.split('\t');
        ASSERT_EQ(fields.size(), 4) << line.toStdString();
        EXPECT_TRUE(toneFromName(QString::fromUtf8(fields[0])).has_value());
        EXPECT_TRUE(fields[1] == "question" || fields[1] == "-");
        bool ok = false;
        EXPECT_GE(fields[2].toDouble(&ok), 0.0);
        EXPECT_TRUE(ok);
        EXPECT_LE(fields[3].toDouble(&ok), 1.0);
        EXPECT_TRUE(ok);
    }
    EXPECT_TRUE(lines[0].startsWith("criticism\t"));
    EXPECT_EQ(lines[1].split('\t')[0], "other");
    EXPECT_EQ(lines[2].split('\t')[1], "question");
    EXPECT_TRUE(lines[3].startsWith("praise\t"));
}

TEST(ClassifyRunner, NoInputNoOutput)
{
    EXPECT_TRUE(run("", ClassifyFormat::Plain).isEmpty());
    EXPECT_EQ(run("\n", ClassifyFormat::Plain).size(), 1);
}

TEST(ClassifyRunner, JsonModeReportsMalformedLinesInPlace)
{
    const QList<QByteArray> lines = run("{\"text\":\"Terrible support, nobody answers\"}\n"
                                        "not json\n"
                                        "\n"
                                        "{\"id\":3}\n"
                                        "{\"text\":\"Can I change my plan?\",\"id\":\"x\"}\n",
                                        ClassifyFormat::Json);
    ASSERT_EQ(lines.size(), 5);
    QList<QJsonObject> objects;
    for (const QByteArray& line : lines) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        ASSERT_EQ(error.error, QJsonParseError::NoError) << line.toStdString();
        objects.append(doc.object());
    }
    EXPECT_EQ(objects[0].value(u"tone").toString(), u"criticism");
    EXPECT_TRUE(objects[0].value(u"confidence").isDouble());
    EXPECT_TRUE(objects[0].value(u"question").isBool());
    for (int i : {1, 2, 3}) {
        EXPECT_TRUE(objects[i].value(u"error").toString().startsWith(u"line %1:"_qs.arg(i + 1)))
            << lines[i].toStdString();
        EXPECT_FALSE(objects[i].contains(u"tone"));
    }
    EXPECT_TRUE(objects[4].value(u"question").toBool());
}

TEST(ClassifyRunner, StreamsFromADeviceThatDeliversInPieces)
{
    QByteArray input;
    for (int i = 0; i < 200; ++i)
        input += i % 7 == 0 ? QByteArray("\n") : QByteArray("thanks so much, great job\n");
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    TrickleDevice in(input, out);
    ASSERT_TRUE(runClassify(in, out, classifier(), ClassifyFormat::Plain));
    EXPECT_EQ(out.data().count('\n'), 200);
    EXPECT_LE(in.maxLinesAhead, 2) << "the runner must answer each line before reading on";
}
