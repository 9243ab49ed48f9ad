#include "pages/feedback/SetupDialog.h"

#include "ScreenFit.h"
#include "background/DatabaseJobs.h"
#include "common/DateFormat.h"
#include "common/Text.h"
#include "dialogs/FileDialogs.h"
#include "domain/ChoiceLabels.h"
#include "import/HolidaysCsv.h"
#include "pages/PageParts.h"
#include "store/FeedbackStore.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fb::ui {

namespace {
struct Setup final {
    std::vector<FeedbackCategory> categories;
    std::vector<SiteHoliday> holidays;
};

// A category as the filters and forms show it, with the name the store, the
// CSV files and the command line use beside it where the two differ
// ("Werkzeug (tool)"): the name box below edits that stored name.
QString categoryText(const std::string& name)
{
    const QString label = choiceLabel("category", name);
    const QString stored = q(name);
    return label == stored ? label : SetupDialog::tr("%1 (%2)", "category label (stored name)").arg(label, stored);
}
} // namespace

SetupDialog::SetupDialog(DatabaseJobs* jobs, QWidget* parent) : QDialog(parent), m_jobs(jobs)
{
    setWindowTitle(tr("Feedback categories and holidays"));
    m_categories = makeResultTable({tr("Category"), tr("Review SLA (working days)"), tr("Fix SLA (working days)")},
                                   tr("Feedback categories"), this);
    m_categories->setAccessibleDescription(
        tr("One row per feedback category, with its review and fix deadlines in working days."));
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("facilities"));
    m_review = new QSpinBox(this);
    m_fix = new QSpinBox(this);
    for (auto* box : {m_review, m_fix}) {
        box->setRange(0, 250);
        box->setSuffix(tr(" working days"));
    }
    m_review->setValue(kDefaultReviewSlaDays);
    m_fix->setValue(kDefaultFixSlaDays);
    auto* saveCategory = new QPushButton(tr("&Save category"), this);
    auto* renameCategory = new QPushButton(tr("R&ename selected to this name"), this);
    auto* categoryButtons = new QHBoxLayout;
    categoryButtons->addWidget(saveCategory);
    categoryButtons->addWidget(renameCategory);
    auto* categoryForm = new QFormLayout;
    categoryForm->addRow(tr("&Name:"), m_name);
    categoryForm->addRow(tr("&Review SLA:"), m_review);
    categoryForm->addRow(tr("&Fix SLA:"), m_fix);
    categoryForm->addRow(categoryButtons);
    auto* categoryBox = new QGroupBox(tr("Categories: a new name adds one, an existing one changes its SLAs"), this);
    auto* categoryLayout = new QVBoxLayout(categoryBox);
    categoryLayout->addWidget(m_categories, 1);
    categoryLayout->addLayout(categoryForm);

    m_holidays = makeResultTable({tr("Day"), tr("Holiday")}, tr("Site holidays"), this);
    m_holidays->setAccessibleDescription(tr("The site's holidays, which do not count as working days."));
    m_day = new QDateEdit(QDate::currentDate(), this);
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(format::dateFormat());
    m_holidayName = new QLineEdit(this);
    m_holidayName->setPlaceholderText(tr("Christmas Day"));
    auto* add = new QPushButton(tr("&Add holiday"), this);
    auto* remove = new QPushButton(tr("Re&move selected"), this);
    auto* import = new QPushButton(tr("&Import CSV…"), this);
    auto* holidayForm = new QFormLayout;
    holidayForm->addRow(tr("&Day:"), m_day);
    holidayForm->addRow(tr("&Holiday name:"), m_holidayName);
    auto* holidayButtons = new QHBoxLayout;
    holidayButtons->addWidget(add);
    holidayButtons->addWidget(remove);
    holidayButtons->addWidget(import);
    auto* holidayBox = new QGroupBox(tr("Site holidays: not working days for any SLA"), this);
    auto* holidayLayout = new QVBoxLayout(holidayBox);
    holidayLayout->addWidget(m_holidays, 1);
    holidayLayout->addLayout(holidayForm);
    holidayLayout->addLayout(holidayButtons);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* columns = new QHBoxLayout;
    columns->addWidget(categoryBox, 1);
    columns->addWidget(holidayBox, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(saveCategory, &QPushButton::clicked, this, &SetupDialog::saveCategory);
    connect(m_name, &QLineEdit::returnPressed, this, &SetupDialog::saveCategory);
    connect(renameCategory, &QPushButton::clicked, this, &SetupDialog::renameCategory);
    connect(add, &QPushButton::clicked, this, &SetupDialog::addHoliday);
    connect(m_holidayName, &QLineEdit::returnPressed, this, &SetupDialog::addHoliday);
    connect(remove, &QPushButton::clicked, this, &SetupDialog::removeHoliday);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path =
            fileDialogs::openFile(this, tr("Import holidays"), QString(), tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            importHolidays(path);
    });
    // Choosing a category puts it in the form, so changing its SLAs is select, edit, Enter.
    connect(m_categories, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0 || row >= static_cast<int>(m_categoryList.size()))
            return;
        const auto& c = m_categoryList[static_cast<size_t>(row)];
        m_name->setText(q(c.name));
        m_review->setValue(c.reviewDays);
        m_fix->setValue(c.fixDays);
    });
    resizeToScreen(this, QSize(900, 560));
    reload();
}

