// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/tone.h"

#include <QString>

#include <random>

namespace hearken::sample {

// What a generated mention says, and how a human would label it.
struct SampleText {
    QString text;
    Tone tone = Tone::Other;
    bool isQuestion = false;
};

// Realistic messages to a fictional coffee brand, "Lumen Coffee": complaints, praise,
// questions and chatter, a few in other languages and with accents, emoji and URLs.
class SampleTextSource {
public:
    explicit SampleTextSource(std::mt19937& random);

    SampleText mention();
    // Our reply to a message of this kind, addressed to `name`; thanks when `thank`.
    QString reply(const SampleText& to, const QString& name, bool thank);
    // A top-level post of ours that people reply to.
    QString announcement();
    QString personName();

private:
    QString fill(QString pattern);
    template <typename List>
    const auto& pick(const List& list);

    std::mt19937& m_random;
};

} // namespace hearken::sample
