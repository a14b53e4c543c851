import QtQuick
import Veldwerk

// A date as professionals write it (25-11-2026); shows the date in words once it reads well, or what is wrong.
TextInputField {
    id: field

    readonly property var check: Formats.checkDate(text)
    placeholderText: qsTr("dd-mm-jjjj")
    inputMethodHints: Qt.ImhPreferNumbers
    hint: check.ok ? check.text : (text.length > 0 && !check.empty ? check.message : "")
}
