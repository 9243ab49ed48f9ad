#pragma once

// The German walk's parts (tests/ui/tst_germanwalk.cpp): which words are the
// program's English, which texts are the user's data, and a Walk that collects
// every text a person reads in a window and reports English words and C-locale
// numbers in it.
#include "domain/Kinds.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QXmlStreamReader>

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <set>

namespace fbtest::german {

using namespace Qt::StringLiterals;
using namespace fb;

// Words the German window shows on purpose, each with its reason.
inline const std::set<QString>& allowed()
{
    static const std::set<QString> words{
        u"floorboard"_s, u"excel"_s,  u"csv"_s,     u"pdf"_s,       u"xlsx"_s,
        u"qt"_s,         u"sqlite"_s, u"utf"_s,                                      // product names
        u"billing"_s,    u"tech"_s,   u"support"_s, u"retention"_s, u"onboarding"_s, // demo team names
        u"pp"_s,         u"min"_s,    u"px"_s,                                       // units
        u"english"_s, // View > Language names each language in itself: "English", "Deutsch"
    };
    return words;
}

inline const QRegularExpression& wordPattern()
{
    static const QRegularExpression word(u"\\p{L}+"_s);
    return word;
}

inline QStringList wordsOf(const QString& text)
{
    QStringList words;
    for (auto it = wordPattern().globalMatch(text); it.hasNext();)
        words << it.next().captured().toLower();
    return words;
}

// A message's text without what is not prose: placeholders, tags, entities, accelerators.
inline QString prose(QString text)
{
    static const QRegularExpression markup(u"%L?\\d+|%n|<[^>]*>|&[a-z]+;"_s);
    return text.remove(markup).remove(u'&');
}

// What translations/README.md keeps in English on purpose, taken out of a text:
// CSV column names ("CSV-Spalte: handle_seconds") and encoding names as files spell them.
inline QString withoutKeptEnglish(QString text)
{
    static const QRegularExpression kept(u"[a-z]+(_[a-z]+)+|CSV-Spalte: \\S+|UTF-\\d+(BE|LE)?( with BOM)?"_s);
    return text.remove(kept);
}

// The demo rubric's attribute names, which the user names; a text that is exactly one is allowed.
// (A kind's choices, "voice", "reviewing", are shown through choiceLabel and checked like any text.)
inline QSet<QString> keptValues()
{
    QSet<QString> values;
    for (const auto& attribute : defaultRubric())
        values.insert(QString::fromStdString(attribute.name));
    return values;
}

// Numbers written the C locale's way in a German text: "0.4", "p = 0.697",
// "12.5 %". German writes "0,4" and groups thousands with a point ("1.234"),
// and dates are "26.10.2026" or "26.10."; those are not flagged.
inline QStringList cLocaleNumbers(const QString& text)
{
    static const QRegularExpression dates(u"\\b\\d{1,2}\\.\\d{1,2}\\.\\d{4}\\b"_s);
    static const QRegularExpression decimal(u"(?<![\\d.,])\\d+\\.\\d+(?![\\d.,])"_s);
    static const QRegularExpression grouped(u"^[1-9]\\d{0,2}(\\.\\d{3})+$"_s);
    QStringList found;
    const QString withoutDates = QString(text).remove(dates);
    for (auto it = decimal.globalMatch(withoutDates); it.hasNext();) {
        const QString n = it.next().captured();
        if (!grouped.match(n).hasMatch() && !found.contains(n))
            found << n;
    }
    return found;
}

// The English words of the program: source words no German translation uses.
inline std::set<QString> englishWords(int* messages)
{
    QFile ts(QStringLiteral(FB_TESTDATA "/../../translations/floorboard_de.ts"));
    if (!ts.open(QIODevice::ReadOnly))
        return {};
    std::set<QString> source, german;
    QXmlStreamReader xml(&ts);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"source"_s) {
            ++*messages;
            for (const QString& w : wordsOf(prose(xml.readElementText())))
                source.insert(w);
        } else if (xml.name() == u"translation"_s || xml.name() == u"numerusform"_s) {
            for (const QString& w : wordsOf(xml.readElementText(QXmlStreamReader::IncludeChildElements)))
                german.insert(w);
        }
    }
    std::set<QString> english;
    for (const QString& w : source)
        if (w.size() > 1 && !german.count(w) && !allowed().count(w))
            english.insert(w);
    return english;
}

