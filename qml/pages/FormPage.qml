import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// An instrument form of a visit, filled with a finger or a keyboard. Only the questions that apply are shown;
// every answer is saved as it is given, so leaving half-way loses nothing. "Naar eerste open vraag" jumps to what
// still needs an answer; "Afronden" completes the form once every required question is answered.
Page {
    id: page
    objectName: "formPage"

    property VaultController vault
    property string responseId
    signal backRequested

    background: Rectangle { color: Theme.background }

    FormController {
        id: formController
        vault: page.vault
        responseId: page.responseId
    }

    function goToOpen() {
        const row = formController.firstOpenRow();
        if (row < 0) {
            notice.text = qsTr("Alle verplichte vragen zijn beantwoord.");
            return;
        }
        notice.text = "";
        list.positionViewAtIndex(row, ListView.Beginning);
        list.currentIndex = row;
    }

    header: PageHeader {
        title: formController.title
        subtitle: formController.statusLabel + (formController.versionText.length > 0 ? " · " + formController.versionText : "")
                  + (formController.progressText.length > 0 ? " · " + formController.progressText : "")
        onBackRequested: {
            formController.flush();
            page.backRequested();
        }
        AppButton {
            objectName: "firstOpenButton"
            visible: formController.loaded && formController.status !== "completed"
            text: qsTr("Naar eerste open vraag")
            primary: false
            onClicked: page.goToOpen()
        }
        AppButton {
            objectName: "completeFormButton"
            visible: formController.loaded && formController.status !== "completed"
            text: qsTr("Afronden")
            primary: false
            onClicked: {
                const r = formController.complete();
                if (r.ok) {
                    notice.text = qsTr("Het formulier is afgerond.");
                } else {
                    notice.text = r.error("form");
                    const row = parseInt(r.id);
                    if (row >= 0) {
                        list.positionViewAtIndex(row, ListView.Beginning);
                        list.currentIndex = row;
                    }
                }
            }
        }
        AppButton {
            objectName: "amendFormButton"
            visible: formController.loaded && formController.status === "completed"
            text: qsTr("Wijzigen")
            primary: false
            onClicked: {
                formController.amend();
                notice.text = "";
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        InlineMessage {
            text: formController.loadProblem.length > 0 ? formController.loadProblem : formController.errorText
            Layout.fillWidth: true
            Layout.margins: visible ? Theme.spacing : 0
        }
        InlineMessage {
            id: notice
            objectName: "formNotice"
            notice: true
            Layout.fillWidth: true
            Layout.margins: visible ? Theme.spacing : 0
        }

        ListView {
            id: list
            objectName: "formRows"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: formController.rows
            // Delegates are made only for what is on screen plus this margin: a 1,000-item form opens at once.
            cacheBuffer: 800
            reuseItems: false
            boundsBehavior: Flickable.StopAtBounds
            keyNavigationEnabled: false
            highlightFollowsCurrentItem: false
            ScrollBar.vertical: ScrollBar { minimumSize: 0.05 }
            bottomMargin: Theme.spacingLarge * 3
            delegate: FormItemDelegate {
                width: list.width
                form: formController
                // A field reached with Tab is scrolled into view.
                onFieldFocused: list.positionViewAtIndex(index, ListView.Contain)
            }
        }
    }
}
