import QtQuick
import QtQuick.Controls
import Veldwerk

// A button sized for a finger, that Enter activates as well as Space (keyboard users on the desktop).
Button {
    id: control

    property bool primary: true
    property bool destructive: false

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    implicitWidth: Math.max(Theme.touchTarget * 2, implicitContentWidth + leftPadding + rightPadding)
    leftPadding: Theme.spacing + 4
    rightPadding: Theme.spacing + 4
    font.pixelSize: Theme.fontSize
    font.bold: primary
    focusPolicy: Qt.StrongFocus
    Accessible.name: text

    Keys.onReturnPressed: control.clicked()
    Keys.onEnterPressed: control.clicked()

    contentItem: Label {
        text: control.text
        font: control.font
        color: control.primary ? Theme.textOnPrimary : (control.destructive ? Theme.error : Theme.primary)
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
        opacity: control.enabled ? 1 : 0.6
    }

    background: Rectangle {
        radius: Theme.radius
        color: {
            if (control.primary)
                return control.down ? Theme.primaryPressed : Theme.primary;
            return control.down ? Theme.surfaceSunken : Theme.surface;
        }
        opacity: control.enabled ? 1 : 0.5
        border.width: control.visualFocus ? Theme.focusWidth : (control.primary ? 0 : Theme.borderWidth)
        border.color: control.visualFocus ? Theme.focus : (control.destructive ? Theme.error : Theme.border)
    }
}
