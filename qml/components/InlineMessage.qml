import QtQuick
import QtQuick.Controls
import Veldwerk

// A message next to what it is about: an error (red) or a notice (amber). Hidden while empty.
Rectangle {
    id: box

    property alias text: label.text
    property bool notice: false

    visible: text.length > 0
    implicitHeight: label.implicitHeight + 2 * Theme.spacing
    implicitWidth: label.implicitWidth + 2 * Theme.spacing
    radius: Theme.radius
    color: notice ? Theme.noticeSurface : Theme.errorSurface
    border.width: Theme.borderWidth
    border.color: notice ? Theme.notice : Theme.error
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Label {
        id: label
        anchors.fill: parent
        anchors.margins: Theme.spacing
        wrapMode: Text.Wrap
        color: box.notice ? Theme.notice : Theme.error
        font.pixelSize: Theme.fontSize
    }
}
