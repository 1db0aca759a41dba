// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "composition/composition.h"
#include "sample/sample_importer.h"
#include "store/workspace.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace hearken::testing {

// A fixed "now" so that ages, flags and overdue items are reproducible.
constexpr qint64 fixedNow = 1'790'000'000;

inline std::unique_ptr<Workspace> openWorkspace(const QString& path)
{
    auto workspace = Workspace::open(path);
    if (!workspace) {
        ADD_FAILURE() << workspace.error().message.toStdString();
        return nullptr;
    }
    return std::move(*workspace);
}

inline std::unique_ptr<Workspace> memoryWorkspace()
{
    return openWorkspace(QString::fromLatin1(Database::inMemory));
}

// The brand's Mastodon account, as the ingest tests save it.
inline Account brandAccount()
{
    Account account;
    account.network = QStringLiteral("mastodon");
    account.remoteId = QStringLiteral("109");
    account.handle = QStringLiteral("@brand@example.social");
    return account;
}

inline void importSample(Workspace& workspace, int count, quint32 seed = 7)
{
    sample::ImportOptions options;
    options.networks = shippedProviders().sampleStyles();
    options.count = count;
    options.seed = seed;
    options.now = fixedNow;
    auto written = sample::importSample(workspace, options);
    ASSERT_TRUE(written.has_value()) << written.error().message.toStdString();
    ASSERT_EQ(*written, count);
}

} // namespace hearken::testing
