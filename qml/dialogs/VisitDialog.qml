import QtQuick
import Veldwerk

// Plans a visit in a trajectory: what kind, when, how long, where.
FormDialog {
    id: dialog
    objectName: "visitDialog"

    property TrajectoryController controller
    signal done(string visitId)

    heading: qsTr("Bezoek plannen")
    acceptText: qsTr("Plannen")

    function openNew() {
        kindField.value = "huisbezoek";
        dateField.text = Formats.today();
        timeField.text = "";
        durationField.text = "60";
        locationField.text = qsTr("thuis");
        for (const f of [dateField, timeField, durationField])
            f.error = "";
        message = "";
        open();
        timeField.focusInput();
    }

    onSubmitted: {
        const r = controller.planVisit(kindField.value, dateField.text, timeField.text, parseInt(durationField.text) || 0,
                                       locationField.text);
        if (r.ok) {
            close();
            done(r.id);
            return;
        }
        dateField.error = r.error("date") || r.error("plannedStart") || "";
        timeField.error = r.error("time") || "";
        durationField.error = r.error("minutes") || r.error("plannedEnd") || "";
        message = dateField.error || timeField.error || durationField.error ? "" : r.message;
    }

    ChoiceField {
        id: kindField
        objectName: "visitKind"
        label: qsTr("Soort bezoek")
        choices: Terms.visitKinds()
    }
    DateInputField {
        id: dateField
        objectName: "visitDate"
        label: qsTr("Datum")
        onAccepted: timeField.focusInput()
    }
    TextInputField {
        id: timeField
        objectName: "visitTime"
        label: qsTr("Tijd")
        placeholderText: qsTr("uu:mm")
        inputMethodHints: Qt.ImhPreferNumbers
        hint: {
            const c = Formats.checkTime(text);
            return text.length > 0 && !c.ok ? c.message : "";
        }
        onAccepted: durationField.focusInput()
    }
    TextInputField {
        id: durationField
        objectName: "visitDuration"
        label: qsTr("Duur in minuten")
        inputMethodHints: Qt.ImhDigitsOnly
        onAccepted: locationField.focusInput()
    }
    TextInputField {
        id: locationField
        objectName: "visitLocation"
        label: qsTr("Locatie")
        onAccepted: dialog.submitted()
    }
}
