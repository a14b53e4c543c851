#include "app/domain/Hlc.h"

#include <QDateTime>

#include <algorithm>
#include <tuple>

namespace veldwerk::domain {

QString Hlc::encode() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(ms, 16, 10, QLatin1Char('0'))
        .arg(counter, 4, 16, QLatin1Char('0'))
        .arg(device);
}

std::optional<Hlc> Hlc::decode(const QString &text)
{
    // 16 digits, '-', 4 hex digits, '-', device id
    if (text.size() < 23 || text.at(16) != QLatin1Char('-') || text.at(21) != QLatin1Char('-'))
        return std::nullopt;
    bool okMs = false;
    bool okCounter = false;
    Hlc h;
    h.ms = text.left(16).toLongLong(&okMs);
    h.counter = text.mid(17, 4).toUInt(&okCounter, 16);
    h.device = text.mid(22);
    if (!okMs || !okCounter || h.ms < 0 || h.device.isEmpty())
        return std::nullopt;
    return h;
}

bool operator<(const Hlc &a, const Hlc &b)
{
    return std::tie(a.ms, a.counter, a.device) < std::tie(b.ms, b.counter, b.device);
}

HlcClock::HlcClock(QString device, std::function<qint64()> wallMs)
    : m_wallMs(wallMs ? std::move(wallMs) : [] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_last.device = std::move(device);
}

void HlcClock::restore(const QString &last)
{
    if (const auto h = Hlc::decode(last)) {
        m_last.ms = h->ms;
        m_last.counter = h->counter;
    }
}

Hlc HlcClock::now()
{
    const qint64 wall = m_wallMs();
    if (wall > m_last.ms) {
        m_last.ms = wall;
        m_last.counter = 0;
    } else {
        ++m_last.counter;
    }
    return m_last;
}

void HlcClock::observe(const Hlc &remote)
{
    const qint64 wall = m_wallMs();
    const qint64 top = std::max({wall, m_last.ms, remote.ms});
    if (top == m_last.ms && top == remote.ms)
        m_last.counter = std::max(m_last.counter, remote.counter) + 1;
    else if (top == m_last.ms)
        ++m_last.counter;
    else if (top == remote.ms)
        m_last.counter = remote.counter + 1;
    else
        m_last.counter = 0;
    m_last.ms = top;
}

} // namespace veldwerk::domain
