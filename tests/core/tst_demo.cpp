// The demo site generator: deterministic, plausible, referentially sound,
// and carrying the planted effects of docs/demo-site.md.
#include "demo/DemoGenerator.h"
#include "store/Catalog.h"
#include "store/Database.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <SQLiteCpp/Database.h>

#include <cmath>
#include <map>
#include <set>
#include <string>
#include <vector>

using namespace fb;
using namespace fb::demo;

namespace {

struct Table {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    int col(const std::string& name) const
    {
        for (size_t i = 0; i < header.size(); ++i)
            if (header[i] == name)
                return static_cast<int>(i);
        return -1;
    }
};

// Enough CSV for the generator's output: quoted fields, CRLF, no embedded newlines.
Table readCsv(const QString& path)
{
    QFile f(path);
    Table t;
    if (!f.open(QIODevice::ReadOnly))
        return t;
    const QByteArray all = f.readAll();
    std::vector<std::string> fields;
    std::string cell;
    bool quoted = false, first = true;
    auto endRow = [&] {
        fields.push_back(cell);
        cell.clear();
        if (first)
            t.header = fields;
        else
            t.rows.push_back(fields);
        first = false;
        fields.clear();
    };
    for (qsizetype i = 0; i < all.size(); ++i) {
        const char c = all[i];
        if (quoted) {
            if (c == '"' && i + 1 < all.size() && all[i + 1] == '"')
                cell += '"', ++i;
            else if (c == '"')
                quoted = false;
            else
                cell += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.push_back(cell);
            cell.clear();
        } else if (c == '\r') {
        } else if (c == '\n') {
            endRow();
        } else {
            cell += c;
        }
    }
    return t;
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QStringList kFiles{QStringLiteral("agents.csv"),         QStringLiteral("interactions.csv"),
                         QStringLiteral("qa_evaluations.csv"), QStringLiteral("pulses.csv"),
                         QStringLiteral("coaching.csv"),       QStringLiteral("feedback.csv"),
                         QStringLiteral("recognitions.csv")};

DemoOptions smallOptions()
{
    DemoOptions o;
    o.agents = 12;
    o.teams = 3;
    o.weeks = 8;
    o.contactsPerWeek = 40;
    o.seed = 7;
    return o;
}

double correlation(const std::vector<double>& x, const std::vector<double>& y)
{
    const double n = static_cast<double>(x.size());
    double mx = 0, my = 0;
    for (size_t i = 0; i < x.size(); ++i)
        mx += x[i] / n, my += y[i] / n;
    double sxy = 0, sxx = 0, syy = 0;
    for (size_t i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / std::sqrt(sxx * syy);
}

std::string isoWeekOf(const std::string& dateTime)
{
    const QDate d = QDate::fromString(QString::fromStdString(dateTime.substr(0, 10)), Qt::ISODate);
    int year = 0;
    const int week = d.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0')).toStdString();
}

} // namespace

class TestDemo : public QObject {
    Q_OBJECT

private slots:
    void sameSeedSameBytes()
    {
        QTemporaryDir a, b, c;
        QVERIFY(writeDemoCsv(a.path(), smallOptions()).ok());
        QVERIFY(writeDemoCsv(b.path(), smallOptions()).ok());
        DemoOptions other = smallOptions();
        other.seed = 8;
        QVERIFY(writeDemoCsv(c.path(), other).ok());
        for (const QString& f : kFiles) {
            const QByteArray bytes = fileBytes(QDir(a.path()).filePath(f));
            QVERIFY2(!bytes.isEmpty(), qPrintable(f));
            QCOMPARE(bytes, fileBytes(QDir(b.path()).filePath(f)));
        }
        QVERIFY(fileBytes(QDir(a.path()).filePath(QStringLiteral("interactions.csv"))) !=
                fileBytes(QDir(c.path()).filePath(QStringLiteral("interactions.csv"))));
    }

    void countsAndReferences()
    {
        QTemporaryDir dir;
        const DemoOptions o = smallOptions();
        int progressCalls = 0, lastDone = -1;
        auto summary = writeDemoCsv(dir.path(), o, [&](int done, int weeks) {
            QCOMPARE(weeks, o.weeks);
            QVERIFY(done >= lastDone);
            lastDone = done;
            ++progressCalls;
        });
        QVERIFY(summary.ok());
        QVERIFY(progressCalls > 0);
        QCOMPARE(lastDone, o.weeks);
        const Table agents = readCsv(dir.filePath(QStringLiteral("agents.csv")));
        const Table inter = readCsv(dir.filePath(QStringLiteral("interactions.csv")));
        const Table qa = readCsv(dir.filePath(QStringLiteral("qa_evaluations.csv")));
        QCOMPARE(static_cast<int>(agents.rows.size()), o.agents);
        QCOMPARE(summary->agents, static_cast<qint64>(o.agents));
        QCOMPARE(summary->interactions, static_cast<qint64>(inter.rows.size()));
        QCOMPARE(summary->evaluations, static_cast<qint64>(qa.rows.size()));
        const double expected = static_cast<double>(o.agents) * o.weeks * o.contactsPerWeek;
        QVERIFY2(std::abs(static_cast<double>(inter.rows.size()) - expected) <= 0.1 * expected,
                 qPrintable(QString::number(inter.rows.size())));
        QCOMPARE(inter.header.front(), std::string("interaction_id"));
        QCOMPARE(inter.rows.front()[0], std::string("C00000001"));

        std::set<std::string> agentIds, interactionIds;
        for (const auto& r : agents.rows)
            agentIds.insert(r[0]);
        for (const auto& r : inter.rows) {
            QVERIFY(agentIds.count(r[1]));
            QCOMPARE(r[2].size(), size_t(19)); // YYYY-MM-DDTHH:MM:SS
            interactionIds.insert(r[0]);
        }
        QCOMPARE(interactionIds.size(), inter.rows.size());
        const int qaInteraction = qa.col("interaction_id");
        QVERIFY(qa.col("policy_adherence") > 0);
        for (const auto& r : qa.rows) {
            QVERIFY(agentIds.count(r[1]));
            QVERIFY(interactionIds.count(r[qaInteraction]));
        }
        const Table coaching = readCsv(dir.filePath(QStringLiteral("coaching.csv")));
        for (const auto& r : coaching.rows)
            QVERIFY(agentIds.count(r[1]));
    }

    void pulsesHaveEnoughResponses()
    {
        QTemporaryDir dir;
        DemoOptions o;          // defaults: 48 agents, 4 teams, 16 weeks
        o.contactsPerWeek = 10; // keeps the test fast; pulses do not depend on it
        QVERIFY(writeDemoCsv(dir.path(), o).ok());
        const Table pulses = readCsv(dir.filePath(QStringLiteral("pulses.csv")));
        std::map<std::pair<std::string, std::string>, int> perTeamWeek;
        for (const auto& r : pulses.rows)
            ++perTeamWeek[{r[2], r[1]}];
        QCOMPARE(static_cast<int>(perTeamWeek.size()), o.teams * o.weeks);
        for (const auto& [key, n] : perTeamWeek)
            QVERIFY2(n >= 5, qPrintable(QString::fromStdString(key.first + " " + key.second)));
    }

    void toolFixCutsRepeatContacts()
    {
        QTemporaryDir dir;
        DemoOptions o = smallOptions();
        o.contactsPerWeek = 80;
        QVERIFY(writeDemoCsv(dir.path(), o).ok());
        const Table feedback = readCsv(dir.filePath(QStringLiteral("feedback.csv")));
        std::string fixedOn;
        for (const auto& r : feedback.rows)
            if (r[feedback.col("status")] == "fixed" && r[feedback.col("scope_queue")] == "billing" &&
                r[feedback.col("friction")] == "tool lag")
                fixedOn = r[feedback.col("fixed_on")];
        QCOMPARE(fixedOn, o.start.addDays(7 * (o.weeks / 2)).toString(Qt::ISODate).toStdString());

        const Table inter = readCsv(dir.filePath(QStringLiteral("interactions.csv")));
        double n[2] = {}, repeats[2] = {};
        for (const auto& r : inter.rows) {
            if (r[4] != "billing")
                continue;
            const int after = r[2].substr(0, 10) >= fixedOn ? 1 : 0;
            n[after] += 1;
            repeats[after] += r[7] == "1";
        }
        QVERIFY(n[0] > 300 && n[1] > 300);
        const double before = 100 * repeats[0] / n[0], after = 100 * repeats[1] / n[1];
        QVERIFY2(before - after >= 4, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    }

    void pulseClimateGoesWithFcr()
    {
        QTemporaryDir dir;
        const DemoOptions o = smallOptions();
        QVERIFY(writeDemoCsv(dir.path(), o).ok());
        const Table agents = readCsv(dir.filePath(QStringLiteral("agents.csv")));
        const Table inter = readCsv(dir.filePath(QStringLiteral("interactions.csv")));
        const Table pulses = readCsv(dir.filePath(QStringLiteral("pulses.csv")));
        std::map<std::string, std::string> teamOf;
        for (const auto& r : agents.rows)
            teamOf[r[0]] = r[2];
        std::map<std::pair<std::string, std::string>, std::pair<double, double>> pulse, fcr; // sum, count
        for (const auto& r : pulses.rows)
            for (int c = 4; c <= 8; ++c) {
                auto& p = pulse[{r[2], r[1]}];
                p.first += std::stod(r[c]);
                p.second += 1;
            }
        for (const auto& r : inter.rows) {
            if (r[6].empty())
                continue;
            auto& f = fcr[{teamOf[r[1]], isoWeekOf(r[2])}];
            f.first += r[6] == "1";
            f.second += 1;
        }
        std::vector<double> x, y;
        for (const auto& [key, p] : pulse) {
            const auto it = fcr.find(key);
            QVERIFY(it != fcr.end());
            x.push_back(p.first / p.second);
            y.push_back(it->second.first / it->second.second);
        }
        QCOMPARE(static_cast<int>(x.size()), o.teams * o.weeks);
        const double r = correlation(x, y);
        QVERIFY2(r > 0.3, qPrintable(QString::number(r)));
    }

    void coachingLiftsTheCoachedAttribute()
    {
        QTemporaryDir dir;
        DemoOptions o;
        o.contactsPerWeek = 20;
        QVERIFY(writeDemoCsv(dir.path(), o).ok());
        const Table qa = readCsv(dir.filePath(QStringLiteral("qa_evaluations.csv")));
        const Table coaching = readCsv(dir.filePath(QStringLiteral("coaching.csv")));
        QVERIFY(coaching.rows.size() > 30);
        // Mean score on the coached attribute 1-21 days before vs 15-35 days after coached_on.
        double diff = 0;
        int pairs = 0;
        for (const auto& note : coaching.rows) {
            const QDate on = QDate::fromString(QString::fromStdString(note[3]), Qt::ISODate);
            const int col = qa.col(note[4]);
            QVERIFY(col > 0);
            double sum[2] = {}, cnt[2] = {};
            for (const auto& e : qa.rows) {
                if (e[1] != note[1] || e[col].empty())
                    continue;
                const QDate at = QDate::fromString(QString::fromStdString(e[3].substr(0, 10)), Qt::ISODate);
                const qint64 days = on.daysTo(at);
                const int side = days >= -21 && days < 0 ? 0 : days >= 15 && days <= 35 ? 1 : -1;
                if (side >= 0)
                    sum[side] += std::stod(e[col]), cnt[side] += 1;
            }
            if (cnt[0] > 0 && cnt[1] > 0) {
                diff += sum[1] / cnt[1] - sum[0] / cnt[0];
                ++pairs;
            }
        }
        QVERIFY(pairs > 20);
        QVERIFY2(diff / pairs > 0.3, qPrintable(QString::number(diff / pairs)));
    }

    void databaseMatchesCsv()
    {
        QTemporaryDir dir;
        const DemoOptions o = smallOptions();
        auto db = store::Database::open(dir.filePath(QStringLiteral("demo.floorboard")));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
        auto summary = generateDemo(**db, o);
        QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().toString()));
        auto csvSummary = writeDemoCsv(dir.filePath(QStringLiteral("csv")), o);
        QVERIFY(csvSummary.ok());
        QCOMPARE(summary->interactions, csvSummary->interactions);
        // The database also holds the official evaluations of agreed
        // calibration scores (one per agreed interaction); the CSV files hold
        // no calibration sessions.
        QCOMPARE(csvSummary->calibrationSessions, qint64(0));
        QVERIFY(summary->calibrationSessions > 1);
        const qint64 calEvaluations =
            db.value()
                ->sql()
                .execAndGet("SELECT count(*) FROM qa_evaluations WHERE evaluation_id LIKE 'CAL-%'")
                .getInt64();
        QVERIFY(calEvaluations > 0);
        QCOMPARE(summary->evaluations, csvSummary->evaluations + calEvaluations);
        QCOMPARE(summary->pulses, csvSummary->pulses);
        QCOMPARE(summary->coachingNotes, csvSummary->coachingNotes);
        QCOMPARE(summary->tickets, csvSummary->tickets);
        QCOMPARE(summary->recognitions, csvSummary->recognitions);

        auto info = store::databaseInfo(**db);
        QVERIFY(info.ok());
        for (const auto& c : info->counts)
            if (c.kind == Kind::Interactions)
                QCOMPARE(c.rows, summary->interactions);
            else if (c.kind == Kind::Agents)
                QCOMPARE(c.rows, summary->agents);
        QVERIFY(info->rollupRows > 0);

        // A second run refuses the filled database.
        QVERIFY(!generateDemo(**db, o).ok());
    }

    void rejectsBadOptions()
    {
        QTemporaryDir dir;
        DemoOptions o = smallOptions();
        o.agents = 0;
        QVERIFY(!writeDemoCsv(dir.path(), o).ok());
        o = smallOptions();
        o.weeks = 0;
        QVERIFY(!writeDemoCsv(dir.path(), o).ok());
        // A start that is not a Monday means the Monday of its week.
        o = smallOptions();
        o.start = QDate(2026, 7, 8);
        QVERIFY(writeDemoCsv(dir.path(), o).ok());
        const Table inter = readCsv(dir.filePath(QStringLiteral("interactions.csv")));
        std::string first = inter.rows.front()[2];
        for (const auto& r : inter.rows)
            first = std::min(first, r[2]);
        QVERIFY(first >= std::string("2026-07-06") && first < std::string("2026-07-08"));
    }

    void cancelLeavesDatabaseEmpty()
    {
        QTemporaryDir dir;
        auto db = store::Database::open(dir.filePath(QStringLiteral("demo.floorboard")));
        QVERIFY(db.ok());
        std::atomic_bool cancel{true};
        QVERIFY(!generateDemo(**db, smallOptions(), {}, &cancel).ok());
        auto ids = store::agentIds(**db);
        QVERIFY(ids.ok());
        QVERIFY(ids->empty());
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
