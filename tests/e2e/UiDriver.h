#pragma once

// Drives a QQuickWindow the way a person does: real mouse clicks and key presses on items found by objectName,
// waits that keep the event loop running, and screenshots saved for people to look at.

#include <QQuickItem>
#include <QQuickWindow>
#include <QString>

#include <functional>

namespace veldwerk::test {

class UiDriver {
public:
    UiDriver(QQuickWindow *window, QString screenshotDir);

    QQuickWindow *window() const { return m_window; }
    // The first visible item with this objectName (searched through the visual item tree and its popups).
    QQuickItem *find(const QString &objectName) const;
    QQuickItem *require(const QString &objectName) const;
    // The first visible item whose objectName starts with `prefix` ("family-" finds a row of the caseload).
    QQuickItem *requirePrefix(const QString &prefix) const;
    // How many visible items have an objectName starting with `prefix`.
    int countPrefix(const QString &prefix) const;

    // Scrolls every flickable around `item` so that it is on screen, as a person would before tapping it.
    void ensureVisible(QQuickItem *item);
    void click(QQuickItem *item);
    void click(const QString &objectName) { click(require(objectName)); }
    void type(const QString &text);
    void key(Qt::Key key);
    void moveMouse();

    // Runs the event loop until `done` holds or `ms` passes; returns whether it held.
    static bool waitUntil(const std::function<bool()> &done, int ms = 5000);
    static void pause(int ms);
    // Saves the window as it is now into the screenshot directory.
    void shot(const QString &name);

private:
    QQuickWindow *m_window;
    QString m_dir;
};

} // namespace veldwerk::test
