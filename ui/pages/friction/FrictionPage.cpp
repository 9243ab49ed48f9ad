#include "pages/friction/FrictionPage.h"

#include "ProgramPdf.h"
#include "charts/ProgramCharts.h"
#include "common/AtomicFile.h"
#include "export/ProgramReportCsv.h"
#include "pages/PageParts.h"
#include "pages/friction/PhaseTimeline.h"
#include "store/Database.h"
#include "store/DbWorker.h"
#include "store/ProgramStore.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <map>
#include <set>

namespace fb::ui {
namespace {

using analytics::ProgramMetric;

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QTableWidget* makeTable(const QStringList& headers, QWidget* parent, const QString& name)
{
    return makeResultTable(headers, name, parent);
}

// Fills a table; columns in `numeric` are right-aligned.
void fill(QTableWidget* t, const std::vector<QStringList>& rows, const std::set<int>& numeric = {})
{
    fillResultTable(t, rows, numeric);
}

QString ciText(ProgramMetric m, const analytics::TwoSample& s)
{
    if (!s.low || !s.high)
        return QObject::tr("n/a");
    if (m == ProgramMetric::Dpti)
        return QObject::tr("ratio %1 to %2").arg(QString::number(*s.low, 'f', 2), QString::number(*s.high, 'f', 2));
    const double k = analytics::isProportion(m) ? 100.0 : 1.0;
    const int d = m == ProgramMetric::Aht ? 0 : 1;
    return QObject::tr("%1 to %2").arg(QString::number(*s.low * k, 'f', d), QString::number(*s.high * k, 'f', d));
}

// "better" / "worse" in words, so the table never relies on colour.
QString verdict(ProgramMetric m, const analytics::TwoSample& s)
{
    if (!s.low || !s.high)
        return QObject::tr("cannot tell");
    const bool dpti = m == ProgramMetric::Dpti;
    const double nothing = dpti ? 1.0 : 0.0;
    if (*s.low <= nothing && *s.high >= nothing)
        return QObject::tr("within noise");
    const bool up = dpti ? *s.low > 1.0 : *s.low > 0.0;
    const bool good = analytics::higherIsBetter(m) ? up : !up;
    return good ? QObject::tr("better") : QObject::tr("worse");
}

bool written(const QString& path, const Status& status, QString* error)
{
    if (!status && error)
        *error = QObject::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), status.error().reason);
    return status.ok();
}

} // namespace

