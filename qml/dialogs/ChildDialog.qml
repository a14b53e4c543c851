import QtQuick
import QtQuick.Layouts
import Veldwerk

// A child of the family: born (date of birth) or still expected (the target group starts at −9 months).
FormDialog {
    id: dialog
    objectName: "childDialog"

    property FamilyController controller
    heading: qsTr("Kind toevoegen")
    acceptText: qsTr("Toevoegen")

    function openNew() {
        nameField.text = "";
        dateField.text = "";
        unborn.checked = false;
        nameField.error = "";
        dateField.error = "";
        message = "";
        open();
        nameField.focusInput();
    }

    onSubmitted: {
        const r = unborn.checked ? controller.addChild(nameField.text, "", dateField.text)
                                 : controller.addChild(nameField.text, dateField.text, "");
        if (r.ok) {
            close();
            return;
        }
        nameField.error = r.error("name") || "";
        dateField.error = r.error("birthDate") || r.error("expectedBirthDate") || "";
        message = nameField.error || dateField.error ? "" : r.message;
    }

    TextInputField {
        id: nameField
        objectName: "childName"
        label: qsTr("Naam")
        onAccepted: dateField.focusInput()
    }
    RowLayout {
        spacing: Theme.spacing
        Layout.fillWidth: true
        ChipButton {
            id: born
            objectName: "childBorn"
            text: qsTr("Geboren")
            checked: !unborn.checked
            onClicked: unborn.checked = false
        }
        ChipButton {
            id: unborn
            objectName: "childUnborn"
            text: qsTr("Nog niet geboren")
            onClicked: unborn.checked = true
        }
    }
    DateInputField {
        id: dateField
        objectName: "childDate"
        label: unborn.checked ? qsTr("Verwachte geboortedatum") : qsTr("Geboortedatum")
        onAccepted: dialog.submitted()
    }
}
