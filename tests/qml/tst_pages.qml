import QtQuick
import QtTest
import Veldwerk

// The first screens, with a real VaultController on a scratch directory: keyboard flow, inline errors, and
// every control big enough for a finger.
Item {
    id: root
    width: 1280
    height: 800

    VaultController {
        id: testVault
        dataDirectory: testDataRoot + "/pages"
    }

    Component {
        id: firstRunPage
        FirstRunPage { anchors.fill: parent; vault: testVault }
    }
    Component {
        id: unlockPage
        UnlockPage { anchors.fill: parent; vault: testVault }
    }
    Component {
        id: homePage
        HomePage { anchors.fill: parent; vault: testVault; preferences: testPreferences }
    }
    Component {
        id: settingsPage
        SettingsPage { anchors.fill: parent; preferences: testPreferences }
    }
    Component {
        id: erasedPage
        ErasedPage { anchors.fill: parent; vault: testVault }
    }
    Component {
        id: problemPage
        ProblemPage { anchors.fill: parent; vault: testVault }
    }
    Component {
        id: familyPage
        FamilyPage { anchors.fill: parent; vault: testVault }
    }
    Component {
        id: trajectoryPage
        TrajectoryPage { anchors.fill: parent; vault: testVault }
    }
    Component {
        id: visitPage
        VisitPage { anchors.fill: parent; vault: testVault }
    }

    TestCase {
        name: "Pages"
        when: windowShown

        // A binding loop or a TypeError is a bug even when the screen looks right.
        function initTestCase() {
            failOnWarning(/.*/);
        }

        // Every visible control someone taps (buttons, fields, radio buttons) is at least 48 × 48 px.
        function checkTouchTargets(item, page) {
            if (!item.visible)
                return 0;
            let checked = 0;
            const tappable = item.hasOwnProperty("checkable") || item.hasOwnProperty("echoMode");
            if (tappable) {
                verify(item.height >= 48, page + ": '" + (item.text || item.objectName) + "' is " + item.height + " px high");
                verify(item.width >= 48, page + ": '" + (item.text || item.objectName) + "' is " + item.width + " px wide");
                checked = 1;
            }
            const children = item.children;
            for (let i = 0; i < children.length; ++i)
                checked += checkTouchTargets(children[i], page);
            return checked;
        }

        function test_touchTargets_data() {
            return [
                { tag: "first run", component: firstRunPage },
                { tag: "unlock", component: unlockPage },
                { tag: "home", component: homePage },
                { tag: "settings", component: settingsPage },
                { tag: "erased", component: erasedPage },
                { tag: "problem", component: problemPage },
                { tag: "family", component: familyPage },
                { tag: "trajectory", component: trajectoryPage },
                { tag: "visit", component: visitPage },
            ];
        }

        function test_touchTargets(data) {
            const page = createTemporaryObject(data.component, root);
            verify(page !== null);
            waitForRendering(page);
            verify(checkTouchTargets(page, data.tag) >= 1, "no controls found on " + data.tag);
        }

        function test_firstRunKeyboardFlow() {
            compare(testVault.screen, VaultController.FirstRun);
            const page = createTemporaryObject(firstRunPage, root);
            waitForRendering(page);
            const secret = findChild(page, "secretField");
            const confirm = findChild(page, "confirmField");
            tryVerify(() => secret.activeFocus, 1000, "the first field has focus on arrival");
            keyClick(Qt.Key_K);
            keyClick(Qt.Key_O);
            keyClick(Qt.Key_Return);
            verify(confirm.activeFocus, "Enter moves on to the confirmation");
            keyClick(Qt.Key_K);
            keyClick(Qt.Key_O);
            keyClick(Qt.Key_Return);
            // Too short: refused at once, with the rule in the message, and both fields emptied.
            verify(testVault.errorText.indexOf("minstens 12 tekens") >= 0, testVault.errorText);
            const error = findChild(page, "errorMessage");
            verify(error.visible);
            compare(secret.text, "");
            compare(confirm.text, "");
            compare(testVault.screen, VaultController.FirstRun);
            // Typing again clears the old message.
            secret.forceActiveFocus();
            keyClick(Qt.Key_A);
            compare(testVault.errorText, "");
        }
    }
}
