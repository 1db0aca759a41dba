// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/damaged_workspace.h"

#include "store/workspace_backup.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace hearken {

namespace {

// The translation context of this file's texts.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(hearken::DamagedWorkspace)
};

} // namespace

void offerNewestBackup(QMessageBox& box, const QString& workspacePath,
                       const std::function<void(const QString&)>& openCopy)
{
    const WorkspaceBackups backups(workspacePath);
    const auto good = backups.newestGood();
    if (!good) {
        box.setInformativeText(box.informativeText() + QStringLiteral("\n\n") +
                               Text::tr("There is no backup of it in %1.")
                                   .arg(QDir::toNativeSeparators(backups.folder())));
        return;
    }
    const QString madeAt =
        QLocale().toString(WorkspaceBackups::madeAt(*good).toLocalTime(), QLocale::ShortFormat);
    box.setInformativeText(box.informativeText() + QStringLiteral("\n\n") +
                           Text::tr("Hearken can open a copy of its newest good backup, made %1. "
                                    "The damaged file stays as it is.")
                               .arg(madeAt));
    auto* open = box.addButton(Text::tr("Open newest backup"), QMessageBox::AcceptRole);
    open->setObjectName(QStringLiteral("openNewestBackup"));
    QObject::connect(open, &QPushButton::clicked, &box,
                     [backups, backup = *good, openCopy, parent = box.parentWidget()] {
                         auto copy = backups.restore(backup, QDateTime::currentDateTimeUtc());
                         if (copy) {
                             openCopy(*copy);
                             return;
                         }
                         auto* failed = new QMessageBox(
                             QMessageBox::Warning, Text::tr("Cannot open the backup"),
                             Text::tr("Hearken could not copy the backup %1.")
                                 .arg(QDir::toNativeSeparators(backup)),
                             QMessageBox::Ok, parent);
                         failed->setInformativeText(copy.error().message);
                         failed->setAttribute(Qt::WA_DeleteOnClose);
                         failed->open();
                     });
}

} // namespace hearken
