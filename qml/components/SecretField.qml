import QtQuick
import QtQuick.Controls
import Veldwerk

// Entry for a passphrase or PIN. Enter submits, Escape clears. The typed text lives only in this field and is
// handed to C++ on submit; the page clears the field right after, so no secret outlives the screen.
TextField {
    id: field

    property bool revealed: false
    property bool digitsOnly: false
    signal submitted

    implicitHeight: Theme.touchTarget
    font.pixelSize: Theme.fontSizeLarge
    color: Theme.text
    placeholderTextColor: Theme.textMuted
    leftPadding: Theme.spacing
    rightPadding: revealButton.width + Theme.spacingSmall
    echoMode: revealed ? TextInput.Normal : TextInput.Password
    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                      | (digitsOnly ? Qt.ImhDigitsOnly : Qt.ImhNone)
    maximumLength: digitsOnly ? 6 : 1024
    selectByMouse: true

    onAccepted: field.submitted()
    Keys.onEscapePressed: function (event) {
        field.clear();
        field.revealed = false;
        event.accepted = true;
    }

    background: Rectangle {
        radius: Theme.radius
        color: field.enabled ? Theme.surface : Theme.surfaceSunken
        border.width: field.activeFocus ? Theme.focusWidth : Theme.borderWidth
        border.color: field.activeFocus ? Theme.focus : Theme.border
    }

    AbstractButton {
        id: revealButton
        readonly property string label: field.revealed ? qsTr("Verberg") : qsTr("Toon")
        objectName: "revealButton"
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        height: parent.height
        width: Theme.touchTarget + 2 * Theme.spacing
        focusPolicy: Qt.NoFocus // Tab moves between fields, not onto this toggle
        enabled: field.enabled
        onClicked: field.revealed = !field.revealed
        Accessible.name: label
        contentItem: Label {
            text: revealButton.label
            color: Theme.primary
            font.pixelSize: Theme.fontSizeSmall
            font.underline: true
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
    }
}
