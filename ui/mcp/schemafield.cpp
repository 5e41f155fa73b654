#include "schemafield.h"

#include "common/themecolors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace Sockscope {

namespace {

const QLatin1String kType("type");
const QLatin1String kProperties("properties");
const QLatin1String kRequired("required");
const QLatin1String kItems("items");
const QLatin1String kEnum("enum");
const QLatin1String kDescription("description");

QString compactJson(const QJsonValue &value)
{
    // QJsonDocument takes only arrays and objects: wrap, then strip the brackets.
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

bool parseJson(const QString &text, QJsonValue *out)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + text.toUtf8() + "]", &error);
    if (error.error != QJsonParseError::NoError || !document.isArray() || document.array().size() != 1)
        return false;
    *out = document.array().first();
    return true;
}

QString enumText(const QJsonValue &value)
{
    return value.isString() ? value.toString() : compactJson(value);
}

} // namespace

SchemaField::SchemaField(const QJsonObject &schema, const JsonKeyOrder &order, const JsonInstancePath &location,
                         const QString &label, bool required, QWidget *parent)
    : QWidget(parent), m_schema(schema), m_order(order), m_location(location), m_path(location.dotted()), m_label(label),
      m_required(required), m_kind(kindOf(schema))
{
    setObjectName(m_path.isEmpty() ? QStringLiteral("schemaRoot") : QStringLiteral("schemaField_") + m_path);
    switch (m_kind) {
    case Kind::Object: buildObject(); break;
    case Kind::Array: buildArray(); break;
    default: buildLeaf(); break;
    }
    const QString description = schema.value(kDescription).toString();
    if (!description.isEmpty())
        setToolTip(description);
}

SchemaField::Kind SchemaField::kindOf(const QJsonObject &schema)
{
    if (schema.value(kEnum).isArray() && !schema.value(kEnum).toArray().isEmpty())
        return Kind::Enum;
    QString type = schema.value(kType).toString();
    if (schema.value(kType).isArray()) {
        // ["string", "null"] is still a string to type in.
        QStringList types;
        for (const QJsonValue &t : schema.value(kType).toArray()) {
            if (t.toString() != QLatin1String("null"))
                types << t.toString();
        }
        type = types.size() == 1 ? types.first() : QString();
    }
    if (type.isEmpty() && schema.contains(kProperties))
        type = QStringLiteral("object");
    if (type == QLatin1String("string"))
        return Kind::String;
    if (type == QLatin1String("number"))
        return Kind::Number;
    if (type == QLatin1String("integer"))
        return Kind::Integer;
    if (type == QLatin1String("boolean"))
        return Kind::Boolean;
    if (type == QLatin1String("object"))
        return Kind::Object;
    if (type == QLatin1String("array"))
        return Kind::Array;
    return Kind::Json;
}

QString SchemaField::placeholder(const QString &typeHint) const
{
    if (m_schema.contains(QLatin1String("default")))
        return tr("default: %1").arg(compactJson(m_schema.value(QLatin1String("default"))));
    const QString description = m_schema.value(kDescription).toString();
    return description.isEmpty() ? typeHint : description;
}

void SchemaField::buildLeaf()
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QString editorName = QStringLiteral("schemaEditor_") + m_path;
    switch (m_kind) {
    case Kind::String:
    case Kind::Number:
    case Kind::Integer:
    case Kind::Json: {
        m_line = new QLineEdit(this);
        m_line->setObjectName(editorName);
        m_line->setClearButtonEnabled(true);
        const QString hint = m_kind == Kind::String    ? tr("text")
                             : m_kind == Kind::Number  ? tr("number")
                             : m_kind == Kind::Integer ? tr("whole number")
                                                       : tr("any JSON value");
        m_line->setPlaceholderText(placeholder(hint));
        connect(m_line, &QLineEdit::textEdited, this, [this] {
            unmark();
            Q_EMIT edited();
        });
        layout->addWidget(m_line);
        break;
    }
    case Kind::Boolean:
        if (m_required) {
            m_check = new QCheckBox(this);
            m_check->setObjectName(editorName);
            m_check->setText(m_schema.value(kDescription).toString());
            connect(m_check, &QCheckBox::toggled, this, [this] {
                unmark();
                Q_EMIT edited();
            });
            layout->addWidget(m_check);
        } else {
            m_combo = new QComboBox(this);
            m_combo->setObjectName(editorName);
            m_combo->addItem(tr("(not set)"));
            m_combo->addItem(QStringLiteral("true"));
            m_combo->addItem(QStringLiteral("false"));
            connect(m_combo, &QComboBox::activated, this, [this] {
                unmark();
                Q_EMIT edited();
            });
            layout->addWidget(m_combo, 1);
        }
        break;
    case Kind::Enum:
        m_enum = m_schema.value(kEnum).toArray();
        m_combo = new QComboBox(this);
        m_combo->setObjectName(editorName);
        if (!m_required)
            m_combo->addItem(tr("(not set)"));
        for (const QJsonValue &value : std::as_const(m_enum))
            m_combo->addItem(enumText(value));
        connect(m_combo, &QComboBox::activated, this, [this] {
            unmark();
            Q_EMIT edited();
        });
        layout->addWidget(m_combo, 1);
        break;
    case Kind::Object:
    case Kind::Array:
        break;
    }
}

