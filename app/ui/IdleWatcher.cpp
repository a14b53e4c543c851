#include "app/ui/IdleWatcher.h"

#include <QEvent>
#include <QGuiApplication>

namespace veldwerk::ui {

IdleWatcher::IdleWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::check);
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        app->installEventFilter(this);
        connect(app, &QGuiApplication::applicationStateChanged, this, &IdleWatcher::handleApplicationState);
    }
}

void IdleWatcher::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
    if (m_active) {
        m_sinceInput.start();
        m_timer.start(m_timeout);
    }
}

void IdleWatcher::setActive(bool active)
{
    m_active = active;
    if (active) {
        m_sinceInput.start();
        m_timer.start(m_timeout);
    } else {
        m_timer.stop();
    }
}

void IdleWatcher::handleApplicationState(Qt::ApplicationState state)
{
    // Suspended: iOS and Android sent the app to the background. Hidden: the platform hid every window.
    // Inactive (another window has focus on a desktop) is normal work and does not lock.
    if (m_active && (state == Qt::ApplicationSuspended || state == Qt::ApplicationHidden))
        Q_EMIT backgrounded();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (m_active) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::TouchBegin:
        case QEvent::TouchUpdate:
        case QEvent::Wheel:
            m_sinceInput.start();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::check()
{
    if (!m_active)
        return;
    const auto elapsed = std::chrono::milliseconds(m_sinceInput.elapsed());
    if (elapsed >= m_timeout) {
        Q_EMIT idle();
        return;
    }
    m_timer.start(m_timeout - elapsed);
}

} // namespace veldwerk::ui
