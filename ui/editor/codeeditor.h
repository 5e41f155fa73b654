#pragma once

#include <Qsci/qsciscintilla.h>

class QsciLexerJSON;
class QTimer;

namespace Sockscope {

// The one QScintilla editor of the application (after DB Browser for SQLite's
// ExtendedScintilla): UTF-8, JSON highlighting with folding, auto-indent, brace matching,
// colours from the current palette (light or dark), and an error indicator: in JSON mode
// a QJsonParseError offset is underlined with a squiggle as you type, and {{name}}
// placeholders are boxed (the lexer alone would colour them as errors). The composer edits
// with it; the detail pane shows messages in it read-only.
class CodeEditor final : public QsciScintilla
{
    Q_OBJECT

public:
    enum class Mode { Json, Plain };

    explicit CodeEditor(QWidget *parent = nullptr);
    ~CodeEditor() override;

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    // JSON mode: check the text shortly after each change and underline the error.
    void setLiveValidation(bool on);

    QByteArray utf8Text() const;
    void setUtf8Text(const QByteArray &utf8);

    // Underlines `markBytes` bytes (at least the character) at `byteOffset` (UTF-8) and shows
    // `message` as tooltip.
    void setErrorAt(qsizetype byteOffset, const QString &message, qsizetype markBytes = 1);
    // Tints the whole line (1-based) of the error, so it shows in a long text; clearError()
    // removes it too.
    void setErrorLine(int line);
    int errorLine() const { return m_errorLine; }
    void clearError();
    bool hasError() const { return m_errorOffset >= 0; }
    qsizetype errorOffset() const { return m_errorOffset; }
    QString errorMessage() const { return m_errorMessage; }
    // Checks now (also what the timer does): JSON mode underlines, other modes clear.
    void validateNow();

Q_SIGNALS:
    // After each check: `ok` false with the message when the text is not valid JSON.
    void validated(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    void markPlaceholders(const QByteArray &utf8);

    Mode m_mode = Mode::Plain;
    QsciLexerJSON *m_jsonLexer;
    QTimer *m_validateTimer;
    int m_errorIndicator = -1;
    int m_placeholderIndicator = -1;
    int m_errorMarker = -1;
    int m_errorLine = 0;
    qsizetype m_errorOffset = -1;
    QString m_errorMessage;
    bool m_liveValidation = false;
};

} // namespace Sockscope
