#include "pages/recognition/BehaviorsDialog.h"

#include "analytics/CalibrationText.h"
#include "analytics/Coaching.h"
#include "common/Text.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace fb::ui {

BehaviorsDialog::BehaviorsDialog(std::vector<RecognitionBehavior> behaviors, const std::vector<std::string>& attributes,
                                 std::map<std::string, int> uses, QWidget* parent)
    : QDialog(parent), m_items(std::move(behaviors)), m_uses(std::move(uses))
{
    setWindowTitle(tr("Recognition behaviours"));
    for (const auto& b : m_items)
        m_original.push_back(b.name);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Behaviours"));
    m_list->setAccessibleDescription(
        tr("The behaviours a nomination can cite; choose one to rename it or change what measures it."));
    auto* listLabel = new QLabel(tr("&Behaviours a nomination picks from:"), this);
    listLabel->setBuddy(m_list);
    m_name = new QLineEdit(this);
    m_measure = new QComboBox(this);
    m_measure->addItem(tr("nothing (not measured)"), QString());
    for (const auto& m : analytics::targetableMetrics()) {
        const analytics::TargetMetric t{false, m, {}};
        m_measure->addItem(tr("%1 (scorecard metric)").arg(t.label()), q(t.key()));
    }
    for (const auto& a : attributes)
        m_measure->addItem(tr("%1 (rubric attribute)").arg(analytics::attributeLabel(a)), q(a));
    m_add = new QPushButton(tr("&Add"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Tied to:"), m_measure);
    auto* row = new QHBoxLayout;
    row->addWidget(m_add);
    row->addWidget(m_remove);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addLayout(row);
    layout->addWidget(m_note);
    layout->addWidget(buttons);

    for (const auto& b : m_items)
        m_list->addItem(itemText(b));
    connect(m_list, &QListWidget::currentRowChanged, this, &BehaviorsDialog::select);
    connect(m_name, &QLineEdit::textEdited, this, &BehaviorsDialog::edited);
    connect(m_measure, &QComboBox::currentIndexChanged, this, &BehaviorsDialog::edited);
    connect(m_add, &QPushButton::clicked, this, &BehaviorsDialog::addBehavior);
    connect(m_remove, &QPushButton::clicked, this, &BehaviorsDialog::removeBehavior);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        m_note->setText(tr("Saving…"));
        emit saveRequested(m_items);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_list->setCurrentRow(m_items.empty() ? -1 : 0);
    select(m_list->currentRow());
    resize(560, 460); // fits 1280x720 with room for the page behind it
}

void BehaviorsDialog::failed(const QString& message)
{
    m_note->setText(tr("Not saved, nothing changed: %1").arg(message));
}

QString BehaviorsDialog::itemText(const RecognitionBehavior& b) const
{
    const QString name = b.name.empty() ? tr("(no name yet)") : q(b.name);
    const int i = m_measure->findData(q(b.measure));
    return tr("%1 — %2").arg(name, i >= 0 ? m_measure->itemText(i) : q(b.measure));
}

QString BehaviorsDialog::usedNote(const std::string& name) const
{
    const auto it = m_uses.find(name);
    if (name.empty() || it == m_uses.end() || it->second == 0)
        return {};
    // The store keeps a nomination's behaviour as text (nothing given is lost), so this informs, never refuses.
    return tr("'%1' is cited by %n nomination(s); they keep that name as given.", nullptr, it->second).arg(q(name));
}

void BehaviorsDialog::select(int row)
{
    const bool has = row >= 0 && row < static_cast<int>(m_items.size());
    m_name->setEnabled(has);
    m_measure->setEnabled(has);
    m_remove->setEnabled(has);
    const QSignalBlocker blockName(m_name);
    const QSignalBlocker blockMeasure(m_measure);
    if (!has) {
        m_name->clear();
        m_measure->setCurrentIndex(0);
        return;
    }
    const RecognitionBehavior& b = m_items[static_cast<size_t>(row)];
    m_name->setText(q(b.name));
    int i = m_measure->findData(q(b.measure));
    if (i < 0) { // tied to what the rubric no longer has: shown as it is, so Save names it
        m_measure->addItem(q(b.measure), q(b.measure));
        i = m_measure->count() - 1;
    }
    m_measure->setCurrentIndex(i);
}

void BehaviorsDialog::edited()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= static_cast<int>(m_items.size()))
        return;
    RecognitionBehavior& b = m_items[static_cast<size_t>(row)];
    b.name = m_name->text().trimmed().toStdString();
    b.measure = m_measure->currentData().toString().toStdString();
    m_list->item(row)->setText(itemText(b));
    const std::string& was = m_original[static_cast<size_t>(row)];
    m_note->setText(b.name != was ? usedNote(was) : QString());
}

void BehaviorsDialog::addBehavior()
{
    m_items.push_back({});
    m_original.emplace_back();
    m_list->addItem(itemText(m_items.back()));
    m_list->setCurrentRow(m_list->count() - 1);
    m_note->clear();
    m_name->setFocus();
}

void BehaviorsDialog::removeBehavior()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= static_cast<int>(m_items.size()))
        return;
    const QString note = usedNote(m_original[static_cast<size_t>(row)]);
    m_items.erase(m_items.begin() + row);
    m_original.erase(m_original.begin() + row);
    delete m_list->takeItem(row);
    select(m_list->currentRow());
    m_note->setText(note);
    m_list->setFocus();
}

} // namespace fb::ui
