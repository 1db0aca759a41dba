// SPDX-License-Identifier: GPL-3.0-or-later
#include "team/team_workspace_dialog.h"

#include "accounts/form_error.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hearken {

namespace {

QLineEdit* field(const QString& name, const QString& text, const QString& placeholder,
                 QWidget* parent)
{
    auto* edit = new QLineEdit(text, parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

TeamWorkspaceDialog::TeamWorkspaceDialog(const TeamAddress& address, bool canRemember,
                                         QWidget* parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_host(field(u"host"_qs, address.host, tr("db.example.org"), this))
    , m_port(new QSpinBox(this))
    , m_database(field(u"database"_qs, address.database, tr("brand"), this))
    , m_user(field(u"user"_qs, address.user, tr("your name on the server"), this))
    , m_password(field(u"password"_qs, QString(), QString(), this))
    , m_sslMode(new QComboBox(this))
    , m_caFileRow(new QWidget(this))
    , m_caFile(field(u"caFile"_qs, address.caFile, tr("the CA certificate your admin gave you"),
                     m_caFileRow))
    , m_remember(new QCheckBox(tr("&Remember the password in the keychain"), this))
    , m_error(new FormError(this))
    , m_progressText(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_otherOptions(address.otherOptions)
    , m_canRemember(canRemember)
{
    setWindowTitle(tr("Open team workspace"));
    auto* intro = new QLabel(tr("A workspace your team shares lives on a PostgreSQL server. Your "
                                "admin gives you its address and your user name."),
                             this);
    intro->setWordWrap(true);

    m_port->setObjectName(u"port"_qs);
    m_port->setRange(1, 65535);
    m_port->setValue(address.port);
    m_port->setGroupSeparatorShown(false);
    m_password->setEchoMode(QLineEdit::Password);
    m_sslMode->setObjectName(u"sslMode"_qs);
    m_sslMode->addItem(tr("When the server offers it"), u"prefer"_qs);
    m_sslMode->addItem(tr("Always"), u"require"_qs);
    m_sslMode->addItem(tr("Always, and check the server's certificate"), u"verify-full"_qs);
    if (m_sslMode->findData(address.sslMode) < 0)
        m_sslMode->addItem(address.sslMode, address.sslMode);
    m_sslMode->setCurrentIndex(m_sslMode->findData(address.sslMode));

    auto* caLayout = new QHBoxLayout(m_caFileRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    caLayout->addWidget(m_caFile, 1);
    auto* choose = new QPushButton(tr("C&hoose…"), m_caFileRow);
    caLayout->addWidget(choose);

    m_form->addRow(tr("&Server:"), m_host);
    m_form->addRow(tr("P&ort:"), m_port);
    m_form->addRow(tr("&Database:"), m_database);
    m_form->addRow(tr("&User:"), m_user);
    m_form->addRow(tr("&Password:"), m_password);
    m_form->addRow(tr("&Encryption (TLS):"), m_sslMode);
    m_form->addRow(tr("&Certificate authority:"), m_caFileRow);
    m_form->addRow(QString(), m_remember);
    m_remember->setObjectName(u"remember"_qs);
    m_remember->setChecked(canRemember);
    m_remember->setEnabled(canRemember);
    if (!canRemember)
        m_remember->setToolTip(tr("No keychain is available; Hearken asks for the password each "
                                  "time."));

    m_progressText->setObjectName(u"progressText"_qs);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_progressText);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    m_progressText->hide();
    m_progress->hide();

    connect(m_buttons, &QDialogButtonBox::accepted, this, &TeamWorkspaceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TeamWorkspaceDialog::reject);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &TeamWorkspaceDialog::showCaFileRow);
    connect(choose, &QPushButton::clicked, this, &TeamWorkspaceDialog::chooseCaFile);
    for (QLineEdit* edit : {m_host, m_database, m_user, m_password, m_caFile})
        connect(edit, &QLineEdit::textEdited, m_error, &FormError::clear);
    showCaFileRow();
    setMinimumWidth(460);
    // The first field still empty has the keyboard; with the address known, the password.
    for (QLineEdit* edit : {m_host, m_database, m_user, m_password}) {
        if (edit->text().isEmpty()) {
            edit->setFocus();
            break;
        }
    }
}

TeamWorkspaceDialog::~TeamWorkspaceDialog()
{
    if (isTesting())
        QApplication::restoreOverrideCursor();
}

void TeamWorkspaceDialog::showProblem(const QString& problem)
{
    m_error->show(problem, m_password->text().isEmpty() ? m_password : m_host);
}

TeamAddress TeamWorkspaceDialog::address() const
{
    TeamAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.sslMode = m_sslMode->currentData().toString();
    if (address.sslMode == u"verify-full")
        address.caFile = m_caFile->text().trimmed();
    address.otherOptions = m_otherOptions;
    return address;
}

QString TeamWorkspaceDialog::password() const
{
    return m_password->text();
}

bool TeamWorkspaceDialog::remembersPassword() const
{
    return m_canRemember && m_remember->isChecked();
}

void TeamWorkspaceDialog::accept()
{
    if (isTesting())
        return;
    const TeamAddress chosen = address();
    for (const auto& [value, edit] :
         {std::pair{chosen.host, m_host}, {chosen.database, m_database}, {chosen.user, m_user}}) {
        if (value.isEmpty()) {
            m_error->show(tr("Enter the server, the database and your user name."), edit);
            return;
        }
    }
    m_error->clear();
    setTesting(true);
    m_probe.start(
        [uri = chosen.uri(), password = password()] {
            return Database::open(uri, OpenMode::MustExist, password);
        },
        [this](const StoreResult<void>& outcome) { tested(outcome); });
}

void TeamWorkspaceDialog::reject()
{
    if (!isTesting()) {
        QDialog::reject();
        return;
    }
    m_probe.cancel();
    setTesting(false);
}

void TeamWorkspaceDialog::tested(const StoreResult<void>& outcome)
{
    setTesting(false);
    if (outcome) {
        QDialog::accept();
        return;
    }
    const StoreError& error = outcome.error();
    QWidget* fix = m_host;
    if (error.kind == StoreError::Kind::LoginRefused)
        fix = m_password;
    else if (error.kind == StoreError::Kind::Missing)
        fix = m_database;
    m_error->show(error.message, fix);
}

void TeamWorkspaceDialog::setTesting(bool testing)
{
    if (testing)
        QApplication::setOverrideCursor(Qt::BusyCursor);
    else
        QApplication::restoreOverrideCursor();
    for (int row = 0; row < m_form->rowCount(); ++row) {
        if (QLayoutItem* item = m_form->itemAt(row, QFormLayout::FieldRole); item && item->widget())
            item->widget()->setEnabled(!testing);
    }
    m_remember->setEnabled(!testing && m_canRemember);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!testing);
    m_progressText->setText(tr("Connecting to %1…").arg(m_host->text().trimmed()));
    m_progressText->setVisible(testing);
    m_progress->setVisible(testing);
}

void TeamWorkspaceDialog::showCaFileRow()
{
    m_form->setRowVisible(m_caFileRow, m_sslMode->currentData().toString() == u"verify-full");
}

void TeamWorkspaceDialog::chooseCaFile()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Certificate authority"), m_caFile->text(),
                                     tr("Certificates (*.crt *.pem);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

} // namespace hearken
