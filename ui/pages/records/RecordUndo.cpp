#include "pages/records/RecordUndo.h"

#include "Settings.h"
#include "background/DatabaseJobs.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QUndoStack>

namespace fb::ui {
namespace {

// A delete that already happened when it is pushed: the stack's first redo()
// does nothing, later ones delete again.
class DeleteCommand final : public QUndoCommand {
public:
    DeleteCommand(RecordUndo* owner, QString id, const QString& text) : m_owner(owner), m_id(std::move(id))
    {
        setText(text);
    }
    void redo() override
    {
        if (m_done) {
            m_done = false;
            return;
        }
        m_owner->runDelete(m_id, false);
    }
    void undo() override { m_owner->runUndo(m_id); }

private:
    RecordUndo* m_owner;
    QString m_id;
    bool m_done = true;
};

} // namespace

RecordUndo::RecordUndo(DatabaseJobs& jobs, store::RecordKind kind, QWidget* parent)
    : QWidget(parent), m_jobs(jobs), m_kind(kind), m_stack(new QUndoStack(this))
{
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_undo = new QPushButton(tr("&Undo delete"), this);
    m_undo->setToolTip(tr("Writes the deleted record back exactly as it was (Ctrl+Z)"));
    m_undo->setEnabled(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_undo);
    connect(m_undo, &QPushButton::clicked, m_stack, &QUndoStack::undo);
    connect(m_stack, &QUndoStack::canUndoChanged, m_undo, &QPushButton::setEnabled);
    // Ctrl+Z / Ctrl+Shift+Z while the focus is anywhere in the list.
    // Spelled out: the platform's Undo/Redo bindings differ (Ctrl+Y on some).
    auto* undo = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z), parent);
    undo->setContext(Qt::WidgetWithChildrenShortcut);
    connect(undo, &QShortcut::activated, m_stack, &QUndoStack::undo);
    auto* redo = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), parent);
    redo->setContext(Qt::WidgetWithChildrenShortcut);
    connect(redo, &QShortcut::activated, m_stack, &QUndoStack::redo);
}

RecordUndo::~RecordUndo() = default;

QString RecordUndo::message() const
{
    return m_message->text();
}

void RecordUndo::showMessage(const QString& text, bool error)
{
    m_message->setText(error ? tr("⚠ %1").arg(text) : text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #a4000f; }") : QString());
}

void RecordUndo::deleteRecord(const QString& id)
{
    runDelete(id, true);
}

void RecordUndo::runDelete(const QString& id, bool push)
{
    const store::RecordKind kind = m_kind;
    const std::string key = id.toStdString();
    const std::string by = Settings::myName().toStdString();
    m_jobs.run(
        this, [kind, key, by](store::Database& db) { return store::deleteRecord(db, kind, key, by); },
        [this, id, push](Status st) {
            if (!st) {
                showMessage(st.error().toString(), true);
                return;
            }
            const QString text = m_kind == store::RecordKind::Evaluation ? tr("Evaluation %1 deleted.").arg(id)
                                                                         : tr("Coaching note %1 deleted.").arg(id);
            if (push)
                m_stack->push(new DeleteCommand(this, id, text));
            showMessage(text + QLatin1Char(' ') + tr("Undo brings it back."), false);
            emit changed();
        });
}

void RecordUndo::runUndo(const QString& id)
{
    const store::RecordKind kind = m_kind;
    const std::string key = id.toStdString();
    m_jobs.run(
        this, [kind, key](store::Database& db) { return store::undoDelete(db, kind, key); },
        [this, id](Status st) {
            if (!st) {
                showMessage(st.error().toString(), true);
                return;
            }
            showMessage(m_kind == store::RecordKind::Evaluation ? tr("Evaluation %1 restored.").arg(id)
                                                                : tr("Coaching note %1 restored.").arg(id),
                        false);
            emit changed();
        });
}

} // namespace fb::ui
