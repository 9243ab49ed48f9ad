// KindTableModel reads pages by key: over a few thousand rows the pages must
// join up exactly — no row twice, none missing, in key order.
#include "background/DatabaseJobs.h"
#include "demo/DemoGenerator.h"
#include "models/KindTableModel.h"
#include "store/Browse.h"
#include "store/Database.h"

#include <QTemporaryDir>
#include <QtTest>

#include <set>

using namespace Qt::StringLiterals;
using namespace fb;

class TestKindTableModel final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void pagesJoinUpInKeyOrder();
    void filterResetsAndContains();
    void headersAndCells();

private:
    QStringList readAll(ui::KindTableModel& model);

    QTemporaryDir m_dir;
    QString m_path;
    QStringList m_expected; // interaction ids in key order, read with forEachRow
};

void TestKindTableModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"paging.floorboard"_s);
    auto db = store::Database::open(m_path);
    QVERIFY(db.ok());
    demo::DemoOptions options;
    options.agents = 8;
    options.teams = 2;
    options.weeks = 4;
    options.contactsPerWeek = 100;
    auto summary = demo::generateDemo(**db, options);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().toString()));
    QVERIFY(store::forEachRow(**db, kindSpec(Kind::Interactions), [&](const std::vector<Value>& row) {
                m_expected << QString::fromStdString(valueToText(row[0]));
                return true;
            }).ok());
    QVERIFY(m_expected.size() > 2000);
}

QStringList TestKindTableModel::readAll(ui::KindTableModel& model)
{
    auto idle = [&] { return QTest::qWaitFor([&] { return !model.isLoading(); }, 10000); };
    if (!idle())
        return {};
    while (model.canFetchMore()) {
        const int before = model.rowCount();
        model.fetchMore();
        if (!idle())
            return {};
        if (model.rowCount() == before && !model.atEnd())
            break; // would loop forever
    }
    QStringList ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids << model.index(r, 0).data(ui::KindTableModel::RawRole).toString();
    return ids;
}

void TestKindTableModel::pagesJoinUpInKeyOrder()
{
    ui::DatabaseJobs worker(m_path);
    ui::KindTableModel model(worker, kindSpec(Kind::Interactions));
    model.setPageSize(257); // not a divisor of the row count: the last page is short
    model.reload();
    const QStringList ids = readAll(model);
    QVERIFY(model.atEnd());
    QCOMPARE(ids.size(), m_expected.size());
    QCOMPARE(std::set<QString>(ids.begin(), ids.end()).size(), static_cast<size_t>(ids.size()));
    QCOMPARE(ids, m_expected);
}

void TestKindTableModel::filterResetsAndContains()
{
    ui::DatabaseJobs worker(m_path);
    ui::KindTableModel model(worker, kindSpec(Kind::Interactions));
    model.reload();
    QTRY_VERIFY(model.rowCount() > 0);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    store::BrowseFilter filter;
    filter.contains = m_expected.at(42).toStdString(); // one id: matches exactly that row
    model.setFilter(filter);
    QCOMPARE(resets.size(), 1);
    const QStringList ids = readAll(model);
    QCOMPARE(ids, QStringList{m_expected.at(42)});
    QVERIFY(model.hasFilter());
}

void TestKindTableModel::headersAndCells()
{
    ui::DatabaseJobs worker(m_path);
    ui::KindTableModel model(worker, kindSpec(Kind::Interactions));
    model.reload();
    QTRY_VERIFY(model.rowCount() > 0);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Interaction ID"_s);
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), u"Started at"_s);
    int handle = -1;
    for (int c = 0; c < model.columnCount(); ++c)
        if (model.spec().columns[static_cast<size_t>(c)].name == "handle_seconds")
            handle = c;
    QVERIFY(handle >= 0);
    const auto alignment = model.index(0, handle).data(Qt::TextAlignmentRole).value<Qt::Alignment>();
    QVERIFY(alignment & Qt::AlignRight);
    QVERIFY(model.index(0, handle).data().toString().contains(u':')); // 4:05, not 245
}

QTEST_MAIN(TestKindTableModel)
#include "tst_kindtablemodel.moc"
