#include "UiDriver.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QImage>
#include <QPointer>
#include <QTest>

#include <algorithm>

namespace veldwerk::test {

namespace {
QQuickItem *search(QQuickItem *item, const QString &name)
{
    if (!item || !item->isVisible())
        return nullptr;
    if (item->objectName() == name)
        return item;
    for (QQuickItem *child : item->childItems()) {
        if (QQuickItem *found = search(child, name))
            return found;
    }
    return nullptr;
}
void collect(QQuickItem *item, const QString &prefix, QList<QQuickItem *> &out)
{
    if (!item || !item->isVisible())
        return;
    if (item->objectName().startsWith(prefix))
        out.append(item);
    for (QQuickItem *child : item->childItems())
        collect(child, prefix, out);
}
} // namespace

QQuickItem *UiDriver::requirePrefix(const QString &prefix) const
{
    QList<QQuickItem *> found;
    waitUntil(
        [&] {
            found.clear();
            collect(m_window->contentItem(), prefix, found);
            return !found.isEmpty();
        },
        3000);
    INFO("looking for an item named " << prefix.toStdString() << "…");
    REQUIRE_FALSE(found.isEmpty());
    return found.first();
}

int UiDriver::countPrefix(const QString &prefix) const
{
    QList<QQuickItem *> found;
    collect(m_window->contentItem(), prefix, found);
    return static_cast<int>(found.size());
}

UiDriver::UiDriver(QQuickWindow *window, QString screenshotDir)
    : m_window(window)
    , m_dir(std::move(screenshotDir))
{
    QDir().mkpath(m_dir);
    m_window->requestActivate();
    REQUIRE(QTest::qWaitForWindowExposed(m_window));
    REQUIRE(QTest::qWaitForWindowActive(m_window));
}

QQuickItem *UiDriver::find(const QString &objectName) const
{
    // Popups (dialogs) live in the overlay, a child of the content item's parent.
    QQuickItem *root = m_window->contentItem();
    return search(root, objectName);
}

QQuickItem *UiDriver::require(const QString &objectName) const
{
    QQuickItem *item = nullptr;
    waitUntil([&] { return (item = find(objectName)) != nullptr; }, 3000);
    INFO("looking for " << objectName.toStdString());
    REQUIRE(item);
    return item;
}

void UiDriver::ensureVisible(QQuickItem *item)
{
    for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (!p->inherits("QQuickFlickable"))
            continue;
        auto *content = p->property("contentItem").value<QQuickItem *>();
        if (!content)
            continue;
        const QRectF r = item->mapRectToItem(content, QRectF(0, 0, item->width(), item->height()));
        const qreal y = p->property("contentY").toReal();
        const qreal h = p->height();
        qreal target = y;
        if (r.top() < y)
            target = r.top() - 16;
        else if (r.bottom() > y + h)
            target = r.bottom() - h + 16;
        // A ListView with delegates of different heights moves its origin as it creates them: clamp to its extent.
        const qreal minY = p->property("originY").toReal();
        const qreal maxY = std::max<qreal>(minY, minY + p->property("contentHeight").toReal() - h);
        target = std::clamp<qreal>(target, minY, maxY);
        if (target != y) {
            p->setProperty("contentY", target);
            pause(30);
        }
    }
}

void UiDriver::click(QQuickItem *item)
{
    REQUIRE(item);
    QPointer<QQuickItem> guard(item);
    ensureVisible(item);
    // Scrolling may have recycled a list's delegate; tapping where it was would be a test bug, not a user's tap.
    REQUIRE(guard);
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    pause(30);
}

void UiDriver::type(const QString &text)
{
    // QTest::keyClicks exists only for widgets; send each character as its own key press with its text, which
    // also carries characters beyond ASCII.
    for (const QChar c : text) {
        const Qt::Key code =
            c.isLetterOrNumber() && c.unicode() < 128 ? Qt::Key(c.toUpper().unicode()) : Qt::Key_unknown;
        QTest::sendKeyEvent(QTest::Press, m_window, code, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, m_window, code, QString(c), Qt::NoModifier);
    }
    pause(10);
}

void UiDriver::key(Qt::Key k)
{
    QTest::keyClick(m_window, k);
    pause(10);
}

void UiDriver::moveMouse()
{
    static int x = 10;
    x = x == 10 ? 20 : 10;
    QTest::mouseMove(m_window, QPoint(x, 10));
}

bool UiDriver::waitUntil(const std::function<bool()> &done, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms)
            return false;
        QTest::qWait(15);
    }
    return true;
}

void UiDriver::pause(int ms)
{
    QTest::qWait(ms);
}

void UiDriver::shot(const QString &name)
{
    pause(50); // let animations (busy indicator, focus) settle into a frame
    const QImage image = m_window->grabWindow();
    REQUIRE_FALSE(image.isNull());
    REQUIRE(image.save(m_dir + QLatin1Char('/') + name));
}

} // namespace veldwerk::test
