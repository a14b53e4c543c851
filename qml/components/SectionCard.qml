import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// A titled block of a page (Kinderen, Trajecten, …) with an optional action ("Kind toevoegen").
Rectangle {
    id: card

    property string title
    property string actionText
    property string actionObjectName
    property string emptyText
    property bool empty: false
    default property alias content: body.data
    signal actionClicked

    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    border.width: Theme.borderWidth

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            Label {
                text: card.title
                font.pixelSize: Theme.fontSizeLarge
                font.bold: true
                color: Theme.primary
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }
            AppButton {
                visible: card.actionText.length > 0
                objectName: card.actionObjectName
                text: card.actionText
                primary: false
                onClicked: card.actionClicked()
            }
        }
        Label {
            visible: card.empty && card.emptyText.length > 0
            text: card.emptyText
            color: Theme.textMuted
            font.pixelSize: Theme.fontSize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ColumnLayout {
            id: body
            Layout.fillWidth: true
            spacing: 0
        }
    }
}
