#include "mcpargumentseditor.h"

#include "schemaform.h"

#include "common/themecolors.h"
#include "editor/codeeditor.h"

#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Sockscope {

McpArgumentsEditor::McpArgumentsEditor(QWidget *parent)
    : QWidget(parent),
      m_form(new SchemaForm(this)),
      m_raw(new CodeEditor(this)),
      m_stack(new QStackedWidget(this)),
      m_rawToggle(new QToolButton(this)),
      m_rawProblem(new QLabel(this))
{
    setObjectName(QStringLiteral("argumentsEditor"));
    m_raw->setObjectName(QStringLiteral("rawArgumentsEditor"));
    m_raw->setMode(CodeEditor::Mode::Json);
    m_raw->setLiveValidation(true);
    // As small as the form may get (the panel shares the window with the frames).
    constexpr int minimumLines = 3;
    m_raw->setMinimumHeight(fontMetrics().lineSpacing() * minimumLines);
    m_stack->setObjectName(QStringLiteral("argumentsStack"));
    m_stack->addWidget(m_form);
    m_stack->addWidget(m_raw);

    auto *title = new QLabel(tr("Arguments"), this);
    title->setObjectName(QStringLiteral("argumentsTitle"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_rawToggle->setObjectName(QStringLiteral("rawJsonToggle"));
    m_rawToggle->setText(tr("Raw JSON"));
    m_rawToggle->setCheckable(true);
    m_rawToggle->setAutoRaise(true);
    m_rawToggle->setToolTip(tr("Edit the arguments as a JSON object instead of the form"));
    connect(m_rawToggle, &QToolButton::toggled, this, &McpArgumentsEditor::setRaw);

    m_rawProblem->setObjectName(QStringLiteral("rawProblemLabel"));
    m_rawProblem->setWordWrap(true);
    // Its line is kept while the raw text is shown, so a problem appearing moves nothing;
    // a long one wraps rather than widening the panel.
    m_rawProblem->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_rawProblem->setMinimumHeight(m_rawProblem->fontMetrics().lineSpacing());
    m_rawProblem->hide();

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_rawToggle);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_rawProblem);
}

void McpArgumentsEditor::setSchema(const QJsonObject &schema, const JsonKeyOrder &order)
{
    m_form->setSchema(schema, order);
    m_raw->setUtf8Text("{}");
    showRawProblem({});
    m_problem.clear();
    if (isRaw())
        m_raw->setUtf8Text(QJsonDocument(m_form->value()).toJson(QJsonDocument::Indented));
}

bool McpArgumentsEditor::isRaw() const
{
    return m_stack->currentWidget() == m_raw;
}

void McpArgumentsEditor::setRaw(bool raw)
{
    if (raw == isRaw())
        return;
    if (raw) {
        m_raw->setUtf8Text(QJsonDocument(m_form->value()).toJson(QJsonDocument::Indented));
        m_stack->setCurrentWidget(m_raw);
        m_rawProblem->show();
        m_raw->setFocus();
        return;
    }
    QJsonObject object;
    if (!parseRaw(&object)) {
        // Stay with the text rather than lose it.
        const QSignalBlocker blocker(m_rawToggle);
        m_rawToggle->setChecked(true);
        return;
    }
    showRawProblem({});
    m_rawProblem->hide();
    m_form->setValue(object);
    m_stack->setCurrentWidget(m_form);
}

bool McpArgumentsEditor::parseRaw(QJsonObject *out)
{
    QJsonParseError error;
    const QByteArray text = m_raw->utf8Text().trimmed();
    const QJsonDocument document = QJsonDocument::fromJson(text.isEmpty() ? QByteArrayLiteral("{}") : text, &error);
    if (error.error != QJsonParseError::NoError) {
        m_raw->setErrorAt(error.offset, error.errorString());
        showRawProblem(tr("Not valid JSON at byte %1: %2").arg(error.offset).arg(error.errorString()));
        return false;
    }
    if (!document.isObject()) {
        showRawProblem(tr("The arguments must be a JSON object."));
        return false;
    }
    *out = document.object();
    return true;
}

void McpArgumentsEditor::showRawProblem(const QString &problem)
{
    m_problem = problem;
    m_rawProblem->setToolTip(problem);
    m_rawProblem->setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                              .arg(ThemeColors::problem(palette()).name(), problem.toHtmlEscaped()));
}

bool McpArgumentsEditor::arguments(QJsonObject *out)
{
    if (isRaw()) {
        if (!parseRaw(out))
            return false;
        showRawProblem({});
        return true;
    }
    if (!m_form->validate()) {
        m_problem = m_form->problemText();
        return false;
    }
    m_problem.clear();
    *out = m_form->value();
    return true;
}

bool McpArgumentsEditor::focusFirstField()
{
    if (isRaw()) {
        m_raw->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return m_form->focusFirstField();
}

void McpArgumentsEditor::setArguments(const QJsonObject &arguments)
{
    m_form->setValue(arguments);
    if (isRaw())
        m_raw->setUtf8Text(QJsonDocument(arguments).toJson(QJsonDocument::Indented));
}

} // namespace Sockscope
