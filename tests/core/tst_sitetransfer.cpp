// site push and pull (store/SiteTransfer.h): a small seeded demo site with
// values at the edges (doubles to the last bit, UTF-8, 64-bit integers,
// NULLs) copied from a file into a target and back into a new file. On the
// SQLite run the target is a file; on the PostgreSQL run
// (tst_sitetransfer_postgresql) it is a database of the throwaway cluster,
// so the copy goes file → server → file. Every table, every export and the
// checks must come back the same, and every refusal and failure must leave
// the target as it was.
#include "CheckFindingTexts.h"
#include "DemoSite.h"
#include "FbTestSupport.h"
#include "export/Exporter.h"
#include "store/Catalog.h"
#include "store/SiteTables.h"
#include "store/SiteTransfer.h"

#include <QTemporaryDir>
#include <QTest>

#include <SQLiteCpp/Database.h>

#include <atomic>
#include <bit>
#include <cstring>
#include <limits>

using namespace fb;
using namespace fbtest;
using store::Database;

namespace {

// Values at the edges, put into the demo site before it is copied.
const double kSum = 0.1 + 0.2; // 0.30000000000000004
const double kTiny = 1e-300;
const double kDenormal = std::numeric_limits<double>::denorm_min();
const char* const kText = "Zoë Ångström 🙂 line\nbreak\t'single' \"double\" back\\slash";
const qint64 kLargest = std::numeric_limits<qint64>::max();
const qint64 kSmallest = std::numeric_limits<qint64>::min();
const qint64 kPastDoubles = 9007199254740993; // 2^53 + 1: no double holds it

std::unique_ptr<Database> open(const QString& address, Database::Mode mode = Database::Mode::CreateOrMigrate)
{
    auto db = Database::open(address, mode);
    if (!db) {
        qWarning("%s", qPrintable(db.error().toString()));
        return nullptr;
    }
    return std::move(db.value());
}

// Every table of the site, each row a line of cells tagged with the kind the
// engine stored (a double by its 64 bits), sorted: equal dumps are equal
// sites, to the bit.
QStringList siteDump(const QString& address)
{
    auto db = open(address, Database::Mode::ReadOnly);
    if (!db)
        return {QStringLiteral("cannot open")};
    QStringList out;
    const auto tables = store::siteTables(store::currentSchemaVersion());
    if (!tables)
        return {tables.error().toString()};
    for (const store::SiteTable& t : tables.value()) {
        store::Query q(*db, t.select(), {});
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            for (int c = 0; c < q.columnCount(); ++c) {
                switch (q.stored(c)) {
                case store::sql::Stored::Null:
                    cells << QStringLiteral("NULL");
                    break;
                case store::sql::Stored::Integer:
                    cells << QStringLiteral("i%1").arg(q.integer(c));
                    break;
                case store::sql::Stored::Real:
                    cells << QStringLiteral("r%1").arg(std::bit_cast<quint64>(q.real(c)), 16, 16, QLatin1Char('0'));
                    break;
                case store::sql::Stored::Text:
                    cells << QStringLiteral("t") + q.qtext(c);
                    break;
                }
            }
            rows << cells.join(QLatin1Char('|'));
        }
        if (!q.ok())
            return {q.error().toString()};
        rows.sort();
        out << QString::fromStdString(t.name) << rows;
    }
    return out;
}

// Every kind exported in its canonical CSV, anonymous pulses included.
std::map<Kind, QByteArray> exportsOf(const QString& address, const QString& folder)
{
    std::map<Kind, QByteArray> out;
    auto db = open(address, Database::Mode::ReadOnly);
    if (!db)
        return out;
    QDir().mkpath(folder);
    for (Kind k : allKinds()) {
        const QString file = folder + QLatin1Char('/') + kindName(k) + QStringLiteral(".csv");
        if (auto n = exporting::runExport(*db, exporting::ExportOptions{k, file, false, std::nullopt, true}); !n)
            out[k] = n.error().toString().toUtf8();
        else
            out[k] = readAll(file);
    }
    return out;
}

QStringList checksOf(const QString& address)
{
    auto db = open(address, Database::Mode::ReadOnly);
    auto findings = db ? store::runChecks(*db) : Error::plain(QStringLiteral("cannot open"));
    return findings ? findingTexts(findings.value()) : QStringList{findings.error().toString()};
}

