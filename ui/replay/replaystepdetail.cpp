#include "replaystepdetail.h"

#include "linediff.h"

#include "common/displayformat.h"
#include "common/themecolors.h"
#include "replay/replaystepevaluator.h"

#include <QFontDatabase>
#include <QJsonDocument>

namespace Sockscope {

namespace {

// `accent` laid over `base`: a tint that reads on light and dark palettes.
QString tint(const QColor &base, const QColor &accent, double amount)
{
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + accent.redF() * amount),
                            float(base.greenF() * (1 - amount) + accent.greenF() * amount),
                            float(base.blueF() * (1 - amount) + accent.blueF() * amount))
        .name();
}

QStringList cutLines(const QString &text, int *more)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    *more = 0;
    if (lines.size() > ReplayStepDetail::kMaxLines) {
        *more = int(lines.size()) - ReplayStepDetail::kMaxLines;
        lines = lines.mid(0, ReplayStepDetail::kMaxLines);
    }
    return lines;
}

QString escaped(const QString &line)
{
    // A non-breaking space keeps empty cells one line high.
    return line.isEmpty() ? QStringLiteral("&nbsp;") : line.toHtmlEscaped();
}

} // namespace

ReplayStepDetail::ReplayStepDetail(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("replayStepDetail"));
    setOpenLinks(false);
    setLineWrapMode(QTextEdit::WidgetWidth);
}

QString ReplayStepDetail::prettyPrinted(const QString &message)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(message.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || document.isNull())
        return message;
    QString text = QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text;
}

void ReplayStepDetail::showPlaceholder(const QString &text)
{
    setHtml(QStringLiteral("<p style=\"color:%1\">%2</p>").arg(ThemeColors::idle(palette()).name(), text.toHtmlEscaped()));
}

QString ReplayStepDetail::heading(int number, const QString &label) const
{
    return QStringLiteral("<p style=\"font-size:large\"><b>%1</b> &nbsp;%2</p>")
        .arg(tr("Step %1").arg(number).toHtmlEscaped(), label.toHtmlEscaped());
}

QString ReplayStepDetail::messageBlock(const QString &message) const
{
    int more = 0;
    const QStringList lines = cutLines(prettyPrinted(message), &more);
    QString html = QStringLiteral("<pre style=\"font-family:'%1'\">").arg(QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    html += lines.join(QLatin1Char('\n')).toHtmlEscaped();
    html += QStringLiteral("</pre>");
    if (more > 0)
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("… and %n more line(s)", nullptr, more).toHtmlEscaped());
    return html;
}

