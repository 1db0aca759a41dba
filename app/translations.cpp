// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace hearken {

namespace {

void install(QCoreApplication& app, const QString& catalog, const QString& directory)
{
    auto* translator = new QTranslator(&app);
    if (translator->load(QLocale::system(), catalog, QStringLiteral("_"), directory))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

void installTranslations(QCoreApplication& app)
{
    install(app, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    install(app, QStringLiteral("hearken"), QStringLiteral(":/i18n"));
}

} // namespace hearken
