#include "ProfileBar.h"

#include "ImportSession.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace luotsi::gui {

using namespace luotsi::core::importing;

ProfileBar::ProfileBar(ImportSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_profiles = new QComboBox(this);
    m_profiles->setObjectName(QStringLiteral("profileComboBox"));
    m_profiles->setMinimumContentsLength(24);
    m_load = new QPushButton(tr("&Load"), this);
    m_load->setObjectName(QStringLiteral("loadProfileButton"));
    m_load->setToolTip(tr("Replace the mapping below with the chosen profile."));
    m_save = new QPushButton(tr("&Save as…"), this);
    m_save->setObjectName(QStringLiteral("saveProfileButton"));
    m_save->setToolTip(tr("Save the mapping below as a profile for the next file from the same "
                          "system."));
    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setObjectName(QStringLiteral("exportProfileButton"));
    m_export->setToolTip(tr("Write the mapping below to a JSON file."));
    m_import = new QPushButton(tr("I&mport…"), this);
    m_import->setObjectName(QStringLiteral("importProfileButton"));
    m_import->setToolTip(tr("Read a profile from a JSON file, store it and use it."));
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("profileNoteLabel"));
    m_note->setEnabled(false);

    auto* label = new QLabel(tr("&Profile:"), this);
    label->setBuddy(m_profiles);
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label);
    row->addWidget(m_profiles);
    row->addWidget(m_load);
    row->addSpacing(12);
    row->addWidget(m_save);
    row->addWidget(m_export);
    row->addWidget(m_import);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_note);

    connect(m_load, &QPushButton::clicked, this, &ProfileBar::load);
    connect(m_save, &QPushButton::clicked, this, &ProfileBar::saveAs);
    connect(m_export, &QPushButton::clicked, this, &ProfileBar::exportToFile);
    connect(m_import, &QPushButton::clicked, this, &ProfileBar::importFromFile);
    connect(m_profiles, &QComboBox::currentIndexChanged, this,
            [this] { m_load->setEnabled(!m_profiles->currentData().toString().isEmpty()); });
}

void ProfileBar::reload()
{
    m_profiles->clear();
    m_profiles->addItem(tr("(no profile)"), QString());
    for (const QString& name : m_session.profiles().list())
        m_profiles->addItem(name, name);
    const QString matched = m_session.matchedProfile();
    select(matched.isEmpty() ? m_session.mapping().profileName : matched);
    m_note->setText(
        matched.isEmpty()
            ? tr("No saved profile matches the headers: the mapping below is "
                 "suggested from the headers and the values.")
            : tr("The saved profile \"%1\" matches the headers and was applied.").arg(matched));
}

void ProfileBar::select(const QString& name)
{
    const int index = m_profiles->findData(name);
    m_profiles->setCurrentIndex(index >= 0 ? index : 0);
    m_load->setEnabled(index > 0);
}

void ProfileBar::load()
{
    const QString name = m_profiles->currentData().toString();
    if (name.isEmpty())
        return;
    const auto profile = m_session.profiles().load(name);
    if (!profile) {
        showError(tr("Load profile"), profile.error().text());
        return;
    }
    if (const auto status = m_session.applyProfile(*profile); !status) {
        showError(
            tr("Load profile"),
            tr("The profile \"%1\" does not fit this sheet: %2").arg(name, status.error().text()));
        return;
    }
    m_note->setText(tr("The profile \"%1\" was loaded.").arg(name));
    emit mappingReplaced();
}

void ProfileBar::saveAs()
{
    ColumnMapping& mapping = m_session.mapping();
    QString suggested = mapping.profileName;
    if (suggested.isEmpty())
        suggested = mapping.sourceSystem;
    if (suggested.isEmpty())
        suggested = QFileInfo(m_session.filePath()).completeBaseName();
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save profile"),
                              tr("Name of the profile (for example the source system):"),
                              QLineEdit::Normal, suggested, &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    if (m_session.profiles().list().contains(name) &&
        QMessageBox::question(this, tr("Save profile"),
                              tr("A profile \"%1\" exists. Replace it?").arg(name)) !=
            QMessageBox::Yes)
        return;
    ColumnMapping profile = mapping;
    profile.profileName = name;
    if (const auto status = m_session.profiles().save(profile); !status) {
        showError(tr("Save profile"), status.error().text());
        return;
    }
    mapping.profileName = name;
    reload();
    select(name);
    m_note->setText(tr("Saved as the profile \"%1\".").arg(name));
}

void ProfileBar::exportToFile()
{
    ColumnMapping profile = m_session.mapping();
    if (profile.profileName.isEmpty())
        profile.profileName = profile.sourceSystem.isEmpty()
                                  ? QFileInfo(m_session.filePath()).completeBaseName()
                                  : profile.sourceSystem;
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                          u'/' + profile.profileName + QStringLiteral(".json");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the mapping"), start,
                                                      tr("Mapping profiles (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(profile.toJson()) < 0 || !file.commit()) {
        showError(tr("Export the mapping"),
                  tr("%1 cannot be written: %2").arg(path, file.errorString()));
        return;
    }
    m_note->setText(tr("The mapping was written to %1.").arg(QDir::toNativeSeparators(path)));
}

void ProfileBar::importFromFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a profile"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Mapping profiles (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto profile = m_session.profiles().importFrom(path);
    if (!profile) {
        showError(tr("Import a profile"), profile.error().text());
        return;
    }
    reload();
    select(profile->profileName);
    if (const auto status = m_session.applyProfile(*profile); !status) {
        showError(tr("Import a profile"),
                  tr("The profile \"%1\" was stored, but it does not fit this sheet: %2")
                      .arg(profile->profileName, status.error().text()));
        return;
    }
    m_note->setText(tr("The profile \"%1\" was imported and applied.").arg(profile->profileName));
    emit mappingReplaced();
}

void ProfileBar::showError(const QString& title, const QString& text)
{
    QMessageBox::warning(this, title, text);
}

} // namespace luotsi::gui
