// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasets.h"

#include <QString>

#include <functional>

namespace hearken::training {

struct BinaryScore {
    double precision = 0;
    double recall = 0;
    double f1 = 0;
};

BinaryScore scoreQuestions(const Examples& examples,
                           const std::function<bool(const QString&)>& isQuestion);

QString formatBinaryScore(const QString& name, const BinaryScore& score);

} // namespace hearken::training