void SetupDialog::reload()
{
    m_jobs->run(
        this,
        [](store::Database& db) -> Result<Setup> {
            auto categories = store::feedbackCategories(db);
            if (!categories)
                return categories.error();
            auto holidays = store::siteHolidays(db);
            if (!holidays)
                return holidays.error();
            return Setup{std::move(categories.value()), std::move(holidays.value())};
        },
        [this](Result<Setup> r) {
            if (!r) {
                m_status->setText(tr("Problem: %1").arg(r.error().toString()));
                return;
            }
            m_categoryList = std::move(r->categories);
            m_holidayList = std::move(r->holidays);
            std::vector<QStringList> rows;
            for (const auto& c : m_categoryList)
                rows.push_back({categoryText(c.name), QString::number(c.reviewDays), QString::number(c.fixDays)});
            const QSignalBlocker block(m_categories);
            fillResultTable(m_categories, rows, {1, 2});
            rows.clear();
            for (const auto& h : m_holidayList)
                rows.push_back({format::date(h.day), q(h.name)});
            fillResultTable(m_holidays, rows);
            emit loaded();
        });
}

void SetupDialog::afterWrite(const Status& st, const QString& saved)
{
    if (!st) {
        m_status->setText(tr("Not saved: %1").arg(st.error().toString()));
        emit done();
        return;
    }
    m_status->setText(saved);
    reload();
    emit changed();
    emit done();
}

void SetupDialog::saveCategory()
{
    // Names as the command line keeps them: trimmed, lower case.
    const FeedbackCategory c{m_name->text().trimmed().toLower().toStdString(), m_review->value(), m_fix->value()};
    m_jobs->run(
        this, [c](store::Database& db) { return store::setFeedbackCategory(db, c); },
        [this, c](const Status& st) {
            afterWrite(st, tr("Category %1: review SLA %2, fix SLA %3 working days.")
                               .arg(q(c.name))
                               .arg(c.reviewDays)
                               .arg(c.fixDays));
        });
}

void SetupDialog::renameCategory()
{
    const int row = m_categories->currentRow();
    if (row < 0 || row >= static_cast<int>(m_categoryList.size())) {
        m_status->setText(tr("Choose the category to rename in the list first."));
        emit done();
        return;
    }
    const std::string from = m_categoryList[static_cast<size_t>(row)].name;
    const std::string to = m_name->text().trimmed().toLower().toStdString();
    m_jobs->run(
        this, [from, to](store::Database& db) { return store::renameFeedbackCategory(db, from, to); },
        [this, from, to](const Status& st) {
            afterWrite(st, tr("Category %1 renamed to %2, with its tickets and SLAs.").arg(q(from), q(to)));
        });
}

void SetupDialog::addHoliday()
{
    const SiteHoliday h{m_day->date(), m_holidayName->text().trimmed().toStdString()};
    if (h.name.empty()) {
        m_status->setText(tr("Not saved: give the holiday a name."));
        emit done();
        return;
    }
    m_jobs->run(
        this, [h](store::Database& db) { return store::addSiteHolidays(db, {h}); },
        [this, h](const Status& st) {
            afterWrite(st, tr("Holiday %1 (%2) added.").arg(format::date(h.day), q(h.name)));
        });
}

void SetupDialog::removeHoliday()
{
    const int row = m_holidays->currentRow();
    if (row < 0 || row >= static_cast<int>(m_holidayList.size())) {
        m_status->setText(tr("Choose the holiday to remove in the list first."));
        emit done();
        return;
    }
    const QDate day = m_holidayList[static_cast<size_t>(row)].day;
    m_jobs->run(
        this, [day](store::Database& db) { return store::removeSiteHoliday(db, day); },
        [this, day](const Status& st) { afterWrite(st, tr("Holiday on %1 removed.").arg(format::date(day))); });
}

void SetupDialog::importHolidays(const QString& path)
{
    // The file is read on the worker too: a slow network share does not freeze the window.
    m_jobs->run(
        this,
        [path](store::Database& db) -> Result<size_t> {
            auto holidays = import::readHolidaysCsv(path);
            if (!holidays)
                return holidays.error();
            if (auto st = store::addSiteHolidays(db, holidays.value()); !st)
                return st.error();
            return holidays->size();
        },
        [this](Result<size_t> n) {
            if (!n) {
                afterWrite(n.error(), {});
                return;
            }
            afterWrite({}, tr("%n holiday(s) imported.", nullptr, static_cast<int>(n.value())));
        });
}

} // namespace fb::ui
