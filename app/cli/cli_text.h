// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace hearken::cli {

// The translation context of the command line's texts: CliText::tr("...").
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(hearken::cli)
};

} // namespace hearken::cli
