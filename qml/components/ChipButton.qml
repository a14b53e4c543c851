import QtQuick
import QtQuick.Controls
import Veldwerk

// A toggle for quick marking (a tag, who a note is about, who is present): big enough for a thumb.
Button {
    id: chip

    checkable: true
    implicitHeight: Theme.touchTarget
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    font.pixelSize: Theme.fontSize
    focusPolicy: Qt.StrongFocus
    Accessible.name: text
    Accessible.checkable: true
    Accessible.checked: checked

    contentItem: Label {
        text: (chip.checked ? "✓ " : "") + chip.text
        font: chip.font
        color: chip.checked ? Theme.textOnPrimary : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle {
        radius: height / 2
        color: chip.checked ? Theme.primary : (chip.down ? Theme.surfaceSunken : Theme.surface)
        border.width: chip.visualFocus ? Theme.focusWidth : Theme.borderWidth
        border.color: chip.visualFocus ? Theme.focus : (chip.checked ? Theme.primary : Theme.border)
    }
}
