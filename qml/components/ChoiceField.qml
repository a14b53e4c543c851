import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// A labelled choice from a vocabulary ([{code, label}]).
ColumnLayout {
    id: field

    property alias label: caption.text
    property var choices: []
    property string value: choices.length > 0 ? choices[0].code : ""
    property string error

    spacing: 4
    Layout.fillWidth: true

    Label {
        id: caption
        font.pixelSize: Theme.fontSize
        font.bold: true
        color: Theme.text
        Layout.fillWidth: true
    }
    ComboBox {
        id: combo
        objectName: field.objectName + "Combo"
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        font.pixelSize: Theme.fontSize
        model: field.choices
        textRole: "label"
        valueRole: "code"
        Accessible.name: caption.text
        currentIndex: {
            for (let i = 0; i < field.choices.length; ++i) {
                if (field.choices[i].code === field.value)
                    return i;
            }
            return -1;
        }
        onActivated: function (index) {
            field.value = field.choices[index].code;
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
