// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/sample_style.h"
#include "store/store_error.h"

#include <QList>
#include <QString>

#include <memory>

class QWidget;

namespace hearken {

class Workspace;

// Opens the sample workspace at `path`, filling it with `items` generated items on `networks`
// received over the two weeks before `now` the first time (it then has no accounts). A progress
// dialog over `parent` lets the user cancel; a cancelled or failed first fill leaves no new
// file behind, and cancelling gives nullptr.
StoreResult<std::unique_ptr<Workspace>> openSampleWorkspace(const QString& path,
                                                            const QList<SampleStyle>& networks,
                                                            int items, qint64 now, QWidget* parent);

} // namespace hearken
