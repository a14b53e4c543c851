import QtQuick
import Veldwerk

// A new family, or the details of one.
FormDialog {
    id: dialog
    objectName: "familyDialog"

    property FamilyController controller
    property bool editing: false
    signal done(string familyId)

    heading: editing ? qsTr("Gegevens van het gezin") : qsTr("Nieuw gezin")

    function openFor(edit) {
        editing = edit;
        nameField.text = edit ? controller.name : "";
        addressField.text = edit ? controller.address : "";
        areaField.text = edit ? controller.area : "";
        nameField.error = "";
        message = "";
        open();
        nameField.focusInput();
    }

    onSubmitted: {
        const r = editing ? controller.saveDetails(nameField.text, addressField.text, areaField.text)
                          : controller.createFamily(nameField.text, addressField.text, areaField.text);
        if (r.ok) {
            close();
            done(r.id);
            return;
        }
        nameField.error = r.error("displayName") || "";
        message = r.error("displayName") ? "" : r.message;
    }

    TextInputField {
        id: nameField
        objectName: "familyName"
        label: qsTr("Naam van het gezin")
        placeholderText: qsTr("Bijvoorbeeld: Gezin Bakker")
        onAccepted: addressField.focusInput()
    }
    TextInputField {
        id: addressField
        objectName: "familyAddress"
        label: qsTr("Adres")
        onAccepted: areaField.focusInput()
    }
    TextInputField {
        id: areaField
        objectName: "familyArea"
        label: qsTr("Wijk of plaats")
        onAccepted: dialog.submitted()
    }
}
