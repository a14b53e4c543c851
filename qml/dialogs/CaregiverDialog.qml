import QtQuick
import Veldwerk

// A parent or carer of the family, with the role seed 000 names (biological, adoptive, (network) foster, step).
FormDialog {
    id: dialog
    objectName: "caregiverDialog"

    property FamilyController controller
    heading: qsTr("Ouder of verzorger toevoegen")
    acceptText: qsTr("Toevoegen")

    function openNew() {
        nameField.text = "";
        roleField.value = "biologisch";
        otherField.text = "";
        phoneField.text = "";
        nameField.error = "";
        otherField.error = "";
        message = "";
        open();
        nameField.focusInput();
    }

    onSubmitted: {
        const r = controller.addCaregiver(nameField.text, roleField.value, otherField.text, phoneField.text);
        if (r.ok) {
            close();
            return;
        }
        nameField.error = r.error("name") || "";
        otherField.error = r.error("roleOther") || "";
        message = nameField.error || otherField.error ? "" : r.message;
    }

    TextInputField {
        id: nameField
        objectName: "caregiverName"
        label: qsTr("Naam")
    }
    ChoiceField {
        id: roleField
        objectName: "caregiverRole"
        label: qsTr("Rol")
        choices: Terms.roles()
    }
    TextInputField {
        id: otherField
        objectName: "caregiverRoleOther"
        visible: roleField.value === "anders"
        label: qsTr("Welke rol?")
        placeholderText: qsTr("Bijvoorbeeld: oma, dagelijkse opvang")
    }
    TextInputField {
        id: phoneField
        objectName: "caregiverPhone"
        label: qsTr("Telefoon (optioneel)")
        inputMethodHints: Qt.ImhDialableCharactersOnly
        onAccepted: dialog.submitted()
    }
}
