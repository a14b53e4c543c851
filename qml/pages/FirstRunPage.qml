import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// First start on this device: choose the secret that opens the vault.
Page {
    id: page
    objectName: "firstRunPage"

    property VaultController vault

    background: Rectangle { color: Theme.background }

    function submit() {
        if (page.vault.busy)
            return;
        page.vault.createVault(secretField.text, confirmField.text);
        secretField.clear();
        confirmField.clear();
        secretField.forceActiveFocus();
    }

    Component.onCompleted: secretField.forceActiveFocus()

    FormColumn {
        anchors.fill: parent

        Label {
            text: qsTr("Welkom bij Veldwerk")
            font.pixelSize: Theme.fontSizeTitle
            font.bold: true
            color: Theme.primary
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
        Label {
            text: qsTr("Alles wat u in Veldwerk vastlegt, wordt op dit apparaat versleuteld bewaard. "
                       + "Kies eerst het wachtwoord waarmee u de app opent.")
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontSize
            Layout.fillWidth: true
        }

        Label {
            text: page.vault.usesPin ? qsTr("Nieuwe pincode") : qsTr("Nieuw wachtwoord")
            font.pixelSize: Theme.fontSize
            font.bold: true
            color: Theme.text
            Layout.topMargin: Theme.spacingSmall
        }
        SecretField {
            id: secretField
            objectName: "secretField"
            digitsOnly: page.vault.usesPin
            enabled: !page.vault.busy
            Layout.fillWidth: true
            Accessible.name: page.vault.usesPin ? qsTr("Nieuwe pincode") : qsTr("Nieuw wachtwoord")
            KeyNavigation.tab: confirmField
            onTextEdited: page.vault.clearError()
            onSubmitted: confirmField.forceActiveFocus()
        }
        Label {
            text: page.vault.usesPin
                  ? qsTr("Precies 6 cijfers.")
                  : qsTr("Minstens %1 tekens. Een zin die u kunt onthouden werkt goed, bijvoorbeeld vier losse woorden.")
                    .arg(page.vault.minimumLength)
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSizeSmall
            Layout.fillWidth: true
        }

        Label {
            text: page.vault.usesPin ? qsTr("Herhaal de pincode") : qsTr("Herhaal het wachtwoord")
            font.pixelSize: Theme.fontSize
            font.bold: true
            color: Theme.text
            Layout.topMargin: Theme.spacingSmall
        }
        SecretField {
            id: confirmField
            objectName: "confirmField"
            digitsOnly: page.vault.usesPin
            enabled: !page.vault.busy
            Layout.fillWidth: true
            Accessible.name: page.vault.usesPin ? qsTr("Herhaal de pincode") : qsTr("Herhaal het wachtwoord")
            KeyNavigation.tab: createButton
            onTextEdited: page.vault.clearError()
            onSubmitted: page.submit()
        }

        InlineMessage {
            objectName: "errorMessage"
            text: page.vault.errorText
            Layout.fillWidth: true
        }

        AppButton {
            id: createButton
            objectName: "createButton"
            text: page.vault.busy ? qsTr("Kluis wordt aangemaakt…") : qsTr("Kluis aanmaken")
            enabled: !page.vault.busy
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            onClicked: page.submit()
        }
        BusyIndicator {
            running: page.vault.busy
            visible: running
            Layout.alignment: Qt.AlignHCenter
        }

        Label {
            text: qsTr("Vergeet dit wachtwoord niet. Zonder wachtwoord zijn de gegevens op dit apparaat niet te "
                       + "openen; wat al is gesynchroniseerd, blijft op de server bewaard.")
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSizeSmall
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
        }
    }
}
