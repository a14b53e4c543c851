import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// A modal question before something that cannot be undone from the screen.
Dialog {
    id: dialog

    // Not Dialog.title: the style's own header would show it a second time.
    property string heading
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

    // Title, text and buttons in one column of known width: wrapped labels in the Dialog's own header and
    // footer make their heights depend on each other (a binding loop in Qt 6.4).
    contentItem: ColumnLayout {
        spacing: Theme.spacing

        Label {
            text: dialog.heading
            font.pixelSize: Theme.fontSizeLarge
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.preferredWidth: dialog.availableWidth
        }
        Label {
            text: dialog.message
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontSize
            Layout.fillWidth: true
            Layout.preferredWidth: dialog.availableWidth
        }
        RowLayout {
            spacing: Theme.spacing
            Layout.topMargin: Theme.spacingSmall
            Layout.alignment: Qt.AlignRight
            AppButton {
                objectName: "cancelButton"
                text: qsTr("Annuleren")
                primary: false
                onClicked: dialog.reject()
            }
            AppButton {
                objectName: "confirmButton"
                text: dialog.acceptText
                onClicked: dialog.accept()
            }
        }
    }
}
