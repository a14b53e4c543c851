import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// A centred, readable column that scrolls when the screen is short (portrait with the keyboard up).
Flickable {
    id: flick

    default property alias content: column.data
    property alias spacing: column.spacing

    clip: true
    contentWidth: width
    contentHeight: Math.max(height, column.implicitHeight + 2 * Theme.spacingLarge)
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    ColumnLayout {
        id: column
        width: Math.min(flick.width - 2 * Theme.spacingLarge, Theme.contentWidth)
        x: (flick.width - width) / 2
        y: Math.max(Theme.spacingLarge, (flick.height - implicitHeight) / 2)
        spacing: Theme.spacing
    }
}
