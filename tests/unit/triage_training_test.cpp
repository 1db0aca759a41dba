// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasets.h"
#include "trainer.h"
#include "triage/tone_classifier.h"

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::training;

namespace {

const QString dataDir = QStringLiteral(HEARKEN_DATA_DIR);

TrainingData smallSubset()
{
    const auto tone = readTweetEval(dataDir + u"/tone/tweeteval-sentiment"_qs, u"train"_qs);
    const auto val = readTweetEval(dataDir + u"/tone/tweeteval-sentiment"_qs, u"val"_qs);
    const QString acts = dataDir + u"/tone/tweet-acts/TWEET_DATA.csv"_qs;
    const auto questions = readTweetActs(acts, QuestionSplit::Train);
    const auto questionVal = readTweetActs(acts, QuestionSplit::Validation);
    EXPECT_TRUE(tone && val && questions && questionVal) << "the labelled data is missing";
    if (!tone || !val || !questions || !questionVal)
        return {};
    return {tone->first(300), val->first(100), questions->first(200), questionVal->first(100)};
}

TrainingOptions quickOptions()
{
    TrainingOptions options;
    options.bucketBits = 12;
    options.toneL2 = {1e-3, 1e-2};
    options.questionL2 = {1e-2};
    options.maxIterations = 10;
    return options;
}

} // namespace

TEST(Training, IsDeterministic)
{
    const TrainingData data = smallSubset();
    ASSERT_FALSE(data.toneTrain.isEmpty());
    const Log quiet = [](const QString&) {};
    const QByteArray first = train(data, quickOptions(), quiet).serialise();
    const QByteArray second = train(data, quickOptions(), quiet).serialise();
    EXPECT_EQ(first, second);

    const auto classifier = ToneClassifier::load(first);
    ASSERT_TRUE(classifier.has_value()) << classifier.error().toStdString();
    EXPECT_GE(classifier->classify(u"I love it").toneConfidence, 1.0 / 3);
}

TEST(Training, TweetActsSplitIsStableAndDisjoint)
{
    const QString acts = dataDir + u"/tone/tweet-acts/TWEET_DATA.csv"_qs;
    const auto train = readTweetActs(acts, QuestionSplit::Train);
    const auto val = readTweetActs(acts, QuestionSplit::Validation);
    const auto test = readTweetActs(acts, QuestionSplit::Test);
    ASSERT_TRUE(train && val && test);
    EXPECT_EQ(train->size() + val->size() + test->size(), 7500);
    const auto questions = [](const Examples& set) {
        return std::count_if(set.begin(), set.end(), [](const Example& e) { return e.label == 1; });
    };
    EXPECT_EQ(questions(*train) + questions(*val) + questions(*test), 596);
    EXPECT_GT(test->size(), 1500);
    for (const Example& e : *test)
        EXPECT_EQ(questionSplitOf(e.text), QuestionSplit::Test);
}
