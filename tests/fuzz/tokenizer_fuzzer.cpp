// SPDX-License-Identifier: GPL-3.0-or-later
// The classifier's tokenizer and features, and the shipped model's verdict on any text.
#include "fuzz_input.h"
#include "triage/features.h"
#include "triage/tokenizer.h"
#include "triage/tone_classifier.h"

#include <cmath>

namespace {

using namespace hearken;

const ToneClassifier& shippedClassifier()
{
    static const ToneClassifier classifier = [] {
        auto loaded = ToneClassifier::loadShipped();
        FUZZ_REQUIRE(loaded.has_value());
        return *loaded;
    }();
    return classifier;
}

void check(const QString& text)
{
    const TokenizedText tokenized = tokenize(text);
    for (const Token& token : tokenized.tokens)
        FUZZ_REQUIRE(!token.text.isEmpty());
    hashFeatures(tokenized);
    const ToneResult result = shippedClassifier().classify(text);
    FUZZ_REQUIRE(result.toneConfidence >= 0 && result.toneConfidence <= 1);
    FUZZ_REQUIRE(result.questionConfidence >= 0 && result.questionConfidence <= 1);
    FUZZ_REQUIRE(std::isfinite(result.outOfVocabularyRatio));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    check(fuzz::text(data, size));
    check(fuzz::utf16Text(data, size));
    return 0;
}
