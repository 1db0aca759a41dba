// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/form_error.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>

namespace hearken {

FormError::FormError(QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(side));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addWidget(m_text, 1);
    setVisible(false);
}

void FormError::show(const QString& message, QWidget* fieldToFix)
{
    m_text->setText(message);
    m_text->setAccessibleName(message);
    setVisible(true);
    if (fieldToFix && fieldToFix->isEnabled()) {
        fieldToFix->setFocus(Qt::OtherFocusReason);
        if (auto* edit = qobject_cast<QLineEdit*>(fieldToFix))
            edit->selectAll();
    }
}

void FormError::clear()
{
    m_text->clear();
    setVisible(false);
}

QString FormError::text() const
{
    return m_text->text();
}

} // namespace hearken
