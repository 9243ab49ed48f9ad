#pragma once

// "You said / we did" for a week, site-wide or for a team: the decisions and
// fixes in plain words, top open issues, next steps and blockers retired,
// with the Markdown to paste into a chat or an e-mail.
#include "pages/feedback/FeedbackSnapshot.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QPushButton;
class QTextBrowser;

namespace fb::ui {

class LoopView final : public QWidget {
    Q_OBJECT
public:
    explicit LoopView(QWidget* parent = nullptr);
    void show(const FeedbackSnapshot& data, QDate monday);
    [[nodiscard]] const QString& markdown() const { return m_markdown; }
    [[nodiscard]] QComboBox* teamChoice() const { return m_team; }
    [[nodiscard]] QPushButton* copyButton() const { return m_copy; }

private:
    void refill();

    const FeedbackSnapshot* m_data = nullptr;
    QDate m_monday;
    QString m_markdown;
    QComboBox* m_team;
    QPushButton* m_copy;
    QTextBrowser* m_text;
};

} // namespace fb::ui
