import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// A trajectory: its details and goals, its visits, and for Ouderschapsdiagnostiek the weekly evaluations
// (seed 000: goals, progress, safety, adjustments, agreed next steps), written as they are typed.
Page {
    id: page
    objectName: "trajectoryPage"

    property VaultController vault
    property string trajectoryId
    signal backRequested
    signal visitRequested(string visitId)

    background: Rectangle { color: Theme.background }

    TrajectoryController {
        id: trajectory
        vault: page.vault
        trajectoryId: page.trajectoryId
    }

    header: PageHeader {
        title: trajectory.productLabel
        subtitle: trajectory.familyName
        onBackRequested: {
            trajectory.flush();
            page.backRequested();
        }
        AppButton {
            objectName: "editTrajectoryButton"
            text: qsTr("Wijzigen")
            primary: false
            onClicked: editDialog.openFor()
        }
        AppButton {
            objectName: "planVisitButton"
            text: qsTr("Bezoek plannen")
            primary: false
            onClicked: visitDialog.openNew()
        }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacing
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Theme.spacing
            y: Theme.spacing
            width: flick.width - 2 * Theme.spacing
            spacing: Theme.spacing

            InlineMessage {
                text: trajectory.errorText
                Layout.fillWidth: true
            }

            SectionCard {
                title: qsTr("Traject")
                Layout.fillWidth: true
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Repeater {
                        model: [
                            { label: qsTr("Kader"), value: trajectory.frameworkLabel },
                            { label: qsTr("Status"), value: trajectory.statusLabel },
                            { label: qsTr("Periode"), value: trajectory.periodText },
                            { label: qsTr("Verantwoordelijk"), value: trajectory.responsible }
                        ]
                        delegate: Column {
                            required property var modelData
                            width: Math.min(implicitWidth, 520)
                            spacing: 2
                            Label {
                                text: modelData.label
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSizeSmall
                            }
                            Label {
                                text: modelData.value
                                color: Theme.text
                                font.pixelSize: Theme.fontSize
                                width: Math.min(implicitWidth, 520)
                                wrapMode: Text.Wrap
                            }
                        }
                    }
                }
                TextAreaField {
                    objectName: "trajectoryGoalsEdit"
                    label: qsTr("Doelen")
                    text: trajectory.goals
                    Layout.topMargin: Theme.spacing
                    onEdited: function (text) { trajectory.editGoals(text); }
                    onLeftField: trajectory.flush()
                }
            }

            SectionCard {
                title: qsTr("Bezoeken")
                empty: trajectory.visits.length === 0
                emptyText: qsTr("Nog geen bezoeken. Plan het eerste bezoek met 'Bezoek plannen'.")
                Layout.fillWidth: true
                Repeater {
                    model: trajectory.visits
                    delegate: ListRow {
                        required property var modelData
                        objectName: "trajectoryVisit-" + modelData.id
                        title: modelData.date + "  " + modelData.time
                        subtitle: modelData.kind + (modelData.notes > 0 ? " · " + (modelData.notes === 1 ? qsTr("1 notitie") : qsTr("%1 notities").arg(modelData.notes)) : "")
                        badge: modelData.statusLabel
                        onClicked: {
                            trajectory.flush();
                            page.visitRequested(modelData.id);
                        }
                    }
                }
            }

            SectionCard {
                visible: trajectory.weeklyEvaluations
                title: qsTr("Wekelijkse evaluaties")
                actionText: qsTr("Nieuwe week")
                actionObjectName: "addEvaluationButton"
                empty: trajectory.evaluations.length === 0
                emptyText: qsTr("Ouderschapsdiagnostiek werkt met heldere doelen en wekelijkse evaluaties. Begin met 'Nieuwe week'.")
                Layout.fillWidth: true
                onActionClicked: trajectory.addEvaluation("")
                Repeater {
                    model: trajectory.evaluations
                    delegate: ColumnLayout {
                        id: evaluation
                        required property var modelData
                        required property int index
                        spacing: Theme.spacingSmall
                        Layout.fillWidth: true
                        Layout.bottomMargin: Theme.spacingLarge
                        Label {
                            text: evaluation.modelData.week
                            font.pixelSize: Theme.fontSizeLarge
                            font.bold: true
                            color: Theme.text
                        }
                        Repeater {
                            model: [
                                { field: "goals", label: qsTr("Doelen") },
                                { field: "progress", label: qsTr("Voortgang") },
                                { field: "safety", label: qsTr("Veiligheid") },
                                { field: "adjustments", label: qsTr("Bijstellingen") },
                                { field: "nextSteps", label: qsTr("Afgesproken vervolgstappen") }
                            ]
                            delegate: TextAreaField {
                                required property var modelData
                                objectName: "evaluation" + evaluation.index + "-" + modelData.field
                                label: modelData.label
                                minimumLines: 2
                                text: evaluation.modelData[modelData.field]
                                onEdited: function (text) { trajectory.editEvaluation(evaluation.modelData.id, modelData.field, text); }
                                onLeftField: trajectory.flush()
                            }
                        }
                    }
                }
            }
        }
    }

    VisitDialog {
        id: visitDialog
        controller: trajectory
    }
    TrajectoryEditDialog {
        id: editDialog
        controller: trajectory
    }
}
