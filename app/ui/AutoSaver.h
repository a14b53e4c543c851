#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <map>

namespace veldwerk::ui {

// Saves typed text as it happens without a transaction per keystroke: each change replaces the pending save of
// its key, and pending saves run 300 ms after the last keystroke, when the field loses focus (flush), when the
// screen goes, and before the vault locks. A kill loses at most the last 300 ms of typing; an audit event is
// written per save, not per letter (docs/decisions.md).
class AutoSaver : public QObject {
    Q_OBJECT

public:
    static constexpr int DelayMs = 300;

    explicit AutoSaver(QObject *parent = nullptr);
    ~AutoSaver() override;

    // `save` returns an empty string on success or the message to show.
    void schedule(const QString &key, std::function<QString()> save);
    // Runs every pending save now.
    void flush();
    bool pending() const { return !m_pending.empty(); }

Q_SIGNALS:
    void saveFailed(const QString &key, const QString &message);
    void saved(const QString &key);

private:
    QTimer m_timer;
    std::map<QString, std::function<QString()>> m_pending;
};

} // namespace veldwerk::ui
