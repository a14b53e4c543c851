import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Veldwerk

// One row of an instrument form: a group as a section heading with its progress, a display text, or a question
// with the editor its type and itemControl ask for. State and rules live in FormController; this only shows a row
// and passes on what the professional does.
Item {
    id: row

    required property FormController form
    required property int index
    required property int instanceId
    required property string linkId
    required property string kind
    required property string control
    required property string label
    required property string prefix
    required property int depth
    required property bool required
    required property bool readOnly
    required property bool calculated
    required property bool multiple
    required property bool openChoice
    required property string answerText
    required property string otherText
    required property var options
    required property int selectedIndex
    required property int boolValue
    required property var numberValue
    required property var minimum
    required property var maximum
    required property real step
    required property string unit
    required property string help
    required property int maxLength
    required property string message
    required property bool missing
    required property string progress
    required property string repeatLabel
    required property bool canAddRepeat
    required property bool canRemoveRepeat

    signal fieldFocused

    objectName: "formRow-" + linkId
    implicitHeight: body.implicitHeight + (kind === "group" ? Theme.spacing + Theme.spacingSmall : Theme.spacing)

    readonly property string fullLabel: (prefix.length > 0 ? prefix + " " : "") + label
    readonly property bool editable: !readOnly

    function report(problem) {
        // The controller also puts the problem on the row; nothing else to do here.
        return problem;
    }

    Rectangle {
        anchors.fill: parent
        anchors.topMargin: row.kind === "group" ? Theme.spacingSmall : 0
        visible: row.kind === "group"
        color: Theme.surfaceSunken
        radius: Theme.radius
    }
    Rectangle {
        // The mark of a required question that is still open, once the professional asked what is open.
        width: 4
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.leftMargin: row.depth * Theme.spacing
        visible: row.missing || row.message.length > 0
        color: Theme.error
    }

    ColumnLayout {
        id: body
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.topMargin: row.kind === "group" ? Theme.spacing : Theme.spacingSmall
        anchors.leftMargin: row.depth * Theme.spacing + Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacingSmall

        // ---- group: a section heading with its progress and its repetitions ----
        RowLayout {
            visible: row.kind === "group"
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                text: row.fullLabel + (row.repeatLabel.length > 0 ? "  (" + row.repeatLabel + ")" : "")
                font.pixelSize: row.depth === 0 ? Theme.fontSizeLarge : Theme.fontSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
            }
            Label {
                objectName: "progress-" + row.linkId
                text: row.progress
                visible: text.length > 0
                font.pixelSize: Theme.fontSizeSmall
                color: Theme.textMuted
            }
            AppButton {
                objectName: "removeRepeat-" + row.linkId + "-" + row.index
                visible: row.canRemoveRepeat
                text: qsTr("Verwijderen")
                primary: false
                destructive: true
                onClicked: row.form.removeRepeat(row.instanceId)
            }
            AppButton {
                objectName: "addRepeat-" + row.linkId
                visible: row.canAddRepeat
                text: qsTr("Nog een toevoegen")
                primary: false
                onClicked: row.form.addRepeat(row.instanceId)
            }
        }

        // ---- display ----
        Label {
            visible: row.kind === "display"
            text: row.fullLabel
            font.pixelSize: Theme.fontSize
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        // ---- question ----
        Label {
            visible: row.kind === "question"
            text: row.fullLabel + (row.required ? "  *" : "")
            font.pixelSize: Theme.fontSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.name: row.fullLabel + (row.required ? ", " + qsTr("verplicht") : "")
        }
        Label {
            visible: row.kind === "question" && row.help.length > 0
            text: row.help
            font.pixelSize: Theme.fontSizeSmall
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Loader {
            id: editor
            Layout.fillWidth: true
            active: row.kind === "question"
            visible: active
            sourceComponent: row.calculated ? calculatedEditor
                           : row.control === "boolean" ? booleanEditor
                           : row.control === "radio" ? radioEditor
                           : row.control === "checkbox" ? checkboxEditor
                           : row.control === "dropdown" ? dropdownEditor
                           : row.control === "slider" ? sliderEditor
                           : row.control === "text" ? textEditor
                           : row.control === "unsupported" ? unsupportedEditor
                           : lineEditor
        }
        Label {
            objectName: "message-" + row.linkId
            visible: text.length > 0
            text: row.message
            color: Theme.error
            font.pixelSize: Theme.fontSizeSmall
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
        }
    }

    // ---- the editors, one per kind of question ----

    Component {
        id: calculatedEditor
        Rectangle {
            implicitHeight: Theme.touchTarget
            radius: Theme.radius
            color: Theme.background
            border.color: Theme.border
            Label {
                objectName: "calculated-" + row.linkId
                anchors.fill: parent
                anchors.leftMargin: Theme.spacing
                verticalAlignment: Text.AlignVCenter
                text: row.answerText.length > 0 ? row.answerText + (row.unit.length > 0 ? " " + row.unit : "")
                                                : qsTr("nog niet te berekenen")
                font.pixelSize: Theme.fontSize
                font.bold: row.answerText.length > 0
                color: row.answerText.length > 0 ? Theme.text : Theme.textMuted
                Accessible.name: row.fullLabel + ": " + text + ", " + qsTr("berekend")
            }
        }
    }

    Component {
        id: booleanEditor
        Flow {
            spacing: Theme.spacingSmall
            ChipButton {
                objectName: "yes-" + row.linkId
                text: qsTr("Ja")
                enabled: row.editable
                checked: row.boolValue === 1
                onClicked: row.form.setBoolean(row.instanceId, checked ? 1 : -1)
                onActiveFocusChanged: if (activeFocus) row.fieldFocused()
            }
            ChipButton {
                objectName: "no-" + row.linkId
                text: qsTr("Nee")
                enabled: row.editable
                checked: row.boolValue === 0
                onClicked: row.form.setBoolean(row.instanceId, checked ? 0 : -1)
                onActiveFocusChanged: if (activeFocus) row.fieldFocused()
            }
        }
    }

    Component {
        id: radioEditor
        ColumnLayout {
            spacing: 0
            Repeater {
                model: row.options
                delegate: RadioButton {
                    required property var modelData
                    required property int index
                    objectName: "option-" + row.linkId + "-" + index
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget
                    text: modelData.label
                    font.pixelSize: Theme.fontSize
                    enabled: row.editable
                    checked: modelData.selected
                    // Tapping the chosen option again clears it: a slip is undone without a separate button.
                    onClicked: row.form.chooseOption(row.instanceId, index, !modelData.selected)
                    onActiveFocusChanged: if (activeFocus) row.fieldFocused()
                }
            }
            OtherField {}
        }
    }

    Component {
        id: checkboxEditor
        ColumnLayout {
            spacing: 0
            Repeater {
                model: row.options
                delegate: CheckBox {
                    required property var modelData
                    required property int index
                    objectName: "option-" + row.linkId + "-" + index
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget
                    text: modelData.label
                    font.pixelSize: Theme.fontSize
                    enabled: row.editable
                    checked: modelData.selected
                    onClicked: row.form.chooseOption(row.instanceId, index, checked)
                    onActiveFocusChanged: if (activeFocus) row.fieldFocused()
                }
            }
            OtherField {}
        }
    }

    Component {
        id: dropdownEditor
        ColumnLayout {
            spacing: Theme.spacingSmall
            ComboBox {
                id: combo
                objectName: "dropdown-" + row.linkId
                Layout.fillWidth: true
                Layout.maximumWidth: 640
                implicitHeight: Theme.touchTarget
                font.pixelSize: Theme.fontSize
                enabled: row.editable
                model: row.options
                textRole: "label"
                currentIndex: row.selectedIndex
                displayText: currentIndex < 0 ? qsTr("Kies…") : currentText
                Accessible.name: row.fullLabel
                onActivated: function (index) { row.form.chooseOption(row.instanceId, index, true); }
                onActiveFocusChanged: if (activeFocus) row.fieldFocused()
            }
            OtherField {}
        }
    }

    Component {
        id: sliderEditor
        RowLayout {
            spacing: Theme.spacing
            Slider {
                id: slider
                objectName: "slider-" + row.linkId
                Layout.fillWidth: true
                Layout.maximumWidth: 640
                implicitHeight: Theme.touchTarget
                from: row.minimum
                to: row.maximum
                stepSize: row.step
                snapMode: Slider.SnapAlways
                value: row.numberValue !== undefined ? row.numberValue : row.minimum
                enabled: row.editable
                Accessible.name: row.fullLabel
                onMoved: row.form.setNumber(row.instanceId, value)
                onActiveFocusChanged: if (activeFocus) row.fieldFocused()
            }
            Label {
                text: row.numberValue !== undefined ? row.answerText : qsTr("nog niet gekozen")
                font.pixelSize: Theme.fontSize
                font.bold: row.numberValue !== undefined
                color: row.numberValue !== undefined ? Theme.text : Theme.textMuted
                Layout.minimumWidth: 120
            }
            AppButton {
                visible: row.numberValue !== undefined && row.editable
                text: qsTr("Wissen")
                primary: false
                onClicked: row.form.clearAnswer(row.instanceId)
            }
        }
    }

    Component {
        id: lineEditor
        RowLayout {
            spacing: Theme.spacingSmall
            TextField {
                id: line
                objectName: "input-" + row.linkId
                Layout.fillWidth: true
                Layout.maximumWidth: row.control === "string" ? 100000 : 320
                implicitHeight: Theme.touchTarget
                font.pixelSize: Theme.fontSize
                color: Theme.text
                text: row.answerText
                enabled: row.editable
                selectByMouse: true
                placeholderText: row.control === "date" ? qsTr("dd-mm-jjjj")
                               : row.control === "datetime" ? qsTr("dd-mm-jjjj uu:mm")
                               : row.control === "time" ? qsTr("uu:mm") : ""
                placeholderTextColor: Theme.textMuted
                inputMethodHints: row.control === "number" ? Qt.ImhFormattedNumbersOnly
                                : (row.control === "string" ? Qt.ImhNone : Qt.ImhPreferNumbers)
                Accessible.name: row.fullLabel
                // Text is saved as it is typed; a number or a date when it is complete (Enter or leaving the field),
                // so "3," on the way to "3,5" is not called wrong.
                onTextEdited: if (row.control === "string") row.form.enterText(row.instanceId, text)
                onEditingFinished: if (row.control !== "string" && text !== row.answerText) row.form.enterText(row.instanceId, text)
                onActiveFocusChanged: {
                    if (activeFocus)
                        row.fieldFocused();
                    else
                        row.form.flush();
                }
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: line.activeFocus || row.message.length > 0 ? Theme.focusWidth : Theme.borderWidth
                    border.color: row.message.length > 0 ? Theme.error : (line.activeFocus ? Theme.focus : Theme.border)
                }
            }
            Label {
                visible: row.unit.length > 0
                text: row.unit
                font.pixelSize: Theme.fontSize
                color: Theme.textMuted
            }
        }
    }

    Component {
        id: textEditor
        TextArea {
            id: area
            objectName: "input-" + row.linkId
            implicitHeight: Math.max(Theme.touchTarget * 1.6, contentHeight + topPadding + bottomPadding)
            font.pixelSize: Theme.fontSize
            color: Theme.text
            text: row.answerText
            enabled: row.editable
            wrapMode: TextEdit.Wrap
            selectByMouse: true
            placeholderText: row.multiple ? qsTr("Eén antwoord per regel") : ""
            placeholderTextColor: Theme.textMuted
            Accessible.name: row.fullLabel
            onTextChanged: if (activeFocus && text !== row.answerText) row.form.enterText(row.instanceId, text)
            onActiveFocusChanged: {
                if (activeFocus)
                    row.fieldFocused();
                else
                    row.form.flush();
            }
            background: Rectangle {
                radius: Theme.radius
                color: Theme.surface
                border.width: area.activeFocus || row.message.length > 0 ? Theme.focusWidth : Theme.borderWidth
                border.color: row.message.length > 0 ? Theme.error : (area.activeFocus ? Theme.focus : Theme.border)
            }
        }
    }

    Component {
        id: unsupportedEditor
        Label {
            text: qsTr("Dit soort vraag kan in Veldwerk nog niet worden ingevuld.")
            font.pixelSize: Theme.fontSizeSmall
            font.italic: true
            color: Theme.notice
            wrapMode: Text.Wrap
        }
    }

    // open-choice: what the professional types when no option fits.
    component OtherField: TextField {
        objectName: "other-" + row.linkId
        visible: row.openChoice
        Layout.fillWidth: true
        Layout.maximumWidth: 640
        implicitHeight: Theme.touchTarget
        font.pixelSize: Theme.fontSize
        text: row.otherText
        enabled: row.editable
        placeholderText: qsTr("Anders, namelijk…")
        placeholderTextColor: Theme.textMuted
        Accessible.name: row.fullLabel + ": " + qsTr("anders")
        onTextEdited: row.form.enterOther(row.instanceId, text)
        onActiveFocusChanged: if (!activeFocus) row.form.flush()
    }
}
