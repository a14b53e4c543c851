import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// The first screen after unlocking. Today's visits and the caseload arrive with the case records; until
// then the page says plainly that nothing is on this device yet.
Page {
    id: page
    objectName: "homePage"

    property VaultController vault
    property Preferences preferences
    signal settingsRequested

    background: Rectangle { color: Theme.background }

    header: ToolBar {
        implicitHeight: Theme.touchTarget + Theme.spacing
        background: Rectangle { color: Theme.primary }

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacing
            anchors.rightMargin: Theme.spacingSmall
            spacing: Theme.spacingSmall

            Label {
                text: qsTr("Veldwerk")
                color: Theme.textOnPrimary
                font.pixelSize: Theme.fontSizeLarge
                font.bold: true
                Layout.fillWidth: true
            }
            AppButton {
                objectName: "settingsButton"
                text: qsTr("Instellingen")
                primary: false
                onClicked: page.settingsRequested()
            }
            AppButton {
                objectName: "lockButton"
                text: qsTr("Vergrendelen")
                primary: false
                onClicked: page.vault.lock()
            }
        }
    }

    FormColumn {
        anchors.fill: parent

        Label {
            text: qsTr("Vandaag")
            font.pixelSize: Theme.fontSizeTitle
            font.bold: true
            color: Theme.primary
            Accessible.role: Accessible.Heading
        }
        Label {
            objectName: "todayLabel"
            text: new Date().toLocaleDateString(Qt.locale(page.preferences.effectiveLanguage === "en" ? "en_GB" : "nl_NL"),
                                                "dddd d MMMM yyyy")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSizeLarge
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            implicitHeight: emptyColumn.implicitHeight + 2 * Theme.spacingLarge
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            border.width: Theme.borderWidth

            ColumnLayout {
                id: emptyColumn
                anchors.fill: parent
                anchors.margins: Theme.spacingLarge
                spacing: Theme.spacingSmall

                Label {
                    text: qsTr("Er staan nog geen gezinnen op dit apparaat.")
                    font.pixelSize: Theme.fontSizeLarge
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("Gezinnen, trajecten en bezoeken verschijnen hier zodra ze zijn aangemaakt of "
                               + "gesynchroniseerd.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSize
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }

        Label {
            objectName: "autoLockLabel"
            text: {
                const s = page.preferences.idleLockSeconds;
                if (s % 60 !== 0)
                    return qsTr("Veldwerk vergrendelt zich na %1 seconden zonder gebruik.").arg(s);
                return s === 60 ? qsTr("Veldwerk vergrendelt zich na 1 minuut zonder gebruik.")
                                : qsTr("Veldwerk vergrendelt zich na %1 minuten zonder gebruik.").arg(s / 60);
            }
            color: Theme.textMuted
            font.pixelSize: Theme.fontSizeSmall
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
        }
    }
}
