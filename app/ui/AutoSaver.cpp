#include "app/ui/AutoSaver.h"

namespace veldwerk::ui {

AutoSaver::AutoSaver(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DelayMs);
    connect(&m_timer, &QTimer::timeout, this, &AutoSaver::flush);
}

AutoSaver::~AutoSaver()
{
    flush();
}

void AutoSaver::schedule(const QString &key, std::function<QString()> save)
{
    m_pending[key] = std::move(save);
    m_timer.start();
}

void AutoSaver::flush()
{
    m_timer.stop();
    auto pending = std::move(m_pending);
    m_pending.clear();
    for (auto &[key, save] : pending) {
        const QString error = save();
        if (error.isEmpty())
            Q_EMIT saved(key);
        else
            Q_EMIT saveFailed(key, error);
    }
}

} // namespace veldwerk::ui
