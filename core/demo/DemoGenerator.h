#pragma once

#include "common/Error.h"

#include <QDate>
#include <QString>

#include <atomic>
#include <functional>

namespace fb::store {
class Database;
}

namespace fb::demo {

struct DemoOptions final {
    int agents = 48;
    int teams = 4;
    int weeks = 16;
    int contactsPerWeek = 120; // per agent per week
    quint64 seed = 1;
    QDate start = QDate(2026, 7, 6); // a Monday; the site's first week
};

struct DemoSummary final {
    qint64 agents = 0;
    qint64 interactions = 0;
    qint64 evaluations = 0; // with the official "CAL-..." evaluations of agreed calibration scores
    qint64 pulses = 0;
    qint64 coachingNotes = 0;
    qint64 tickets = 0;
    qint64 recognitions = 0;
    qint64 mentoringPairs = 0;
    qint64 mentoringSessions = 0;
    qint64 calibrationSessions = 0; // in the database only; writeDemoCsv has none
};

using DemoProgress = std::function<void(int weekDone, int weeks)>;

// Fills an empty database with a realistic site, deterministically from the
// seed, with planted effects (docs/demo-site.md). Refuses a database that
// already holds agents.
Result<DemoSummary> generateDemo(store::Database& db, const DemoOptions& options, const DemoProgress& progress = {},
                                 const std::atomic_bool* cancel = nullptr);

// The same site as canonical CSV files (agents.csv, interactions.csv, ...) in dir.
Result<DemoSummary> writeDemoCsv(const QString& dir, const DemoOptions& options, const DemoProgress& progress = {});

} // namespace fb::demo
