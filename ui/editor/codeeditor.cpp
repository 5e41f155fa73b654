#include "codeeditor.h"

#include "jsonchecker.h"
#include "placeholders.h"

#include "common/themecolors.h"

#include <Qsci/qscilexerjson.h>

#include <QApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QTimer>

namespace Sockscope {

namespace {

constexpr int kValidateDelayMs = 120;

} // namespace

CodeEditor::CodeEditor(QWidget *parent)
    : QsciScintilla(parent), m_jsonLexer(new QsciLexerJSON(this)), m_validateTimer(new QTimer(this))
{
    setUtf8(true);
    setAutoIndent(true);
    setIndentationsUseTabs(false);
    setIndentationWidth(2);
    setTabWidth(2);
    setBraceMatching(QsciScintilla::SloppyBraceMatch);
    setMarginLineNumbers(0, true);
    setMarginWidth(0, QStringLiteral("0000"));
    // The horizontal scroll bar only when a line is wider than the view.
    SendScintilla(SCI_SETSCROLLWIDTH, 1UL);
    SendScintilla(SCI_SETSCROLLWIDTHTRACKING, 1UL);
    setFolding(QsciScintilla::BoxedTreeFoldStyle, 2);
    setWrapMode(QsciScintilla::WrapNone);
    setEolMode(QsciScintilla::EolUnix);
    m_jsonLexer->setFoldCompact(false);
    m_errorIndicator = indicatorDefine(QsciScintilla::SquiggleIndicator);
    m_placeholderIndicator = indicatorDefine(QsciScintilla::StraightBoxIndicator);
    m_errorMarker = markerDefine(QsciScintilla::Background);
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(kValidateDelayMs);
    connect(m_validateTimer, &QTimer::timeout, this, &CodeEditor::validateNow);
    connect(this, &QsciScintilla::textChanged, this, [this] {
        if (m_liveValidation)
            m_validateTimer->start();
    });
    setMode(Mode::Json);
}

CodeEditor::~CodeEditor()
{
    // QsciScintilla does not own the lexer it shows.
    setLexer(nullptr);
}

void CodeEditor::setMode(Mode mode)
{
    m_mode = mode;
    setLexer(mode == Mode::Json ? m_jsonLexer : nullptr);
    setFolding(mode == Mode::Json ? QsciScintilla::BoxedTreeFoldStyle : QsciScintilla::NoFoldStyle, 2);
    applyPalette();
    if (m_liveValidation)
        validateNow();
}

void CodeEditor::setLiveValidation(bool on)
{
    m_liveValidation = on;
    if (on)
        validateNow();
    else
        clearError();
}

QByteArray CodeEditor::utf8Text() const
{
    return text().toUtf8();
}

void CodeEditor::setUtf8Text(const QByteArray &utf8)
{
    setText(QString::fromUtf8(utf8));
}

void CodeEditor::setErrorAt(qsizetype byteOffset, const QString &message, qsizetype markBytes)
{
    clearError();
    const auto length = qsizetype(SendScintilla(SCI_GETLENGTH));
    m_errorOffset = qBound<qsizetype>(0, byteOffset, qMax<qsizetype>(0, length));
    m_errorMessage = message;
    // Underline the character at the offset (or more); at the very end, the last one.
    qsizetype start = m_errorOffset;
    if (start >= length && length > 0)
        start = qsizetype(SendScintilla(SCI_POSITIONBEFORE, static_cast<unsigned long>(length)));
    qsizetype end = start < length ? qsizetype(SendScintilla(SCI_POSITIONAFTER, static_cast<unsigned long>(start))) : start;
    end = qMin(length, qMax(end, start + markBytes));
    SendScintilla(SCI_SETINDICATORCURRENT, static_cast<unsigned long>(m_errorIndicator));
    SendScintilla(SCI_INDICATORFILLRANGE, static_cast<unsigned long>(start), static_cast<long>(qMax<qsizetype>(1, end - start)));
    setToolTip(message);
}

void CodeEditor::setErrorLine(int line)
{
    markerDeleteAll(m_errorMarker);
    m_errorLine = line > 0 && line <= lines() ? line : 0;
    if (m_errorLine > 0)
        markerAdd(m_errorLine - 1, m_errorMarker);
}

void CodeEditor::clearError()
{
    if (m_errorLine > 0) {
        markerDeleteAll(m_errorMarker);
        m_errorLine = 0;
    }
    if (m_errorOffset < 0 && m_errorMessage.isEmpty())
        return;
    SendScintilla(SCI_SETINDICATORCURRENT, static_cast<unsigned long>(m_errorIndicator));
    SendScintilla(SCI_INDICATORCLEARRANGE, 0UL, static_cast<long>(SendScintilla(SCI_GETLENGTH)));
    m_errorOffset = -1;
    m_errorMessage.clear();
    setToolTip(QString());
}

void CodeEditor::validateNow()
{
    m_validateTimer->stop();
    if (m_mode != Mode::Json) {
        clearError();
        Q_EMIT validated(true, {});
        return;
    }
    const QByteArray text = utf8Text();
    // Plain text in a JSON editor is not coloured as one long JSON error.
    const bool highlight = text.trimmed().isEmpty() || JsonChecker::looksLikeJson(text);
    if (highlight != (lexer() != nullptr)) {
        setLexer(highlight ? m_jsonLexer : nullptr);
        applyPalette();
    }
    markPlaceholders(text);
    const JsonChecker::Result result = JsonChecker::check(text);
    if (result.ok) {
        clearError();
        Q_EMIT validated(true, {});
        return;
    }
    setErrorAt(result.offset, result.message);
    Q_EMIT validated(false, result.message);
}

void CodeEditor::markPlaceholders(const QByteArray &utf8)
{
    SendScintilla(SCI_SETINDICATORCURRENT, static_cast<unsigned long>(m_placeholderIndicator));
    SendScintilla(SCI_INDICATORCLEARRANGE, 0UL, static_cast<long>(SendScintilla(SCI_GETLENGTH)));
    for (const auto &[start, length] : Placeholders::ranges(utf8))
        SendScintilla(SCI_INDICATORFILLRANGE, static_cast<unsigned long>(start), static_cast<long>(length));
}

void CodeEditor::changeEvent(QEvent *event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
}

void CodeEditor::applyPalette()
{
    const QPalette pal = palette();
    const bool dark = ThemeColors::isDark(pal);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QColor paper = pal.color(QPalette::Base);
    const QColor ink = pal.color(QPalette::Text);
    setFont(mono);
    setPaper(paper);
    setColor(ink);
    setCaretForegroundColor(ink);
    setSelectionBackgroundColor(pal.color(QPalette::Highlight));
    setSelectionForegroundColor(pal.color(QPalette::HighlightedText));
    setMatchedBraceBackgroundColor(pal.color(QPalette::AlternateBase));
    setMatchedBraceForegroundColor(ink);
    setIndicatorForegroundColor(ThemeColors::problem(pal), m_errorIndicator);
    // A light box: the placeholder's text stays readable inside it.
    QColor box = ThemeColors::incoming(pal);
    box.setAlpha(40);
    setIndicatorForegroundColor(box, m_placeholderIndicator);
    SendScintilla(SCI_INDICSETOUTLINEALPHA, static_cast<unsigned long>(m_placeholderIndicator), 140L);
    // The error line: a faint wash of the problem colour over the paper.
    const QColor problem = ThemeColors::problem(pal);
    const auto mix = [](int a, int b) { return (a * 82 + b * 18) / 100; };
    setMarkerBackgroundColor(QColor(mix(paper.red(), problem.red()), mix(paper.green(), problem.green()),
                                    mix(paper.blue(), problem.blue())),
                             m_errorMarker);

    m_jsonLexer->setDefaultFont(mono);
    m_jsonLexer->setFont(mono, -1);
    m_jsonLexer->setDefaultPaper(paper);
    m_jsonLexer->setPaper(paper, -1);
    m_jsonLexer->setDefaultColor(ink);
    m_jsonLexer->setColor(ink, QsciLexerJSON::Default);
    m_jsonLexer->setColor(ink, QsciLexerJSON::Operator);
    m_jsonLexer->setColor(dark ? QColor(0x79, 0xc0, 0xff) : QColor(0x05, 0x50, 0xae), QsciLexerJSON::Property);
    m_jsonLexer->setColor(dark ? QColor(0xa5, 0xd6, 0xff) : QColor(0x0a, 0x30, 0x69), QsciLexerJSON::String);
    m_jsonLexer->setColor(dark ? QColor(0xff, 0xa6, 0x57) : QColor(0x95, 0x38, 0x00), QsciLexerJSON::Number);
    m_jsonLexer->setColor(dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xcf, 0x22, 0x2e), QsciLexerJSON::Keyword);
    m_jsonLexer->setColor(dark ? QColor(0xd2, 0xa8, 0xff) : QColor(0x82, 0x50, 0xdf), QsciLexerJSON::EscapeSequence);
    m_jsonLexer->setColor(ThemeColors::problem(pal), QsciLexerJSON::UnclosedString);
    // Squiggles show real errors; the lexer's error style would also colour everything
    // after a {{placeholder}}.
    m_jsonLexer->setColor(ink, QsciLexerJSON::Error);
    m_jsonLexer->setColor(pal.color(QPalette::Disabled, QPalette::Text), QsciLexerJSON::CommentLine);
    m_jsonLexer->setColor(pal.color(QPalette::Disabled, QPalette::Text), QsciLexerJSON::CommentBlock);
    if (lexer())
        setLexer(m_jsonLexer); // re-applies the lexer's styles
    // After the lexer: setting it resets the line-number margin to its light default, which in
    // the dark theme was a pale strip beside dark text.
    const QColor margin = pal.color(QPalette::Window);
    setMarginsBackgroundColor(margin);
    setMarginsForegroundColor(ThemeColors::readable(pal.color(QPalette::Disabled, QPalette::Text), {margin}));
    setFoldMarginColors(margin, margin);
}

} // namespace Sockscope