QString nameOf(const QString& address)
{
    auto db = open(address, Database::Mode::ReadOnly);
    return db ? db->connection().name() : QString();
}

QString errorOf(const Result<store::TransferReport>& r)
{
    return r ? QStringLiteral("(no error: %1 rows copied)").arg(r->rows) : r.error().toString();
}

} // namespace

class TestSiteTransfer final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_source; // the demo site, always a file

    QString path(const QString& name) const { return m_dir.filePath(name); }
    // A target: a file, or on the PostgreSQL run an empty database of the cluster.
    QString target(const QString& name) const { return test::storeAddress(path(name)); }

private slots:
    void initTestCase();
    void pushThenPullGivesTheSameSite();
    void valuesSurviveToTheBit();
    void nextRowAfterAPushGetsANewId();
    void refusesDifferentSchemaVersions();
    void refusesATargetHoldingASiteUnlessReplacing();
    void replacesTheSeedRows();
    void cancelLeavesNothingWritten();
    void failureHalfwayLeavesTheTargetAsItWas();
    void verificationNamesTheTableThatDiffers();
    void pullRefusesAnExistingFile();
    void unreachableServerIsNamedAndNothingWritten();
    void refusesTheSameDatabase();
    void reportsProgressOfEveryRow();
};

void TestSiteTransfer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_source = path(QStringLiteral("demo.db"));
    demo::DemoOptions small;
    small.agents = 12;
    small.teams = 3;
    small.weeks = 4;
    small.contactsPerWeek = 20;
    QVERIFY(makeDemoSite(m_source, small));
    auto db = open(m_source);
    QVERIFY(db);
    store::Query note(*db,
                      "INSERT INTO coaching_notes(note_id, agent_id, coach, coached_on, attribute, target_metric, "
                      "baseline, target, follow_up_on, stage, commitment, minutes, followed_up_on, outcome) "
                      "VALUES ('EXACT-1', (SELECT min(agent_id) FROM agents), ?, '2026-07-07', 'empathy', 'csat', "
                      "?, ?, '2026-07-21', NULL, ?, ?, NULL, NULL)",
                      {});
    note.bind(1, kText).bind(2, kSum).bind(3, kTiny).bind(4, kText).bind(5, kDenormal);
    QVERIFY(note.run().ok());
    store::Query log(*db,
                     "INSERT INTO import_log(id, kind, file, imported_at, inserted, updated, unchanged, rejected) "
                     "VALUES (41, 'agents', ?, '2026-07-06T09:00:00', ?, ?, ?, 0)",
                     {});
    log.bind(1, kText).bind(2, kLargest).bind(3, kSmallest).bind(4, kPastDoubles);
    QVERIFY(log.run().ok());
    QVERIFY(store::execute(*db,
                           "INSERT INTO record_history(history_id, kind, record_id, action, changed_by, changed_at, "
                           "snapshot) VALUES (7, 'coaching_note', 'EXACT-1', 'edit', 'Zoë', '2026-07-08 10:00:00', "
                           "'{}')",
                           {})
                .ok());
}

void TestSiteTransfer::pushThenPullGivesTheSameSite()
{
    const QString server = target(QStringLiteral("server.db"));
    const QString back = path(QStringLiteral("back.db"));
    auto pushed = store::pushSite(m_source, server);
    QVERIFY2(pushed, qPrintable(errorOf(pushed)));
    auto pulled = store::pullSite(server, back);
    QVERIFY2(pulled, qPrintable(errorOf(pulled)));
    QVERIFY(!QFile::exists(back + QStringLiteral(".partial")));

    const QStringList dump = siteDump(m_source);
    QVERIFY(dump.size() > 1000);
    QCOMPARE(siteDump(server), dump);
    QCOMPARE(siteDump(back), dump);
    // Both reports list every table with the same rows, and add up.
    QCOMPARE(pushed->tables.size(), store::siteTables(store::currentSchemaVersion())->size());
    qint64 rows = 0;
    for (std::size_t i = 0; i < pushed->tables.size(); ++i) {
        QCOMPARE(pulled->tables[i].table, pushed->tables[i].table);
        QCOMPARE(pulled->tables[i].rows, pushed->tables[i].rows);
        rows += pushed->tables[i].rows;
    }
    QCOMPARE(pushed->rows, rows);
    QCOMPARE(pulled->rows, rows);

    const auto exported = exportsOf(m_source, path(QStringLiteral("export-source")));
    QCOMPARE(exportsOf(back, path(QStringLiteral("export-back"))), exported);
    QCOMPARE(exportsOf(server, path(QStringLiteral("export-server"))), exported);
    // The demo of this shape has 1,035 interactions (as `floorboard-cli demo` reports), and a header.
    QCOMPARE(exported.at(Kind::Interactions).count('\n'), qint64(1035 + 1));

    const QStringList checks = checksOf(m_source);
    QCOMPARE(checksOf(back), checks);
    QCOMPARE(pushed->checkFindings, qint64(checks.size()));
    QCOMPARE(pulled->checkFindings, qint64(checks.size()));
}

