// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/sidebar.h"

#include "inbox/item_roles.h"
#include "shell/saved_view_title.h"
#include "shell/sidebar_model.h"
#include "store/saved_view_repository.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace hearken {

namespace {

constexpr int leafIndent = 10;

// Group titles in small capitals, counts right-aligned and quiet.
class SidebarDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override
    {
        if (SidebarKind(index.data(SidebarKindRole).toInt()) == SidebarKind::Group) {
            paintGroup(painter, option, index);
            return;
        }
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        item.rect.adjust(leafIndent, 0, 0, 0);
        const QVariant count = index.data(CountRole);
        const QString countText =
            count.isValid() ? QLocale().toString(count.toLongLong()) : QString();
        const int countWidth = item.fontMetrics.horizontalAdvance(countText) + 12;
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        QStyleOptionViewItem withoutCount = item;
        withoutCount.text.clear();
        withoutCount.rect = option.rect;
        withoutCount.icon = QIcon();
        style->drawControl(QStyle::CE_ItemViewItem, &withoutCount, painter, widget);
        if (!item.icon.isNull()) {
            const QRect iconRect =
                style->subElementRect(QStyle::SE_ItemViewItemDecoration, &item, widget);
            item.icon.paint(painter, iconRect);
        }

        QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &item, widget);
        const bool selected = option.state.testFlag(QStyle::State_Selected);
        const QPalette::ColorRole role = selected ? QPalette::HighlightedText : QPalette::Text;
        painter->save();
        painter->setPen(option.palette.color(role));
        const QRect nameRect = textRect.adjusted(0, 0, -countWidth, 0);
        painter->drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft,
                          item.fontMetrics.elidedText(item.text, Qt::ElideRight, nameRect.width()));
        QColor dim = option.palette.color(role);
        dim.setAlphaF(selected ? 0.85f : 0.55f);
        painter->setPen(dim);
        painter->drawText(textRect.adjusted(0, 0, -6, 0), Qt::AlignVCenter | Qt::AlignRight,
                          countText);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const bool group = SidebarKind(index.data(SidebarKindRole).toInt()) == SidebarKind::Group;
        size.setHeight(option.fontMetrics.height() + (group ? 18 : 10));
        return size;
    }

private:
    static void paintGroup(QPainter* painter, const QStyleOptionViewItem& option,
                           const QModelIndex& index)
    {
        painter->save();
        QFont font = option.font;
        font.setBold(true);
        font.setCapitalization(QFont::AllUppercase);
        font.setPointSizeF(font.pointSizeF() * 0.8);
        font.setLetterSpacing(QFont::PercentageSpacing, 106);
        painter->setFont(font);
        QColor dim = option.palette.color(QPalette::WindowText);
        dim.setAlphaF(0.6f);
        painter->setPen(dim);
        painter->drawText(option.rect.adjusted(10, 6, -6, 0), Qt::AlignBottom | Qt::AlignLeft,
                          index.data().toString());
        painter->restore();
    }
};

} // namespace

Sidebar::Sidebar(SidebarModel& model, SavedViewRepository& views, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_views(views)
    , m_tree(new QTreeView(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_tree->setModel(&model);
    m_tree->setItemDelegate(new SidebarDelegate(m_tree));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setIndentation(0);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setAccessibleName(tr("Views and accounts"));
    m_tree->setBackgroundRole(QPalette::Window);
    m_tree->viewport()->setBackgroundRole(QPalette::Window);
    m_tree->expandAll();
    layout->addWidget(m_tree, 1);

    auto* save = new QPushButton(tr("Save view…"), this);
    save->setFlat(true);
    save->setToolTip(tr("Save the current filters as a view in this list"));
    auto* footer = new QHBoxLayout;
    footer->setContentsMargins(4, 4, 4, 6);
    footer->addWidget(save);
    footer->addStretch(1);
    layout->addLayout(footer);
    connect(save, &QPushButton::clicked, this, [this] { saveView(m_shown); });

    connect(m_tree, &QTreeView::clicked, this, &Sidebar::choose);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (!m_showing)
                    choose(current);
            });
    connect(m_tree, &QWidget::customContextMenuRequested, this, &Sidebar::showContextMenu);
    connect(&model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        showFilter(m_shown);
    });
}

void Sidebar::addEntry(QWidget* entry)
{
    static_cast<QVBoxLayout*>(layout())->insertWidget(0, entry);
}

void Sidebar::choose(const QModelIndex& index)
{
    if (const auto filter = m_model.filterAt(index))
        Q_EMIT filterChosen(*filter);
}

void Sidebar::chooseView(int n)
{
    const QModelIndex view = m_model.index(n, 0, m_model.groupIndex(SidebarModel::Views));
    if (!view.isValid())
        return;
    m_tree->setCurrentIndex(view);
    choose(view);
}

void Sidebar::showFilter(const QueueFilter& filter)
{
    m_shown = filter;
    const QScopedValueRollback showing(m_showing, true);
    const QModelIndex match = m_model.indexOf(filter);
    if (match.isValid())
        m_tree->setCurrentIndex(match);
    else
        m_tree->selectionModel()->clear();
}

void Sidebar::showContextMenu(const QPoint& at)
{
    const QModelIndex index = m_tree->indexAt(at);
    QMenu menu(this);
    if (SidebarKind(index.data(SidebarKindRole).toInt()) == SidebarKind::SavedView) {
        const QPersistentModelIndex view(index);
        menu.addAction(tr("Rename…"), this, [this, view] { renameView(view); });
        menu.addAction(tr("Delete"), this, [this, view] { deleteView(view); });
        menu.addSeparator();
    }
    menu.addAction(tr("Save current filters as a view…"), this, [this] { saveView(m_shown); });
    menu.exec(m_tree->viewport()->mapToGlobal(at));
}

void Sidebar::saveView(const QueueFilter& filter)
{
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save view"));
    dialog->setLabelText(tr("Name of the view (a view with the same name is replaced):"));
    dialog->setOkButtonText(tr("Save"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, filter](const QString& name) {
        if (name.trimmed().isEmpty())
            return;
        auto saved = m_views.save(savedViewName(name), filter);
        reportIfFailed(saved ? QString() : saved.error().message);
    });
    dialog->open();
}

void Sidebar::renameView(const QModelIndex& index)
{
    const qint64 id = index.data(SavedViewIdRole).toLongLong();
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename view"));
    dialog->setLabelText(tr("New name:"));
    const QString shown = index.data().toString();
    dialog->setTextValue(shown);
    dialog->setOkButtonText(tr("Rename"));
    // A shipped view keeps its stored name (and so its title in every language) unless renamed.
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id, shown](const QString& name) {
        if (name.trimmed().isEmpty() || name == shown)
            return;
        auto renamed = m_views.rename(id, savedViewName(name));
        reportIfFailed(renamed ? QString() : renamed.error().message);
    });
    dialog->open();
}

void Sidebar::deleteView(const QModelIndex& index)
{
    const qint64 id = index.data(SavedViewIdRole).toLongLong();
    auto* confirm = new QMessageBox(
        QMessageBox::Question, tr("Delete view"),
        tr("Delete the view “%1”? The items in it are not affected.").arg(index.data().toString()),
        QMessageBox::Cancel, this);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* remove = confirm->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    connect(remove, &QPushButton::clicked, this, [this, id] {
        auto removed = m_views.remove(id);
        reportIfFailed(removed ? QString() : removed.error().message);
    });
    confirm->open();
}

void Sidebar::reportIfFailed(const QString& error)
{
    if (!error.isEmpty())
        Q_EMIT failed(error);
}

} // namespace hearken
