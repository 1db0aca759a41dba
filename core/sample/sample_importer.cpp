// SPDX-License-Identifier: GPL-3.0-or-later
#include "sample/sample_importer.h"

#include "sample/sample_generator.h"
#include "store/ingest_writer.h"
#include "store/transaction_aim.h"
#include "store/workspace.h"

namespace hearken::sample {

namespace {

constexpr int itemsPerBatch = 20000;

} // namespace

StoreResult<SampleTargets> prepareTargets(Workspace& workspace, const QList<SampleStyle>& networks,
                                          qint64 now)
{
    SampleTargets targets;
    for (Account account : SampleGenerator::sampleAccounts(networks)) {
        auto id = workspace.accounts().saveAccount(account, now);
        if (!id)
            return tl::unexpected(id.error());
        account.id = *id;
        targets.accounts.append(account);
    }
    for (const QString& name : SampleGenerator::sampleTeammates()) {
        auto id = workspace.accounts().teammate(name);
        if (!id)
            return tl::unexpected(id.error());
        targets.teammateIds.append(*id);
    }
    return targets;
}

StoreResult<int> importSample(Workspace& workspace, const ImportOptions& options,
                              const ImportProgress& progress)
{
    auto targets = prepareTargets(workspace, options.networks, options.now);
    if (!targets)
        return tl::unexpected(targets.error());
    SampleGenerator generator(options.seed, options.networks);
    IngestParts parts{.aim = bulkTransactionAim};
    int written = 0;
    // Each batch covers its own slice of the time span, oldest first.
    const int batches = (options.count + itemsPerBatch - 1) / itemsPerBatch;
    for (int b = 0; b < batches; ++b) {
        const int size = std::min(itemsPerBatch, options.count - written);
        const qint64 sliceEnd = options.now - options.span * (batches - 1 - b) / batches;
        auto stored = workspace.ingest().writeInParts(
            generator.batch(*targets, size, sliceEnd, options.span / batches), parts);
        if (!stored)
            return tl::unexpected(stored.error());
        written += size;
        if (progress && !progress(written, options.count))
            break;
    }
    workspace.database().optimize();
    return written;
}

} // namespace hearken::sample
