// SPDX-License-Identifier: GPL-3.0-or-later
// hearken-train-tone: trains the shipped tone and question model. See README.md.
#include "datasets.h"
#include "question_report.h"
#include "trainer.h"
#include "triage/tone_classifier.h"
#include "triage/tone_evaluation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSaveFile>
#include <QTextStream>

using namespace hearken;
using namespace hearken::training;

namespace {

template <typename T>
T orExit(tl::expected<T, QString> value)
{
    if (!value) {
        QTextStream(stderr) << "hearken-train-tone: " << value.error() << '\n';
        std::exit(1);
    }
    return std::move(*value);
}

tl::expected<std::vector<double>, QString> parseList(const QString& text)
{
    std::vector<double> out;
    for (const QString& item : text.split(u',')) {
        bool ok = false;
        const double v = item.toDouble(&ok);
        if (!ok || !(v >= 0))
            return tl::unexpected(u"not a list of non-negative numbers: %1"_qs.arg(text));
        out.push_back(v);
    }
    return out;
}

void report(const QString& title, const ToneEvaluation& e)
{
    QTextStream(stdout) << "== " << title << " ==\n" << formatEvaluation(e) << '\n';
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"hearken-train-tone"_qs);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Trains Hearken's on-device tone and question model."_qs);
    parser.addHelpOption();
    const QCommandLineOption dataOption(u"data"_qs, u"The labelled data folder."_qs, u"dir"_qs,
                                        QStringLiteral(HEARKEN_DEFAULT_DATA_DIR));
    const QCommandLineOption outputOption(u"output"_qs, u"Where to write the model."_qs, u"file"_qs,
                                          QStringLiteral(HEARKEN_DEFAULT_MODEL_PATH));
    const QCommandLineOption bitsOption(
        u"bucket-bits"_qs, u"Hash table size, as a power of two."_qs, u"bits"_qs, u"19"_qs);
    const QCommandLineOption noVaderOption(u"no-vader"_qs, u"Train on TweetEval alone."_qs);
    const QCommandLineOption toneL2Option(
        u"tone-l2"_qs, u"Comma-separated L2 strengths to try for the tone model."_qs, u"list"_qs);
    const QCommandLineOption questionL2Option(
        u"question-l2"_qs, u"Comma-separated L2 strengths to try for the question model."_qs,
        u"list"_qs);
    const QCommandLineOption testOption(
        u"test"_qs,
        u"Also report the TweetEval test split (the final figure; never tune on it)."_qs);
    parser.addOptions({dataOption, outputOption, bitsOption, noVaderOption, toneL2Option,
                       questionL2Option, testOption});
    parser.process(app);

    const QString data = parser.value(dataOption);
    const QString tweetEval = data + u"/tone/tweeteval-sentiment"_qs;
    const QString tweetActs = data + u"/tone/tweet-acts/TWEET_DATA.csv"_qs;

    TrainingData training;
    training.toneTrain = orExit(readTweetEval(tweetEval, u"train"_qs));
    if (!parser.isSet(noVaderOption))
        training.toneTrain +=
            orExit(readVaderTweets(data + u"/tone/vader-tweets/tweets_GroundTruth.txt"_qs));
    training.toneValidation = orExit(readTweetEval(tweetEval, u"val"_qs));
    training.questionTrain = orExit(readTweetActs(tweetActs, QuestionSplit::Train));
    training.questionValidation = orExit(readTweetActs(tweetActs, QuestionSplit::Validation));

    TrainingOptions options;
    bool bitsOk = false;
    options.bucketBits = parser.value(bitsOption).toUInt(&bitsOk);
    if (!bitsOk || options.bucketBits < 8 || options.bucketBits > 24) {
        QTextStream(stderr) << "hearken-train-tone: --bucket-bits must be between 8 and 24\n";
        return 1;
    }

    if (parser.isSet(toneL2Option))
        options.toneL2 = orExit(parseList(parser.value(toneL2Option)));
    if (parser.isSet(questionL2Option))
        options.questionL2 = orExit(parseList(parser.value(questionL2Option)));

    QElapsedTimer timer;
    timer.start();
    const Log log = [](const QString& line) { QTextStream(stderr) << line << '\n'; };
    const QByteArray bytes = train(training, options, log).serialise();
    QTextStream(stdout) << "trained in " << timer.elapsed() / 1000.0 << " s\n\n";

    QSaveFile out(parser.value(outputOption));
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        QTextStream(stderr) << "hearken-train-tone: cannot write " << out.fileName() << ": "
                            << out.errorString() << '\n';
        return 1;
    }
    QTextStream(stdout) << "wrote " << out.fileName() << " (" << bytes.size() << " bytes)\n\n";

    const ToneClassifier classifier = orExit(ToneClassifier::load(bytes));
    report(u"TweetEval validation"_qs,
           orExit(evaluateTweetEvalFiles(classifier, tweetEval + u"/val_text.txt"_qs,
                                         tweetEval + u"/val_labels.txt"_qs)));
    if (parser.isSet(testOption))
        report(u"TweetEval test"_qs,
               orExit(evaluateTweetEvalFiles(classifier, tweetEval + u"/test_text.txt"_qs,
                                             tweetEval + u"/test_labels.txt"_qs)));

    const Examples heldOut = orExit(readTweetActs(tweetActs, QuestionSplit::Test));
    QTextStream(stdout)
        << "== tweet-acts held out (" << heldOut.size() << " texts) ==\n"
        << formatBinaryScore(
               u"model"_qs,
               scoreQuestions(heldOut,
                              [&](const QString& t) { return classifier.classify(t).isQuestion; }))
        << '\n'
        << formatBinaryScore(
               u"\"?\" rule"_qs,
               scoreQuestions(heldOut, [](const QString& t) { return t.contains(u'?'); }))
        << '\n';
    return 0;
}