FrictionPage::FrictionPage(const QString& databasePath, QWidget* parent)
    : QWidget(parent), m_worker(new DbWorker(databasePath, this)), m_today(QDate::currentDate())
{
    m_program = new QComboBox(this);
    m_program->setAccessibleName(tr("Program"));
    m_program->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_program->setPlaceholderText(tr("No program yet"));
    auto* programLabel = new QLabel(tr("&Program:"), this);
    programLabel->setBuddy(m_program);
    m_new = new QPushButton(tr("&New program…"), this);
    m_export = new QToolButton(this);
    m_export->setText(tr("&Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_export);
    menu->addAction(tr("One-page PDF report for leadership…"), this, &FrictionPage::exportPdfAsk);
    menu->addAction(tr("CSV of every table…"), this, &FrictionPage::exportCsvAsk);
    menu->addAction(tr("Weekly digest of the fixes log…"), this, &FrictionPage::exportDigestAsk);
    m_export->setMenu(menu);
    m_status = new QLabel(this);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto* bar = new QHBoxLayout;
    bar->addWidget(programLabel);
    bar->addWidget(m_program);
    bar->addWidget(m_new);
    bar->addWidget(m_export);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);

    m_timeline = new PhaseTimeline(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildOverview(), tr("Overview"));
    m_tabs->addTab(buildBaseline(), tr("Baseline"));
    m_tabs->addTab(buildFixes(), tr("Fixes log"));
    m_tabs->addTab(buildRecognition(), tr("Recognition"));
    m_tabs->addTab(buildComparison(), tr("Comparison"));
    m_tabs->addTab(buildCharts(), tr("Charts"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 8);
    layout->setSpacing(8);
    layout->addWidget(makePageTitle(tr("Friction to flow"), this));
    layout->addWidget(makePageSubtitle(tr("Eight weeks: find what makes the work hard, fix it fast, recognise the "
                                          "right behaviour, and show the effect with numbers that hold up."),
                                       this));
    layout->addLayout(bar);
    layout->addWidget(m_timeline);
    layout->addWidget(m_tabs, 1);

    connect(m_program, &QComboBox::currentIndexChanged, this, [this] { loadReport(); });
    connect(m_new, &QPushButton::clicked, this, &FrictionPage::newProgram);
    loadPrograms();
}

FrictionPage::~FrictionPage() = default;

QWidget* FrictionPage::buildOverview()
{
    auto* w = new QWidget(this);
    auto* l = new QVBoxLayout(w);
    auto* needsBox = new QGroupBox(tr("What each phase still needs"), w);
    auto* nl = new QVBoxLayout(needsBox);
    m_needs = new QLabel(needsBox);
    m_needs->setWordWrap(true);
    m_needs->setTextFormat(Qt::RichText);
    m_needs->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    nl->addWidget(m_needs);
    auto* sumBox = new QGroupBox(tr("In plain words"), w);
    auto* sl = new QVBoxLayout(sumBox);
    m_overviewSummary = new QLabel(sumBox);
    m_overviewSummary->setWordWrap(true);
    m_overviewSummary->setTextFormat(Qt::RichText);
    m_overviewSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_overviewSummary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    sl->addWidget(m_overviewSummary);
    l->addWidget(needsBox);
    l->addWidget(sumBox, 1);
    return w;
}

QWidget* FrictionPage::buildBaseline()
{
    auto* w = new QWidget(this);
    auto* l = new QHBoxLayout(w);
    auto* left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("<b>Pulse of the program's teams</b> (1-5; shown from 5 responses)"), w));
    m_pulseTable = makeTable({tr("Dimension"), tr("Weeks 1-2"), tr("n"), tr("Weeks 7-8"), tr("n")}, w, tr("Pulse"));
    m_pulseTable->horizontalHeader()->setStretchLastSection(false);
    left->addWidget(m_pulseTable, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("<b>Frictions from feedback tickets, weeks 1-2</b>"), w));
    m_frictionTable =
        makeTable({tr("Rank"), tr("Friction"), tr("Tickets"), tr("Agents"), tr("Pulse dimension")}, w, tr("Frictions"));
    m_frictionTable->horizontalHeader()->setStretchLastSection(false);
    right->addWidget(m_frictionTable, 1);
    auto* confirmBox = new QGroupBox(tr("Top three, as you confirm them"), w);
    auto* grid = new QGridLayout(confirmBox);
    for (int i = 0; i < 3; ++i) {
        m_confirm[i] = new QComboBox(confirmBox);
        m_confirm[i]->setEditable(true);
        m_confirm[i]->setAccessibleName(tr("Friction %1").arg(i + 1));
        m_confirmDim[i] = new QComboBox(confirmBox);
        m_confirmDim[i]->setAccessibleName(tr("Pulse dimension of friction %1").arg(i + 1));
        m_confirmDim[i]->addItem(tr("(none)"), QString());
        for (const char* d : store::kPulseDimensionNames)
            m_confirmDim[i]->addItem(analytics::dimensionLabel(d), QString::fromLatin1(d));
        grid->addWidget(new QLabel(tr("%1.").arg(i + 1), confirmBox), i, 0);
        grid->addWidget(m_confirm[i], i, 1);
        grid->addWidget(m_confirmDim[i], i, 2);
    }
    auto* confirm = new QPushButton(tr("&Confirm these three"), confirmBox);
    m_confirmState = new QLabel(confirmBox);
    m_confirmState->setWordWrap(true);
    grid->addWidget(m_confirmState, 3, 0, 1, 2);
    grid->addWidget(confirm, 3, 2);
    grid->setColumnStretch(1, 1);
    right->addWidget(confirmBox);
    connect(confirm, &QPushButton::clicked, this, &FrictionPage::confirmFrictions);
    l->addLayout(left, 1);
    l->addLayout(right, 1);
    return w;
}

