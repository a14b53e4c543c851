import QtQuick
import QtQuick.Controls
import Veldwerk

// The window: one screen at a time, chosen by the vault's state. Locking swaps the whole home screen out,
// so nothing shown while unlocked stays alive behind the unlock screen.
ApplicationWindow {
    id: window

    required property VaultController vault
    required property Preferences preferences

    width: 1280
    height: 800
    minimumWidth: 360
    minimumHeight: 520
    visible: true
    title: qsTr("Veldwerk")
    color: Theme.background
    font.pixelSize: Theme.fontSize

    Loader {
        id: screen
        objectName: "screenLoader"
        anchors.fill: parent
        focus: true
        sourceComponent: {
            switch (window.vault.screen) {
            case VaultController.FirstRun:
                return firstRunScreen;
            case VaultController.Unlock:
                return unlockScreen;
            case VaultController.Home:
                return homeScreen;
            case VaultController.Erased:
                return erasedScreen;
            default:
                return problemScreen;
            }
        }
    }

    Component {
        id: firstRunScreen
        FirstRunPage { vault: window.vault }
    }
    Component {
        id: unlockScreen
        UnlockPage { vault: window.vault }
    }
    Component {
        id: erasedScreen
        ErasedPage { vault: window.vault }
    }
    Component {
        id: problemScreen
        ProblemPage { vault: window.vault }
    }
    Component {
        id: homeScreen
        StackView {
            id: stack
            objectName: "homeStack"
            initialItem: HomePage {
                vault: window.vault
                preferences: window.preferences
                onSettingsRequested: stack.push(settingsPage)
                onFamilyRequested: function (familyId) { stack.push(familyPage, { familyId: familyId }); }
                onVisitRequested: function (visitId) { stack.push(visitPage, { visitId: visitId }); }
                StackView.onActivated: reload()
            }
            Component {
                id: settingsPage
                SettingsPage {
                    vault: window.vault
                    preferences: window.preferences
                    onBackRequested: stack.pop()
                    onImportRequested: stack.push(importPage)
                }
            }
            Component {
                id: importPage
                InstrumentImportPage {
                    vault: window.vault
                    onBackRequested: stack.pop()
                }
            }
            Component {
                id: familyPage
                FamilyPage {
                    vault: window.vault
                    onBackRequested: stack.pop()
                    onTrajectoryRequested: function (trajectoryId) { stack.push(trajectoryPage, { trajectoryId: trajectoryId }); }
                    onVisitRequested: function (visitId) { stack.push(visitPage, { visitId: visitId }); }
                }
            }
            Component {
                id: trajectoryPage
                TrajectoryPage {
                    vault: window.vault
                    onBackRequested: stack.pop()
                    onVisitRequested: function (visitId) { stack.push(visitPage, { visitId: visitId }); }
                }
            }
            Component {
                id: visitPage
                VisitPage {
                    vault: window.vault
                    onBackRequested: stack.pop()
                    onFormRequested: function (responseId) { stack.push(formPage, { responseId: responseId }); }
                    StackView.onActivated: reloadForms()
                }
            }
            Component {
                id: formPage
                FormPage {
                    vault: window.vault
                    onBackRequested: stack.pop()
                }
            }
        }
    }
}