void ReplayStepDetail::showPending(const ReplayStep &step, bool running)
{
    const QColor color = running ? ThemeColors::busy(palette()) : ThemeColors::idle(palette());
    QString html = heading(step.number, step.label)
                   + QStringLiteral("<p><b style=\"color:%1\">%2</b></p>")
                         .arg(color.name(), (running ? tr("Sent; waiting for the answer.") : tr("Not sent yet.")).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p>").arg((running ? tr("Sent") : tr("To send")).toHtmlEscaped());
    html += messageBlock(step.text ? QString::fromUtf8(step.payload) : QString::fromLatin1(step.payload.toBase64()));
    // What it is compared with: a request's recorded response, else every recorded reply.
    const QVector<Event> expected = ReplayStepEvaluator::comparedEvents(step);
    for (int i = 0; i < expected.size(); ++i) {
        const Event &event = expected.at(i);
        const QString title = expected.size() > 1 ? tr("Recorded answer %1 of %2").arg(i + 1).arg(expected.size())
                                                  : tr("Recorded answer");
        html += QStringLiteral("<p><b>%1</b></p>").arg(title.toHtmlEscaped());
        html += messageBlock(event.kind == EventKind::Text ? QString::fromUtf8(event.payload)
                                                           : QString::fromLatin1(event.payload.toBase64()));
    }
    if (expected.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("Nothing came back for it in the recording.").toHtmlEscaped());
    setHtml(html);
}

QString ReplayStepDetail::comparisonTable(const ReplayStepResult::Comparison &comparison) const
{
    const QColor base = palette().color(QPalette::Base);
    const QString removed = tint(base, ThemeColors::problem(palette()), 0.22);
    const QString added = tint(base, ThemeColors::good(palette()), 0.22);
    const QString empty = tint(base, palette().color(QPalette::Mid), 0.25);
    const QString headerBackground = palette().color(QPalette::AlternateBase).name();
    const QString fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();

    int moreLeft = 0;
    int moreRight = 0;
    const QStringList left = cutLines(prettyPrinted(comparison.expected), &moreLeft);
    const QStringList right = comparison.arrived ? cutLines(prettyPrinted(comparison.actual), &moreRight) : QStringList();

    // No rules between lines, a thin one between the sides: the tinted lines are what the eye
    // should find.
    const QString rule = palette().color(QPalette::Mid).name();
    const QString separator = QStringLiteral("<td width=\"1\" bgcolor=\"%1\"></td>").arg(rule);
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\" border=\"0\">");
    html += QStringLiteral("<tr><th width=\"50%\" align=\"left\" bgcolor=\"%1\">%2</th>%3"
                           "<th width=\"50%\" align=\"left\" bgcolor=\"%1\">%4</th></tr>")
                .arg(headerBackground, tr("Expected (recorded)").toHtmlEscaped(), separator,
                     tr("Actual (received)").toHtmlEscaped());
    const auto cell = [&fixed](const QString &text, const QString &background) -> QString {
        const QString color = background.isEmpty() ? QString() : QStringLiteral(" bgcolor=\"%1\"").arg(background);
        return QStringLiteral("<td%1 style=\"font-family:'%2'; white-space:pre-wrap\">%3</td>").arg(color, fixed, text);
    };
    const auto row = [&cell, &separator](const QString &expected, const QString &expectedBackground,
                                         const QString &actual, const QString &actualBackground) -> QString {
        // A QString, not a QStringBuilder of temporaries (QT_USE_QSTRINGBUILDER).
        return QStringLiteral("<tr>") + cell(expected, expectedBackground) + separator + cell(actual, actualBackground)
               + QStringLiteral("</tr>");
    };
    if (!comparison.arrived) {
        QString lines;
        for (const QString &line : left)
            lines += escaped(line) + QStringLiteral("<br>");
        html += row(lines, removed, QStringLiteral("<i>%1</i>").arg(tr("nothing arrived").toHtmlEscaped()), empty);
    } else {
        for (const LineDiff::Row &line : LineDiff::diff(left, right)) {
            const QString l = line.left >= 0 ? escaped(left.at(line.left)) : QString();
            const QString r = line.right >= 0 ? escaped(right.at(line.right)) : QString();
            switch (line.kind) {
            case LineDiff::Kind::Same:
                html += row(l, QString(), r, QString());
                break;
            case LineDiff::Kind::Changed:
                html += row(l, removed, r, added);
                break;
            case LineDiff::Kind::Removed:
                html += row(l, removed, QString(), empty);
                break;
            case LineDiff::Kind::Added:
                html += row(QString(), empty, r, added);
                break;
            }
        }
    }
    html += QStringLiteral("</table>");
    if (moreLeft > 0 || moreRight > 0)
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("Long messages are cut after %n line(s).", nullptr, kMaxLines).toHtmlEscaped());
    return html;
}

void ReplayStepDetail::showResult(const ReplayStepResult &result, bool sent)
{
    const QColor color = result.passed ? ThemeColors::good(palette()) : ThemeColors::problem(palette());
    QString html = heading(result.number, result.label);
    QString status = result.passed ? tr("PASS") : tr("FAIL");
    if (result.latencyNs >= 0)
        status = tr("%1 · latency %2").arg(status, DisplayFormat::duration(result.latencyNs));
    html += QStringLiteral("<p><b style=\"color:%1\">%2</b></p>").arg(color.name(), status.toHtmlEscaped());

    if (!result.failures.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("What failed").toHtmlEscaped());
        html += QStringLiteral("<ul>");
        for (const QString &failure : result.failures) {
            html += QStringLiteral("<li style=\"font-family:'%1'; color:%2\">%3</li>")
                        .arg(QFontDatabase::systemFont(QFontDatabase::FixedFont).family(), color.name(), failure.toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    for (int i = 0; i < result.comparisons.size(); ++i) {
        const QString title = result.comparisons.size() > 1 ? tr("Reply %1 of %2").arg(i + 1).arg(result.comparisons.size())
                                                            : tr("Reply");
        html += QStringLiteral("<p><b>%1</b> <span style=\"color:%2\">%3</span></p>")
                    .arg(title.toHtmlEscaped(), palette().color(QPalette::PlaceholderText).name(),
                         tr("(highlighted: lines that differ; ignored paths can differ too)").toHtmlEscaped());
        html += comparisonTable(result.comparisons.at(i));
    }
    html += QStringLiteral("<p><b>%1</b></p>").arg((sent ? tr("Sent") : tr("Not sent (as recorded)")).toHtmlEscaped());
    html += messageBlock(result.sent);
    setHtml(html);
}

} // namespace Sockscope
