import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// A labelled multi-line text that the controller saves as it is typed: `edited` fires on every change, and
// leaving the field asks for the save at once.
ColumnLayout {
    id: field

    property alias label: caption.text
    property alias text: area.text
    property alias placeholderText: area.placeholderText
    property string error
    property int minimumLines: 3
    property alias area: area
    signal edited(string text)
    signal leftField

    spacing: 4
    Layout.fillWidth: true

    Label {
        id: caption
        visible: text.length > 0
        font.pixelSize: Theme.fontSize
        font.bold: true
        color: Theme.text
        Layout.fillWidth: true
        wrapMode: Text.Wrap
    }
    TextArea {
        id: area
        objectName: field.objectName + "Area"
        Layout.fillWidth: true
        Layout.minimumHeight: Math.max(Theme.touchTarget, field.minimumLines * font.pixelSize * 1.5 + topPadding + bottomPadding)
        font.pixelSize: Theme.fontSize
        color: Theme.text
        placeholderTextColor: Theme.textMuted
        wrapMode: TextEdit.Wrap
        selectByMouse: true
        Accessible.name: caption.text
        onTextChanged: if (activeFocus) field.edited(text)
        onActiveFocusChanged: if (!activeFocus) field.leftField()
        Keys.onEscapePressed: function (event) {
            area.focus = false;
            event.accepted = true;
        }
        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.width: area.activeFocus ? Theme.focusWidth : Theme.borderWidth
            border.color: field.error.length > 0 ? Theme.error : (area.activeFocus ? Theme.focus : Theme.border)
        }
    }
    Label {
        visible: field.error.length > 0
        text: field.error
        color: Theme.error
        font.pixelSize: Theme.fontSizeSmall
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
