// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/saved_view_title.h"

#include <QCoreApplication>

#include <array>

namespace hearken {

namespace {

struct SavedViewTitle {
    Q_DECLARE_TR_FUNCTIONS(hearken::SavedViewTitle)
};

// The names resources/sql/*/0003_saved_views.sql gives the views it makes.
constexpr std::array shippedNames{
    QT_TRANSLATE_NOOP("hearken::SavedViewTitle", "Needs attention"),
    QT_TRANSLATE_NOOP("hearken::SavedViewTitle", "Unanswered criticism"),
    QT_TRANSLATE_NOOP("hearken::SavedViewTitle", "Unanswered questions"),
    QT_TRANSLATE_NOOP("hearken::SavedViewTitle", "Unthanked praise"),
    QT_TRANSLATE_NOOP("hearken::SavedViewTitle", "Overdue"),
    QT_TRANSLATE_NOOP("hearken::SavedViewTitle", "Snoozed"),
    QT_TRANSLATE_NOOP("hearken::SavedViewTitle", "Done"),
    QT_TRANSLATE_NOOP("hearken::SavedViewTitle", "Dismissed"),
};

} // namespace

QString savedViewTitle(const QString& name)
{
    for (const char* shipped : shippedNames) {
        if (name == QLatin1StringView(shipped))
            return SavedViewTitle::tr(shipped);
    }
    return name;
}

QString savedViewName(const QString& title)
{
    for (const char* shipped : shippedNames) {
        if (title == SavedViewTitle::tr(shipped))
            return QString::fromLatin1(shipped);
    }
    return title;
}

} // namespace hearken
