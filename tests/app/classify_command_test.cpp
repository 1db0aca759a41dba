// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryFile>

#include <gtest/gtest.h>

#include <sys/resource.h>

namespace {

struct Finished {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Finished runHearken(const QStringList& arguments, const QByteArray& input = {},
                    const QString& outputFile = {})
{
    QProcess process;
    if (!outputFile.isEmpty())
        process.setStandardOutputFile(outputFile);
    process.start(QStringLiteral(HEARKEN_EXECUTABLE), arguments);
    EXPECT_TRUE(process.waitForStarted());
    process.write(input);
    process.closeWriteChannel();
    EXPECT_TRUE(process.waitForFinished(60000));
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

// The most memory any finished child process of this test held at once.
qint64 peakChildKiB()
{
    rusage usage = {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;
}

// Twenty megabytes of words without a line break.
QByteArray endlessText()
{
    QByteArray text;
    while (text.size() < 20 * 1024 * 1024)
        text += "why does nothing work here, I asked three times already ";
    return text;
}

} // namespace

TEST(ClassifyCommand, PrintsOneLinePerInputLineEmptyOnesIncluded)
{
    const Finished run = runHearken(
        {QStringLiteral("classify")},
        "My order never arrived and support ignores me.\n\nThank you, best coffee ever!\n"
        "Do you ship to Canada?\n");
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QList<QByteArray> lines = run.out.split('\n');
    ASSERT_EQ(lines.size(), 5) << "four lines and the final newline";
    EXPECT_TRUE(lines[0].startsWith("criticism\t-\t"));
    EXPECT_EQ(lines[1].split('\t').size(), 4) << "an empty line still gets its answer";
    EXPECT_TRUE(lines[2].startsWith("praise\t"));
    EXPECT_EQ(lines[3].split('\t').value(1), "question");
    EXPECT_TRUE(lines[4].isEmpty());
}

TEST(ClassifyCommand, JsonLinesInJsonLinesOut)
{
    const Finished run = runHearken({QStringLiteral("classify"), QStringLiteral("--json")},
                                    "{\"text\":\"This update broke everything, awful\"}\n"
                                    "not json\n");
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 2);
    const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
    EXPECT_EQ(first[QStringLiteral("tone")].toString(), QStringLiteral("criticism"));
    EXPECT_TRUE(first[QStringLiteral("question")].isBool());
    EXPECT_GT(first[QStringLiteral("confidence")].toDouble(), 0.5);
    EXPECT_TRUE(QJsonDocument::fromJson(lines[1]).object().contains(QStringLiteral("error")));
}

TEST(ClassifyCommand, EvaluatesTheValidationSplit)
{
    const QString data = QStringLiteral(HEARKEN_DATA_DIR "/tone/tweeteval-sentiment/");
    const Finished run = runHearken({QStringLiteral("classify"), QStringLiteral("--evaluate"),
                                     data + QStringLiteral("val_text.txt"),
                                     data + QStringLiteral("val_labels.txt")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains("texts: 2000"));
    EXPECT_TRUE(run.out.contains("macro-averaged recall:"));
}

TEST(ClassifyCommand, MissingEvaluationFilesAreAClearFailure)
{
    const Finished run =
        runHearken({QStringLiteral("classify"), QStringLiteral("--evaluate"),
                    QStringLiteral("/nonexistent/texts"), QStringLiteral("/nonexistent/labels")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_FALSE(run.err.isEmpty());
}

TEST(ClassifyCommand, AnEndlessLineIsClassifiedByItsBeginningInBoundedMemory)
{
    const Finished run = runHearken({QStringLiteral("classify")},
                                    endlessText() + "\nThank you, best coffee ever!\n");
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QList<QByteArray> lines = run.out.split('\n');
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines[0].split('\t').size(), 4) << lines[0].toStdString();
    EXPECT_TRUE(lines[1].startsWith("praise\t")) << "the next line is read as it was";
    EXPECT_EQ(run.err.trimmed(), "line 1: longer than 64 KiB; classified by its first 64 KiB");
    // Reading the whole line took 2.4 GB; 35 MB now.
    EXPECT_LT(peakChildKiB(), 200 * 1024);
}

TEST(ClassifyCommand, AnEndlessJsonLineIsAnErrorOfItsOwn)
{
    const Finished run = runHearken({QStringLiteral("classify"), QStringLiteral("--json")},
                                    "{\"text\":\"" + endlessText() +
                                        "\"}\n{\"text\":\"Thank you, best coffee ever!\"}\n");
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(QJsonDocument::fromJson(lines[0]).object().value(QStringLiteral("error")),
              QStringLiteral("line 1: longer than 64 KiB"));
    EXPECT_EQ(QJsonDocument::fromJson(lines[1]).object().value(QStringLiteral("tone")),
              QStringLiteral("praise"));
}

TEST(ClassifyCommand, AnUnwritableOutputIsAnErrorWithItsCause)
{
    const Finished run = runHearken({QStringLiteral("classify")}, "Thank you!\nAwful.\n",
                                    QStringLiteral("/dev/full"));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.err.trimmed(), "Cannot write standard output: No space left on device.");
}
