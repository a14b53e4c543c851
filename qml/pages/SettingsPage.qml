import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// Device settings: interface language, the time after which the app locks itself, and importing instruments.
Page {
    id: page
    objectName: "settingsPage"

    property Preferences preferences
    property VaultController vault
    signal backRequested
    signal importRequested

    background: Rectangle { color: Theme.background }
    Keys.onEscapePressed: page.backRequested()

    header: ToolBar {
        implicitHeight: Theme.touchTarget + Theme.spacing
        background: Rectangle { color: Theme.primary }

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingSmall
            anchors.rightMargin: Theme.spacing
            spacing: Theme.spacing

            AppButton {
                objectName: "backButton"
                text: qsTr("Terug")
                primary: false
                onClicked: page.backRequested()
            }
            Label {
                text: qsTr("Instellingen")
                color: Theme.textOnPrimary
                font.pixelSize: Theme.fontSizeLarge
                font.bold: true
                Layout.fillWidth: true
            }
        }
    }

    component Choice: RadioButton {
        implicitHeight: Theme.touchTarget
        font.pixelSize: Theme.fontSize
        Layout.fillWidth: true
    }

    FormColumn {
        anchors.fill: parent

        TextInputField {
            id: nameField
            objectName: "professionalName"
            label: qsTr("Uw naam")
            hint: qsTr("Zo staat u in het inzagelog van deze tablet, en als verantwoordelijke bij een nieuw traject.")
            text: page.vault ? page.vault.professionalName : ""
            input.onEditingFinished: if (page.vault) page.vault.professionalName = nameField.text
        }

        Label {
            text: qsTr("Taal")
            font.pixelSize: Theme.fontSizeLarge
            font.bold: true
            color: Theme.primary
            Accessible.role: Accessible.Heading
        }
        ButtonGroup { id: languageGroup }
        Choice {
            objectName: "languageSystem"
            text: qsTr("Taal van het systeem")
            ButtonGroup.group: languageGroup
            checked: page.preferences.language === "system"
            onClicked: page.preferences.language = "system"
        }
        Choice {
            objectName: "languageDutch"
            text: "Nederlands"
            ButtonGroup.group: languageGroup
            checked: page.preferences.language === "nl"
            onClicked: page.preferences.language = "nl"
        }
        Choice {
            objectName: "languageEnglish"
            text: "English"
            ButtonGroup.group: languageGroup
            checked: page.preferences.language === "en"
            onClicked: page.preferences.language = "en"
        }

        Label {
            text: qsTr("Automatisch vergrendelen")
            font.pixelSize: Theme.fontSizeLarge
            font.bold: true
            color: Theme.primary
            Layout.topMargin: Theme.spacing
            Accessible.role: Accessible.Heading
        }
        Label {
            text: qsTr("Na deze tijd zonder gebruik vergrendelt Veldwerk zich. Wat u hebt vastgelegd, is dan al bewaard.")
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSizeSmall
            Layout.fillWidth: true
        }
        ButtonGroup { id: idleGroup }
        Repeater {
            model: [1, 2, 5, 10, 15, 30]
            delegate: Choice {
                required property int modelData
                objectName: "idle" + modelData
                text: modelData === 1 ? qsTr("1 minuut") : qsTr("%1 minuten").arg(modelData)
                ButtonGroup.group: idleGroup
                checked: page.preferences.idleLockSeconds === modelData * 60
                onClicked: page.preferences.idleLockSeconds = modelData * 60
            }
        }

        Label {
            text: qsTr("Instrumenten")
            font.pixelSize: Theme.fontSizeLarge
            font.bold: true
            color: Theme.primary
            Layout.topMargin: Theme.spacing
            Accessible.role: Accessible.Heading
        }
        Label {
            text: qsTr("Een vragenlijst van uw eigen organisatie toevoegen. Het bestand wordt eerst gecontroleerd.")
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSizeSmall
            Layout.fillWidth: true
        }
        AppButton {
            objectName: "importInstrumentButton"
            text: qsTr("Instrument importeren")
            primary: false
            onClicked: page.importRequested()
        }
    }
}
