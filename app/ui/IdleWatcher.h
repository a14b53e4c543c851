#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace veldwerk::ui {

// Emits idle() when no key, pointer, touch or wheel input reached the application for `timeout`, and
// backgrounded() when the platform suspends or hides the application (a tablet's home button). Watching
// every event is cheap: an event only restarts a clock; the timer is re-armed when it fires early.
class IdleWatcher : public QObject {
    Q_OBJECT

public:
    explicit IdleWatcher(QObject *parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // Only an unlocked app has anything to lock.
    void setActive(bool active);
    bool isActive() const { return m_active; }

    // Called by Qt for application state changes; public so tests can simulate a suspend.
    void handleApplicationState(Qt::ApplicationState state);

Q_SIGNALS:
    void idle();
    void backgrounded();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();

    std::chrono::milliseconds m_timeout{5 * 60 * 1000};
    bool m_active = false;
    QElapsedTimer m_sinceInput;
    QTimer m_timer;
};

} // namespace veldwerk::ui
