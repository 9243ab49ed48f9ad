#pragma once

// What the feedback SLAs count with, edited from the page (docs/feedback.md
// "SLAs"): the categories with their review and fix SLAs in working days
// (add, rename, change SLAs), and the site's holidays (add, remove, import a
// CSV of day and name, as `feedback holidays`). Every read and write runs on the page's DatabaseJobs
// through the same store functions as the command line; a refusal shows the
// store's (or the CSV reader's) message with file, line and value.
#include "common/Error.h"
#include "domain/Feedback.h"

#include <QDialog>

#include <vector>

class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace fb::ui {

class DatabaseJobs;

class SetupDialog final : public QDialog {
    Q_OBJECT
public:
    explicit SetupDialog(DatabaseJobs* jobs, QWidget* parent = nullptr);

    [[nodiscard]] QTableWidget* categories() const { return m_categories; }
    [[nodiscard]] QTableWidget* holidays() const { return m_holidays; }
    [[nodiscard]] QLineEdit* categoryName() const { return m_name; }
    [[nodiscard]] QSpinBox* reviewDays() const { return m_review; }
    [[nodiscard]] QSpinBox* fixDays() const { return m_fix; }
    [[nodiscard]] QDateEdit* holidayDay() const { return m_day; }
    [[nodiscard]] QLineEdit* holidayName() const { return m_holidayName; }
    [[nodiscard]] QLabel* status() const { return m_status; }

    void reload();
    void saveCategory();
    // The category selected in the table takes the name in the form; its
    // tickets and SLAs go with it.
    void renameCategory();
    void addHoliday();
    void removeHoliday(); // the selected row of the holiday table
    void importHolidays(const QString& path);

signals:
    void changed(); // something was written: the page re-reads
    void loaded();
    void done(); // a write finished (saved or refused)

private:
    void afterWrite(const Status& st, const QString& saved);

    DatabaseJobs* m_jobs;
    std::vector<FeedbackCategory> m_categoryList;
    std::vector<SiteHoliday> m_holidayList;
    QTableWidget* m_categories;
    QLineEdit* m_name;
    QSpinBox* m_review;
    QSpinBox* m_fix;
    QTableWidget* m_holidays;
    QDateEdit* m_day;
    QLineEdit* m_holidayName;
    QLabel* m_status;
};

} // namespace fb::ui
