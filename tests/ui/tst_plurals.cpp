// Counts in the window's text take their plural form from the translation
// (tr("%n agent(s)", nullptr, n)): floorboard_en.qm for English, floorboard_de.qm
// for German, as the program loads them. Exact texts for 1 and for more, among
// them the What-if minimum n that used to read "1 contacts".
#include "AppSupport.h"
#include "analytics/IncentivePayout.h"
#include "pages/incentives/ComponentEditor.h"
#include "pages/incentives/IncentiveRows.h"

#include <QSpinBox>
#include <QTranslator>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fb;

namespace {

// The built-in translation of one language, installed for the lifetime of the object.
class Language {
public:
    explicit Language(const QString& code)
    {
        QVERIFY(m_translator.load(u":/i18n/floorboard_"_s + code + u".qm"_s));
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(code == u"de" ? QLocale::German : QLocale::English,
                                    code == u"de" ? QLocale::Germany : QLocale::UnitedStates));
    }
    ~Language()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(QLocale::c());
    }
    Language(const Language&) = delete;
    Language& operator=(const Language&) = delete;

private:
    QTranslator m_translator;
};

QString translate(const char* context, const char* source, int n)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

// The suffix of the What-if's minimum-n box for a contacts component at n.
QString minimumNText(int n)
{
    ui::ComponentEditor editor;
    editor.setComponents({IncentiveComponent{IncentiveMetric::Contacts, 1, 0, 100, 1}});
    auto* box = editor.findChild<QSpinBox*>();
    if (!box)
        return u"no minimum-n box"_s;
    box->setValue(n); // the suffix follows the value as the lead types
    return box->text();
}

} // namespace

class TestPlurals final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { ui::initResources(); }

    void messages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* name, const char* lang, const char* ctx, const char* src, int n,
                            const QString& e) {
            QTest::newRow(name) << QString::fromLatin1(lang) << QString::fromLatin1(ctx) << QString::fromUtf8(src) << n
                                << e;
        };
        row("en 1 agent", "en", "fb::ui::MainWindow", "%Ln agent(s)", 1, u"1 agent"_s);
        row("en 48 agents", "en", "fb::ui::MainWindow", "%Ln agent(s)", 48, u"48 agents"_s);
        row("en 1234 interactions", "en", "fb::ui::MainWindow", "%Ln interaction(s)", 1234, u"1,234 interactions"_s);
        row("de 1 Agent", "de", "fb::ui::MainWindow", "%Ln agent(s)", 1, u"1 Agent"_s);
        row("de 48 Agenten", "de", "fb::ui::MainWindow", "%Ln agent(s)", 48, u"48 Agenten"_s);
        row("de 1234 Kontakte", "de", "fb::ui::MainWindow", "%Ln interaction(s)", 1234, u"1.234 Kontakte"_s);
        row("en 0 tickets", "en", "fb::ui::FeedbackPage", "%n ticket(s); week %1, as of %2", 0,
            u"0 tickets; week %1, as of %2"_s);
        row("en overdue 1 day", "en", "fb::ui::FollowUpQueue", "⚠ Overdue %n day(s)", 1, u"⚠ Overdue 1 day"_s);
        row("en overdue 9 days", "en", "fb::ui::FollowUpQueue", "⚠ Overdue %n day(s)", 9, u"⚠ Overdue 9 days"_s);
        row("de overdue 1 day", "de", "fb::ui::FollowUpQueue", "⚠ Overdue %n day(s)", 1, u"⚠ 1 Tag überfällig"_s);
        row("de overdue 9 days", "de", "fb::ui::FollowUpQueue", "⚠ Overdue %n day(s)", 9, u"⚠ 9 Tage überfällig"_s);
        row("en 1 group flagged", "en", "fb::ui::AuditView", "%n group(s) flagged.", 1, u"1 group flagged."_s);
        row("de 2 groups flagged", "de", "fb::ui::AuditView", "%n group(s) flagged.", 2, u"2 Gruppen markiert."_s);
        // Two counts in one sentence: each its own message, so each verb agrees with its number.
        row("en 1 passed", "en", "fb::ui::AuditView", "%Ln passed the gate", 1, u"1 passed the gate"_s);
        row("de 1 hat", "de", "fb::ui::AuditView", "%Ln passed the gate", 1, u"1 hat die Schwelle erreicht"_s);
        row("de 22 haben", "de", "fb::ui::AuditView", "%Ln passed the gate", 22, u"22 haben die Schwelle erreicht"_s);
        row("en 1 team-week", "en", "fb::ui::scorecards::HappinessTab", "%Ln team-week(s)", 1, u"1 team-week"_s);
        row("de 1234 Team-Wochen", "de", "fb::ui::scorecards::HappinessTab", "%Ln team-week(s)", 1234,
            u"1.234 Team-Wochen"_s);
        row("en 1 suggested pair", "en", "fb::ui::MentoringPage", "%Ln suggested pair(s)", 1, u"1 suggested pair"_s);
        row("de 1 vorgeschlagenes Paar", "de", "fb::ui::MentoringPage", "%Ln suggested pair(s)", 1,
            u"1 vorgeschlagenes Paar"_s);
    }

    void messages()
    {
        QFETCH(QString, language);
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        Language lang(language);
        QCOMPARE(translate(context.toLatin1().constData(), source.toUtf8().constData(), n), expected);
    }

    // The known defect: the What-if minimum n read "1 contacts".
    void minimumNOfTheWhatIf_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en 1") << u"en"_s << 1 << u"1 contact"_s;
        QTest::newRow("en 30") << u"en"_s << 30 << u"30 contacts"_s;
        QTest::newRow("de 1") << u"de"_s << 1 << u"1 Kontakt"_s;
        QTest::newRow("de 30") << u"de"_s << 30 << u"30 Kontakte"_s;
    }

    void minimumNOfTheWhatIf()
    {
        QFETCH(QString, language);
        QFETCH(int, n);
        QFETCH(QString, expected);
        Language lang(language);
        QCOMPARE(minimumNText(n), expected);
    }

    // "1 agents gain" was the What-if summary with one winner.
    void whatIfSummary_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << u"en"_s << u"1 agent gains (+400.00 in all), 1 loses (-40.00), 1 unchanged, of 3."_s;
        QTest::newRow("de") << u"de"_s
                            << u"1 Agent gewinnt (+400,00 insgesamt), 1 verliert (-40,00), 1 unverändert, von 3."_s;
    }

    void whatIfSummary()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        Language lang(language);
        const std::vector<analytics::WhatIfRow> rows = {{"B", "Agent B", "North", 300, 700, false, true},
                                                        {"A", "Agent A", "North", 740, 740, true, true},
                                                        {"C", "Agent C", "South", 400, 360, false, false}};
        QCOMPARE(ui::IncentiveRows::whatIfSummary(rows), expected);
    }
};

QTEST_MAIN(TestPlurals)
#include "tst_plurals.moc"
