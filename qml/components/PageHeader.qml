import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// The bar on top of a page: back, a title (with an optional line under it) and the page's own actions.
ToolBar {
    id: bar

    property string title
    property string subtitle
    property bool showBack: true
    default property alias actions: actionRow.data
    signal backRequested

    implicitHeight: Theme.touchTarget + Theme.spacing
    background: Rectangle { color: Theme.primary }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingSmall
        anchors.rightMargin: Theme.spacingSmall
        spacing: Theme.spacingSmall

        AppButton {
            objectName: "backButton"
            visible: bar.showBack
            text: qsTr("Terug")
            primary: false
            onClicked: bar.backRequested()
        }
        ColumnLayout {
            spacing: 0
            Layout.fillWidth: true
            Layout.leftMargin: bar.showBack ? Theme.spacingSmall : Theme.spacing
            Label {
                text: bar.title
                color: Theme.textOnPrimary
                font.pixelSize: Theme.fontSizeLarge
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
            }
            Label {
                visible: bar.subtitle.length > 0
                text: bar.subtitle
                color: Theme.textOnPrimary
                opacity: 0.85
                font.pixelSize: Theme.fontSizeSmall
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        RowLayout {
            id: actionRow
            spacing: Theme.spacingSmall
        }
    }
}