void SchemaField::buildObject()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    QWidget *host = this;
    if (!m_path.isEmpty()) {
        m_group = new QGroupBox(m_required ? m_label + QStringLiteral(" *") : m_label, this);
        m_group->setObjectName(QStringLiteral("schemaGroup_") + m_path);
        if (!m_required) {
            // An optional object is sent only when ticked.
            m_group->setCheckable(true);
            m_group->setChecked(false);
            connect(m_group, &QGroupBox::toggled, this, [this] {
                unmark();
                Q_EMIT edited();
            });
        }
        outer->addWidget(m_group);
        host = m_group;
    }
    if (m_group) {
        m_form = new QFormLayout(m_group);
    } else {
        m_form = new QFormLayout;
        m_form->setContentsMargins(0, 0, 0, 0);
        outer->addLayout(m_form);
    }
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    QStringList required;
    for (const QJsonValue &name : m_schema.value(kRequired).toArray())
        required << name.toString();
    const QJsonObject properties = m_schema.value(kProperties).toObject();
    // The author's order: people read a schema's properties as a sentence (from, to, date),
    // and the required marker already says which ones must be filled.
    const QString propertiesPointer = JsonKeyOrder::pointerStep(kProperties);
    const QStringList names = m_order.orderedKeys(properties, propertiesPointer);
    for (const QString &name : names) {
        const bool isRequired = required.contains(name);
        auto *field = new SchemaField(properties.value(name).toObject(),
                                      m_order.at(propertiesPointer + JsonKeyOrder::pointerStep(name)), m_location.member(name),
                                      name, isRequired, host);
        const QString childPath = field->path();
        connect(field, &SchemaField::edited, this, &SchemaField::edited);
        m_children.append({name, field});
        if (field->kind() == Kind::Object || field->kind() == Kind::Array) {
            m_form->addRow(field); // its group box carries the name
            continue;
        }
        auto *label = new QLabel(isRequired ? QStringLiteral("<b>%1</b>&nbsp;<span style=\"color:%2\">*</span>")
                                                  .arg(name.toHtmlEscaped(), ThemeColors::problem(palette()).name())
                                            : name.toHtmlEscaped(),
                                 host);
        label->setObjectName(QStringLiteral("schemaLabel_") + childPath);
        label->setTextFormat(Qt::RichText);
        label->setToolTip(isRequired ? tr("Required") : tr("Optional: left out when empty"));
        label->setBuddy(field->editor());
        m_form->addRow(label, field);
    }
}

void SchemaField::buildArray()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    const QString title = m_label.isEmpty() ? tr("Items") : m_label;
    m_group = new QGroupBox(m_required ? title + QStringLiteral(" *") : title, this);
    m_group->setObjectName(QStringLiteral("schemaGroup_") + m_path);
    outer->addWidget(m_group);
    auto *box = new QVBoxLayout(m_group);
    m_itemsLayout = new QVBoxLayout;
    m_itemsLayout->setContentsMargins(0, 0, 0, 0);
    box->addLayout(m_itemsLayout);
    m_addButton = new QPushButton(tr("Add Item"), m_group);
    m_addButton->setObjectName(QStringLiteral("schemaAdd_") + m_path);
    m_addButton->setToolTip(tr("Add an item to %1").arg(m_label.isEmpty() ? m_path : m_label));
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        addItem();
        unmark();
        Q_EMIT edited();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addStretch(1);
    box->addLayout(buttons);
}