QWidget* FrictionPage::buildFixes()
{
    auto* w = new QWidget(this);
    auto* l = new QVBoxLayout(w);
    l->addWidget(new QLabel(tr("<b>Blockers retired</b>: every fix with its date, friction, scope and owner. A fix "
                               "scoped to queues can be credited by difference-in-differences."),
                            w));
    m_fixTable = makeTable(
        {tr("#"), tr("Date"), tr("Program week"), tr("Friction"), tr("Scope"), tr("What changed"), tr("Owner")}, w,
        tr("Fixes log"));
    l->addWidget(m_fixTable, 1);
    auto* form = new QGroupBox(tr("Log a fix"), w);
    auto* fl = new QGridLayout(form);
    m_fixDate = new QDateEdit(m_today, form);
    m_fixDate->setCalendarPopup(true);
    m_fixDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_fixFriction = new QComboBox(form);
    m_fixFriction->setEditable(true);
    m_fixScope = new QLineEdit(form);
    m_fixScope->setPlaceholderText(tr("queues, comma-separated, or \"all\""));
    m_fixWhat = new QLineEdit(form);
    m_fixWhat->setPlaceholderText(tr("what changed"));
    m_fixOwner = new QLineEdit(form);
    m_fixOwner->setPlaceholderText(tr("who owns it"));
    const auto add = [&](int row, int col, const QString& text, QWidget* field) {
        auto* label = new QLabel(text, form);
        label->setBuddy(field);
        field->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        fl->addWidget(label, row, col);
        fl->addWidget(field, row, col + 1);
    };
    add(0, 0, tr("&Date:"), m_fixDate);
    add(0, 2, tr("&Friction:"), m_fixFriction);
    add(0, 4, tr("&Scope:"), m_fixScope);
    add(1, 0, tr("&What:"), m_fixWhat);
    add(1, 4, tr("&Owner:"), m_fixOwner);
    fl->addWidget(m_fixWhat, 1, 1, 1, 3);
    fl->setColumnStretch(3, 1);
    fl->setColumnStretch(5, 1);
    auto* addButton = new QPushButton(tr("&Add fix"), form);
    auto* digest = new QPushButton(tr("Weekly &digest…"), form);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(digest);
    buttons->addWidget(addButton);
    fl->addLayout(buttons, 2, 0, 1, 6);
    connect(addButton, &QPushButton::clicked, this, &FrictionPage::addFixFromForm);
    connect(digest, &QPushButton::clicked, this, &FrictionPage::exportDigestAsk);
    l->addWidget(form);
    return w;
}

QWidget* FrictionPage::buildRecognition()
{
    auto* w = new QWidget(this);
    auto* l = new QVBoxLayout(w);
    auto* split = new QSplitter(Qt::Vertical, w);
    auto* top = new QWidget(split);
    auto* tl = new QVBoxLayout(top);
    tl->setContentsMargins(0, 0, 0, 0);
    tl->addWidget(new QLabel(tr("<b>Micro-recognitions</b> per behaviour and program week"), top));
    QStringList headers{tr("Behaviour")};
    for (int wk = 1; wk <= analytics::kProgramWeeks; ++wk)
        headers << tr("W%1").arg(wk);
    headers << tr("Total");
    m_recTable = makeTable(headers, top, tr("Recognitions"));
    m_recTable->horizontalHeader()->setStretchLastSection(false);
    tl->addWidget(m_recTable);
    auto* bottom = new QWidget(split);
    auto* bl = new QVBoxLayout(bottom);
    bl->setContentsMargins(0, 0, 0, 0);
    bl->addWidget(new QLabel(tr("<b>You said / we did</b>: tickets decided during the program"), bottom));
    m_youSaid = makeTable({tr("Ticket"), tr("Decision"), tr("Decided"), tr("Update")}, bottom, tr("You said, we did"));
    bl->addWidget(m_youSaid);
    split->addWidget(top);
    split->addWidget(bottom);
    l->addWidget(split);
    return w;
}

