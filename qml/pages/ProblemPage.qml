import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// The vault cannot be opened as it is (damaged or missing key file, missing database, unusable directory).
// Nothing is deleted from here: starting over sets the old files aside.
Page {
    id: page
    objectName: "problemPage"

    property VaultController vault

    background: Rectangle { color: Theme.background }

    FormColumn {
        anchors.fill: parent

        Label {
            text: qsTr("Veldwerk kan de kluis niet openen")
            font.pixelSize: Theme.fontSizeTitle
            font.bold: true
            color: Theme.error
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
        Label {
            objectName: "problemText"
            text: page.vault.problemText
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontSize
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Neem contact op met functioneel beheer. Wat al gesynchroniseerd was, staat nog op de server.")
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
            objectName: "retryButton"
            text: qsTr("Opnieuw proberen")
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            onClicked: page.vault.refresh()
        }
        AppButton {
            objectName: "startOverButton"
            text: qsTr("Oude bestanden apart zetten en opnieuw beginnen")
            primary: false
            Layout.fillWidth: true
            onClicked: confirm.open()
        }
    }

    ConfirmDialog {
        id: confirm
        heading: qsTr("Oude bestanden apart zetten?")
        message: qsTr("De huidige bestanden gaan naar een map 'apart-gezet' in de gegevensmap; er wordt niets "
                      + "verwijderd. Daarna kiest u een nieuw wachtwoord voor een lege kluis.")
        acceptText: qsTr("Apart zetten")
        onAccepted: page.vault.startOver()
    }
}
