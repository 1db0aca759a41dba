// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/toolkit_options.h"

#include <algorithm>
#include <iterator>

namespace hearken::cli {

namespace {

enum class Value {
    None,           // -reverse
    Next,           // -platform offscreen
    NextOrAttached, // -style Fusion, -style=Fusion
};

struct ToolkitOption {
    const char* name;
    Value value;
};

// The options the Qt 6 documentation lists for QGuiApplication (X11's -display and -geometry
// included) and QApplication; the Windows-only -dialogs= and -fontengine= are left out.
constexpr ToolkitOption toolkitOptions[] = {
    {"platform", Value::Next},
    {"platformpluginpath", Value::Next},
    {"platformtheme", Value::Next},
    {"plugin", Value::Next},
    {"qmljsdebugger", Value::NextOrAttached},
    {"qwindowgeometry", Value::Next},
    {"qwindowicon", Value::Next},
    {"qwindowtitle", Value::Next},
    {"reverse", Value::None},
    {"session", Value::Next},
    {"display", Value::Next},
    {"geometry", Value::Next},
    {"style", Value::NextOrAttached},
    {"stylesheet", Value::NextOrAttached},
    {"widgetcount", Value::None},
};

// The option's name without its dashes ("-style=Fusion" is "style=Fusion"), or "" when the
// argument is no option.
QStringView optionText(const QString& argument)
{
    if (argument.startsWith(u"--"))
        return QStringView(argument).mid(2);
    if (argument.startsWith(u'-'))
        return QStringView(argument).mid(1);
    return {};
}

// How many arguments from this one belong to a toolkit option: 0, 1 or 2.
qsizetype toolkitArguments(const QString& argument)
{
    const QStringView text = optionText(argument);
    if (text.isEmpty())
        return 0;
    const auto* option = std::find_if(
        std::begin(toolkitOptions), std::end(toolkitOptions), [&](const ToolkitOption& candidate) {
            const QLatin1String name(candidate.name);
            return text == name ||
                   (candidate.value == Value::NextOrAttached && text.startsWith(name) &&
                    text.size() > name.size() && text[name.size()] == u'=');
        });
    if (option == std::end(toolkitOptions))
        return 0;
    return option->value == Value::None || text.contains(u'=') ? 1 : 2;
}

} // namespace

QStringList withoutToolkitOptions(const QStringList& arguments)
{
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const qsizetype taken = i == 0 ? 0 : toolkitArguments(arguments[i]);
        if (taken == 0)
            kept.append(arguments[i]);
        else
            i += taken - 1;
    }
    return kept;
}

QString toolkitOptionNames()
{
    QStringList names;
    for (const ToolkitOption& option : toolkitOptions)
        names.append(u'-' + QLatin1String(option.name));
    return names.join(QStringLiteral(", "));
}

} // namespace hearken::cli
