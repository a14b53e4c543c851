pragma Singleton
import QtQuick

// One theme for the whole app (STYLE): colours, spacing and type sizes. The colours keep WCAG AA contrast on
// the paper background, so text stays readable on a tablet in a sunny living room.
QtObject {
    readonly property color background: "#F5F2EB"
    readonly property color surface: "#FFFFFF"
    readonly property color surfaceSunken: "#ECE7DC"
    readonly property color primary: "#1E5B57"
    readonly property color primaryPressed: "#143F3C"
    readonly property color textOnPrimary: "#FFFFFF"
    readonly property color text: "#1D2625"
    readonly property color textMuted: "#4F5C59"
    readonly property color border: "#BDB6A6"
    readonly property color focus: "#D48A1E"
    readonly property color error: "#A3241B"
    readonly property color errorSurface: "#FBE9E7"
    readonly property color notice: "#6B4A00"
    readonly property color noticeSurface: "#FFF3D6"

    // A finger needs at least 48 px (DESIGN §9); 56 leaves room for a shaky hand on a lap.
    readonly property int touchTarget: 56
    readonly property int spacingSmall: 8
    readonly property int spacing: 16
    readonly property int spacingLarge: 32
    readonly property int radius: 10
    readonly property int borderWidth: 1
    readonly property int focusWidth: 3

    readonly property int fontSizeSmall: 15
    readonly property int fontSize: 18
    readonly property int fontSizeLarge: 22
    readonly property int fontSizeTitle: 30

    // The readable width of a form column on a wide screen.
    readonly property int contentWidth: 560
}
