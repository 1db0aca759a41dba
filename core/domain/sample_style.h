// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace hearken {

// How the sample workspace shows one network, told by the network's provider: the brand's
// account there, the handles of the people who write to it, and the shape of their posts.
struct SampleStyle {
    // The provider's id, stored with the sample account and its posts.
    QString network;
    QString accountHandle;
    QString serverUrl;
    // A sample person's handle from a lower-case ASCII name and a number that tells namesakes
    // apart.
    std::function<QString(const QString& name, int number)> personHandle;
    // How many of the posts that are not replies quote the brand instead of mentioning it.
    double quoteShare = 0;
    // What a mention's text starts with, as some networks put the addressee first; empty when
    // the mention is not in the text.
    QString mentionLead;
};

} // namespace hearken
