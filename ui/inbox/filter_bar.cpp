// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox/filter_bar.h"

#include "shell/flow_layout.h"
#include "shell/semantic_colors.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QKeyEvent>
#include <QSignalBlocker>
#include <QStyleOptionComboBox>

#include <functional>

namespace hearken {

namespace {

// As wide as its current choice rather than its longest one, so that six filters fit over
// the queue; the open list is as wide as it needs to be.
class CompactComboBox : public QComboBox {
public:
    explicit CompactComboBox(QWidget* parent)
        : QComboBox(parent)
    {
        connect(this, &QComboBox::currentIndexChanged, this, &QWidget::updateGeometry);
    }

    QSize sizeHint() const override
    {
        int width = fontMetrics().horizontalAdvance(currentText());
        if (!itemIcon(currentIndex()).isNull())
            width += iconSize().width() + 4;
        return sizeFor(width);
    }
    // The same whatever is chosen, so that choosing never changes how narrow the window may be.
    QSize minimumSizeHint() const override
    {
        return sizeFor(fontMetrics().horizontalAdvance(QStringLiteral("Any flag")));
    }

    void showPopup() override
    {
        view()->setMinimumWidth(view()->sizeHintForColumn(0) + 2 * view()->frameWidth() + 8);
        QComboBox::showPopup();
    }

private:
    QSize sizeFor(int contentWidth) const
    {
        QStyleOptionComboBox option;
        initStyleOption(&option);
        return style()->sizeFromContents(QStyle::CT_ComboBox, &option,
                                         QSize(contentWidth, fontMetrics().height()), this);
    }
};

// Selects the entry holding `value`, adding one labelled `label` when there is none (a
// saved view may name something the lists do not offer, such as a removed account).
void selectValue(QComboBox* combo, const QVariant& value, const QString& label)
{
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemData(i) == value) {
            combo->setCurrentIndex(i);
            return;
        }
    }
    combo->addItem(label, value);
    combo->setCurrentIndex(combo->count() - 1);
}

QVariant statesValue(const QList<ItemState>& states)
{
    QStringList names;
    for (ItemState state : states)
        names << itemStateName(state);
    return names;
}

QVariant optionalId(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant();
}

std::optional<qint64> idFrom(const QVariant& value)
{
    return value.isValid() ? std::optional(value.toLongLong()) : std::nullopt;
}

// Keeps the current choice of a combo while its entries are rebuilt.
void refill(QComboBox* combo, const std::function<void()>& fill)
{
    const QSignalBlocker blocker(combo);
    const QVariant current = combo->currentData();
    const QString currentText = combo->currentText();
    while (combo->count() > 1)
        combo->removeItem(1);
    fill();
    selectValue(combo, current, currentText);
}

} // namespace

SearchField::SearchField(QWidget* parent)
    : QLineEdit(parent)
{}

bool SearchField::event(QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Escape) {
            event->accept();
            return true;
        }
    }
    return QLineEdit::event(event);
}

void SearchField::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        if (!text().isEmpty()) {
            clear();
            Q_EMIT textEdited(QString());
        }
        Q_EMIT done();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        Q_EMIT done();
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}

FilterBar::FilterBar(NetworkNames networks, QWidget* parent)
    : QWidget(parent)
    , m_networks(std::move(networks))
{
    // The filters go onto a second row rather than widen the window.
    auto* layout = new FlowLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(6);
    layout->setFirstStretches(true);

    m_search = new SearchField(this);
    m_search->setPlaceholderText(tr("Search posts and people"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_search->setMinimumWidth(160);
    layout->addWidget(m_search);

    m_flag = addCombo(tr("Flag"));
    m_flag->addItem(tr("Any flag"), QString());
    for (Flag flag : allFlags)
        m_flag->addItem(flagLabel(flag), flagName(flag));

    m_state = addCombo(tr("State"));
    for (ItemState state : allItemStates)
        m_state->addItem(itemStateLabel(state), statesValue({state}));
    m_state->addItem(tr("Any state"), statesValue({}));

    m_tone = addCombo(tr("Tone"));
    m_tone->addItem(tr("Any tone"), QString());
    for (Tone tone : {Tone::Criticism, Tone::Praise, Tone::Other})
        m_tone->addItem(toneLabel(tone), toneName(tone));

    m_network = addCombo(tr("Network"));
    m_network->addItem(tr("All networks"), QString());

    m_account = addCombo(tr("Account"));
    m_account->addItem(tr("All accounts"), QVariant());

    m_assignee = addCombo(tr("Assignee"));
    m_assignee->addItem(tr("Anyone"), QVariant());

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(searchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &FilterBar::announceIfChanged);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_searchDelay.start(); });
    connect(m_search, &SearchField::done, this, &FilterBar::announceIfChanged);
    m_announced = filter();
}

