import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// Vandaag: today's visits beside the caseload. On a tablet held upright the two stack.
Page {
    id: page
    objectName: "homePage"

    property VaultController vault
    property Preferences preferences
    signal settingsRequested
    signal familyRequested(string familyId)
    signal visitRequested(string visitId)

    background: Rectangle { color: Theme.background }

    function reload() {
        home.reload();
    }

    HomeController {
        id: home
        vault: page.vault
    }


    FamilyController {
        id: newFamily
        vault: page.vault
    }
    FamilyDialog {
        id: familyDialog
        controller: newFamily
        onDone: function (familyId) { page.familyRequested(familyId); }
    }

    header: PageHeader {
        title: qsTr("Veldwerk")
        subtitle: page.vault.isDemo ? qsTr("Demo: alle gezinnen en namen zijn verzonnen") : ""
        showBack: false
        AppButton {
            objectName: "newFamilyButton"
            text: qsTr("Nieuw gezin")
            primary: false
            onClicked: familyDialog.openFor(false)
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

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        columns: page.width > 900 ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        // Today's visits.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            Layout.maximumHeight: page.width > 900 ? -1 : Math.max(220, page.height * 0.42)
            spacing: Theme.spacingSmall

            RowLayout {
                Layout.fillWidth: true
                Label {
                    text: qsTr("Vandaag")
                    font.pixelSize: Theme.fontSizeTitle
                    font.bold: true
                    color: Theme.primary
                    Accessible.role: Accessible.Heading
                }
                Label {
                    objectName: "todayLabel"
                    text: home.today.dayText
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSizeLarge
                    Layout.leftMargin: Theme.spacing
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                }
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border

                ListView {
                    id: todayList
                    objectName: "todayList"
                    anchors.fill: parent
                    anchors.margins: Theme.spacingSmall
                    clip: true
                    model: home.today
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar {}
                    delegate: ListRow {
                        required property string visitId
                        required property string familyName
                        required property string timeText
                        required property string kindLabel
                        required property string productLabel
                        required property string location
                        required property string statusLabel
                        required property int notes
                        width: todayList.width
                        objectName: "visit-" + visitId
                        title: timeText + "  " + familyName
                        subtitle: kindLabel + " · " + productLabel + (location ? " · " + location : "")
                                  + (notes > 0 ? " · " + (notes === 1 ? qsTr("1 notitie") : qsTr("%1 notities").arg(notes)) : "")
                        badge: statusLabel
                        onClicked: page.visitRequested(visitId)
                    }
                    Label {
                        anchors.centerIn: parent
                        width: parent.width - 2 * Theme.spacing
                        visible: todayList.count === 0
                        text: qsTr("Vandaag staan er geen bezoeken gepland.")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSize
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                    }
                }
            }
        }

        // The caseload with search.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            spacing: Theme.spacingSmall

            Label {
                text: qsTr("Caseload")
                font.pixelSize: Theme.fontSizeTitle
                font.bold: true
                color: Theme.primary
                Accessible.role: Accessible.Heading
            }
            TextField {
                id: searchField
                objectName: "caseloadSearch"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                font.pixelSize: Theme.fontSize
                placeholderText: qsTr("Zoek op gezin, kind, ouder of wijk")
                placeholderTextColor: Theme.textMuted
                inputMethodHints: Qt.ImhNoPredictiveText
                Accessible.name: qsTr("Zoeken in de caseload")
                onTextChanged: home.caseload.search = text
                Keys.onEscapePressed: function (event) {
                    searchField.clear();
                    event.accepted = true;
                }
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: searchField.activeFocus ? Theme.focusWidth : Theme.borderWidth
                    border.color: searchField.activeFocus ? Theme.focus : Theme.border
                }
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border

                ListView {
                    id: caseloadList
                    objectName: "caseloadList"
                    anchors.fill: parent
                    anchors.margins: Theme.spacingSmall
                    clip: true
                    model: home.caseload
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar {}
                    delegate: ListRow {
                        required property string familyId
                        required property string name
                        required property string summary
                        required property string nextVisitText
                        width: caseloadList.width
                        objectName: "family-" + familyId
                        title: name
                        subtitle: summary
                        trailing: nextVisitText
                        onClicked: page.familyRequested(familyId)
                    }
                    Label {
                        anchors.centerIn: parent
                        width: parent.width - 2 * Theme.spacing
                        visible: caseloadList.count === 0
                        text: searchField.text.length > 0 ? qsTr("Geen gezin gevonden voor '%1'.").arg(searchField.text)
                                                          : qsTr("Er staan nog geen gezinnen op dit apparaat. Begin met 'Nieuw gezin'.")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSize
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
}
