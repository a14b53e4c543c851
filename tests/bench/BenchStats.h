#pragma once

// What the benchmark executables share: a summary of timed samples and the result lines scripts/bench reads.
// Header-only and free of project libraries, so that bench_plain_sqlite (which links plain SQLite) can use it.

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace veldwerk::bench {

using Clock = std::chrono::steady_clock;

inline double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Summary {
    double median = 0;
    double p95 = 0;
    double min = 0;
    double max = 0;
};

// p95 is the nearest-rank percentile: with the small run counts used here (10, 15) it is the slowest run, which
// is the honest reading of "95 % of unlocks are at least this fast" for so few samples.
inline Summary summarize(std::vector<double> samples)
{
    Summary s;
    if (samples.empty())
        return s;
    std::sort(samples.begin(), samples.end());
    const std::size_t n = samples.size();
    s.median = n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
    const auto rank = static_cast<std::size_t>(std::ceil(0.95 * static_cast<double>(n)));
    s.p95 = samples[std::clamp<std::size_t>(rank, 1, n) - 1];
    s.min = samples.front();
    s.max = samples.back();
    return s;
}

// Results go to stdout as "name=value" lines (scripts/bench turns them into the table and results.json);
// progress and errors go to stderr so they never mix with the figures.
inline void result(std::string_view name, double value)
{
    std::printf("%.*s=%.3f\n", static_cast<int>(name.size()), name.data(), value);
}

inline void result(std::string_view name, long long value)
{
    std::printf("%.*s=%lld\n", static_cast<int>(name.size()), name.data(), value);
}

inline void result(std::string_view name, std::string_view text)
{
    std::printf("%.*s=%.*s\n", static_cast<int>(name.size()), name.data(), static_cast<int>(text.size()), text.data());
}

inline void result(std::string_view name, const Summary &s)
{
    const std::string base(name);
    result(base + "_median", s.median);
    result(base + "_p95", s.p95);
    result(base + "_min", s.min);
    result(base + "_max", s.max);
}

// The value that follows `name` on the command line ("--runs 15"), or `fallback` when it is absent.
inline std::string option(int argc, char **argv, std::string_view name, std::string fallback = {})
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (name == argv[i])
            return argv[i + 1];
    }
    return fallback;
}

inline int intOption(int argc, char **argv, std::string_view name, int fallback)
{
    const std::string text = option(argc, argv, name);
    return text.empty() ? fallback : std::max(0, std::atoi(text.c_str()));
}

} // namespace veldwerk::bench
