import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// A modal form: a heading, fields that scroll when the screen is short, a general message, and Cancel / the
// action at the bottom where a thumb reaches them. `submitted` asks the page to save; the page closes the dialog
// when the controller accepted the change, or leaves it open with the problems next to the fields.
Dialog {
    id: dialog

    property string heading
    property string acceptText: qsTr("Opslaan")
    property string message
    default property alias fields: fieldColumn.data
    signal submitted

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * Theme.spacing : 640, 640)
    // The height is fixed when the dialog opens: hints and messages that appear while typing scroll inside it
    // instead of making the whole dialog grow and jump under the professional's finger.
    property real openedHeight: 0
    height: openedHeight > 0 ? openedHeight : Math.min(implicitHeight, parent ? parent.height - 2 * Theme.spacing : 800)
    onAboutToShow: openedHeight = Math.min(implicitHeight + 3 * Theme.spacing, parent ? parent.height - 2 * Theme.spacing : 800)
    onClosed: openedHeight = 0
    padding: Theme.spacingLarge
    font.pixelSize: Theme.fontSize
    closePolicy: Popup.CloseOnEscape

    background: Rectangle {
        radius: Theme.radius
        color: Theme.background
        border.color: Theme.border
    }

    // Children of the dialog's own content item (not a replacement of it): a contentItem holding ids cannot be
    // created lazily, which qmllint rightly warns about.
    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            text: dialog.heading
            font.pixelSize: Theme.fontSizeLarge
            font.bold: true
            color: Theme.primary
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.preferredWidth: dialog.availableWidth
        }
        Flickable {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: fieldColumn.implicitHeight
            contentWidth: width
            contentHeight: fieldColumn.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {
                id: scrollBar
                policy: scroller.contentHeight > scroller.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
            }
            ColumnLayout {
                id: fieldColumn
                width: scroller.width - (scrollBar.visible ? scrollBar.width + Theme.spacingSmall : 0)
                spacing: Theme.spacing
            }
        }
        InlineMessage {
            objectName: "dialogMessage"
            text: dialog.message
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: Theme.spacing
            Layout.alignment: Qt.AlignRight
            AppButton {
                objectName: "dialogCancel"
                text: qsTr("Annuleren")
                primary: false
                onClicked: dialog.close()
            }
            AppButton {
                objectName: "dialogSave"
                text: dialog.acceptText
                onClicked: dialog.submitted()
            }
        }
    }
}