QComboBox* FilterBar::addCombo(const QString& accessibleName)
{
    auto* combo = new CompactComboBox(this);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    connect(combo, &QComboBox::activated, this, &FilterBar::announceIfChanged);
    layout()->addWidget(combo);
    return combo;
}

void FilterBar::setChoices(const QList<Account>& accounts, const QList<Teammate>& teammates,
                           std::optional<qint64> me)
{
    refill(m_account, [&] {
        for (const Account& account : accounts)
            m_account->addItem(networkIcon(m_networks.mark(account.network)), account.handle,
                               account.id);
    });
    refill(m_network, [&] {
        QStringList networks;
        for (const Account& account : accounts) {
            if (!networks.contains(account.network))
                networks << account.network;
        }
        for (const QString& network : networks.isEmpty() ? m_networks.ids() : networks)
            m_network->addItem(networkIcon(m_networks.mark(network)), m_networks.label(network),
                               network);
    });
    refill(m_assignee, [&] {
        if (me)
            m_assignee->addItem(tr("Assigned to me"), *me);
        m_assignee->addItem(tr("Unassigned"), qint64(0));
        for (const Teammate& teammate : teammates) {
            if (teammate.id != me)
                m_assignee->addItem(teammate.name, teammate.id);
        }
    });
}

QueueFilter FilterBar::filter() const
{
    QueueFilter filter;
    filter.flag = flagFromName(m_flag->currentData().toString());
    filter.states.clear();
    for (const QString& name : m_state->currentData().toStringList()) {
        if (auto state = itemStateFromName(name))
            filter.states.append(*state);
    }
    filter.network = m_network->currentData().toString();
    filter.accountId = idFrom(m_account->currentData());
    filter.tone = toneFromName(m_tone->currentData().toString());
    filter.assigneeId = idFrom(m_assignee->currentData());
    filter.search = m_search->text().trimmed();
    return filter;
}

void FilterBar::setFilter(const QueueFilter& filter)
{
    selectValue(m_flag, filter.flag ? flagName(*filter.flag) : QString(),
                filter.flag ? flagLabel(*filter.flag) : QString());
    QStringList stateLabels;
    for (ItemState state : filter.states)
        stateLabels << itemStateLabel(state);
    selectValue(m_state, statesValue(filter.states), stateLabels.join(QStringLiteral(", ")));
    selectValue(m_network, filter.network, m_networks.label(filter.network));
    selectValue(m_account, optionalId(filter.accountId),
                tr("Account %1").arg(filter.accountId.value_or(0)));
    selectValue(m_tone, filter.tone ? toneName(*filter.tone) : QString(),
                filter.tone ? toneLabel(*filter.tone) : QString());
    selectValue(m_assignee, optionalId(filter.assigneeId),
                tr("Teammate %1").arg(filter.assigneeId.value_or(0)));
    m_search->setText(filter.search);
    m_searchDelay.stop();
    announceIfChanged();
}

void FilterBar::announceIfChanged()
{
    m_searchDelay.stop();
    const QueueFilter current = filter();
    if (current == m_announced)
        return;
    m_announced = current;
    Q_EMIT filterChanged(current);
}

} // namespace hearken
