// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/post.h"

#include "domain/enum_names.h"

#include <QCoreApplication>

namespace hearken {

namespace {
constexpr EnumName<PostKind> kindNames[] = {
    {PostKind::Mention, u"mention"}, {PostKind::Reply, u"reply"}, {PostKind::Quote, u"quote"},
    {PostKind::Comment, u"comment"}, {PostKind::Own, u"own"},
};
} // namespace

QString postKindName(PostKind kind)
{
    return nameOf(kindNames, kind);
}
std::optional<PostKind> postKindFromName(QStringView name)
{
    return valueOf(kindNames, name);
}

QString postKindLabel(PostKind kind)
{
    switch (kind) {
    case PostKind::Mention:
        return QCoreApplication::translate("hearken::PostKind", "Mention");
    case PostKind::Reply:
        return QCoreApplication::translate("hearken::PostKind", "Reply");
    case PostKind::Quote:
        return QCoreApplication::translate("hearken::PostKind", "Quote");
    case PostKind::Comment:
        return QCoreApplication::translate("hearken::PostKind", "Comment");
    case PostKind::Own:
        return QCoreApplication::translate("hearken::PostKind", "Our post");
    }
    return {};
}

} // namespace hearken
