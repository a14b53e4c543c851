import QtQuick
import Veldwerk

// Changes a trajectory's kader, dates, responsible professional and status (aangemeld, lopend, afgerond,
// overgedragen). The product stays: another product is another trajectory.
FormDialog {
    id: dialog
    objectName: "trajectoryEditDialog"

    property TrajectoryController controller
    heading: qsTr("Traject wijzigen")

    function openFor() {
        frameworkField.value = controller.framework;
        statusField.value = controller.status;
        startField.text = controller.startText;
        endField.text = controller.plannedEndText;
        responsibleField.text = controller.responsible;
        for (const f of [startField, endField, responsibleField])
            f.error = "";
        message = "";
        open();
    }

    onSubmitted: {
        const r = controller.saveDetails(frameworkField.value, startField.text, endField.text, responsibleField.text,
                                         statusField.value);
        if (r.ok) {
            close();
            return;
        }
        startField.error = r.error("start");
        endField.error = r.error("plannedEnd");
        responsibleField.error = r.error("responsible");
        message = r.generalOnly(["start", "plannedEnd", "responsible"]) ? r.message : "";
    }

    ChoiceField {
        id: statusField
        objectName: "trajectoryStatus"
        label: qsTr("Status")
        choices: Terms.trajectoryStatuses()
    }
    ChoiceField {
        id: frameworkField
        label: qsTr("Kader")
        choices: Terms.frameworks()
    }
    DateInputField {
        id: startField
        objectName: "trajectoryEditStart"
        label: qsTr("Start")
    }
    DateInputField {
        id: endField
        objectName: "trajectoryEditEnd"
        label: qsTr("Geplande einddatum")
    }
    TextInputField {
        id: responsibleField
        objectName: "trajectoryEditResponsible"
        label: qsTr("Verantwoordelijke professional")
        onAccepted: dialog.submitted()
    }
}
