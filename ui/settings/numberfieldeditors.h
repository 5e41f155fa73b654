#pragma once

#include "spinboxes.h"

#include "settings/numberfield.h"

#include <QAbstractSpinBox>
#include <QFormLayout>
#include <QList>

namespace Sockscope {

// The editors of a settings struct's numbers, made from its field table (NumberField): one
// spin box each with the field's objectName, range, unit and help; rows in the order the
// page asks for them; values read into and written from the struct by the table.
template <typename Struct>
class NumberFieldEditors final
{
public:
    NumberFieldEditors(QWidget *parent, const NumberFields<Struct> &fields)
        : m_fields(fields)
    {
        for (const NumberField<Struct> &field : fields) {
            m_editors.append(SpinBoxes::forField(parent, QLatin1String(field.widgetName), field.unit, field.isWhole(),
                                                 field.min, field.max, field.decimals, field.defaultValue(),
                                                 field.helpText()));
        }
    }

    QAbstractSpinBox *editor(const char *key) const
    {
        for (qsizetype i = 0; i < m_fields.size(); ++i) {
            if (qstrcmp(m_fields.at(i).key, key) == 0)
                return m_editors.at(i);
        }
        Q_ASSERT_X(false, "NumberFieldEditors::editor", key);
        return nullptr;
    }
    const QList<QAbstractSpinBox *> &editors() const { return m_editors; }

    // The field's row: its label and its editor.
    void addRow(QFormLayout *form, const char *key) const
    {
        const NumberField<Struct> *field = findField(m_fields, key);
        form->addRow(field->labelText(), editor(key));
    }

    void read(Struct *settings) const
    {
        for (qsizetype i = 0; i < m_fields.size(); ++i)
            m_fields.at(i).set(settings, SpinBoxes::value(m_editors.at(i)));
    }

    void write(const Struct &settings) const
    {
        for (qsizetype i = 0; i < m_fields.size(); ++i)
            SpinBoxes::setValue(m_editors.at(i), m_fields.at(i).get(settings));
    }

private:
    const NumberFields<Struct> &m_fields;
    QList<QAbstractSpinBox *> m_editors;
};

} // namespace Sockscope
