// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace hearken {

// What an inbound item says about the brand. "Asks a question" is a separate mark.
enum class Tone { Criticism, Praise, Other };

// Who decided an item's tone: a person's decision is never overwritten by the model.
enum class ToneSource { Model, Person, Sample };

QString toneName(Tone tone);
std::optional<Tone> toneFromName(QStringView name);
QString toneLabel(Tone tone);

QString toneSourceName(ToneSource source);
std::optional<ToneSource> toneSourceFromName(QStringView name);

} // namespace hearken
