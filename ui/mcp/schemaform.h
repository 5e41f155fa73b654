#pragma once

#include "schemafield.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QScrollArea;

namespace Sockscope {

// The arguments of a tool (or a prompt) as a form built from a JSON Schema of type object:
// one editor per property, required ones first and marked with *, nested objects in groups,
// arrays with Add and Remove. validate() checks before anything is sent and lists what is
// wrong under the form. value() and setValue() go to and from JSON.
class SchemaForm final : public QWidget
{
    Q_OBJECT

public:
    explicit SchemaForm(QWidget *parent = nullptr);

    // The schema of a prompt's arguments (strings; required as the prompt says).
    static QJsonObject promptArgumentsSchema(const QJsonArray &arguments);

    void setSchema(const QJsonObject &schema);
    QJsonObject schema() const { return m_schema; }
    SchemaField *root() const { return m_root; }
    // The field at a path such as "user.address.city" or "tags[1]", or nullptr.
    SchemaField *field(const QString &path) const;

    QJsonObject value() const;
    void setValue(const QJsonObject &value);
    // Checks every field; shows the problems under the form. True when there are none.
    bool validate();
    QList<SchemaField::Problem> problems() const { return m_problems; }
    QString problemText() const;

Q_SIGNALS:
    void edited();

private:
    void showProblems();

    QJsonObject m_schema;
    QScrollArea *m_scroll;
    QLabel *m_empty;
    QLabel *m_problemLabel;
    SchemaField *m_root = nullptr;
    QList<SchemaField::Problem> m_problems;
};

} // namespace Sockscope
