#pragma once

#include "store/ProgramStore.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTableWidget;

namespace fb::analytics {
struct ProgramReport;
}

namespace fb::ui {

// Friction to flow, weeks 3-4: the log of fixes and the form to add one.
class FixesTab final : public QWidget {
    Q_OBJECT
public:
    FixesTab(QDate today, QWidget* parent = nullptr);
    void present(const analytics::ProgramReport& r);
    void setToday(QDate today);
    // After a fix was saved: clears "what changed" unless the lead has typed on since.
    void fixSaved(const QString& what);

signals:
    void addRequested(const ProgramFix& fix);
    void digestRequested();

private:
    void add();

    QTableWidget* m_table;
    QDateEdit* m_date;
    QComboBox* m_friction;
    QLineEdit* m_scope;
    QLineEdit* m_what;
    QLineEdit* m_owner;
};

} // namespace fb::ui
