#include "pages/quality/RubricEditor.h"

#include "analytics/CalibrationText.h"
#include "analytics/Coaching.h"
#include "background/DatabaseJobs.h"
#include "common/DateFormat.h"
#include "common/IsoWeek.h"
#include "pages/PageParts.h"
#include "store/AgentDirectory.h"
#include "store/CalibrationStore.h"
#include "store/CoachingStore.h"
#include "store/QaStore.h"
#include "store/ScorecardStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fb::ui {

namespace {
enum Col { Name, Description, Weight, Scale, NaAllowed, Critical, Cols };
}

RubricEditor::RubricEditor(DatabaseJobs& worker, QWidget* parent) : QWidget(parent), m_worker(worker)
{
    m_version = new QComboBox(this);
    m_version->setAccessibleName(tr("Rubric version"));
    m_table = new QTableWidget(0, Cols, this);
    m_table->setAccessibleName(tr("Rubric attributes"));
    m_table->setAccessibleDescription(tr("One row per attribute of the rubric: its description, weight and scale, "
                                         "whether NA is allowed and whether it is critical."));
    m_table->setHorizontalHeaderLabels(
        {tr("Attribute"), tr("Description"), tr("Weight"), tr("Scale"), tr("NA allowed"), tr("Critical")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_anchorTitle = new QLabel(this);
    m_anchors = new QTableWidget(0, 2, this);
    m_anchors->setAccessibleName(tr("Levels of the selected attribute"));
    m_anchors->setAccessibleDescription(
        tr("What each level of the selected attribute means; edit a cell to change it."));
    m_anchors->setHorizontalHeaderLabels({tr("Level"), tr("What it means")});
    m_anchors->verticalHeader()->hide();
    m_anchors->horizontalHeader()->setStretchLastSection(true);
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("What changed and why (kept with the version)"));
    m_note->setAccessibleName(tr("Version note"));
    m_add = new QPushButton(tr("&Add attribute"), this);
    m_remove = new QPushButton(tr("Re&move attribute"), this);
    m_save = new QPushButton(tr("&Save as new version"), this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto* bar = new QHBoxLayout;
    auto* vl = new QLabel(tr("&Version"), this);
    vl->setBuddy(m_version);
    bar->addWidget(vl);
    bar->addWidget(m_version, 1);
    bar->addStretch();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_note, 1);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 3);
    // Beside each attribute's levels, how calibration sessions ruled on it,
    // so the next session can look a case up where the standard is written.
    m_rulings = makeResultTable({tr("Decided"), tr("Session"), tr("Agreed"), tr("Why")},
                                tr("Calibration rulings on this attribute"), this);
    m_rulings->setAccessibleDescription(tr("What calibration sessions decided about this attribute, and why."));
    m_rulings->setWordWrap(false);
    m_rulings->setTextElideMode(Qt::ElideRight);
    auto* levels = new QVBoxLayout;
    levels->addWidget(m_anchorTitle);
    levels->addWidget(m_anchors, 1);
    auto* rulings = new QVBoxLayout;
    m_rulingsTitle = new QLabel(this);
    rulings->addWidget(m_rulingsTitle);
    rulings->addWidget(m_rulings, 1);
    auto* below = new QHBoxLayout;
    below->addLayout(levels, 1);
    below->addLayout(rulings, 1);
    layout->addLayout(below, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_version, &QComboBox::activated, this, [this] { reload(m_version->currentData().toInt()); });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { selectAttribute(row); });
    connect(m_anchors, &QTableWidget::itemChanged, this, [this] { storeAnchors(); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* name = new QTableWidgetItem(QStringLiteral("new_attribute"));
        name->setData(Qt::UserRole, QStringList(5));
        m_table->setItem(row, Name, name);
        m_table->setItem(row, Description, new QTableWidgetItem());
        m_table->setItem(row, Weight, new QTableWidgetItem(QStringLiteral("10")));
        auto* scale = new QComboBox(m_table);
        scale->addItems({QStringLiteral("0-4"), QStringLiteral("yes/no")});
        m_table->setCellWidget(row, Scale, scale);
        for (int c : {NaAllowed, Critical}) {
            auto* check = new QTableWidgetItem;
            check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            check->setCheckState(c == NaAllowed ? Qt::Checked : Qt::Unchecked);
            m_table->setItem(row, c, check);
        }
        m_table->setCurrentCell(row, Name);
        m_table->editItem(m_table->item(row, Name));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0) {
            m_anchorRow = -1;
            m_table->removeRow(row);
            selectAttribute(m_table->currentRow());
        }
    });
    connect(m_save, &QPushButton::clicked, this, &RubricEditor::save);
}