void TestSiteTransfer::valuesSurviveToTheBit()
{
    const QString server = target(QStringLiteral("values.db"));
    const QString back = path(QStringLiteral("values-back.db"));
    QVERIFY(store::pushSite(m_source, server));
    QVERIFY(store::pullSite(server, back));
    for (const QString& address : {server, back}) {
        auto db = open(address, Database::Mode::ReadOnly);
        QVERIFY(db);
        store::Query note(*db, "SELECT coach, baseline, target, minutes, stage FROM coaching_notes WHERE note_id = ?",
                          {});
        note.bind(1, "EXACT-1");
        QVERIFY(note.next());
        QCOMPARE(note.text(0), std::string(kText));
        for (const auto& [column, expected] : {std::pair{1, kSum}, {2, kTiny}, {3, kDenormal}}) {
            QCOMPARE(note.stored(column), store::sql::Stored::Real);
            QCOMPARE(std::bit_cast<quint64>(note.real(column)), std::bit_cast<quint64>(expected));
        }
        QCOMPARE(note.stored(4), store::sql::Stored::Null);
        store::Query log(*db, "SELECT file, inserted, updated, unchanged FROM import_log WHERE id = 41", {});
        QVERIFY(log.next());
        QCOMPARE(log.text(0), std::string(kText));
        QCOMPARE(log.stored(1), store::sql::Stored::Integer);
        QCOMPARE(log.integer(1), kLargest);
        QCOMPARE(log.integer(2), kSmallest);
        QCOMPARE(log.integer(3), kPastDoubles);
    }
}

void TestSiteTransfer::nextRowAfterAPushGetsANewId()
{
    const QString server = target(QStringLiteral("ids.db"));
    QVERIFY(store::pushSite(m_source, server));
    auto db = open(server);
    QVERIFY(db);
    QVERIFY(store::logImport(*db, Kind::Agents, QStringLiteral("after.csv"), 1, 0, 0, 0).ok());
    QCOMPARE(store::scalar(*db, "SELECT max(id) FROM import_log", {}).value(), qint64(42));
    QCOMPARE(store::scalar(*db, "SELECT count(*) FROM import_log WHERE file = 'after.csv'", {}).value(), qint64(1));
    QVERIFY(store::execute(*db,
                           "INSERT INTO record_history(kind, record_id, action, changed_by, changed_at, snapshot) "
                           "VALUES ('coaching_note', 'EXACT-1', 'delete', 'Zoë', '2026-07-09 10:00:00', '{}')",
                           {})
                .ok());
    QCOMPARE(store::scalar(*db, "SELECT max(history_id) FROM record_history", {}).value(), qint64(8));
}

void TestSiteTransfer::refusesDifferentSchemaVersions()
{
    const QString server = target(QStringLiteral("versions.db"));
    auto source = open(m_source, Database::Mode::ReadOnly);
    auto db = open(server);
    QVERIFY(source && db);
    // As if another desk's Floorboard had marked the target with another version.
    QVERIFY(store::execute(*db,
                           test::onPostgres() ? "UPDATE meta SET value = '7' WHERE key = 'schema_version'"
                                              : "PRAGMA user_version = 7",
                           {})
                .ok());
    const auto r = store::copySite(*source, *db);
    QCOMPARE(errorOf(r), QStringLiteral("cannot copy a site between schema versions: %1 has version %2, %3 has "
                                        "version 7; nothing was changed")
                             .arg(m_source)
                             .arg(store::currentSchemaVersion())
                             .arg(db->connection().name()));
    QCOMPARE(store::scalar(*db, "SELECT count(*) FROM agents", {}).value(), qint64(0));
}

