import QtQuick
import QtTest
import Veldwerk

// The building blocks: sizes for a finger, Enter submits, Escape clears, a secret hidden until asked.
Item {
    id: root
    width: 800
    height: 600

    SecretField {
        id: field
        width: 400
    }
    SecretField {
        id: pinField
        y: 80
        width: 400
        digitsOnly: true
    }
    AppButton {
        id: button
        y: 160
        text: "Opslaan"
    }
    AppButton {
        id: secondary
        y: 240
        text: "Annuleren"
        primary: false
    }
    InlineMessage {
        id: message
        y: 320
        width: 400
    }

    SignalSpy { id: submitted; target: field; signalName: "submitted" }
    SignalSpy { id: clicked; target: button; signalName: "clicked" }

    TestCase {
        name: "Components"
        when: windowShown

        // A binding loop or a TypeError is a bug even when the screen looks right.
        function initTestCase() {
            failOnWarning(/.*/);
        }

        function init() {
            field.clear();
            field.revealed = false;
            submitted.clear();
            clicked.clear();
        }

        function test_touchTargets() {
            verify(field.height >= 48, "secret field " + field.height);
            verify(button.height >= 48 && button.width >= 48, "button " + button.width + "x" + button.height);
            verify(secondary.height >= 48);
            const reveal = findChild(field, "revealButton");
            verify(reveal !== null);
            verify(reveal.width >= 48 && reveal.height >= 48, "reveal " + reveal.width + "x" + reveal.height);
        }

        function test_enterSubmits() {
            field.forceActiveFocus();
            keyClick(Qt.Key_A);
            keyClick(Qt.Key_Return);
            compare(submitted.count, 1);
            keyClick(Qt.Key_Enter);
            compare(submitted.count, 2);
        }

        function test_escapeClears() {
            field.forceActiveFocus();
            keyClick(Qt.Key_G);
            keyClick(Qt.Key_H);
            compare(field.text, "gh");
            keyClick(Qt.Key_Escape);
            compare(field.text, "");
        }

        function test_hiddenUntilAsked() {
            compare(field.echoMode, TextInput.Password);
            const reveal = findChild(field, "revealButton");
            mouseClick(reveal);
            compare(field.echoMode, TextInput.Normal);
            mouseClick(reveal);
            compare(field.echoMode, TextInput.Password);
            keyClick(Qt.Key_Escape);
            compare(field.revealed, false);
        }

        function test_pinAcceptsSixCharacters() {
            pinField.forceActiveFocus();
            for (let i = 0; i < 8; ++i)
                keyClick(Qt.Key_1);
            compare(pinField.text, "111111");
            verify(pinField.inputMethodHints & Qt.ImhDigitsOnly);
            verify(pinField.inputMethodHints & Qt.ImhSensitiveData);
        }

        function test_buttonByKeyboard() {
            button.forceActiveFocus();
            keyClick(Qt.Key_Return);
            compare(clicked.count, 1);
            keyClick(Qt.Key_Enter);
            compare(clicked.count, 2);
            keyClick(Qt.Key_Space);
            compare(clicked.count, 3);
        }

        function test_messageHiddenWhileEmpty() {
            message.text = "";
            verify(!message.visible);
            message.text = "Onjuist wachtwoord.";
            verify(message.visible);
            verify(message.height > 20);
        }
    }
}
