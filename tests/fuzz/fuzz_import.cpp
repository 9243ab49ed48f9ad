// The import row pipeline (core/import/Importer): CSV file -> header mapping
// -> values -> rules and references -> RowWriter, into one SQLite database per
// process that holds the example agents and mentoring pairs. Each input runs
// inside an outer transaction that is rolled back, so the database is the
// same for every input (deterministic) and the import's own commit is
// exercised as the savepoint it then becomes.

#include "FuzzInput.h"
#include "import/Importer.h"
#include "store/Database.h"
#include "store/Transaction.h"

using namespace fb;

namespace {

[[noreturn]] void fail(const Error& error)
{
    std::fprintf(stderr, "fuzz_import setup: %s\n", qPrintable(error.toString()));
    std::abort();
}

// A database with the example agents (and their teams) and mentoring pairs,
// so rows of every kind can resolve their references.
std::unique_ptr<store::Database> exampleDatabase(const fbfuzz::InputFile& file)
{
    auto db = store::Database::open(file.sibling(QStringLiteral("fuzz.db")));
    if (!db)
        fail(db.error());
    for (auto [kind, name] :
         {std::pair{Kind::Agents, "agents.csv"}, std::pair{Kind::MentoringPairs, "mentoring_pairs.csv"}}) {
        import::ImportOptions options;
        options.kind = kind;
        options.file = QStringLiteral(FB_EXAMPLES "/") + QString::fromLatin1(name);
        options.createAgents = true;
        const auto report = import::runImport(*db.value(), options);
        if (!report)
            fail(report.error());
        if (!report->committed)
            fail(Error(QStringLiteral("not imported: ") + report->summary(), options.file));
    }
    return std::move(db.value());
}

const QString& dateFormat(int which)
{
    static const QString kFormats[] = {{}, {}, QStringLiteral("dd/MM/yyyy H:mm"), QStringLiteral("dd.MM.yyyy")};
    return kFormats[which & 3];
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const fbfuzz::InputFile file(QStringLiteral("import.csv"));
    static const std::unique_ptr<store::Database> db = exampleDatabase(file);

    FuzzedDataProvider in(data, size);
    import::ImportOptions options;
    options.file = file.path();
    options.kind = allKinds()[in.ConsumeIntegralInRange<size_t>(0, allKinds().size() - 1)];
    const auto flags = in.ConsumeIntegral<unsigned char>();
    options.update = (flags & 0x01) != 0;
    options.createAgents = (flags & 0x02) != 0;
    options.skipInvalid = (flags & 0x04) != 0; // without a rejects file: that one is AtomicFile's, fsync included
    options.dryRun = (flags & 0x08) != 0;
    options.decimalComma = (flags & 0x10) != 0;
    options.replaceInvalid = (flags & 0x20) != 0;
    options.dateFormat = dateFormat(flags >> 6);
    options.listedProblems = 5;
    options.reader = fbfuzz::readerOptions(in);
    file.write(fbfuzz::remainingBytes(in));

    auto outer = store::Transaction::begin(*db);
    if (!outer)
        fail(outer.error());
    const auto report = import::runImport(*db, options);
    if (!report) {
        FB_FUZZ_CHECK(!report.error().toString().isEmpty()); // every refusal says what and where
        return 0;                                            // outer rolls back
    }
    const import::ImportReport& r = report.value();
    // Every row read is counted once: written, unchanged or rejected.
    FB_FUZZ_CHECK(r.rowsRead == r.inserted + r.replaced + r.unchanged + r.rejected);
    FB_FUZZ_CHECK(qint64(r.problems.size()) <= r.problemCount && int(r.problems.size()) <= options.listedProblems);
    FB_FUZZ_CHECK(r.rejected == 0 || r.problemCount > 0);
    // Nothing is stored from a dry run or from a file with a refused row.
    if (r.committed)
        FB_FUZZ_CHECK(!options.dryRun && (r.problemCount == 0 || options.skipInvalid));
    for (const Error& problem : r.problems)
        FB_FUZZ_CHECK(!problem.toString().isEmpty());
    FB_FUZZ_CHECK(!r.summary().isEmpty());
    return 0; // outer rolls back: the next input sees the same database
}
