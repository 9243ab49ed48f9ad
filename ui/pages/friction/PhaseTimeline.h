#pragma once

#include <QDate>
#include <QStringList>
#include <QWidget>

namespace fb::ui {

// The eight weeks of a program as four labelled phases, with today marked by
// a triangle and a line of text (not by colour alone).
class PhaseTimeline final : public QWidget {
    Q_OBJECT
    // Every text it paints, for tests that read the screen (tst_germanwalk).
    Q_PROPERTY(QStringList drawnTexts READ drawnTexts)
public:
    explicit PhaseTimeline(QWidget* parent = nullptr);
    void setProgram(QDate start, QDate today); // invalid start = no program
    [[nodiscard]] QString todayText() const;
    [[nodiscard]] QStringList drawnTexts() const;
    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    [[nodiscard]] static QString phaseLabel(int phase);

    QDate m_start;
    QDate m_today;
};

} // namespace fb::ui