QWidget* FrictionPage::buildComparison()
{
    auto* w = new QWidget(this);
    auto* l = new QVBoxLayout(w);
    m_sentences = new QLabel(w);
    m_sentences->setWordWrap(true);
    m_sentences->setTextFormat(Qt::RichText);
    m_sentences->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->addWidget(m_sentences);
    l->addWidget(new QLabel(tr("<b>Weeks 7-8 against weeks 1-2</b> (program's teams; 95% intervals)"), w));
    m_compTable = makeTable({tr("Metric"), tr("Weeks 1-2"), tr("Weeks 7-8"), tr("n before"), tr("n after"),
                             tr("Change"), tr("Relative"), tr("95% CI of change"), tr("p"), tr("Reading")},
                            w, tr("Comparison"));
    l->addWidget(m_compTable, 1);
    l->addWidget(new QLabel(tr("<b>Attribution</b>: difference-in-differences of each fix's scope against the "
                               "program's other queues"),
                            w));
    m_attrTable = makeTable({tr("Fix"), tr("Metric"), tr("DiD"), tr("95% CI"), tr("n in before / after"),
                             tr("n out before / after"), tr("Note")},
                            w, tr("Attribution"));
    l->addWidget(m_attrTable, 1);
    return w;
}

QWidget* FrictionPage::buildCharts()
{
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    m_chartsHost = new QWidget(scroll);
    m_chartsLayout = new QVBoxLayout(m_chartsHost);
    scroll->setWidget(m_chartsHost);
    return scroll;
}

void FrictionPage::setToday(QDate today)
{
    m_today = today;
    m_fixDate->setDate(today);
    loadReport();
}

void FrictionPage::reload()
{
    loadPrograms(m_program->currentText());
}

void FrictionPage::selectProgram(const QString& name)
{
    const int i = m_program->findText(name);
    if (i >= 0)
        m_program->setCurrentIndex(i);
}

void FrictionPage::loadPrograms(const QString& select)
{
    m_worker->run(
        this, [](store::Database& db) { return store::listPrograms(db); },
        [this, select](Result<std::vector<store::Program>> programs) {
            if (!programs) {
                showError(programs.error().toString());
                return;
            }
            const QSignalBlocker block(m_program);
            m_program->clear();
            for (const auto& p : programs.value())
                m_program->addItem(q(p.name));
            int index = select.isEmpty() ? m_program->count() - 1 : m_program->findText(select);
            if (index < 0)
                index = m_program->count() - 1;
            m_program->setCurrentIndex(index);
            emit programsLoaded();
            loadReport();
        });
}

void FrictionPage::loadReport()
{
    const std::string name = m_program->currentText().toStdString();
    const int generation = ++m_generation;
    if (name.empty()) {
        m_report.reset();
        m_timeline->setProgram({}, m_today);
        m_status->setText(tr("Create a program to start: pick its teams and the Monday it begins."));
        m_needs->setText(tr("No program yet. <b>New program…</b> starts one."));
        m_overviewSummary->clear();
        return;
    }
    m_status->setText(tr("Reading the program's interactions…"));
    const QDate today = m_today;
    m_worker->run(
        this,
        [name, today](store::Database& db) -> Result<std::shared_ptr<analytics::ProgramReport>> {
            auto r = analytics::buildProgramReport(db, name, today);
            if (!r)
                return r.error();
            return std::make_shared<analytics::ProgramReport>(std::move(r.value()));
        },
        [this, generation](Result<std::shared_ptr<analytics::ProgramReport>> r) {
            if (generation != m_generation)
                return; // a newer request is on its way
            if (!r) {
                showError(r.error().toString());
                return;
            }
            present(r.value());
        });
}

void FrictionPage::showError(const QString& message)
{
    m_status->setText(tr("Problem: %1").arg(message));
    emit failed(message);
}

QString FrictionPage::summaryText() const
{
    return m_sentences->text();
}