// The demo's names and free texts (anything with a space or a capital), longest first.
inline QStringList dataTexts(const QString& path)
{
    QSet<QString> texts;
    SQLite::Database db(path.toStdString(), SQLite::OPEN_READONLY);
    SQLite::Statement tables(db, "SELECT name FROM sqlite_master WHERE type = 'table'");
    std::vector<std::string> names;
    while (tables.executeStep())
        names.push_back(tables.getColumn(0).getString());
    for (const std::string& table : names) {
        SQLite::Statement rows(db, "SELECT * FROM \"" + table + "\"");
        while (rows.executeStep())
            for (int c = 0; c < rows.getColumnCount(); ++c) {
                if (!rows.getColumn(c).isText())
                    continue;
                const QString v = QString::fromStdString(rows.getColumn(c).getString());
                if (v.size() > 2 && (v.contains(u' ') || v.at(0).isUpper()))
                    texts.insert(v);
            }
    }
    QStringList sorted(texts.begin(), texts.end());
    std::sort(sorted.begin(), sorted.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return sorted;
}

inline QString pathOf(const QWidget* w)
{
    QStringList path;
    for (const QWidget* p = w; p; p = p->parentWidget()) {
        path.prepend(QString::fromLatin1(p->metaObject()->className()) +
                     (p->objectName().isEmpty() ? QString() : u"#"_s + p->objectName()));
        if (p->isWindow())
            break;
    }
    return path.join(u" > "_s);
}

inline QString plain(const QString& text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

// Makes every tab that holds w the current one, so w can be seen.
inline void reveal(QWidget* w)
{
    for (QWidget* p = w; p && p->parentWidget(); p = p->parentWidget())
        if (qobject_cast<QStackedWidget*>(p->parentWidget()))
            if (auto* tabs = qobject_cast<QTabWidget*>(p->parentWidget()->parentWidget()))
                tabs->setCurrentWidget(p);
}

inline void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

class Walk {
public:
    Walk(std::set<QString> english, QStringList data) : m_english(std::move(english)), m_data(std::move(data)) {}

    // Every visible text of w's window at this moment.
    void collect(QWidget* root, const QString& where)
    {
        QList<QWidget*> widgets = root->findChildren<QWidget*>();
        widgets.prepend(root);
        for (QWidget* w : widgets) {
            if (!w->isVisible() || m_skip.contains(w) || qobject_cast<QHeaderView*>(w)) // headers: with their view
                continue;
            const QString at = where + u": "_s + pathOf(w);
            check(at, w->toolTip());
            // Widgets that paint their own text (the program's phase timeline) list it.
            for (const QString& drawn : w->property("drawnTexts").toStringList())
                check(at + u" drawn"_s, drawn);
            if (w->isWindow())
                check(at, w->windowTitle());
            if (auto* l = qobject_cast<QLabel*>(w)) {
                check(at, plain(l->text()));
            } else if (auto* b = qobject_cast<QAbstractButton*>(w)) {
                check(at, b->text());
            } else if (auto* g = qobject_cast<QGroupBox*>(w)) {
                check(at, g->title());
            } else if (auto* t = qobject_cast<QTabBar*>(w)) {
                for (int i = 0; i < t->count(); ++i) {
                    check(at + u" tab "_s + QString::number(i), t->tabText(i));
                    check(at + u" tab "_s + QString::number(i), t->tabToolTip(i));
                }
            } else if (auto* c = qobject_cast<QComboBox*>(w)) {
                for (int i = 0; i < c->count(); ++i)
                    check(at + u" item "_s + QString::number(i), c->itemText(i));
            } else if (auto* e = qobject_cast<QLineEdit*>(w)) {
                check(at, e->placeholderText());
            } else if (auto* s = qobject_cast<QAbstractSpinBox*>(w)) {
                check(at, s->text());
            } else if (auto* p = qobject_cast<QPlainTextEdit*>(w)) {
                check(at, p->placeholderText());
                check(at, p->toPlainText());
            } else if (auto* x = qobject_cast<QTextEdit*>(w)) {
                check(at, x->placeholderText());
                check(at, x->toPlainText());
            } else if (auto* v = qobject_cast<QAbstractItemView*>(w)) {
                collectView(at, v);
            } else if (auto* chart = qobject_cast<QChartView*>(w)) {
                collectChart(at, chart);
            } else if (auto* bar = qobject_cast<QMenuBar*>(w)) {
                for (QAction* a : bar->actions())
                    collectAction(at, a);
            }
        }
    }

    void skip(QWidget* w) { m_skip << w; }
    [[nodiscard]] const QStringList& found() const { return m_found; }
    [[nodiscard]] int checked() const { return m_checked; }

private:
    void check(const QString& at, const QString& text)
    {
        if (text.trimmed().isEmpty())
            return;
        ++m_checked;
        const bool kept = m_kept.contains(text.trimmed().toLower());
        const QString ours = withoutKeptEnglish(text);
        if ((kept || englishIn(ours).isEmpty()) && cLocaleNumbers(ours).isEmpty())
            return;
        QString own = ours; // the user's data taken out, only where it matters (it is slow)
        for (const QString& d : m_data)
            if (own.contains(d))
                own.replace(d, u" "_s);
        QStringList words = kept ? QStringList() : englishIn(own);
        words += cLocaleNumbers(own);
        if (!words.isEmpty())
            m_found << at + u": \""_s + text.simplified().left(300) + u"\" ("_s + words.join(u", "_s) + u")"_s;
    }

    QStringList englishIn(const QString& text) const
    {
        QStringList words;
        for (const QString& w : wordsOf(text))
            if (m_english.count(w) && !words.contains(w))
                words << w;
        return words;
    }

    void collectView(const QString& at, QAbstractItemView* view)
    {
        const QAbstractItemModel* model = view->model();
        if (!model)
            return;
        for (int c = 0; c < model->columnCount(); ++c) {
            check(at + u" header "_s + QString::number(c), model->headerData(c, Qt::Horizontal).toString());
            check(at + u" header "_s + QString::number(c),
                  model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
        }
        collectRows(at, model, QModelIndex(), 0);
    }

    void collectRows(const QString& at, const QAbstractItemModel* model, const QModelIndex& parent, int depth)
    {
        const int rows = std::min(model->rowCount(parent), 40); // enough to see every kind of row
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < model->columnCount(parent); ++c) {
                const QModelIndex i = model->index(r, c, parent);
                const QString cell = at + QStringLiteral(" cell %1,%2").arg(r).arg(c);
                check(cell, model->data(i).toString());
                check(cell, model->data(i, Qt::ToolTipRole).toString());
                if (c == 0 && depth < 3 && model->hasChildren(i))
                    collectRows(at, model, i, depth + 1);
            }
    }

    void collectChart(const QString& at, QChartView* view)
    {
        if (!view->scene())
            return;
        for (QGraphicsItem* item : view->scene()->items()) {
            if (!item->isVisible())
                continue;
            if (auto* t = dynamic_cast<QGraphicsTextItem*>(item))
                check(at + u" chart"_s, t->toPlainText());
            else if (auto* s = dynamic_cast<QGraphicsSimpleTextItem*>(item))
                check(at + u" chart"_s, s->text());
        }
    }

    void collectAction(const QString& at, QAction* a)
    {
        const QString here = at + u" > "_s + a->text();
        check(here, a->text());
        check(here, a->toolTip() == QString(a->text()).remove(u'&') ? QString() : a->toolTip());
        if (a->menu())
            for (QAction* sub : a->menu()->actions())
                collectAction(here, sub);
    }

    std::set<QString> m_english;
    QStringList m_data;
    QSet<QString> m_kept = keptValues();
    QList<QWidget*> m_skip;
    QStringList m_found;
    int m_checked = 0;
};

} // namespace fbtest::german
