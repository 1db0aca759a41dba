// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace hearken {

namespace {

bool install(QCoreApplication& app, const QLocale& locale, const QString& catalog,
             const QString& directory)
{
    auto* translator = new QTranslator(&app);
    if (translator->load(locale, catalog, QStringLiteral("_"), directory))
        return QCoreApplication::installTranslator(translator);
    delete translator;
    return false;
}

} // namespace

void installTranslations(QCoreApplication& app)
{
    install(app, QLocale::system(), QStringLiteral("qtbase"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // English's catalog holds only its plural forms ("1 new item"): it serves every language
    // Hearken has no catalog for, and the C locale.
    if (!install(app, QLocale::system(), QStringLiteral("hearken"), QStringLiteral(":/i18n")))
        install(app, QLocale(QLocale::English), QStringLiteral("hearken"),
                QStringLiteral(":/i18n"));
}

} // namespace hearken
