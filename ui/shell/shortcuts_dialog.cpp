// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/shortcuts_dialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hearken {

namespace {

QString plain(QString text)
{
    text.remove(u'&');
    text.replace(QStringLiteral("…"), QString());
    return text.trimmed();
}

QString keysText(const QList<QKeySequence>& keys)
{
    QStringList texts;
    for (const QKeySequence& key : keys)
        texts << key.toString(QKeySequence::NativeText);
    return texts.join(ShortcutsDialog::tr(", "));
}

void addMenu(QTreeWidget* tree, const QMenu* menu, QTreeWidgetItem* group)
{
    for (const QAction* action : menu->actions()) {
        if (action->menu()) {
            addMenu(tree, action->menu(), group);
            continue;
        }
        if (action->isSeparator() || action->shortcuts().isEmpty())
            continue;
        const QString sheetName = action->property(ShortcutsDialog::sheetNameProperty).toString();
        new QTreeWidgetItem(group, {plain(sheetName.isEmpty() ? action->text() : sheetName),
                                    keysText(action->shortcuts())});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar& menus, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    auto* tree = new QTreeWidget(this);
    tree->setColumnCount(2);
    tree->setHeaderLabels({tr("Action"), tr("Keys")});
    tree->setRootIsDecorated(false);
    tree->setSelectionMode(QAbstractItemView::NoSelection);
    tree->setFocusPolicy(Qt::NoFocus);
    for (const QAction* top : menus.actions()) {
        if (!top->menu())
            continue;
        auto* group = new QTreeWidgetItem(tree, {plain(top->text())});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        addMenu(tree, top->menu(), group);
        if (group->childCount() == 0)
            delete group;
    }
    tree->expandAll();
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree->setMinimumSize(460, 520);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tree);
    layout->addWidget(buttons);
}

} // namespace hearken
