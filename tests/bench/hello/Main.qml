import QtQuick
import QtQuick.Controls

// The smallest Qt Quick Controls window: the start-up baseline for Veldwerk's unlock screen, at the same size.
ApplicationWindow {
    width: 1280
    height: 800
    visible: true
    title: "Hallo"

    Label {
        anchors.centerIn: parent
        text: "Hallo, wereld"
    }
}