SchemaField *SchemaField::addItem()
{
    if (m_kind != Kind::Array)
        return nullptr;
    const int index = int(m_items.size());
    const JsonInstancePath itemLocation = m_location.item(index);
    const QString itemPath = itemLocation.dotted();
    auto *row = new QWidget(m_group);
    row->setObjectName(QStringLiteral("schemaItem_") + itemPath);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    const QJsonValue items = m_schema.value(kItems);
    // A tuple schema (a list) gives each position its own; past the end, anything goes.
    const QJsonObject itemSchema = items.isArray() ? items.toArray().at(index).toObject() : items.toObject();
    const JsonKeyOrder itemOrder = m_order.at(items.isArray() ? QStringLiteral("/items/%1").arg(index) : QStringLiteral("/items"));
    auto *field = new SchemaField(itemSchema, itemOrder, itemLocation, tr("Item %1").arg(index + 1), true, row);
    connect(field, &SchemaField::edited, this, &SchemaField::edited);
    layout->addWidget(field, 1);
    auto *remove = new QToolButton(row);
    remove->setObjectName(QStringLiteral("schemaRemove_") + itemPath);
    remove->setText(QStringLiteral("\u2212"));
    remove->setToolTip(tr("Remove this item"));
    remove->setAutoRaise(true);
    connect(remove, &QToolButton::clicked, this, [this, row] {
        removeItem(int(m_itemRows.indexOf(row)));
        unmark();
        Q_EMIT edited();
    });
    layout->addWidget(remove, 0, Qt::AlignTop);
    m_itemsLayout->addWidget(row);
    m_items.append(field);
    m_itemRows.append(row);
    return field;
}

void SchemaField::removeItem(int index)
{
    if (index < 0 || index >= m_items.size())
        return;
    // Paths (and the editors' names) follow the position: rebuild the rest.
    QList<QJsonValue> values;
    for (int i = 0; i < m_items.size(); ++i) {
        if (i != index)
            values.append(m_items.at(i)->value());
    }
    for (QWidget *row : std::as_const(m_itemRows))
        row->deleteLater();
    for (QWidget *row : std::as_const(m_itemRows))
        row->hide();
    m_items.clear();
    m_itemRows.clear();
    for (const QJsonValue &value : std::as_const(values))
        addItem()->setValue(value);
}

QWidget *SchemaField::editor() const
{
    if (m_line)
        return m_line;
    if (m_check)
        return m_check;
    if (m_combo)
        return m_combo;
    return m_group;
}

QWidget *SchemaField::firstEditor() const
{
    switch (m_kind) {
    case Kind::Object:
        for (const auto &entry : m_children) {
            if (QWidget *editor = entry.second->firstEditor())
                return editor;
        }
        // An optional object's tick comes first.
        return m_group && m_group->isCheckable() ? m_group : nullptr;
    case Kind::Array:
        return m_items.isEmpty() ? m_addButton : m_items.first()->firstEditor();
    default:
        return editor();
    }
}

QStringList SchemaField::childNames() const
{
    QStringList names;
    for (const auto &entry : m_children)
        names.append(entry.first);
    return names;
}

SchemaField *SchemaField::child(const QString &name) const
{
    for (const auto &entry : m_children) {
        if (entry.first == name)
            return entry.second;
    }
    return nullptr;
}

bool SchemaField::hasValue() const
{
    switch (m_kind) {
    case Kind::String:
        return !m_line->text().isEmpty();
    case Kind::Number:
    case Kind::Integer:
    case Kind::Json:
        return !m_line->text().trimmed().isEmpty();
    case Kind::Boolean:
        return m_check || m_combo->currentIndex() > 0;
    case Kind::Enum:
        return m_required || m_combo->currentIndex() > 0;
    case Kind::Object:
        return !m_group || !m_group->isCheckable() || m_group->isChecked();
    case Kind::Array:
        return m_required || !m_items.isEmpty();
    }
    return false;
}

QJsonValue SchemaField::value() const
{
    if (!hasValue())
        return QJsonValue(QJsonValue::Undefined);
    switch (m_kind) {
    case Kind::String:
        return m_line->text();
    case Kind::Number: {
        bool ok = false;
        const double number = m_line->text().trimmed().toDouble(&ok);
        return ok && std::isfinite(number) ? QJsonValue(number) : QJsonValue(QJsonValue::Undefined);
    }
    case Kind::Integer: {
        bool ok = false;
        const qint64 number = m_line->text().trimmed().toLongLong(&ok);
        return ok ? QJsonValue(number) : QJsonValue(QJsonValue::Undefined);
    }
    case Kind::Json: {
        QJsonValue parsed;
        return parseJson(m_line->text().trimmed(), &parsed) ? parsed : QJsonValue(QJsonValue::Undefined);
    }
    case Kind::Boolean:
        return m_check ? m_check->isChecked() : m_combo->currentIndex() == 1;
    case Kind::Enum: {
        const int index = m_combo->currentIndex() - (m_required ? 0 : 1);
        return index >= 0 && index < m_enum.size() ? m_enum.at(index) : QJsonValue(QJsonValue::Undefined);
    }
    case Kind::Object: {
        QJsonObject object = m_extra;
        for (const auto &entry : m_children) {
            const QJsonValue value = entry.second->value();
            if (!value.isUndefined())
                object.insert(entry.first, value);
        }
        return object;
    }
    case Kind::Array: {
        QJsonArray array;
        for (const SchemaField *item : m_items) {
            const QJsonValue value = item->value();
            array.append(value.isUndefined() ? QJsonValue() : value);
        }
        return array;
    }
    }
    return QJsonValue(QJsonValue::Undefined);
}

