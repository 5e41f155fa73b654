#include "guitestsupport.h"

#include "common/themecolors.h"
#include "editor/codeeditor.h"

#include <QSignalSpy>
#include <QTest>

using namespace Sockscope;

namespace {

// Which indicators are set on the character at `position`, as a bit mask.
unsigned long indicatorsAt(CodeEditor &editor, qsizetype position)
{
    return editor.SendScintilla(QsciScintillaBase::SCI_INDICATORALLONFOR, static_cast<unsigned long>(position));
}

// The first character carrying an indicator, or -1.
qsizetype firstUnderlined(CodeEditor &editor)
{
    const auto length = qsizetype(editor.SendScintilla(QsciScintillaBase::SCI_GETLENGTH));
    for (qsizetype i = 0; i < length; ++i) {
        if (indicatorsAt(editor, i) != 0)
            return i;
    }
    return -1;
}

} // namespace

// The project's one QScintilla editor: the JSON error squiggle as you type.
class TestCodeEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { SockscopeGuiTest::isolateSettings("tst_codeeditor"); }

    void shouldHaveDefaultValues()
    {
        CodeEditor editor;
        QCOMPARE(editor.mode(), CodeEditor::Mode::Json);
        QVERIFY(editor.isUtf8());
        QVERIFY(editor.autoIndent());
        QVERIFY(editor.lexer());
        QCOMPARE(editor.folding(), QsciScintilla::BoxedTreeFoldStyle);
        QVERIFY(!editor.hasError());
        QCOMPARE(editor.errorOffset(), -1);
    }

    void typingBrokenJsonUnderlinesTheError()
    {
        CodeEditor editor;
        editor.setLiveValidation(true);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QSignalSpy validated(&editor, &CodeEditor::validated);
        editor.setFocus();
        QTest::keyClicks(&editor, QStringLiteral("{\"a\": tru"));
        QTRY_VERIFY(editor.hasError());
        QVERIFY(!validated.isEmpty());
        QCOMPARE(validated.last().at(0).toBool(), false);
        QVERIFY(!editor.errorMessage().isEmpty());
        QCOMPARE(editor.toolTip(), editor.errorMessage());
        const qsizetype underlined = firstUnderlined(editor);
        QVERIFY(underlined > 0);
        QVERIFY(underlined >= editor.errorOffset() - 1);
        QCOMPARE(indicatorsAt(editor, 0), 0UL);
        // Fixed: the squiggle goes.
        QTest::keyClicks(&editor, QStringLiteral("e}"));
        QTRY_VERIFY(!editor.hasError());
        QCOMPARE(validated.last().at(0).toBool(), true);
        QCOMPARE(firstUnderlined(editor), -1);
        QVERIFY(editor.toolTip().isEmpty());
    }

    void errorOffsetIsInUtf8Bytes()
    {
        CodeEditor editor;
        editor.setLiveValidation(true);
        editor.setText(QStringLiteral("{\"ä\": x}"));
        editor.validateNow();
        QVERIFY(editor.hasError());
        // "ä" takes two bytes: the bad x is byte 7.
        QCOMPARE(editor.errorOffset(), 7);
        QVERIFY(indicatorsAt(editor, 7) != 0);
    }

    void placeholdersAndPlainTextAreNotErrors()
    {
        CodeEditor editor;
        editor.setLiveValidation(true);
        editor.setText(QStringLiteral("{\"id\": {{nextId}}, \"u\": \"{{uuid}}\"}"));
        editor.validateNow();
        QVERIFY(!editor.hasError());
        // The placeholders are boxed, the rest is not.
        QVERIFY(indicatorsAt(editor, 7) != 0);
        QVERIFY(indicatorsAt(editor, 16) != 0);
        QCOMPARE(indicatorsAt(editor, 2), 0UL);
        editor.setText(QStringLiteral("just text"));
        editor.validateNow();
        QVERIFY(!editor.hasError());
        editor.setText(QStringLiteral("{broken"));
        editor.setMode(CodeEditor::Mode::Plain);
        editor.validateNow();
        QVERIFY(!editor.hasError());
        QVERIFY(!editor.lexer());
    }

    void followsTheDarkPalette()
    {
        CodeEditor editor;
        editor.setText(QStringLiteral("{\"a\": 1}"));
        const auto background = [&editor] {
            // Scintilla keeps colours as 0xBBGGRR.
            const auto bgr = editor.SendScintilla(QsciScintillaBase::SCI_STYLEGETBACK, 0UL);
            return QColor(int(bgr & 0xff), int((bgr >> 8) & 0xff), int((bgr >> 16) & 0xff));
        };
        QVERIFY(background().lightness() > 128);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xdd, 0xdd, 0xdd));
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        editor.setPalette(dark);
        QCOMPARE(background(), QColor(0x1e, 0x1e, 0x1e));
        // The line-number margin (style 33, STYLE_LINENUMBER) follows too, with readable digits;
        // setting the JSON lexer used to reset it to a pale grey strip.
        const auto styleColour = [&editor](int message) {
            const auto bgr = editor.SendScintilla(message, 33UL);
            return QColor(int(bgr & 0xff), int((bgr >> 8) & 0xff), int((bgr >> 16) & 0xff));
        };
        QCOMPARE(styleColour(QsciScintillaBase::SCI_STYLEGETBACK), QColor(0x2b, 0x2b, 0x2b));
        QVERIFY(ThemeColors::contrast(styleColour(QsciScintillaBase::SCI_STYLEGETFORE), QColor(0x2b, 0x2b, 0x2b)) >= 4.5);
        editor.setMode(CodeEditor::Mode::Plain);
        editor.setMode(CodeEditor::Mode::Json);
        QCOMPARE(styleColour(QsciScintillaBase::SCI_STYLEGETBACK), QColor(0x2b, 0x2b, 0x2b));
    }

    void setErrorAtTheEndMarksTheLastCharacter()
    {
        CodeEditor editor;
        editor.setText(QStringLiteral("[1,"));
        editor.setErrorAt(3, QStringLiteral("unterminated array"));
        QCOMPARE(editor.errorOffset(), 3);
        QVERIFY(indicatorsAt(editor, 2) != 0);
        editor.clearError();
        QCOMPARE(indicatorsAt(editor, 2), 0UL);
    }
};

QTEST_MAIN(TestCodeEditor)
#include "tst_codeeditor.moc"