void TestSiteTransfer::refusesATargetHoldingASiteUnlessReplacing()
{
    const QString server = target(QStringLiteral("held.db"));
    QVERIFY(store::pushSite(m_source, server));
    // The target holds a site (the first table of the copy's order with rows
    // is named), and one more agent than the source, so a replace shows.
    {
        auto db = open(server);
        QVERIFY(db);
        QVERIFY(store::execute(*db,
                               "INSERT INTO agents(agent_id, name, team) "
                               "SELECT 'A-EXTRA', 'Extra', min(name) FROM teams",
                               {})
                    .ok());
    }
    const QStringList held = siteDump(server);
    const auto refused = store::pushSite(m_source, server);
    QCOMPARE(errorOf(refused),
             QStringLiteral("%1: already holds a site's data (table feedback_history has 25 rows, "
                            "a new database 0): copy into a new database, or replace its data; nothing "
                            "was changed")
                 .arg(nameOf(server)));
    QCOMPARE(siteDump(server), held);

    store::TransferOptions replace;
    replace.replace = true;
    QVERIFY(store::pushSite(m_source, server, replace));
    QCOMPARE(siteDump(server), siteDump(m_source));
}

void TestSiteTransfer::replacesTheSeedRows()
{
    // A new database's seed rows are no site: edited, they are still replaced.
    const QString server = target(QStringLiteral("seeds.db"));
    {
        auto db = open(server);
        QVERIFY(db);
        QVERIFY(store::execute(*db, "UPDATE settings SET value = '0.5' WHERE key = 'coaching_ratio_floor'", {}).ok());
    }
    QVERIFY(store::pushSite(m_source, server));
    QCOMPARE(siteDump(server), siteDump(m_source));
}

void TestSiteTransfer::cancelLeavesNothingWritten()
{
    const QString server = target(QStringLiteral("cancel.db"));
    {
        auto db = open(server); // migrated, holding only its seed rows
        QVERIFY(db);
    }
    const QStringList fresh = siteDump(server);
    std::atomic_bool cancel{false};
    store::TransferOptions options;
    options.cancel = &cancel;
    qint64 reported = 0;
    options.progress = [&](qint64 done, qint64) {
        reported = done;
        cancel = true; // after the first batch
    };
    const auto pushed = store::pushSite(m_source, server, options);
    QCOMPARE(errorOf(pushed), QStringLiteral("%1: the copy was cancelled; nothing was changed").arg(nameOf(server)));
    QVERIFY(reported > 0);
    QCOMPARE(siteDump(server), fresh);

    cancel = false;
    const QString file = path(QStringLiteral("cancelled.db"));
    const auto pulled = store::pullSite(m_source, file, options);
    QCOMPARE(errorOf(pulled), QStringLiteral("%1: the copy was cancelled; nothing was changed").arg(file));
    QVERIFY(!QFile::exists(file));
    QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("cancelled.db*")}, QDir::Files).isEmpty());
}

void TestSiteTransfer::failureHalfwayLeavesTheTargetAsItWas()
{
    // A file whose import wrote an interaction without its agent (foreign
    // keys are the caller's to check there, see ReferencesCheckedByCaller.h):
    // the target refuses that row after the teams and agents went in.
    const QString broken = path(QStringLiteral("broken.db"));
    QVERIFY(QFile::copy(m_source, broken));
    {
        SQLite::Database raw(broken.toStdString(), SQLite::OPEN_READWRITE);
        raw.exec("INSERT INTO interactions(interaction_id, agent_id, started_at, handle_seconds) "
                 "VALUES ('GHOST-1', 'A-GHOST', '2026-07-06 10:00:00', 60)");
    }
    const QString server = target(QStringLiteral("halfway.db"));
    QVERIFY(store::pushSite(m_source, server));
    const QStringList before = siteDump(server);
    store::TransferOptions replace;
    replace.replace = true;
    const auto r = store::pushSite(broken, server, replace);
    const QString refusal = test::onPostgres() ? QStringLiteral("insert or update on table \"interactions\" violates "
                                                                "foreign key constraint \"interactions_agent_id_fkey\"")
                                               : QStringLiteral("FOREIGN KEY constraint failed");
    QCOMPARE(
        errorOf(r),
        QStringLiteral("%1: cannot copy table interactions: %2; nothing was changed").arg(nameOf(server), refusal));
    QCOMPARE(siteDump(server), before);
}

