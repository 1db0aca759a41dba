// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hearken {

// The name a saved view is shown by: the views every workspace starts with in the person's
// language (the workspace keeps their English names, shared by everyone on a team), any other
// view as the person named it.
QString savedViewTitle(const QString& name);
// The name to store for a view the person named `title`: a shipped view's English name when
// `title` is its title in the person's language, so that saving under the name they see
// replaces that view, as it does in English; `title` itself otherwise.
QString savedViewName(const QString& title);

} // namespace hearken
