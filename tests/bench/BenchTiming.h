#pragma once

// Timing of the hand-run benchmarks: wall and process CPU time of a function
// over several runs (minimum and medians), shared by every bench_* program.
#include <QElapsedTimer>

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

#ifdef _WIN32
#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
#endif

namespace fb::bench {

// CPU time of the whole process (all threads), in milliseconds. clock_gettime
// is POSIX; Windows counts it in 100 ns units with GetProcessTimes.
inline double cpuMs()
{
#ifdef _WIN32
    FILETIME created{}, exited{}, kernel{}, user{};
    GetProcessTimes(GetCurrentProcess(), &created, &exited, &kernel, &user);
    const auto ms = [](const FILETIME& t) { return double((quint64(t.dwHighDateTime) << 32) | t.dwLowDateTime) / 1e4; };
    return ms(kernel) + ms(user);
#else
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
#endif
}

struct Timing {
    double wallMin = 1e18, wallMedian = 0, cpuMedian = 0;
};

inline Timing time(int runs, const std::function<void()>& fn)
{
    std::vector<double> wall, cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        const double c0 = cpuMs();
        t.start();
        fn();
        wall.push_back(double(t.nsecsElapsed()) / 1e6);
        cpu.push_back(cpuMs() - c0);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall.front(), wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

} // namespace fb::bench
