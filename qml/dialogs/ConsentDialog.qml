import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// Records a consent: for what, by whom, when; sharing data names the party it may go to.
FormDialog {
    id: dialog
    objectName: "consentDialog"

    property FamilyController controller
    heading: qsTr("Toestemming vastleggen")

    function openNew() {
        purposeField.value = "filmen";
        partyField.text = "";
        otherName.text = "";
        givenOn.text = Formats.today();
        givenBy.currentIndex = 0;
        partyField.error = "";
        givenOn.error = "";
        message = "";
        open();
    }

    readonly property var people: {
        const list = controller ? controller.members.map(m => ({ id: m.id, label: m.name })) : [];
        list.push({ id: "", label: qsTr("Iemand anders…") });
        return list;
    }

    onSubmitted: {
        const by = people[givenBy.currentIndex] || { id: "" };
        const r = controller.recordConsent(purposeField.value, by.id, by.id ? "" : otherName.text, partyField.text, givenOn.text);
        if (r.ok) {
            close();
            return;
        }
        partyField.error = r.error("party") || "";
        givenOn.error = r.error("givenOn") || "";
        message = r.error("givenBy") || (partyField.error || givenOn.error ? "" : r.message);
    }

    ChoiceField {
        id: purposeField
        objectName: "consentPurpose"
        label: qsTr("Waarvoor")
        choices: Terms.consentPurposes()
    }
    TextInputField {
        id: partyField
        objectName: "consentParty"
        visible: purposeField.value === "gegevens_delen"
        label: qsTr("Met wie")
        placeholderText: qsTr("Bijvoorbeeld: huisarts dr. Visser")
    }
    ColumnLayout {
        spacing: 4
        Layout.fillWidth: true
        Label {
            text: qsTr("Gegeven door")
            font.pixelSize: Theme.fontSize
            font.bold: true
            color: Theme.text
        }
        ComboBox {
            id: givenBy
            objectName: "consentGivenBy"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            font.pixelSize: Theme.fontSize
            model: dialog.people
            textRole: "label"
            Accessible.name: qsTr("Gegeven door")
        }
    }
    TextInputField {
        id: otherName
        objectName: "consentGivenByName"
        visible: (dialog.people[givenBy.currentIndex] || { id: "" }).id === ""
        label: qsTr("Naam en rol")
        placeholderText: qsTr("Bijvoorbeeld: jeugdige (14 jaar)")
    }
    DateInputField {
        id: givenOn
        objectName: "consentGivenOn"
        label: qsTr("Datum")
        onAccepted: dialog.submitted()
    }
}
