// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QMenuBar;

namespace hearken {

// Every keyboard shortcut of the window, read from its menus so that the sheet cannot fall
// behind them, grouped by menu.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutsDialog(const QMenuBar& menus, QWidget* parent = nullptr);

    // The property naming an action on the sheet when its text changes with what it acts on
    // ("Undo Mark done" is listed as "Undo").
    static constexpr char sheetNameProperty[] = "shortcutSheetName";
};

} // namespace hearken
