// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hearken {

// A brand identity on one network. Never holds a secret: those live in the vault.
struct Account {
    qint64 id = 0;
    QString network;
    QString remoteId;
    QString handle;
    QString displayName;
    QString serverUrl;
    QString authKind;
    bool isSample = false;
};

// A member of the team items can be assigned to.
struct Teammate {
    qint64 id = 0;
    QString name;
};

} // namespace hearken
