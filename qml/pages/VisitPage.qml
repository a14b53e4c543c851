import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// The visit workspace, made for one hand while talking: who is there, the notes so far, and at the bottom (in
// thumb reach) a note field, who it is about, quick tags and one big button. There is no "Opslaan" for the page:
// a note is stored the moment it is made, and an edit as it is typed.
Page {
    id: page
    objectName: "visitPage"

    property VaultController vault
    property string visitId
    signal backRequested
    signal formRequested(string responseId)

    function reloadForms() {
        visit.reloadForms();
    }

    background: Rectangle { color: Theme.background }

    VisitController {
        id: visit
        vault: page.vault
        visitId: page.visitId
    }

    property string aboutId: ""
    property var chosenTags: []

    function saveNote() {
        const r = visit.addNote(composer.text, page.aboutId, page.chosenTags);
        if (r.ok) {
            composer.clear();
            page.aboutId = "";
            page.chosenTags = [];
            composerError.text = "";
            notesList.positionViewAtEnd();
        } else {
            composerError.text = r.message;
        }
        composer.forceActiveFocus();
    }

    ConfirmDialog {
        id: removeDialog
        property string noteId
        heading: qsTr("Notitie verwijderen?")
        message: qsTr("De notitie verdwijnt uit dit bezoek. Dat het gebeurde, blijft in het inzagelog staan.")
        acceptText: qsTr("Verwijderen")
        onAccepted: {
            const r = visit.removeNote(noteId);
            if (!r.ok)
                composerError.text = r.message;
        }
    }

    // Which instrument to fill: the bundled ones and what the provider imported.
    Dialog {
        id: instrumentPicker
        objectName: "instrumentPicker"
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(parent ? parent.width - 2 * Theme.spacing : 720, 720)
        height: Math.min(parent ? parent.height - 2 * Theme.spacing : 800, 800)
        padding: Theme.spacing
        closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
        property var instruments: []
        property string problem
        onAboutToShow: {
            instruments = visit.instruments();
            problem = "";
        }
        background: Rectangle {
            radius: Theme.radius
            color: Theme.background
            border.color: Theme.border
        }
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingSmall
            RowLayout {
                Layout.fillWidth: true
                Label {
                    text: qsTr("Formulier toevoegen")
                    font.pixelSize: Theme.fontSizeLarge
                    font.bold: true
                    color: Theme.primary
                    Layout.fillWidth: true
                }
                AppButton {
                    text: qsTr("Annuleren")
                    primary: false
                    onClicked: instrumentPicker.close()
                }
            }
            InlineMessage {
                text: instrumentPicker.problem
                Layout.fillWidth: true
            }
            ListView {
                id: instrumentList
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: instrumentPicker.instruments
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}
                delegate: ListRow {
                    required property var modelData
                    required property int index
                    // The last part of the canonical url: stable, and the file name of a bundled instrument.
                    objectName: "instrument-" + modelData.url.split("/").pop()
                    width: instrumentList.width
                    title: modelData.title
                    subtitle: (modelData.bundled ? qsTr("meegeleverd") : qsTr("geïmporteerd"))
                              + (modelData.version ? " · " + qsTr("versie %1").arg(modelData.version) : "")
                    onClicked: {
                        const r = visit.addForm(modelData.url, modelData.version);
                        if (r.ok) {
                            instrumentPicker.close();
                            page.formRequested(r.id);
                        } else {
                            instrumentPicker.problem = r.error("form") || r.message;
                        }
                    }
                }
            }
        }
    }

    header: PageHeader {
        title: visit.familyName
        subtitle: visit.kindLabel + " · " + visit.productLabel + " · " + visit.whenText
        onBackRequested: {
            visit.flush();
            page.backRequested();
        }
        Label {
            text: visit.statusLabel
            color: Theme.textOnPrimary
            font.pixelSize: Theme.fontSize
            font.bold: true
            Layout.rightMargin: Theme.spacingSmall
        }
        AppButton {
            objectName: "startVisitButton"
            visible: visit.status === "gepland"
            text: qsTr("Bezoek starten")
            primary: false
            onClicked: visit.start()
        }
        AppButton {
            objectName: "finishVisitButton"
            visible: visit.status === "bezig"
            text: qsTr("Bezoek afronden")
            primary: false
            onClicked: visit.finish()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        InlineMessage {
            text: visit.errorText
            Layout.fillWidth: true
        }

        // Who is there.
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            Label {
                text: qsTr("Aanwezig:")
                height: Theme.touchTarget
                verticalAlignment: Text.AlignVCenter
                font.pixelSize: Theme.fontSize
                color: Theme.textMuted
            }
            Repeater {
                model: visit.members
                delegate: ChipButton {
                    required property var modelData
                    objectName: "present-" + modelData.name
                    text: modelData.name
                    checked: modelData.present
                    onClicked: visit.togglePresent(modelData.id)
                }
            }
            Label {
                text: visit.heldText
                visible: text.length > 0
                height: Theme.touchTarget
                verticalAlignment: Text.AlignVCenter
                leftPadding: Theme.spacing
                font.pixelSize: Theme.fontSizeSmall
                color: Theme.textMuted
            }
            Label {
                objectName: "visitFilmingStatus"
                text: visit.mayFilm ? qsTr("Filmen toegestaan") : qsTr("Geen toestemming om te filmen")
                height: Theme.touchTarget
                verticalAlignment: Text.AlignVCenter
                leftPadding: Theme.spacing
                font.pixelSize: Theme.fontSizeSmall
                font.bold: true
                color: visit.mayFilm ? Theme.primary : Theme.notice
            }
        }

        // The instrument forms of this visit and their status.
        Flow {
            objectName: "visitForms"
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            Label {
                text: qsTr("Formulieren:")
                height: Theme.touchTarget
                verticalAlignment: Text.AlignVCenter
                font.pixelSize: Theme.fontSize
                color: Theme.textMuted
            }
            Repeater {
                model: visit.forms
                delegate: AppButton {
                    required property var modelData
                    required property int index
                    objectName: "visitForm-" + index
                    text: modelData.title + "  ·  " + modelData.statusLabel + "  ·  " + modelData.answeredText
                    primary: false
                    onClicked: page.formRequested(modelData.id)
                }
            }
            AppButton {
                objectName: "addFormButton"
                text: qsTr("Formulier toevoegen")
                primary: false
                onClicked: instrumentPicker.open()
            }
        }

        // The notes so far, each editable where it stands.
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border

            ListView {
                id: notesList
                objectName: "notesList"
                anchors.fill: parent
                anchors.margins: Theme.spacingSmall
                clip: true
                spacing: Theme.spacingSmall
                model: visit.notes
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}
                delegate: ColumnLayout {
                    id: note
                    required property string noteId
                    required property string timeText
                    required property string text
                    required property string aboutName
                    required property string tagsText
                    required property int index
                    width: notesList.width
                    spacing: 2
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            text: note.timeText + (note.aboutName ? "  ·  " + note.aboutName : "")
                                  + (note.tagsText ? "  ·  " + note.tagsText : "")
                            font.pixelSize: Theme.fontSizeSmall
                            color: Theme.textMuted
                            Layout.fillWidth: true
                            elide: Text.ElideRight
                        }
                        AppButton {
                            id: removeButton
                            objectName: "removeNote-" + note.index
                            // Only for the note being edited: a delete beside every note invites a slip.
                            visible: noteArea.activeFocus || activeFocus
                            text: qsTr("Verwijderen")
                            primary: false
                            destructive: true
                            onClicked: {
                                removeDialog.noteId = note.noteId;
                                removeDialog.open();
                            }
                        }
                    }
                    TextArea {
                        id: noteArea
                        objectName: "note-" + note.index
                        Layout.fillWidth: true
                        text: note.text
                        font.pixelSize: Theme.fontSize
                        color: Theme.text
                        wrapMode: TextEdit.Wrap
                        selectByMouse: true
                        Accessible.name: qsTr("Notitie van %1").arg(note.timeText)
                        onTextChanged: if (activeFocus) visit.editNote(note.noteId, text)
                        onActiveFocusChanged: if (!activeFocus) visit.flush()
                        background: Rectangle {
                            radius: Theme.radius
                            color: parent.activeFocus ? Theme.surface : Theme.background
                            border.width: parent.activeFocus ? Theme.focusWidth : 0
                            border.color: Theme.focus
                        }
                    }
                }
                Label {
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.spacing
                    visible: notesList.count === 0
                    text: qsTr("Nog geen notities. Typ hieronder wat u ziet; elke notitie krijgt de tijd van nu.")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSize
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                }
            }
        }

        // The composer, in thumb reach.
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: composerColumn.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border

            ColumnLayout {
                id: composerColumn
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacingSmall

                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall
                    Repeater {
                        model: visit.members
                        delegate: ChipButton {
                            required property var modelData
                            objectName: "about-" + modelData.name
                            text: modelData.name
                            checked: page.aboutId === modelData.id
                            onClicked: page.aboutId = checked ? modelData.id : ""
                        }
                    }
                }
                // One row that scrolls sideways: the note field keeps its room on a landscape tablet.
                ListView {
                    id: tagRow
                    objectName: "tagRow"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget
                    orientation: ListView.Horizontal
                    spacing: Theme.spacingSmall
                    clip: true
                    boundsBehavior: Flickable.StopAtBounds
                    model: Terms.observationTags()
                    delegate: ChipButton {
                        required property var modelData
                        objectName: "tag-" + modelData.code
                        text: modelData.label
                        checked: page.chosenTags.indexOf(modelData.code) >= 0
                        onClicked: {
                            const tags = page.chosenTags.filter(t => t !== modelData.code);
                            if (checked)
                                tags.push(modelData.code);
                            page.chosenTags = tags;
                        }
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    TextArea {
                        id: composer
                        objectName: "noteComposer"
                        Layout.fillWidth: true
                        Layout.minimumHeight: Theme.touchTarget * 1.5
                        font.pixelSize: Theme.fontSizeLarge
                        color: Theme.text
                        placeholderText: qsTr("Wat ziet u? (Ctrl+Enter bewaart)")
                        placeholderTextColor: Theme.textMuted
                        wrapMode: TextEdit.Wrap
                        Accessible.name: qsTr("Nieuwe notitie")
                        Keys.onPressed: function (event) {
                            if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && (event.modifiers & Qt.ControlModifier)) {
                                page.saveNote();
                                event.accepted = true;
                            }
                        }
                        Keys.onEscapePressed: function (event) {
                            composer.clear();
                            event.accepted = true;
                        }
                        background: Rectangle {
                            radius: Theme.radius
                            color: Theme.background
                            border.width: composer.activeFocus ? Theme.focusWidth : Theme.borderWidth
                            border.color: composer.activeFocus ? Theme.focus : Theme.border
                        }
                    }
                    ColumnLayout {
                        spacing: Theme.spacingSmall
                        AppButton {
                            objectName: "saveNoteButton"
                            text: qsTr("Notitie bewaren")
                            implicitHeight: Theme.touchTarget + 16
                            Layout.preferredWidth: 220
                            onClicked: page.saveNote()
                        }
                        AppButton {
                            objectName: "undoButton"
                            visible: visit.canUndo
                            text: qsTr("Ongedaan maken")
                            primary: false
                            Layout.preferredWidth: 220
                            onClicked: visit.undo()
                        }
                    }
                }
                Label {
                    id: composerError
                    objectName: "composerError"
                    visible: text.length > 0
                    color: Theme.error
                    font.pixelSize: Theme.fontSizeSmall
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
    }
}
