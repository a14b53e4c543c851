import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// A tappable line of a list: a title, a line under it, and something on the right (a time, a status).
ItemDelegate {
    id: row

    property string title
    property string subtitle
    property string trailing
    property string badge
    property bool tappable: true

    Layout.fillWidth: true
    implicitHeight: Math.max(Theme.touchTarget + 8, implicitContentHeight + 2 * Theme.spacingSmall)
    hoverEnabled: tappable
    focusPolicy: tappable ? Qt.StrongFocus : Qt.NoFocus
    enabled: true
    Accessible.name: title + (subtitle ? ", " + subtitle : "")
    Keys.onReturnPressed: if (row.tappable) row.clicked()
    Keys.onEnterPressed: if (row.tappable) row.clicked()

    background: Rectangle {
        color: row.down && row.tappable ? Theme.surfaceSunken : "transparent"
        border.width: row.visualFocus ? Theme.focusWidth : 0
        border.color: Theme.focus
        radius: Theme.radius
        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: 1
            color: Theme.surfaceSunken
        }
    }

    contentItem: RowLayout {
        spacing: Theme.spacing
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Label {
                text: row.title
                font.pixelSize: Theme.fontSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                visible: row.subtitle.length > 0
                text: row.subtitle
                font.pixelSize: Theme.fontSizeSmall
                color: Theme.textMuted
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        Label {
            visible: row.badge.length > 0
            text: row.badge
            font.pixelSize: Theme.fontSizeSmall
            color: Theme.primary
            padding: 6
            background: Rectangle { radius: 6; color: Theme.surfaceSunken }
        }
        Label {
            visible: row.trailing.length > 0
            text: row.trailing
            font.pixelSize: Theme.fontSize
            color: Theme.text
        }
    }
}
