// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/sample_style.h"
#include "sample/sample_generator.h"
#include "store/store_error.h"

#include <QList>

#include <functional>

namespace hearken {
class Workspace;
}

namespace hearken::sample {

struct ImportOptions {
    // The networks the sample brand is on, as their providers show them.
    QList<SampleStyle> networks;
    int count = 0;
    quint32 seed = 1;
    qint64 now = 0;
    // How far back the generated items reach.
    qint64 span = 14 * 24 * 60 * 60;
};

// The sample accounts on `networks` and the sample teammates, made where missing, with their
// ids in `workspace`: what generated items refer to.
StoreResult<SampleTargets> prepareTargets(Workspace& workspace, const QList<SampleStyle>& networks,
                                          qint64 now);

// Progress in items written so far; returning false cancels between batches.
using ImportProgress = std::function<bool(int written, int total)>;

// Adds generated sample items to a workspace, creating the sample accounts and teammates
// when missing. Writes in batches, each committed on its own. Returns the items written.
StoreResult<int> importSample(Workspace& workspace, const ImportOptions& options,
                              const ImportProgress& progress = {});

} // namespace hearken::sample