void TestSiteTransfer::verificationNamesTheTableThatDiffers()
{
    // A trigger of the target's own (not Floorboard's) adds a team whenever
    // agents go in: every row copies, and the count of teams tells.
    const QString server = target(QStringLiteral("verify.db"));
    auto source = open(m_source, Database::Mode::ReadOnly);
    auto db = open(server);
    QVERIFY(source && db);
    const QStringList fresh = siteDump(server);
    const char* phantom =
        test::onPostgres()
            ? "CREATE FUNCTION phantom_team() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO "
              "teams(name) VALUES ('Phantom') ON CONFLICT DO NOTHING; RETURN NULL; END $$; CREATE TRIGGER "
              "phantom_team AFTER INSERT ON agents FOR EACH STATEMENT EXECUTE FUNCTION phantom_team()"
            : "CREATE TEMP TRIGGER phantom_team AFTER INSERT ON agents BEGIN INSERT OR IGNORE INTO teams(name) "
              "VALUES ('Phantom'); END";
    const Status made = store::execute(*db, phantom, {});
    QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().toString()));
    const auto r = store::copySite(*source, *db);
    QCOMPARE(errorOf(r), QStringLiteral("%1: verification failed: table teams has 4 rows here and 3 in %2; nothing "
                                        "was changed")
                             .arg(db->connection().name(), m_source));
    db.reset();
    QCOMPARE(siteDump(server), fresh);
}

void TestSiteTransfer::pullRefusesAnExistingFile()
{
    const QString file = path(QStringLiteral("existing.db"));
    QVERIFY(writeFile(file, "a lead's own file"));
    const auto r = store::pullSite(m_source, file);
    QCOMPARE(
        errorOf(r),
        QStringLiteral("%1: already exists; nothing was written: pull into a new file, or replace this one").arg(file));
    QCOMPARE(readAll(file), QByteArray("a lead's own file"));

    store::TransferOptions replace;
    replace.replace = true;
    QVERIFY(store::pullSite(m_source, file, replace));
    QCOMPARE(siteDump(file), siteDump(m_source));
}

void TestSiteTransfer::unreachableServerIsNamedAndNothingWritten()
{
    const QString nowhere = QStringLiteral("host=%1 port=5432 dbname=site").arg(path(QStringLiteral("no-server")));
    const QString libpq = QStringLiteral("cannot connect to the site server: connection to server on socket "
                                         "\"%1/.s.PGSQL.5432\" failed: No such file or directory\n\tIs the server "
                                         "running locally and accepting connections on that socket?")
                              .arg(path(QStringLiteral("no-server")));
    QCOMPARE(errorOf(store::pushSite(m_source, nowhere)), libpq);
    const QString file = path(QStringLiteral("from-nowhere.db"));
    QCOMPARE(errorOf(store::pullSite(nowhere, file)), libpq);
    QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("from-nowhere.db*")}, QDir::Files).isEmpty());
}

void TestSiteTransfer::refusesTheSameDatabase()
{
    const QString same = QStringLiteral("the source and the target are the same database; nothing was changed");
    QCOMPARE(errorOf(store::pushSite(m_source, m_source)), same);
    QCOMPARE(errorOf(store::pullSite(m_source, QDir(m_dir.path()).filePath(QStringLiteral("./demo.db")))), same);
}

void TestSiteTransfer::reportsProgressOfEveryRow()
{
    store::TransferOptions options;
    qint64 last = 0;
    qint64 total = 0;
    bool increasing = true;
    options.progress = [&](qint64 done, qint64 all) {
        increasing = increasing && done > last;
        last = done;
        total = all;
    };
    const auto r = store::pushSite(m_source, target(QStringLiteral("progress.db")), options);
    QVERIFY2(r, qPrintable(errorOf(r)));
    QVERIFY(increasing);
    QCOMPARE(last, r->rows);
    QCOMPARE(total, r->rows);
}

QTEST_MAIN(TestSiteTransfer)
#include "tst_sitetransfer.moc"
