#pragma once

#include "jsonrpc/jsonkeyorder.h"
#include "jsonschema/jsoninstancepath.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace Sockscope {

// One value of a JSON Schema as an editor: a line edit for strings and numbers, a check box
// or a three-way combo for booleans, a combo for enums, a group of fields for an object and a
// growable list for an array; anything else (several types, anyOf, ...) is typed as JSON.
// An empty optional field is left out of the value. An object's fields come in the order the
// schema's author wrote them (from a JsonKeyOrder; without one, QJsonObject's alphabetical
// order). Editors are named "schemaEditor_<path>" (paths as in the mock's errors: `a`,
// `user.age`, `tags[1]`), so tests find them.
class SchemaField final : public QWidget
{
    Q_OBJECT

public:
    enum class Kind : quint8 { String, Number, Integer, Boolean, Enum, Object, Array, Json };

    struct Problem
    {
        QString path;    // as the editors are named: "user.age", "tags[1]"; empty for the whole
        QString message;
        QString keyword; // the JSON Schema keyword that failed; empty when the text cannot be read
        JsonInstancePath location; // `path` step by step
    };

    // `location`: where the value goes in the arguments (the root: none). `label` is the
    // property name (empty for the root and for array items); `order` is the schema's key
    // order, pointers relative to `schema`.
    SchemaField(const QJsonObject &schema, const JsonKeyOrder &order, const JsonInstancePath &location, const QString &label,
                bool required, QWidget *parent = nullptr);

    static Kind kindOf(const QJsonObject &schema);

    Kind kind() const { return m_kind; }
    QString path() const { return m_path; }
    JsonInstancePath location() const { return m_location; }
    bool isRequired() const { return m_required; }
    QJsonObject schema() const { return m_schema; }

    // Whether there is something to send (an untouched optional field has nothing).
    bool hasValue() const;
    // The value; Undefined when hasValue() is false.
    QJsonValue value() const;
    // Undefined or null empties the field.
    void setValue(const QJsonValue &value);

    // Clears the marks here and below, and appends what cannot be read as the schema's type
    // (a number, a whole number, JSON) among what would be sent, marking those editors
    // (`problems` null: only clears). The rest is the schema's business: SchemaForm checks
    // the value with JsonSchemaValidator.
    void checkInput(QList<Problem> *problems);
    // Marks the editor (an object's or array's group) as wrong, `message` in its tooltip
    // (several are listed); the marks go at the next edit.
    void markProblem(const QString &message);

    // Object: the field of a property, and the properties in the order shown. Array: the items.
    SchemaField *child(const QString &name) const;
    QStringList childNames() const;
    int itemCount() const { return int(m_items.size()); }
    SchemaField *item(int index) const { return m_items.value(index); }
    SchemaField *addItem();
    void removeItem(int index);
    // The first editor to type in (for an array without items: Add Item), or nullptr.
    QWidget *firstEditor() const;

Q_SIGNALS:
    void edited();

private:
    void buildLeaf();
    void buildObject();
    void buildArray();
    QWidget *editor() const;
    void mark(QWidget *editor, const QString &message);
    void unmark();
    QString placeholder(const QString &typeHint) const;

    QJsonObject m_schema;
    JsonKeyOrder m_order;
    JsonInstancePath m_location;
    QString m_path; // m_location as the editors' names have it
    QString m_label;
    bool m_required;
    Kind m_kind;
    QLineEdit *m_line = nullptr;
    QCheckBox *m_check = nullptr;
    QComboBox *m_combo = nullptr;  // optional boolean or enum
    QJsonArray m_enum;
    QGroupBox *m_group = nullptr;  // object and array, unless the root
    QFormLayout *m_form = nullptr; // object
    QList<QPair<QString, SchemaField *>> m_children;
    QJsonObject m_extra;           // members the schema does not describe, kept from setValue()
    QVBoxLayout *m_itemsLayout = nullptr;
    QList<SchemaField *> m_items;
    QList<QWidget *> m_itemRows;   // an item and its remove button
    QPushButton *m_addButton = nullptr;
    QList<QWidget *> m_marked;
};

} // namespace Sockscope
