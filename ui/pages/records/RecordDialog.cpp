#include "pages/records/RecordDialog.h"

#include "ScreenFit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace fb::ui {

RecordDialog::RecordDialog(QString id, const QString& title, QWidget* parent) : QDialog(parent), m_id(std::move(id))
{
    setWindowTitle(title);
    m_history = new QLabel(tr("Reading…"), this);
    m_history->setWordWrap(true);
    m_versions = new QComboBox(this);
    m_versions->setAccessibleName(tr("Version shown"));
    m_versions->setEnabled(false);
    m_versions->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* top = new QHBoxLayout;
    top->addWidget(m_history, 1);
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_versions);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_edit = new QPushButton(tr("&Edit"), this);
    m_edit->setEnabled(false);
    m_delete = new QPushButton(tr("De&lete…"), this);
    m_delete->setEnabled(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_edit, QDialogButtonBox::ActionRole);
    buttons->addButton(m_delete, QDialogButtonBox::DestructiveRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        m_edit->setEnabled(false);
        m_versions->setEnabled(false);
        m_versions->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        startEdit();
    });
    connect(m_delete, &QPushButton::clicked, this, &RecordDialog::askDelete);
    connect(m_versions, &QComboBox::activated, this, [this](int index) {
        m_edit->setEnabled(index == 0); // only the current version is edited
        showVersion(index);
    });
    resizeToScreen(this, QSize(1100, 760));
}

void RecordDialog::setForm(QWidget* form)
{
    m_scroll->setWidget(form);
}

QString RecordDialog::historyText() const
{
    return m_history->text();
}

void RecordDialog::showLoaded(const QString& historyLine, const QStringList& versions)
{
    m_history->setText(historyLine);
    m_versions->clear();
    m_versions->addItems(versions);
    m_versions->setEnabled(versions.size() > 1);
    m_edit->setEnabled(true);
    m_delete->setEnabled(true);
    emit loaded();
}

void RecordDialog::showError(const QString& text)
{
    m_history->setText(tr("⚠ %1").arg(text));
}

void RecordDialog::editSaved()
{
    emit changed(m_id);
    load();
}

void RecordDialog::askDelete()
{
    const auto answer = QMessageBox::question(this, windowTitle(), deleteQuestion(), QMessageBox::Yes | QMessageBox::No,
                                              QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    emit deleteConfirmed(m_id);
    accept();
}

} // namespace fb::ui
