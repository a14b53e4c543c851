import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// A modal question before something that cannot be undone from the screen.
Dialog {
    id: dialog

    property string message
    property string acceptText: qsTr("Doorgaan")

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * Theme.spacing : 480, 480)
    padding: Theme.spacingLarge
    font.pixelSize: Theme.fontSize

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
    }
    header: Label {
        text: dialog.title
        font.pixelSize: Theme.fontSizeLarge
        font.bold: true
        color: Theme.text
        padding: Theme.spacingLarge
        bottomPadding: 0
        wrapMode: Text.Wrap
    }

    contentItem: Label {
        text: dialog.message
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.fontSize
    }

    footer: RowLayout {
        spacing: Theme.spacing
        Item { Layout.fillWidth: true }
        AppButton {
            objectName: "cancelButton"
            text: qsTr("Annuleren")
            primary: false
            Layout.bottomMargin: Theme.spacing
            onClicked: dialog.reject()
        }
        AppButton {
            objectName: "confirmButton"
            text: dialog.acceptText
            Layout.rightMargin: Theme.spacing
            Layout.bottomMargin: Theme.spacing
            onClicked: dialog.accept()
        }
    }
}
