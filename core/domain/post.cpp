// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/post.h"

#include "domain/enum_names.h"

namespace hearken {

namespace {
constexpr EnumName<PostKind> kindNames[] = {
    {PostKind::Mention, u"mention", QT_TRANSLATE_NOOP("hearken::PostKind", "Mention")},
    {PostKind::Reply, u"reply", QT_TRANSLATE_NOOP("hearken::PostKind", "Reply")},
    {PostKind::Quote, u"quote", QT_TRANSLATE_NOOP("hearken::PostKind", "Quote")},
    {PostKind::Comment, u"comment", QT_TRANSLATE_NOOP("hearken::PostKind", "Comment")},
    {PostKind::Own, u"own", QT_TRANSLATE_NOOP("hearken::PostKind", "Our post")},
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
    return labelOf(kindNames, kind, "hearken::PostKind");
}

} // namespace hearken
