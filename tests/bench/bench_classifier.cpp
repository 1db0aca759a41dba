// SPDX-License-Identifier: GPL-3.0-or-later
// Texts per second on one core, and how long the shipped model takes to load.
#include "triage/tone_classifier.h"

#include <QFile>
#include <QStringList>

#include <benchmark/benchmark.h>

using namespace hearken;

namespace {

// TweetEval's validation tweets when the labelled data is there, else a few typical posts.
QStringList sampleTexts()
{
    QFile file(QStringLiteral(HEARKEN_DATA_DIR) + u"/tone/tweeteval-sentiment/val_text.txt"_qs);
    if (file.open(QIODevice::ReadOnly))
        return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    return {u"@user the new update broke my login again, so annoying \U0001F621"_qs,
            u"Loving the redesign!!! Great job team \u2764\uFE0F #happy"_qs,
            u"When does the store open on Sunday?"_qs,
            u"Just ordered the blue one, arrives on Tuesday https://example.org/x"_qs};
}

void loadShipped(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(ToneClassifier::loadShipped());
}
BENCHMARK(loadShipped)->Unit(benchmark::kMillisecond);

void classify(benchmark::State& state)
{
    const ToneClassifier classifier = *ToneClassifier::loadShipped();
    const QStringList texts = sampleTexts();
    qsizetype i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(classifier.classify(texts[i]));
        i = (i + 1) % texts.size();
    }
    state.counters[u"texts/s"_qs.toStdString()] =
        benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(classify);

} // namespace

BENCHMARK_MAIN();
