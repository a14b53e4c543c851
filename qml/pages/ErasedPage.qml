import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// After too many failed attempts the keys were destroyed. Says what happened and offers a fresh start.
Page {
    id: page
    objectName: "erasedPage"

    property VaultController vault

    background: Rectangle { color: Theme.background }

    FormColumn {
        anchors.fill: parent

        Label {
            text: qsTr("De kluis is gewist")
            font.pixelSize: Theme.fontSizeTitle
            font.bold: true
            color: Theme.error
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
        Label {
            text: qsTr("Er is te vaak een onjuist wachtwoord ingevoerd. Om de gegevens van gezinnen te beschermen, "
                       + "zijn de sleutels van deze kluis vernietigd: wat op dit apparaat stond, is niet meer te lezen.")
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontSize
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Wat al gesynchroniseerd was, staat nog op de server van uw organisatie. Neem contact op met "
                       + "functioneel beheer om dit apparaat opnieuw aan te melden.")
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSize
            Layout.fillWidth: true
        }
        InlineMessage {
            objectName: "errorMessage"
            text: page.vault.errorText
            Layout.fillWidth: true
        }
        AppButton {
            objectName: "startOverButton"
            text: qsTr("Opnieuw beginnen met een lege kluis")
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            onClicked: confirm.open()
        }
    }

    ConfirmDialog {
        id: confirm
        heading: qsTr("Opnieuw beginnen?")
        message: qsTr("De onleesbare gegevens worden verwijderd en u kiest een nieuw wachtwoord.")
        acceptText: qsTr("Opnieuw beginnen")
        onAccepted: page.vault.startOver()
    }
}
