// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/sample_workspace.h"

#include "sample/sample_importer.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProgressDialog>

namespace hearken {

namespace {

// The translation context of this file's texts.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(hearken::SampleWorkspace)
};

void removeWorkspaceFiles(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

StoreResult<std::unique_ptr<Workspace>> openSampleWorkspace(const QString& path,
                                                            const QList<SampleStyle>& networks,
                                                            int items, qint64 now, QWidget* parent)
{
    const bool existed = QFileInfo::exists(path);
    auto workspace = Workspace::open(path);
    if (!workspace)
        return workspace;
    auto accounts = (*workspace)->accounts().accounts();
    if (!accounts)
        return tl::unexpected(accounts.error());
    if (!accounts->isEmpty())
        return workspace;

    QProgressDialog progress(Text::tr("Generating the sample workspace…"), Text::tr("Cancel"), 0,
                             items, parent);
    progress.setWindowTitle(Text::tr("Sample workspace"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    sample::ImportOptions options;
    options.networks = networks;
    options.count = items;
    options.now = now;
    const auto written =
        sample::importSample(**workspace, options, [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            return !progress.wasCanceled();
        });
    const bool cancelled = written && *written < items && progress.wasCanceled();
    if (!written || cancelled) {
        workspace->reset();
        if (!existed)
            removeWorkspaceFiles(path);
        if (!written)
            return tl::unexpected(written.error());
        return std::unique_ptr<Workspace>();
    }
    progress.setValue(items);
    return workspace;
}

} // namespace hearken
