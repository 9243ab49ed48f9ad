#pragma once

// Help ▸ Guide: the docs/ pages a team lead needs, compiled into the program
// (resources/guide.qrc) and rendered from Markdown, with a page list, a
// search over all pages, links between pages and the glossary. The pages are
// in English whatever the window's language; the dialog says so.
#include <QDialog>
#include <QStringList>
#include <QUrl>

class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace fb::ui {

class GuideDialog final : public QDialog {
    Q_OBJECT
public:
    explicit GuideDialog(QWidget* parent = nullptr);

    // The guide's pages, file names under :/guide/, in reading order.
    static const QStringList& pageFiles();
    // The page list's entry for the glossary (rendered from HelpDialog).
    static QString glossaryPage() { return QStringLiteral("glossary"); }

    // Shows a page ("calibration.md" or glossaryPage()) and scrolls to the
    // heading whose GitHub-style anchor is `fragment`; false when there is no
    // such page or heading.
    bool showPage(const QString& file, const QString& fragment = {});
    // Follows a link of the current page as a click would: another page (with
    // its anchor), a heading of this page, a web address in the browser, or a
    // message naming what is not in the guide. false for the last case.
    bool openLink(const QUrl& link);
    // Keeps in the page list only pages containing `text` (case-insensitive),
    // each with its number of hits, and marks the first hit on the page shown.
    void search(const QString& text);

    [[nodiscard]] QString currentPage() const { return m_current; }
    [[nodiscard]] QTextBrowser* browser() const { return m_browser; }
    [[nodiscard]] QListWidget* pageList() const { return m_pages; }
    [[nodiscard]] QLineEdit* searchBox() const { return m_search; }
    [[nodiscard]] QString message() const;

private:
    bool scrollToAnchor(const QString& fragment);

    QLineEdit* m_search = nullptr;
    QListWidget* m_pages = nullptr;
    QTextBrowser* m_browser = nullptr;
    QLabel* m_message = nullptr;
    QString m_current;
};

// The anchor GitHub gives a heading: "Anonymous pulses" -> "anonymous-pulses".
QString headingAnchor(const QString& heading);

} // namespace fb::ui
