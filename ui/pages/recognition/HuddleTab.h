#pragma once

// The "This week" tab of the Recognition page: the week's public shout-outs
// to read out at the huddle, copied as Markdown or saved as Markdown or PDF.
// Private recognitions are never on it.
#include "pages/recognition/RecognitionView.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace fb::ui {

class HuddleTab final : public QWidget {
    Q_OBJECT
public:
    explicit HuddleTab(QWidget* parent = nullptr);
    void present(const RecognitionView& view);

    [[nodiscard]] QString markdown() const { return m_markdown; }
    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] QString emptyText() const;
    [[nodiscard]] QTableWidget* table() const { return m_table; }

signals:
    void savePdfRequested();

private:
    void saveMarkdown();

    QString m_markdown;
    QString m_title;
    QLabel* m_heading;
    QLabel* m_empty;
    QLabel* m_status;
    QTableWidget* m_table;
};

} // namespace fb::ui
