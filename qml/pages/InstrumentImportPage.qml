import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// Importing a provider's own instrument (a FHIR R4 Questionnaire file). The file is checked first; every problem
// is listed with where it is in the file. Only a valid file is added, and nothing already on the device changes.
Page {
    id: page
    objectName: "instrumentImportPage"

    property VaultController vault
    signal backRequested

    background: Rectangle { color: Theme.background }

    InstrumentImportController {
        id: importer
        vault: page.vault
    }

    header: PageHeader {
        title: qsTr("Instrument importeren")
        subtitle: qsTr("Een eigen vragenlijst van uw organisatie (FHIR R4 Questionnaire, JSON)")
        onBackRequested: page.backRequested()
    }

    ScrollView {
        id: scroller
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroller.availableWidth
            spacing: Theme.spacing

            Item { implicitHeight: Theme.spacingSmall }

            SectionCard {
                title: qsTr("Bestand kiezen")
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing

                Label {
                    text: importer.candidates.length > 0
                          ? qsTr("JSON-bestanden in Downloads en Documenten:")
                          : qsTr("Er staan geen JSON-bestanden in Downloads of Documenten. Zet het bestand daar neer, of typ hieronder het pad.")
                    font.pixelSize: Theme.fontSize
                    color: Theme.textMuted
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Repeater {
                    model: importer.candidates
                    delegate: ListRow {
                        required property var modelData
                        required property int index
                        objectName: "candidate-" + index
                        title: modelData.name
                        subtitle: modelData.folder + " · " + modelData.sizeText
                        Layout.fillWidth: true
                        onClicked: importer.importFile(modelData.path)
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    TextInputField {
                        id: pathField
                        objectName: "importPath"
                        label: qsTr("Of het pad van het bestand")
                        placeholderText: qsTr("/pad/naar/vragenlijst.json")
                        onAccepted: importer.importFile(text)
                    }
                    AppButton {
                        objectName: "importButton"
                        text: qsTr("Controleren en importeren")
                        Layout.alignment: Qt.AlignBottom
                        enabled: pathField.text.length > 0
                        onClicked: importer.importFile(pathField.text)
                    }
                }
            }

            SectionCard {
                objectName: "importResult"
                visible: importer.checked
                title: importer.resultTitle.length > 0 ? importer.resultTitle : qsTr("Resultaat")
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing

                InlineMessage {
                    objectName: "importMessage"
                    text: importer.resultMessage
                    notice: importer.stored
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "importCounts"
                    visible: importer.errorCount + importer.warningCount > 0
                    text: qsTr("%n fouten", "", importer.errorCount) + " · " + qsTr("%n waarschuwingen", "", importer.warningCount)
                          + (importer.problems.length < importer.errorCount + importer.warningCount
                             ? " · " + qsTr("de eerste %1 staan hieronder").arg(importer.problems.length) : "")
                    font.pixelSize: Theme.fontSize
                    font.bold: true
                    color: Theme.text
                }
                Repeater {
                    model: importer.problems
                    delegate: ColumnLayout {
                        required property var modelData
                        required property int index
                        objectName: "problem-" + index
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            text: modelData.severityLabel + " · " + modelData.path
                                  + (modelData.linkId.length > 0 ? " · " + modelData.linkId : "")
                            font.pixelSize: Theme.fontSizeSmall
                            font.bold: true
                            font.family: "monospace"
                            color: modelData.severity === "error" ? Theme.error : Theme.notice
                            wrapMode: Text.WrapAnywhere
                            Layout.fillWidth: true
                        }
                        Label {
                            text: modelData.message
                            font.pixelSize: Theme.fontSize
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }

            SectionCard {
                title: qsTr("Instrumenten op dit apparaat")
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                Layout.rightMargin: Theme.spacing
                Layout.bottomMargin: Theme.spacing

                Repeater {
                    model: importer.installed
                    delegate: Label {
                        required property var modelData
                        text: modelData.title + "  ·  " + modelData.versionText + "  ·  "
                              + (modelData.bundled ? qsTr("meegeleverd") : qsTr("geïmporteerd"))
                        font.pixelSize: Theme.fontSize
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }
}