void SchemaField::setValue(const QJsonValue &value)
{
    unmark();
    const bool empty = value.isUndefined() || value.isNull();
    switch (m_kind) {
    case Kind::String:
        m_line->setText(empty ? QString() : value.isString() ? value.toString() : compactJson(value));
        break;
    case Kind::Number:
    case Kind::Integer:
    case Kind::Json:
        m_line->setText(empty ? QString() : compactJson(value));
        break;
    case Kind::Boolean:
        if (m_check)
            m_check->setChecked(value.toBool());
        else
            m_combo->setCurrentIndex(empty ? 0 : value.toBool() ? 1 : 2);
        break;
    case Kind::Enum: {
        int found = -1;
        for (int i = 0; i < m_enum.size() && found < 0; ++i)
            found = m_enum.at(i) == value ? i : -1;
        m_combo->setCurrentIndex(empty || found < 0 ? 0 : found + (m_required ? 0 : 1));
        break;
    }
    case Kind::Object: {
        const QJsonObject object = value.toObject();
        if (m_group && m_group->isCheckable())
            m_group->setChecked(value.isObject());
        m_extra = object;
        for (const auto &entry : std::as_const(m_children)) {
            entry.second->setValue(object.value(entry.first));
            m_extra.remove(entry.first);
        }
        break;
    }
    case Kind::Array: {
        for (QWidget *row : std::as_const(m_itemRows)) {
            row->hide();
            row->deleteLater();
        }
        m_items.clear();
        m_itemRows.clear();
        for (const QJsonValue &item : value.toArray())
            addItem()->setValue(item);
        break;
    }
    }
}

void SchemaField::checkInput(QList<Problem> *problems)
{
    unmark();
    // What is not sent (an unticked optional object) is only cleared.
    QList<Problem> *report = hasValue() ? problems : nullptr;
    if (m_kind == Kind::Object) {
        for (const auto &entry : std::as_const(m_children))
            entry.second->checkInput(report);
        return;
    }
    if (m_kind == Kind::Array) {
        for (SchemaField *item : std::as_const(m_items))
            item->checkInput(report);
        return;
    }
    if (!report || !value().isUndefined())
        return;
    const QString where = m_path.isEmpty() ? tr("the arguments") : m_path;
    const QString message = m_kind == Kind::Integer  ? tr("%1 must be a whole number").arg(where)
                            : m_kind == Kind::Number ? tr("%1 must be a number").arg(where)
                                                     : tr("%1 is not valid JSON").arg(where);
    report->append({m_path, message, QString(), m_location});
    mark(editor(), message);
}

void SchemaField::markProblem(const QString &message)
{
    mark(editor(), message);
}

void SchemaField::mark(QWidget *target, const QString &message)
{
    if (!target)
        return;
    // A tint, not a border: a style sheet border changes an editor's size, and the form would
    // move under the cursor.
    QPalette palette = target->palette();
    const QColor base = palette.color(QPalette::Base);
    const QColor problem = ThemeColors::problem(palette);
    constexpr float share = 0.22F;
    const QColor tint = QColor::fromRgbF(base.redF() * (1 - share) + problem.redF() * share,
                                         base.greenF() * (1 - share) + problem.greenF() * share,
                                         base.blueF() * (1 - share) + problem.blueF() * share);
    if (target == m_group) {
        palette.setColor(QPalette::Window, tint);
        target->setAutoFillBackground(true);
    } else {
        palette.setColor(QPalette::Base, tint);
        palette.setColor(QPalette::Button, tint);
    }
    target->setPalette(palette);
    // A second problem of the same editor joins the first in the tooltip.
    target->setToolTip(m_marked.contains(target) ? target->toolTip() + QLatin1Char('\n') + message : message);
    if (!m_marked.contains(target))
        m_marked.append(target);
}

void SchemaField::unmark()
{
    for (QWidget *target : std::as_const(m_marked)) {
        target->setPalette(QPalette()); // inherit again
        if (target == m_group)
            target->setAutoFillBackground(false);
        target->setToolTip(m_schema.value(kDescription).toString());
    }
    m_marked.clear();
}

} // namespace Sockscope
