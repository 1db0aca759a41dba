// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/classify_command.h"

#include "cli/cli_text.h"
#include "cli/workspace_option.h"
#include "store/workspace.h"
#include "triage/classify_runner.h"
#include "triage/tone_classifier.h"
#include "triage/tone_evaluation.h"
#include "workflow/tone_triage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace hearken::cli {

int runClassifyCommand(const QStringList& arguments, CliIo io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Classify texts read from standard input, one per line: prints the tone "
                    "(criticism, praise or other), \"question\" or \"-\", and both confidences, "
                    "tab-separated, one line for every line read."));
    parser.addOption(workspaceOption());
    parser.addOption({QStringLiteral("json"),
                      CliText::tr("Read JSON lines with a \"text\" field and print JSON lines with "
                                  "\"tone\", \"question\" and \"confidence\".")});
    parser.addOption(
        {QStringLiteral("adapted"),
         CliText::tr("Use the workspace's model, adapted by its people's corrections.")});
    parser.addOption(
        {QStringLiteral("evaluate"),
         CliText::tr("Print TweetEval metrics (macro-averaged recall, accuracy, per-tone "
                     "precision and recall) for a text file and its label file.")});
    parser.addPositionalArgument(QStringLiteral("texts labels"),
                                 CliText::tr("With --evaluate: the text and label files."));
    if (auto stop = parseCommand(parser, arguments, io))
        return *stop;

    auto shipped = ToneClassifier::loadShipped();
    if (!shipped) {
        io.err << shipped.error() << Qt::endl;
        return Failure;
    }
    ToneClassifier classifier = *shipped;
    if (parser.isSet(QStringLiteral("adapted"))) {
        auto workspace = openWorkspace(parser, io, OpenMode::ReadOnly);
        if (!workspace)
            return Failure;
        auto adapted = ToneTriage::adaptedClassifier(*shipped, *workspace);
        if (!adapted) {
            io.err << adapted.error().message << Qt::endl;
            return Failure;
        }
        classifier = *adapted;
    }

    if (parser.isSet(QStringLiteral("evaluate"))) {
        const QStringList files = parser.positionalArguments().mid(1);
        if (files.size() != 2) {
            io.err << CliText::tr("Usage: hearken classify --evaluate TEXTS LABELS") << Qt::endl;
            return UsageError;
        }
        auto evaluation = evaluateTweetEvalFiles(classifier, files[0], files[1]);
        if (!evaluation) {
            io.err << evaluation.error() << Qt::endl;
            return Failure;
        }
        io.out << formatEvaluation(*evaluation) << Qt::flush;
        return Success;
    }

    io.out.flush();
    QFile in;
    QFile out;
    if (!in.open(stdin, QIODevice::ReadOnly) || !out.open(stdout, QIODevice::WriteOnly)) {
        io.err << CliText::tr("Cannot read standard input or write standard output.") << Qt::endl;
        return Failure;
    }
    const auto format =
        parser.isSet(QStringLiteral("json")) ? ClassifyFormat::Json : ClassifyFormat::Plain;
    auto classified = runClassify(in, out, classifier, format,
                                  [&io](const QString& warning) { io.err << warning << Qt::endl; });
    if (!classified) {
        io.err << CliText::tr("Cannot write standard output: %1.").arg(classified.error())
               << Qt::endl;
        return Failure;
    }
    return Success;
}

} // namespace hearken::cli
