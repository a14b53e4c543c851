import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// A family: who belongs to it, its trajectories and consents, the timeline of visits and who looked at the file.
Page {
    id: page
    objectName: "familyPage"

    property VaultController vault
    property string familyId
    signal backRequested
    signal trajectoryRequested(string trajectoryId)
    signal visitRequested(string visitId)

    background: Rectangle { color: Theme.background }

    FamilyController {
        id: family
        vault: page.vault
        familyId: page.familyId
    }

    header: PageHeader {
        title: family.name
        subtitle: family.addressLine
        onBackRequested: {
            family.flush();
            page.backRequested();
        }
        AppButton {
            objectName: "editFamilyButton"
            text: qsTr("Gegevens wijzigen")
            primary: false
            onClicked: familyDialog.openFor(true)
        }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: grid.implicitHeight + 2 * Theme.spacing
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        GridLayout {
            id: grid
            x: Theme.spacing
            y: Theme.spacing
            width: flick.width - 2 * Theme.spacing
            columns: page.width > 1000 ? 2 : 1
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing

            InlineMessage {
                text: family.errorText
                Layout.fillWidth: true
                Layout.columnSpan: grid.columns
            }

            SectionCard {
                title: qsTr("Kinderen")
                actionText: qsTr("Kind toevoegen")
                actionObjectName: "addChildButton"
                empty: family.children.length === 0
                emptyText: qsTr("Nog geen kinderen vastgelegd.")
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                onActionClicked: childDialog.openNew()
                Repeater {
                    model: family.children
                    delegate: ListRow {
                        required property var modelData
                        title: modelData.name
                        subtitle: modelData.detail
                        tappable: false
                    }
                }
            }

            SectionCard {
                title: qsTr("Ouders en verzorgers")
                actionText: qsTr("Toevoegen")
                actionObjectName: "addCaregiverButton"
                empty: family.caregivers.length === 0
                emptyText: qsTr("Nog geen ouders of verzorgers vastgelegd.")
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                onActionClicked: caregiverDialog.openNew()
                Repeater {
                    model: family.caregivers
                    delegate: ListRow {
                        required property var modelData
                        title: modelData.name
                        subtitle: modelData.detail
                        tappable: false
                    }
                }
            }

            SectionCard {
                title: qsTr("Trajecten")
                actionText: qsTr("Nieuw traject")
                actionObjectName: "newTrajectoryButton"
                empty: family.trajectories.length === 0
                emptyText: qsTr("Nog geen traject. Een traject (bijvoorbeeld VIPP-SD of 45A48) draagt de bezoeken.")
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                onActionClicked: trajectoryDialog.openNew()
                Repeater {
                    model: family.trajectories
                    delegate: ListRow {
                        required property var modelData
                        objectName: "trajectory-" + modelData.id
                        title: modelData.product
                        subtitle: modelData.period + (modelData.responsible ? " · " + modelData.responsible : "")
                        badge: modelData.statusLabel
                        onClicked: {
                            family.flush();
                            page.trajectoryRequested(modelData.id);
                        }
                    }
                }
            }

            SectionCard {
                title: qsTr("Toestemmingen")
                actionText: qsTr("Vastleggen")
                actionObjectName: "recordConsentButton"
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                onActionClicked: consentDialog.openNew()
                Label {
                    objectName: "filmingStatus"
                    text: family.mayFilm ? qsTr("Filmen is toegestaan.") : qsTr("Er is geen toestemming om te filmen.")
                    color: family.mayFilm ? Theme.primary : Theme.notice
                    font.pixelSize: Theme.fontSize
                    font.bold: true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.bottomMargin: Theme.spacingSmall
                }
                Repeater {
                    model: family.consents
                    delegate: RowLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        ListRow {
                            title: modelData.label
                            subtitle: modelData.inForce
                                      ? qsTr("Gegeven door %1 op %2").arg(modelData.givenBy).arg(modelData.givenOn)
                                      : qsTr("Gegeven door %1 op %2, ingetrokken op %3").arg(modelData.givenBy).arg(modelData.givenOn).arg(modelData.withdrawnOn)
                            tappable: false
                            opacity: modelData.inForce ? 1 : 0.7
                        }
                        AppButton {
                            visible: modelData.inForce
                            objectName: "withdraw-" + modelData.id
                            text: qsTr("Intrekken")
                            primary: false
                            destructive: true
                            onClicked: {
                                withdrawDialog.consentId = modelData.id;
                                withdrawDialog.open();
                            }
                        }
                    }
                }
            }

            SectionCard {
                title: qsTr("Tijdlijn")
                empty: family.timeline.length === 0
                emptyText: qsTr("Nog geen bezoeken.")
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Repeater {
                    model: family.timeline
                    delegate: ListRow {
                        required property var modelData
                        objectName: "timeline-" + modelData.id
                        title: modelData.date + "  " + modelData.time
                        subtitle: modelData.kind + " · " + modelData.product
                                  + (modelData.notes > 0 ? " · " + (modelData.notes === 1 ? qsTr("1 notitie") : qsTr("%1 notities").arg(modelData.notes)) : "")
                        badge: modelData.statusLabel
                        onClicked: {
                            family.flush();
                            page.visitRequested(modelData.id);
                        }
                    }
                }
            }

            SectionCard {
                title: qsTr("Praktische notities")
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                TextAreaField {
                    objectName: "familyNotes"
                    text: family.notes
                    placeholderText: qsTr("Bijvoorbeeld: bel vooraf aan, hond in de tuin.")
                    onEdited: function (text) { family.editNotes(text); }
                    onLeftField: family.flush()
                }
            }

            SectionCard {
                title: qsTr("Inzagelog")
                Layout.fillWidth: true
                Layout.columnSpan: grid.columns
                Label {
                    text: qsTr("Wie dit dossier op dit apparaat aanmaakte, wijzigde of inzag (de laatste 50 gebeurtenissen).")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSizeSmall
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.bottomMargin: Theme.spacingSmall
                }
                Repeater {
                    model: family.auditTrail
                    delegate: ListRow {
                        required property var modelData
                        title: modelData.what
                        subtitle: modelData.actor + (modelData.detail ? " · " + modelData.detail : "")
                        trailing: modelData.at
                        tappable: false
                    }
                }
            }
        }
    }

    FamilyDialog {
        id: familyDialog
        controller: family
    }
    ChildDialog {
        id: childDialog
        controller: family
    }
    CaregiverDialog {
        id: caregiverDialog
        controller: family
    }
    ConsentDialog {
        id: consentDialog
        controller: family
    }
    TrajectoryDialog {
        id: trajectoryDialog
        controller: family
        defaultResponsible: page.vault.professionalName
        onDone: function (trajectoryId) { page.trajectoryRequested(trajectoryId); }
    }
    ConfirmDialog {
        id: withdrawDialog
        property string consentId
        heading: qsTr("Toestemming intrekken?")
        message: qsTr("De toestemming geldt vanaf vandaag niet meer. Wat ervoor is vastgelegd, blijft in het dossier zichtbaar.")
        acceptText: qsTr("Intrekken")
        onAccepted: family.withdrawConsent(consentId, "")
    }
}
