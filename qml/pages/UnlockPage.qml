import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// The vault is locked: the secret opens it. After a wrong secret the field waits out the delay.
Page {
    id: page
    objectName: "unlockPage"

    property VaultController vault
    readonly property bool waiting: vault.secondsUntilRetry > 0
    readonly property bool canTry: !vault.busy && !waiting

    background: Rectangle { color: Theme.background }

    function submit() {
        if (!page.canTry)
            return;
        page.vault.unlock(secretField.text);
        secretField.clear();
    }

    Component.onCompleted: secretField.forceActiveFocus()
    onCanTryChanged: if (canTry) secretField.forceActiveFocus()

    FormColumn {
        anchors.fill: parent

        Label {
            text: qsTr("Veldwerk is vergrendeld")
            font.pixelSize: Theme.fontSizeTitle
            font.bold: true
            color: Theme.primary
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
        Label {
            text: page.vault.usesPin ? qsTr("Voer uw pincode in om verder te werken.")
                                     : qsTr("Voer uw wachtwoord in om verder te werken.")
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontSize
            Layout.fillWidth: true
        }

        SecretField {
            id: secretField
            objectName: "unlockSecretField"
            digitsOnly: page.vault.usesPin
            enabled: page.canTry
            placeholderText: page.vault.usesPin ? qsTr("Pincode") : qsTr("Wachtwoord")
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            Accessible.name: page.vault.usesPin ? qsTr("Pincode") : qsTr("Wachtwoord")
            KeyNavigation.tab: unlockButton
            onSubmitted: page.submit()
        }

        InlineMessage {
            objectName: "errorMessage"
            text: page.vault.errorText
            Layout.fillWidth: true
        }
        InlineMessage {
            objectName: "retryCountdown"
            notice: true
            text: !page.waiting ? ""
                  : page.vault.secondsUntilRetry === 1 ? qsTr("U kunt het over 1 seconde opnieuw proberen.")
                  : qsTr("U kunt het over %1 seconden opnieuw proberen.").arg(page.vault.secondsUntilRetry)
            Layout.fillWidth: true
        }
        InlineMessage {
            objectName: "attemptsNotice"
            notice: true
            // After a restart the error text is gone, but the count is not: say where things stand.
            text: page.vault.errorText.length === 0 && page.vault.failedAttempts > 0 && page.vault.attemptsLeft <= 5
                  ? qsTr("Er zijn %1 mislukte pogingen geweest. Na nog %2 mislukte pogingen worden de gegevens op dit apparaat onleesbaar gemaakt.")
                    .arg(page.vault.failedAttempts).arg(page.vault.attemptsLeft)
                  : ""
            Layout.fillWidth: true
        }

        AppButton {
            id: unlockButton
            objectName: "unlockButton"
            text: page.vault.busy ? qsTr("Kluis wordt geopend…") : qsTr("Ontgrendelen")
            enabled: page.canTry
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingSmall
            onClicked: page.submit()
        }
        BusyIndicator {
            running: page.vault.busy
            visible: running
            Layout.alignment: Qt.AlignHCenter
        }
    }
}
