#include "schemaform.h"

#include "common/themecolors.h"

#include <QHash>
#include <QJsonArray>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace Sockscope {

SchemaForm::SchemaForm(QWidget *parent)
    : QWidget(parent), m_scroll(new QScrollArea(this)), m_empty(new QLabel(this)), m_problemLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("schemaForm"));
    m_scroll->setObjectName(QStringLiteral("schemaScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // The panel shares the window with the frames: a few lines of form are enough at the
    // smallest, the rest scrolls.
    constexpr int minimumLines = 2;
    m_scroll->setMinimumHeight(fontMetrics().lineSpacing() * minimumLines);
    m_empty->setObjectName(QStringLiteral("schemaEmptyLabel"));
    m_empty->setText(tr("No arguments."));
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_problemLabel->setObjectName(QStringLiteral("schemaProblemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // One line is always kept for it, so the first problem moves nothing; longer ones wrap
    // (a path or pattern with no space is cut, and whole in the tooltip) and never widen the
    // panel.
    m_problemLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_problemLabel->setMinimumHeight(m_problemLabel->fontMetrics().lineSpacing());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_problemLabel);
    setSchema({});
}

QJsonObject SchemaForm::promptArgumentsSchema(const QJsonArray &arguments, JsonKeyOrder *order)
{
    QJsonObject properties;
    QJsonArray required;
    QStringList names;
    for (const QJsonValue &value : arguments) {
        const QJsonObject argument = value.toObject();
        const QString name = argument.value(QLatin1String("name")).toString();
        if (name.isEmpty())
            continue;
        QJsonObject property{{QStringLiteral("type"), QStringLiteral("string")}};
        const QString description = argument.value(QLatin1String("description")).toString();
        if (!description.isEmpty())
            property.insert(QStringLiteral("description"), description);
        properties.insert(name, property);
        names.append(name);
        if (argument.value(QLatin1String("required")).toBool())
            required.append(name);
    }
    if (order) {
        *order = {};
        order->setKeys(QStringLiteral("/properties"), names);
    }
    return {{QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("properties"), properties},
            {QStringLiteral("required"), required}};
}

void SchemaForm::setSchema(const QJsonObject &schema, const JsonKeyOrder &order)
{
    m_schema = schema;
    m_validator = JsonSchemaValidator(schema);
    m_problems.clear();
    showProblems();
    QJsonObject rootSchema = schema;
    if (!rootSchema.contains(QLatin1String("type")))
        rootSchema.insert(QStringLiteral("type"), QStringLiteral("object"));
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("schemaPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 4, 0);
    m_root = new SchemaField(rootSchema, order, JsonInstancePath(), QString(), true, page);
    connect(m_root, &SchemaField::edited, this, [this] {
        if (!m_problems.isEmpty()) {
            m_problems.clear();
            showProblems();
        }
        Q_EMIT edited();
    });
    layout->addWidget(m_root);
    layout->addStretch(1);
    m_scroll->setWidget(page); // deletes the previous page
    const bool empty = schema.value(QLatin1String("properties")).toObject().isEmpty();
    m_empty->setVisible(empty);
    m_scroll->setVisible(!empty);
}

SchemaField *SchemaForm::field(const QString &path) const
{
    SchemaField *current = m_root;
    static const QRegularExpression part(QStringLiteral("([^.\\[\\]]+)|\\[(\\d+)\\]"));
    QRegularExpressionMatchIterator it = part.globalMatch(path);
    while (current && it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        current = match.capturedLength(1) > 0 ? current->child(match.captured(1))
                                              : current->item(match.captured(2).toInt());
    }
    return current;
}

QJsonObject SchemaForm::value() const
{
    return m_root->value().toObject();
}

void SchemaForm::setValue(const QJsonObject &value)
{
    m_root->setValue(value);
    m_problems.clear();
    showProblems();
}

bool SchemaForm::validate()
{
    m_problems.clear();
    // Text that cannot be read is not sent: the schema's verdict on what is there instead (a
    // missing member, a null item) would only repeat it.
    m_root->checkInput(&m_problems);
    QList<JsonInstancePath> unreadable;
    for (const SchemaField::Problem &problem : std::as_const(m_problems))
        unreadable.append(problem.location);
    const JsonSchemaResult result = m_validator.validate(value());
    for (const JsonSchemaProblem &problem : result.problems) {
        const bool repeats = std::any_of(unreadable.begin(), unreadable.end(),
                                         [&problem](const JsonInstancePath &field) { return field.contains(problem.location); });
        if (repeats)
            continue;
        if (SchemaField *field = fieldAt(problem.location))
            field->markProblem(problem.text);
        m_problems.append({problem.location.dotted(), problem.text, problem.keyword, problem.location});
    }
    sortByFieldOrder();
    showProblems();
    revealFirstProblem();
    return m_problems.isEmpty();
}

SchemaField *SchemaForm::fieldAt(const JsonInstancePath &location) const
{
    SchemaField *current = m_root;
    for (const JsonInstancePath::Step &step : location.steps()) {
        SchemaField *next = step.isIndex() ? current->item(int(step.index)) : current->child(step.name);
        if (!next)
            break;
        current = next;
    }
    return current;
}

void SchemaForm::sortByFieldOrder()
{
    // The fields top to bottom, as they are on screen; a problem goes where its field is.
    QHash<const SchemaField *, int> position;
    std::function<void(const SchemaField *)> visit = [&](const SchemaField *field) {
        position.insert(field, int(position.size()));
        for (const QString &name : field->childNames())
            visit(field->child(name));
        for (int i = 0; i < field->itemCount(); ++i)
            visit(field->item(i));
    };
    visit(m_root);
    const auto rank = [&](const SchemaField::Problem &problem) { return position.value(fieldAt(problem.location), 0); };
    std::stable_sort(m_problems.begin(), m_problems.end(),
                     [&](const SchemaField::Problem &a, const SchemaField::Problem &b) { return rank(a) < rank(b); });
}

void SchemaForm::revealFirstProblem()
{
    if (m_problems.isEmpty())
        return;
    SchemaField *first = fieldAt(m_problems.first().location);
    QWidget *editor = first ? first->firstEditor() : nullptr;
    if (!editor)
        return;
    m_scroll->ensureWidgetVisible(editor);
    editor->setFocus(Qt::OtherFocusReason);
}

bool SchemaForm::focusFirstField()
{
    QWidget *editor = m_scroll->isHidden() ? nullptr : m_root->firstEditor();
    if (!editor)
        return false;
    m_scroll->ensureWidgetVisible(editor);
    editor->setFocus(Qt::OtherFocusReason);
    return true;
}

QString SchemaForm::problemText() const
{
    QStringList lines;
    for (const SchemaField::Problem &problem : m_problems)
        lines << problem.message;
    return lines.join(QLatin1Char('\n'));
}

void SchemaForm::showProblems()
{
    if (m_problems.isEmpty()) {
        m_problemLabel->clear();
        m_problemLabel->setToolTip(QString());
        return;
    }
    QStringList items;
    for (const SchemaField::Problem &problem : std::as_const(m_problems))
        items << problem.message.toHtmlEscaped();
    m_problemLabel->setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                                .arg(ThemeColors::problem(palette()).name(),
                                     tr("Not sent: %1").arg(items.join(QStringLiteral("; ")))));
    m_problemLabel->setToolTip(problemText());
}

} // namespace Sockscope
