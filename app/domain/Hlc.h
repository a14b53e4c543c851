#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace veldwerk::domain {

// A hybrid logical clock timestamp (Kulkarni et al., 2014): wall time in ms, a counter for events within the same
// ms or when the wall clock lags, and the device id as the final tie-break (DESIGN §8). Encoded as fixed-width
// text so that comparing two stamps as strings orders them as clocks:
//   "0001764067200123-0000-<device id>"
struct Hlc {
    qint64 ms = 0;
    quint32 counter = 0;
    QString device;

    QString encode() const;
    static std::optional<Hlc> decode(const QString &text);
    friend bool operator<(const Hlc &a, const Hlc &b);
    friend bool operator==(const Hlc &a, const Hlc &b) = default;
};

// Issues strictly increasing stamps for one device, also when the wall clock jumps back (a tablet whose clock is
// corrected, a restored backup): the clock never goes below the last stamp it issued or observed.
class HlcClock {
public:
    explicit HlcClock(QString device, std::function<qint64()> wallMs = {});

    // Continues after the last stamp stored in the vault (empty: a new vault).
    void restore(const QString &last);
    Hlc now();
    // Folds in a stamp from elsewhere (sync), so the next local stamp orders after it.
    void observe(const Hlc &remote);
    const Hlc &last() const { return m_last; }

private:
    std::function<qint64()> m_wallMs;
    Hlc m_last;
};

} // namespace veldwerk::domain
