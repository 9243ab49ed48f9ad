#pragma once

#include "store/RecordStore.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QUndoStack;

namespace fb::ui {

class DatabaseJobs;

// The status line of an evaluation or note list: deletes a record (the caller
// asked for confirmation) and offers it back. Undo is the line's "Undo"
// button or Ctrl+Z anywhere in the list (Ctrl+Shift+Z redoes), through the
// list's own QUndoStack; the undo writes the record back exactly as it was
// (store::undoDelete). One way for every list that deletes (docs/gui.md).
class RecordUndo final : public QWidget {
    Q_OBJECT
public:
    RecordUndo(DatabaseJobs& jobs, store::RecordKind kind, QWidget* parent);
    ~RecordUndo() override;

    void deleteRecord(const QString& id);
    [[nodiscard]] QPushButton* undoButton() const { return m_undo; }
    [[nodiscard]] QUndoStack* stack() const { return m_stack; }
    [[nodiscard]] QString message() const;
    void showMessage(const QString& text, bool error);

    // For the stack's commands (RecordUndo.cpp): run the delete or its undo.
    void runDelete(const QString& id, bool push);
    void runUndo(const QString& id);

signals:
    void changed(); // a delete or its undo reached the database: reload the list

private:
    DatabaseJobs& m_jobs;
    store::RecordKind m_kind;
    QUndoStack* m_stack;
    QLabel* m_message;
    QPushButton* m_undo;
};

} // namespace fb::ui