void RubricEditor::reload(int version)
{
    m_worker.run(
        this,
        [version](store::Database& db) -> Result<std::pair<store::FullRubric, std::vector<store::RubricVersionInfo>>> {
            auto versions = store::rubricVersions(db);
            if (!versions)
                return versions.error();
            auto r = store::loadRubric(db, version);
            if (!r)
                return r.error();
            return std::make_pair(std::move(r.value()), std::move(versions.value()));
        },
        [this](Result<std::pair<store::FullRubric, std::vector<store::RubricVersionInfo>>> r) {
            if (!r) {
                m_status->setText(tr("⚠ %1").arg(r.error().toString()));
                return;
            }
            const auto& versions = r->second;
            {
                const QSignalBlocker block(m_version);
                m_version->clear();
                for (auto it = versions.rbegin(); it != versions.rend(); ++it)
                    m_version->addItem(tr("Version %1 — %2%3 — evaluations: %5%4")
                                           .arg(it->version)
                                           .arg(it->createdAt.left(10))
                                           .arg(it->note.isEmpty() ? QString() : QStringLiteral(" — ") + it->note)
                                           .arg(it == versions.rbegin() ? tr(" (current)") : QString())
                                           .arg(it->evaluations),
                                       it->version);
                m_version->setCurrentIndex(m_version->findData(r->first.version));
            }
            show(r->first, !versions.empty() && r->first.version == versions.back().version);
            emit loaded();
        });
}