void FrictionPage::present(std::shared_ptr<analytics::ProgramReport> report)
{
    m_report = std::move(report);
    const auto& r = *m_report;
    QStringList teams;
    for (const auto& t : r.program.teams)
        teams << q(t);
    m_status->setText(tr("%1 · %2 to %3 · %L4 interactions")
                          .arg(teams.join(QStringLiteral(", ")), r.program.start.toString(Qt::ISODate),
                               r.end.addDays(-1).toString(Qt::ISODate))
                          .arg(r.interactions));
    m_timeline->setProgram(r.program.start, r.today);

    // Overview: needs per phase, with the phase's state in words.
    QString needs;
    const int week = r.weekOf(r.today);
    for (int ph = 0; ph < 4; ++ph) {
        const int first = ph * 2 + 1;
        QString state;
        if (week > first + 1)
            state = tr("done");
        else if (week >= first)
            state = tr("now");
        else
            state = tr("from %1").arg(r.program.start.addDays(14 * ph).toString(Qt::ISODate));
        needs += tr("<p><b>Weeks %1-%2, %3</b> (%4)").arg(first).arg(first + 1).arg(analytics::phaseName(ph), state);
        const auto items = r.needs(ph);
        if (items.empty())
            needs += tr(": nothing outstanding.</p>");
        else {
            needs += QStringLiteral("</p><ul style=\"margin-top:0\">");
            for (const auto& i : items)
                needs += QStringLiteral("<li>%1</li>").arg(i.toHtmlEscaped());
            needs += QStringLiteral("</ul>");
        }
    }
    m_needs->setText(needs);
    QString sentences;
    for (const auto& s : r.summary)
        sentences += QStringLiteral("<p>%1</p>").arg(s.toHtmlEscaped());
    m_sentences->setText(sentences);
    QString overview = sentences;
    if (!r.worthNextCycle.empty()) {
        overview += tr("<p><b>Worth next cycle</b></p><ul>");
        for (const auto& w : r.worthNextCycle)
            overview += QStringLiteral("<li>%1</li>").arg(w.toHtmlEscaped());
        overview += QStringLiteral("</ul>");
    }
    m_overviewSummary->setText(overview);

    // Baseline
    std::vector<QStringList> pulse;
    for (size_t d = 0; d < 5; ++d) {
        const auto cell = [&](const analytics::PulseSummary& p) {
            if (p.hidden)
                return tr("hidden (%1 responses)").arg(p.responses);
            return p.mean[d] ? QString::number(*p.mean[d], 'f', 2) : tr("no answers");
        };
        pulse.push_back({analytics::dimensionLabel(store::kPulseDimensionNames[d]), cell(r.pulseBefore),
                         QString::number(r.pulseBefore.n[d]), cell(r.pulseAfter), QString::number(r.pulseAfter.n[d])});
    }
    fill(m_pulseTable, pulse, {1, 2, 3, 4});
    std::vector<QStringList> frictions;
    int rank = 0;
    for (const auto& f : r.rankedFrictions)
        frictions.push_back({QString::number(++rank), q(f.friction), QString::number(f.tickets),
                             QString::number(f.agents), analytics::dimensionLabel(f.dimension)});
    fill(m_frictionTable, frictions, {0, 2, 3});
    QStringList choices;
    for (const auto& f : r.rankedFrictions)
        choices << q(f.friction);
    for (int i = 0; i < 3; ++i) {
        m_confirm[i]->clear();
        m_confirm[i]->addItem(QString());
        m_confirm[i]->addItems(choices);
        QString current;
        std::string dim;
        if (i < static_cast<int>(r.confirmed.size())) {
            current = q(r.confirmed[static_cast<size_t>(i)].friction);
            dim = r.confirmed[static_cast<size_t>(i)].dimension;
        } else if (r.confirmed.empty() && i < static_cast<int>(r.rankedFrictions.size())) {
            current = q(r.rankedFrictions[static_cast<size_t>(i)].friction); // proposal
            dim = r.rankedFrictions[static_cast<size_t>(i)].dimension;
        }
        m_confirm[i]->setCurrentText(current);
        const int di = m_confirmDim[i]->findData(q(dim));
        m_confirmDim[i]->setCurrentIndex(di < 0 ? 0 : di);
    }
    m_confirmState->setText(r.confirmed.empty() ? tr("Proposed from the ranking; not confirmed yet.")
                                                : tr("%1 confirmed.").arg(r.confirmed.size()));

    // Fixes
    std::vector<QStringList> fixes;
    for (const auto& f : r.fixes) {
        QStringList qs;
        for (const auto& s : f.queues)
            qs << q(s);
        const int wk = r.weekOf(f.fixedOn);
        fixes.push_back({QString::number(f.id), f.fixedOn.toString(Qt::ISODate),
                         wk >= 1 && wk <= 8 ? QString::number(wk) : tr("outside"), q(f.friction),
                         f.allQueues() ? tr("all queues") : qs.join(QStringLiteral(", ")), q(f.what), q(f.owner)});
    }
    fill(m_fixTable, fixes, {0, 2});
    const QString typed = m_fixFriction->currentText();
    m_fixFriction->clear();
    std::set<QString> known;
    for (const auto& c : r.confirmed)
        known.insert(q(c.friction));
    for (const auto& f : r.rankedFrictions)
        known.insert(q(f.friction));
    for (const auto& k : known)
        m_fixFriction->addItem(k);
    m_fixFriction->setCurrentText(typed);

    // Recognition
    std::map<std::string, std::array<qint64, 9>> rec;
    for (const auto& c : r.recognitions)
        if (c.week >= 1 && c.week <= 8) {
            rec[c.behavior][static_cast<size_t>(c.week - 1)] += c.count;
            rec[c.behavior][8] += c.count;
        }
    std::vector<QStringList> recRows;
    std::array<qint64, 9> totals{};
    for (const auto& [behavior, counts] : rec) {
        QStringList row{q(behavior)};
        for (size_t i = 0; i < 9; ++i) {
            row << QString::number(counts[i]);
            totals[i] += counts[i];
        }
        recRows.push_back(row);
    }
    if (!recRows.empty()) {
        QStringList row{tr("All behaviours")};
        for (const auto t : totals)
            row << QString::number(t);
        recRows.push_back(row);
    }
    fill(m_recTable, recRows, {1, 2, 3, 4, 5, 6, 7, 8, 9});
    std::vector<QStringList> said;
    for (const auto& y : r.youSaid)
        said.push_back({q(y.ticket.ticketId), q(y.ticket.status), q(y.ticket.decidedOn), y.text});
    fill(m_youSaid, said);

    // Comparison
    std::vector<QStringList> comp;
    for (const auto& c : r.comparison) {
        QStringList row{analytics::metricLabel(c.metric)};
        if (c.stats) {
            const auto& s = *c.stats;
            row << analytics::formatValue(c.metric, s.pre) << analytics::formatValue(c.metric, s.post)
                << QString::number(c.nPre) << QString::number(c.nPost) << analytics::formatChange(c.metric, s.change)
                << (s.relative ? QStringLiteral("%1%").arg(QString::number(*s.relative * 100, 'f', 1)) : tr("n/a"))
                << ciText(c.metric, s) << analytics::formatP(s.p) << verdict(c.metric, s);
        } else {
            row << tr("no data") << tr("no data") << QString::number(c.nPre) << QString::number(c.nPost) << QString()
                << QString() << QString() << QString() << tr("not enough data");
        }
        comp.push_back(row);
    }
    fill(m_compTable, comp, {1, 2, 3, 4, 5, 6, 7, 8});
    std::vector<QStringList> attr;
    for (const auto& a : r.attribution) {
        QString did, ci;
        if (a.did) {
            did = analytics::formatChange(a.metric, *a.did);
            if (a.low && a.high) {
                const double k = analytics::isProportion(a.metric) ? 100.0 : 1.0;
                const int d = a.metric == ProgramMetric::Aht ? 0 : 1;
                ci = tr("%1 to %2").arg(QString::number(*a.low * k, 'f', d), QString::number(*a.high * k, 'f', d));
            }
        }
        attr.push_back({tr("#%1").arg(a.fixId), analytics::metricLabel(a.metric), did.isEmpty() ? tr("not given") : did,
                        ci, tr("%1 / %2").arg(a.n[0]).arg(a.n[1]), tr("%1 / %2").arg(a.n[2]).arg(a.n[3]),
                        a.note.isEmpty()
                            ? (a.did && a.low && *a.low <= 0 && *a.high >= 0 ? tr("within noise") : QString())
                            : a.note});
    }
    fill(m_attrTable, attr, {2, 3, 4, 5});

    // Charts: rebuilt for each report.
    while (auto* item = m_chartsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto* legend = new QLabel(tr("Grey bands: weeks 1-2 (Baseline) and 5-6 (Recognition); white: 3-4 (Fixes) and "
                                 "7-8 (Comparison). Dashed lines: fixes, named in the legend."),
                              m_chartsHost);
    legend->setWordWrap(true);
    m_chartsLayout->addWidget(legend);
    m_chartsLayout->addWidget(makeWeeklyChart(r, ProgramMetric::Fcr, 100.0, m_chartsHost));
    m_chartsLayout->addWidget(makeWeeklyChart(r, ProgramMetric::Dpti, 1.0, m_chartsHost));
    m_chartsLayout->addWidget(makeWeeklyChart(r, ProgramMetric::Rework, 100.0, m_chartsHost));
    m_chartsLayout->addWidget(makePulseChart(r, m_chartsHost));
    emit reportShown();
}

void FrictionPage::newProgram()
{
    m_worker->run(
        this, [](store::Database& db) { return store::allTeams(db); },
        [this](Result<std::vector<std::string>> teams) {
            if (!teams) {
                showError(teams.error().toString());
                return;
            }
            QDialog dialog(this);
            dialog.setWindowTitle(tr("New program"));
            auto* form = new QFormLayout(&dialog);
            auto* name = new QLineEdit(&dialog);
            auto* list = new QListWidget(&dialog);
            for (const auto& t : teams.value()) {
                auto* item = new QListWidgetItem(q(t), list);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
            auto* start = new QDateEdit(m_today.addDays(1 - m_today.dayOfWeek()), &dialog);
            start->setCalendarPopup(true);
            start->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            auto* hint = new QLabel(tr("Weeks 1-2 baseline, 3-4 rapid fixes, 5-6 recognition, 7-8 comparison. "
                                       "The start is moved to the Monday of its week."),
                                    &dialog);
            hint->setWordWrap(true);
            form->addRow(tr("&Name:"), name);
            form->addRow(tr("&Teams:"), list);
            form->addRow(tr("&Start (Monday):"), start);
            form->addRow(hint);
            auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
            form->addRow(buttons);
            connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
            connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
            if (dialog.exec() != QDialog::Accepted)
                return;
            std::vector<std::string> chosen;
            for (int i = 0; i < list->count(); ++i)
                if (list->item(i)->checkState() == Qt::Checked)
                    chosen.push_back(list->item(i)->text().toStdString());
            const QDate monday = start->date().addDays(1 - start->date().dayOfWeek());
            const std::string programName = name->text().trimmed().toStdString();
            m_worker->run(
                this,
                [programName, chosen, monday](store::Database& db) {
                    return store::createProgram(db, programName, chosen, monday);
                },
                [this, programName](Result<qint64> id) {
                    if (!id) {
                        QMessageBox::warning(this, tr("New program"), id.error().toString());
                        return;
                    }
                    loadPrograms(q(programName));
                });
        });
}

void FrictionPage::confirmFrictions()
{
    if (!m_report)
        return;
    std::vector<store::ConfirmedFriction> chosen;
    for (int i = 0; i < 3; ++i) {
        const QString f = m_confirm[i]->currentText().trimmed();
        if (f.isEmpty())
            continue;
        chosen.push_back({static_cast<int>(chosen.size()) + 1,
                          f.toStdString(),
                          m_confirmDim[i]->currentData().toString().toStdString(),
                          {}});
    }
    const qint64 id = m_report->program.id;
    m_worker->run(
        this, [id, chosen](store::Database& db) { return store::setConfirmedFrictions(db, id, chosen); },
        [this](Status s) {
            if (!s) {
                showError(s.error().toString());
                return;
            }
            loadReport();
        });
}

void FrictionPage::addFix(const store::ProgramFix& fix)
{
    if (!m_report)
        return;
    const qint64 id = m_report->program.id;
    m_worker->run(
        this, [id, fix](store::Database& db) { return store::addFix(db, id, fix); },
        [this](Result<qint64> r) {
            if (!r) {
                QMessageBox::warning(this, tr("Log a fix"), r.error().toString());
                return;
            }
            loadReport();
        });
}

void FrictionPage::addFixFromForm()
{
    store::ProgramFix fix;
    fix.fixedOn = m_fixDate->date();
    fix.friction = m_fixFriction->currentText().trimmed().toStdString();
    fix.what = m_fixWhat->text().trimmed().toStdString();
    fix.owner = m_fixOwner->text().trimmed().toStdString();
    const QString scope = m_fixScope->text().trimmed();
    if (scope.compare(QLatin1String("all"), Qt::CaseInsensitive) != 0)
        for (const auto& s : scope.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!s.trimmed().isEmpty())
                fix.queues.push_back(s.trimmed().toStdString());
    if (fix.friction.empty() || fix.what.empty()) {
        QMessageBox::information(this, tr("Log a fix"), tr("A fix needs the friction it addresses and what changed."));
        return;
    }
    if (scope.isEmpty()) {
        QMessageBox::information(this, tr("Log a fix"),
                                 tr("Give the fix's scope: the queues it applies to, or \"all\"."));
        return;
    }
    addFix(fix);
    m_fixWhat->clear();
}

bool FrictionPage::exportPdf(const QString& path, QString* error) const
{
    if (!m_report)
        return false;
    const auto s = report::writeProgramPdf(*m_report, path);
    if (!s && error)
        *error = s.error().toString();
    return s.ok();
}

bool FrictionPage::exportCsv(const QString& dir, QString* error) const
{
    if (!m_report)
        return false;
    const auto& r = *m_report;
    const QDir d(dir);
    const std::pair<const char*, exporting::ReportTable> files[] = {
        {"comparison.csv", exporting::prePostCsv(r.comparison)},
        {"attribution.csv", exporting::attributionCsv(r.attribution)},
        {"weekly.csv", exporting::weeklyCsv(r)},
        {"fixes.csv", exporting::fixesCsv(r)},
        {"frictions.csv", exporting::frictionsCsv(r)},
        {"pulse.csv", exporting::pulseCsv(r)},
        {"recognitions.csv", exporting::recognitionCsv(r)},
        {"you_said_we_did.csv", exporting::youSaidCsv(r)},
    };
    for (const auto& [name, table] : files) {
        const QString path = d.filePath(QString::fromLatin1(name));
        if (!written(path, exporting::writeCsv(table, path), error))
            return false;
    }
    return true;
}

bool FrictionPage::exportDigest(const QString& path, QString* error) const
{
    if (!m_report)
        return false;
    return written(path, writeFileAtomically(path, analytics::weeklyDigest(*m_report)), error);
}

void FrictionPage::exportPdfAsk()
{
    if (!m_report)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("PDF report"), q(m_report->program.name) + QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
    QString error;
    if (!path.isEmpty() && !exportPdf(path, &error))
        QMessageBox::warning(this, tr("PDF report"), error);
}

void FrictionPage::exportCsvAsk()
{
    if (!m_report)
        return;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the CSV files"));
    QString error;
    if (!dir.isEmpty() && !exportCsv(dir, &error))
        QMessageBox::warning(this, tr("CSV export"), error);
}

void FrictionPage::exportDigestAsk()
{
    if (!m_report)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Weekly digest"), q(m_report->program.name) + tr(" digest.md"), tr("Markdown (*.md);;Text (*.txt)"));
    QString error;
    if (!path.isEmpty() && !exportDigest(path, &error))
        QMessageBox::warning(this, tr("Weekly digest"), error);
}

} // namespace fb::ui
