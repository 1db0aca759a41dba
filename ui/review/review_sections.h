// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QTreeWidget;

namespace hearken {

class FlowLayout;

// The parts of the Review view, each filled from a computed report.

// The response record's headline figures, each with the previous period beside it.
class HeadlineSection : public QWidget {
    Q_OBJECT
public:
    explicit HeadlineSection(QWidget* parent = nullptr);
    void show(const Report& report);
    // The figure shown under `name` (for tests), e.g. "Criticism answered".
    QString figure(const QString& name) const;
    // The line under that figure.
    QString detail(const QString& name) const;

private:
    static QString medianDetail(const Report& report);

    FlowLayout* m_figures;
};

// Open items by flag and age, and the longest waiting ones: activating one asks to open it.
class BacklogSection : public QWidget {
    Q_OBJECT
public:
    explicit BacklogSection(QWidget* parent = nullptr);
    void show(const Report& report);
    QTableWidget& ages() const { return *m_ages; }
    QTreeWidget& oldest() const { return *m_oldest; }

Q_SIGNALS:
    void openItemRequested(qint64 postId);

protected:
    void changeEvent(QEvent* event) override;

private:
    // Each flag's name in its colour, in the palette of the moment.
    void colourFlags();

    QLabel* m_summary;
    QTableWidget* m_ages;
    QTreeWidget* m_oldest;
};

// Targets per tone, items per assignee and who dismissed what.
class RecordSection : public QWidget {
    Q_OBJECT
public:
    explicit RecordSection(QWidget* parent = nullptr);
    void show(const Report& report);
    QTableWidget& targets() const { return *m_targets; }
    QTableWidget& assignees() const { return *m_assignees; }

private:
    QTableWidget* m_targets;
    QTableWidget* m_assignees;
    QTableWidget* m_dismissed;
};

// Robotic replies and follow-up topics.
class RepliesSection : public QWidget {
    Q_OBJECT
public:
    explicit RepliesSection(QWidget* parent = nullptr);
    void show(const Report& report);
    QTableWidget& repeated() const { return *m_repeated; }
    QTableWidget& followUps() const { return *m_followUps; }

private:
    QTableWidget* m_repeated;
    QTableWidget* m_followUps;
    QLabel* m_noRepeats;
    QLabel* m_noTopics;
};

} // namespace hearken
