#include "pages/quality/SampleDialog.h"

#include "ScreenFit.h"
#include "Settings.h"
#include "background/DatabaseJobs.h"
#include "common/IsoWeek.h"
#include "pages/PageParts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fb::ui {
namespace {

constexpr int kWeeksOffered = 12;

QString newSeed()
{
    return QString::number(QRandomGenerator::global()->bounded(1u, 1'000'000'000u));
}

} // namespace

int SampleDialog::defaultWeek(QDate dataEnd, QDate today)
{
    IsoWeek week = IsoWeek::ofDate(dataEnd.isValid() && dataEnd < today ? dataEnd : today);
    if (week.monday().addDays(6) >= today) // still running: not complete
        week = IsoWeek::ofDate(week.monday().addDays(-7));
    return week.key();
}

SampleDialog::SampleDialog(DatabaseJobs& jobs, const AgentDirectory& directory, QDate dataEnd, QWidget* parent,
                           QDate today)
    : QDialog(parent), m_jobs(jobs)
{
    setWindowTitle(tr("Evaluate a Random Sample"));
    m_team = new QComboBox(this);
    m_team->setAccessibleName(tr("Team"));
    m_team->addItem(tr("— choose a team —"), QString());
    for (const QString& t : directory.teams)
        m_team->addItem(t, t);
    m_team->setCurrentIndex(std::max(0, m_team->findData(Settings::myTeam()))); // File ▸ My Team and Name…
    m_week = new QComboBox(this);
    m_week->setAccessibleName(tr("Week"));
    const QDate first = IsoWeek::fromKey(defaultWeek(dataEnd, today)).monday();
    for (int i = 0; i < kWeeksOffered; ++i) {
        const QDate monday = first.addDays(-7 * i);
        const IsoWeek w = IsoWeek::ofDate(monday);
        m_week->addItem(tr("%1 (%2 to %3)")
                            .arg(w.toString(), monday.toString(Qt::ISODate), monday.addDays(6).toString(Qt::ISODate)),
                        w.key());
    }
    m_size = new QSpinBox(this);
    m_size->setRange(1, 100);
    m_size->setValue(5);
    m_size->setAccessibleName(tr("Contacts to draw"));
    m_seed = new QLineEdit(newSeed(), this);
    m_seed->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,19}")), m_seed));
    m_seed->setAccessibleName(tr("Seed"));
    m_seed->setToolTip(tr("The same seed on the same data draws the same contacts, so the draw can be repeated and "
                          "checked."));
    auto* reseed = new QPushButton(tr("New s&eed"), this);
    m_draw = new QPushButton(tr("&Draw"), this);
    m_draw->setDefault(true);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_table = makeResultTable({tr("#"), tr("Interaction"), tr("Agent"), tr("Started"), tr("Evaluated"), QString()},
                              tr("Sampled contacts"), this);
    m_table->setAccessibleDescription(
        tr("One row per drawn contact: when it started, whether it has an evaluation, and a button to evaluate it."));
    auto* seedRow = new QHBoxLayout;
    seedRow->addWidget(m_seed, 1);
    seedRow->addWidget(reseed);
    auto* form = new QFormLayout;
    form->addRow(tr("&Team:"), m_team);
    form->addRow(tr("&Week:"), m_week);
    form->addRow(tr("&Contacts:"), m_size);
    auto* seedLabel = new QLabel(tr("&Seed:"), this); // a row of two widgets: the label needs its buddy
    seedLabel->setBuddy(m_seed);
    form->addRow(seedLabel, seedRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_draw, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_draw, &QPushButton::clicked, this, &SampleDialog::draw);
    connect(reseed, &QPushButton::clicked, this, [this] { m_seed->setText(newSeed()); });
    resizeToScreen(this, QSize(900, 600));
}

QString SampleDialog::message() const
{
    return m_message->text();
}

void SampleDialog::draw()
{
    const std::string team = m_team->currentData().toString().toStdString();
    const int week = m_week->currentData().toInt();
    const int n = m_size->value();
    const quint64 seed = m_seed->text().toULongLong();
    const int serial = ++m_serial;
    m_message->setText(tr("Drawing…"));
    m_jobs.run(
        this, [team, week, n, seed](store::Database& db) { return store::sampleToEvaluate(db, n, seed, team, week); },
        [this, serial](Result<std::vector<store::SampledContact>> r) {
            if (serial != m_serial)
                return;
            if (!r) {
                m_message->setText(tr("⚠ %1").arg(r.error().toString()));
                m_sample.clear();
                m_table->setRowCount(0);
                return;
            }
            showSample(r.value());
            emit drawn();
        });
}

void SampleDialog::showSample(const std::vector<store::SampledContact>& sample)
{
    m_sample = sample;
    std::vector<QStringList> rows;
    int done = 0;
    for (size_t i = 0; i < sample.size(); ++i) {
        const auto& c = sample[i];
        QStringList ids;
        for (const auto& e : c.evaluationIds)
            ids << QString::fromStdString(e);
        done += ids.isEmpty() ? 0 : 1;
        rows.push_back({QString::number(i + 1), QString::fromStdString(c.interactionId),
                        tr("%1 (%2)").arg(QString::fromStdString(c.agentName), QString::fromStdString(c.agentId)),
                        c.startedAt.left(16).replace(u'T', u' '),
                        ids.isEmpty() ? tr("not yet") : tr("✓ %1").arg(ids.join(QStringLiteral(", "))), QString()});
    }
    fillResultTable(m_table, rows, {0});
    for (int r = 0; r < static_cast<int>(sample.size()); ++r) {
        const QString id = QString::fromStdString(sample[static_cast<size_t>(r)].interactionId);
        auto* evaluate = new QPushButton(tr("Evaluate"), m_table);
        evaluate->setAccessibleName(tr("Evaluate %1").arg(id));
        connect(evaluate, &QPushButton::clicked, this, [this, id] { emit evaluateRequested(id); });
        m_table->setCellWidget(r, 5, evaluate);
    }
    m_table->resizeColumnsToContents();
    m_message->setText(tr("%1 of %2 contacts already evaluated.").arg(done).arg(sample.size()));
}

} // namespace fb::ui
