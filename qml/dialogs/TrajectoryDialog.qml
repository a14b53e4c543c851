import QtQuick
import Veldwerk

// A new trajectory for the family: product, kader, dates, goals and the responsible professional.
FormDialog {
    id: dialog
    objectName: "trajectoryDialog"

    property FamilyController controller
    property string defaultResponsible
    signal done(string trajectoryId)

    heading: qsTr("Nieuw traject")

    function openNew() {
        productField.value = "VIPP-SD";
        productOther.text = "";
        frameworkField.value = "vrijwillig";
        startField.text = Formats.today();
        endField.text = "";
        goalsField.text = "";
        responsibleField.text = defaultResponsible;
        for (const f of [productOther, startField, endField, responsibleField])
            f.error = "";
        message = "";
        open();
    }

    onSubmitted: {
        const r = controller.createTrajectory(productField.value, productOther.text, frameworkField.value, startField.text,
                                              endField.text, goalsField.text, responsibleField.text);
        if (r.ok) {
            close();
            done(r.id);
            return;
        }
        productOther.error = r.error("productOther") || "";
        startField.error = r.error("start") || "";
        endField.error = r.error("plannedEnd") || "";
        responsibleField.error = r.error("responsible") || "";
        message = productOther.error || startField.error || endField.error || responsibleField.error ? "" : r.message;
    }

    ChoiceField {
        id: productField
        objectName: "trajectoryProduct"
        label: qsTr("Product")
        choices: Terms.products()
    }
    TextInputField {
        id: productOther
        visible: productField.value === "anders"
        label: qsTr("Welk product?")
    }
    ChoiceField {
        id: frameworkField
        objectName: "trajectoryFramework"
        label: qsTr("Kader")
        choices: Terms.frameworks()
    }
    DateInputField {
        id: startField
        objectName: "trajectoryStart"
        label: qsTr("Start")
    }
    DateInputField {
        id: endField
        objectName: "trajectoryEnd"
        label: qsTr("Geplande einddatum")
        hint: productField.value === "45A48" || productField.value === "43A08"
              ? qsTr("Ouderschapsdiagnostiek: drie tot maximaal zes maanden.") : check.ok ? check.text : ""
    }
    TextAreaField {
        id: goalsField
        objectName: "trajectoryGoals"
        label: qsTr("Doelen")
        minimumLines: 3
    }
    TextInputField {
        id: responsibleField
        objectName: "trajectoryResponsible"
        label: qsTr("Verantwoordelijke professional")
    }
}