void RubricEditor::show(const store::FullRubric& rubric, bool latest)
{
    m_shown = rubric;
    m_latest = latest;
    m_anchorRow = -1;
    const QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    m_table->setRowCount(int(rubric.attributes.size()));
    double total = 0;
    for (int i = 0; i < int(rubric.attributes.size()); ++i) {
        const auto& a = rubric.attributes[size_t(i)];
        total += a.weight;
        auto* name = new QTableWidgetItem(QString::fromStdString(a.name));
        // The name is the key files and the CLI use; the pages show it as words.
        name->setToolTip(tr("Shown on the pages as “%1”").arg(analytics::attributeLabel(a.name)));
        QStringList anchors;
        if (auto it = rubric.anchors.find(a.name); it != rubric.anchors.end())
            for (const auto& s : it->second)
                anchors << QString::fromStdString(s);
        while (anchors.size() < 5)
            anchors << QString();
        name->setData(Qt::UserRole, anchors);
        m_table->setItem(i, Name, name);
        m_table->setItem(i, Description, new QTableWidgetItem(QString::fromStdString(a.description)));
        m_table->setItem(i, Weight, new QTableWidgetItem(QString::number(a.weight)));
        auto* scale = new QComboBox(m_table);
        scale->addItems({QStringLiteral("0-4"), QStringLiteral("yes/no")});
        scale->setCurrentIndex(a.yesNo ? 1 : 0);
        scale->setEnabled(latest);
        connect(scale, &QComboBox::currentIndexChanged, this, [this] { selectAttribute(m_table->currentRow()); });
        m_table->setCellWidget(i, Scale, scale);
        for (int c : {NaAllowed, Critical}) {
            auto* check = new QTableWidgetItem(c == Critical && a.critical ? tr("critical") : QString());
            check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            check->setCheckState((c == NaAllowed ? a.naAllowed : a.critical) ? Qt::Checked : Qt::Unchecked);
            m_table->setItem(i, c, check);
        }
    }
    // Every name whole (policy_adherence was cut to "policy_adher…"); the description takes the rest.
    m_table->resizeColumnToContents(Name);
    m_table->setEditTriggers(latest ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    m_anchors->setEditTriggers(latest ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    for (QWidget* w : std::initializer_list<QWidget*>{m_add, m_remove, m_save, m_note})
        w->setEnabled(latest);
    m_status->setText(latest ? tr("Weights sum to %1. Saving an edit makes version %2; evaluations already scored "
                                  "keep the version they were scored with.")
                                   .arg(total)
                                   .arg(rubric.version + 1)
                             : tr("Version %1 is read-only: evaluations scored with it keep it. Pick the current "
                                  "version to edit.")
                                   .arg(rubric.version));
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, Name);
    selectAttribute(m_table->currentRow());
}

void RubricEditor::selectAttribute(int row)
{
    const QSignalBlocker block(m_anchors);
    m_anchorRow = row;
    m_anchors->setRowCount(0);
    if (row < 0 || !m_table->item(row, Name)) {
        m_anchorTitle->clear();
        return;
    }
    const bool yesNo = static_cast<QComboBox*>(m_table->cellWidget(row, Scale))->currentIndex() == 1;
    const QStringList anchors = m_table->item(row, Name)->data(Qt::UserRole).toStringList();
    m_anchorTitle->setText(
        tr("<b>Levels of %1</b> (what each score means)")
            .arg(analytics::attributeLabel(m_table->item(row, Name)->text().toStdString()).toHtmlEscaped()));
    const int levels = yesNo ? 2 : 5;
    m_anchors->setRowCount(levels);
    for (int l = 0; l < levels; ++l) {
        auto* level = new QTableWidgetItem(yesNo ? (l ? tr("1 — yes") : tr("0 — no")) : QString::number(l));
        level->setFlags(Qt::ItemIsEnabled);
        m_anchors->setItem(l, 0, level);
        m_anchors->setItem(l, 1, new QTableWidgetItem(l < anchors.size() ? anchors[l] : QString()));
    }
    m_anchors->resizeColumnToContents(0);
    showRulings(m_table->item(row, Name)->text());
}

void RubricEditor::showRulings(const QString& attribute)
{
    const QString label = analytics::attributeLabel(attribute.toStdString()).toHtmlEscaped();
    m_rulingsTitle->setText(tr("<b>Calibration rulings on %1</b>").arg(label));
    m_rulings->setRowCount(0);
    const std::string name = attribute.toStdString();
    m_worker.run(
        this, [name](store::Database& db) { return store::searchDecisionNotes(db, {}, name); },
        [this, attribute, label](Result<std::vector<DecisionNote>> notes) {
            const int row = m_table->currentRow();
            if (!notes || row < 0 || !m_table->item(row, Name) || m_table->item(row, Name)->text() != attribute)
                return; // another attribute was chosen meanwhile
            const auto& list = notes.value();
            std::vector<QStringList> rows;
            rows.reserve(list.size());
            for (const auto& n : list)
                rows.push_back({format::date(n.decidedOn), QString::fromStdString(n.sessionId),
                                n.score ? format::compact(*n.score, 2) : tr("NA"), QString::fromStdString(n.note)});
            fillResultTable(m_rulings, rows, {2});
            // The ruling takes the width left, one line a row; the whole text is in its tooltip.
            m_rulings->horizontalHeader()->setSectionResizeMode(m_rulings->columnCount() - 1, QHeaderView::Stretch);
            if (list.empty())
                m_rulingsTitle->setText(tr("<b>Calibration rulings on %1</b>: none yet").arg(label));
            emit rulingsShown();
        });
}

void RubricEditor::storeAnchors()
{
    if (m_anchorRow < 0 || !m_table->item(m_anchorRow, Name))
        return;
    QStringList anchors = m_table->item(m_anchorRow, Name)->data(Qt::UserRole).toStringList();
    while (anchors.size() < 5)
        anchors << QString();
    for (int l = 0; l < m_anchors->rowCount(); ++l)
        anchors[l] = m_anchors->item(l, 1) ? m_anchors->item(l, 1)->text() : QString();
    m_table->item(m_anchorRow, Name)->setData(Qt::UserRole, anchors);
}

store::FullRubric RubricEditor::edited() const
{
    store::FullRubric r;
    r.note = m_note->text().trimmed();
    for (int i = 0; i < m_table->rowCount(); ++i) {
        RubricAttribute a;
        a.name = m_table->item(i, Name)->text().trimmed().toStdString();
        a.description = m_table->item(i, Description)->text().trimmed().toStdString();
        bool ok = false;
        a.weight = m_table->item(i, Weight)->text().replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        if (!ok)
            a.weight = -1; // refused by validation with the attribute's name
        a.yesNo = static_cast<QComboBox*>(m_table->cellWidget(i, Scale))->currentIndex() == 1;
        a.naAllowed = m_table->item(i, NaAllowed)->checkState() == Qt::Checked;
        a.critical = m_table->item(i, Critical)->checkState() == Qt::Checked;
        std::vector<std::string> anchors;
        for (const auto& s : m_table->item(i, Name)->data(Qt::UserRole).toStringList())
            anchors.push_back(s.trimmed().toStdString());
        r.anchors[a.name] = anchors;
        r.attributes.push_back(std::move(a));
    }
    return r;
}

void RubricEditor::save()
{
    storeAnchors();
    const store::FullRubric r = edited();
    if (auto v = store::validateRubric(r); !v) {
        m_status->setText(tr("⚠ %1").arg(v.error().toString()));
        return;
    }
    const int before = m_shown.version;
    m_worker.run(
        this, [r](store::Database& db) { return store::saveRubricVersion(db, r); },
        [this, before](Result<int> v) {
            if (!v) {
                m_status->setText(tr("⚠ %1").arg(v.error().toString()));
                return;
            }
            m_note->clear();
            reload(v.value());
            if (v.value() == before)
                m_status->setText(tr("Nothing changed: still version %1.").arg(before));
            else
                emit rubricSaved(v.value());
        });
}

} // namespace fb::ui
