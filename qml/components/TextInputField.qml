import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// A labelled one-line field with its problem shown right under it.
ColumnLayout {
    id: field

    property alias label: caption.text
    property alias text: input.text
    property alias placeholderText: input.placeholderText
    property alias inputMethodHints: input.inputMethodHints
    property alias maximumLength: input.maximumLength
    property string error
    property string hint
    property alias input: input
    signal accepted

    spacing: 4
    Layout.fillWidth: true

    function focusInput() {
        input.forceActiveFocus();
    }

    Label {
        id: caption
        font.pixelSize: Theme.fontSize
        font.bold: true
        color: Theme.text
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }
    TextField {
        id: input
        objectName: field.objectName + "Input"
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        font.pixelSize: Theme.fontSize
        color: Theme.text
        placeholderTextColor: Theme.textMuted
        selectByMouse: true
        Accessible.name: caption.text
        onAccepted: field.accepted()
        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.width: input.activeFocus || field.error.length > 0 ? Theme.focusWidth : Theme.borderWidth
            border.color: field.error.length > 0 ? Theme.error : (input.activeFocus ? Theme.focus : Theme.border)
        }
    }
    Label {
        visible: text.length > 0
        text: field.error.length > 0 ? field.error : field.hint
        color: field.error.length > 0 ? Theme.error : Theme.textMuted
        font.pixelSize: Theme.fontSizeSmall
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: field.error.length > 0 ? Accessible.AlertMessage : Accessible.StaticText
    }
}
