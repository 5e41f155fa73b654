#include "uiaudit.h"

#include "common/elidedlabel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStyle>
#include <QTabBar>
#include <QTextDocumentFragment>
#include <QTextEdit>

namespace SockscopeGuiTest {

namespace {

// Rows looked at per item view, at most (only those in view count).
constexpr int kMaxRowsPerView = 2000;

// QTabBar::tabSizeHint() is protected; a using-declaration makes it nameable, and the
// pointer to member it yields calls the tab bar's own (virtual) hint on any QTabBar.
struct TabBarAccess final : QTabBar
{
    using QTabBar::tabSizeHint;
};

QSize tabSizeHint(const QTabBar *bar, int index)
{
    QSize (QTabBar::*hint)(int) const = &TabBarAccess::tabSizeHint;
    return (bar->*hint)(index);
}

// The widget's class and object name, and the nearest named ancestor when it has no name.
QString describe(const QWidget *widget)
{
    QString text = QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
    if (widget->objectName().isEmpty()) {
        for (const QWidget *up = widget->parentWidget(); up; up = up->parentWidget()) {
            if (!up->objectName().isEmpty()) {
                text += QStringLiteral(" in %1").arg(up->objectName());
                break;
            }
        }
    }
    return text;
}

bool insideItemView(const QWidget *widget, const QWidget *window)
{
    for (const QWidget *up = widget->parentWidget(); up && up != window; up = up->parentWidget()) {
        if (qobject_cast<const QAbstractItemView *>(up))
            return true;
    }
    return false;
}

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return text;
}

QString offender(const QWidget *widget, const QString &text, int width, int hint)
{
    return QStringLiteral("%1 \"%2\": width %3 < hint %4").arg(describe(widget), oneLine(text)).arg(width).arg(hint);
}

void tabsClipped(const QTabBar *bar, QStringList *found)
{
    for (int i = 0; i < bar->count(); ++i) {
        if (!bar->isTabVisible(i) || bar->tabText(i).isEmpty())
            continue;
        const QRect rect = bar->tabRect(i);
        const int hint = tabSizeHint(bar, i).width();
        if (rect.width() + 1 < hint) {
            found->append(offender(bar, bar->tabText(i), rect.width(), hint) + QStringLiteral(" (tab %1)").arg(i));
        } else if (rect.left() < 0 || rect.right() >= bar->width() + 1) {
            found->append(QStringLiteral("%1 \"%2\": tab %3 at %4..%5 is outside the bar's width %6")
                              .arg(describe(bar), bar->tabText(i))
                              .arg(i)
                              .arg(rect.left())
                              .arg(rect.right())
                              .arg(bar->width()));
        }
    }
}

// The width a line edit draws its placeholder in: inside the frame and the text margins,
// beside its side widgets (the clear button, actions), less QLineEdit's own 2 px a side.
int placeholderRoom(const QLineEdit *edit)
{
    constexpr int lineEditMargin = 2; // QLineEditPrivate::horizontalMargin
    const int frame = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, edit) : 0;
    QRect room = edit->rect().adjusted(frame, 0, -frame, 0);
    room.adjust(edit->textMargins().left(), 0, -edit->textMargins().right(), 0);
    const QList<QWidget *> sides = edit->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (const QWidget *side : sides) {
        if (!side->isVisible())
            continue;
        if (side->geometry().center().x() > edit->width() / 2)
            room.setRight(qMin(room.right(), side->x() - 1));
        else
            room.setLeft(qMax(room.left(), side->geometry().right() + 1));
    }
    return room.width() - 2 * lineEditMargin;
}

// Header sections narrower than their title (a column the user may widen, but its name
// should read whole at first).
void sectionsClipped(const QHeaderView *header, QStringList *found)
{
    if (!header->model() || header->orientation() != Qt::Horizontal)
        return;
    for (int section = 0; section < header->count(); ++section) {
        const QString title = header->model()->headerData(section, Qt::Horizontal, Qt::DisplayRole).toString();
        if (header->isSectionHidden(section) || title.isEmpty())
            continue;
        const int hint = header->sectionSizeHint(section);
        if (header->sectionSize(section) + 1 < hint)
            found->append(offender(header, title, header->sectionSize(section), hint) + QStringLiteral(" (section %1)").arg(section));
    }
}

void addText(QList<VisibleText> *texts, const QString &where, const QString &text)
{
    if (!text.trimmed().isEmpty())
        texts->append({where, text});
}

void labelTexts(const QLabel *label, const QString &where, QList<VisibleText> *texts)
{
    if (label->textFormat() == Qt::RichText || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text())))
        addText(texts, where, QTextDocumentFragment::fromHtml(label->text()).toPlainText());
    addText(texts, where, label->text());
}

void headerTexts(const QHeaderView *header, QList<VisibleText> *texts)
{
    if (!header->model() || header->orientation() != Qt::Horizontal)
        return;
    for (int section = 0; section < header->count(); ++section) {
        if (!header->isSectionHidden(section))
            addText(texts, QStringLiteral("%1 section %2").arg(describe(header)).arg(section),
                    header->model()->headerData(section, Qt::Horizontal, Qt::DisplayRole).toString());
    }
}

void spinBoxTexts(const QAbstractSpinBox *box, const QString &where, QList<VisibleText> *texts)
{
    addText(texts, where, box->specialValueText());
    if (const auto *spin = qobject_cast<const QSpinBox *>(box)) {
        addText(texts, where, spin->prefix().trimmed());
        addText(texts, where, spin->suffix().trimmed());
    } else if (const auto *spin = qobject_cast<const QDoubleSpinBox *>(box)) {
        addText(texts, where, spin->prefix().trimmed());
        addText(texts, where, spin->suffix().trimmed());
    }
}

} // namespace

QList<VisibleText> visibleCells(const QAbstractItemView *view, const std::function<bool(const QModelIndex &)> &wanted)
{
    QList<VisibleText> texts;
    const QAbstractItemModel *model = view->model();
    if (!model || !view->isVisible())
        return texts;
    const QRect viewport = view->viewport()->rect();
    const QModelIndex root = view->rootIndex();
    for (int row = 0; row < qMin(model->rowCount(root), kMaxRowsPerView); ++row) {
        for (int column = 0; column < model->columnCount(root); ++column) {
            const QModelIndex index = model->index(row, column, root);
            if (view->visualRect(index).intersects(viewport) && wanted(index))
                addText(&texts, QStringLiteral("%1 cell %2,%3").arg(describe(view)).arg(row).arg(column),
                        model->data(index, Qt::DisplayRole).toString());
        }
    }
    return texts;
}

QString withoutMnemonics(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size()) {
            ++i; // "&&" keeps the second, "&x" keeps the x
        }
        result += text.at(i);
    }
    return result;
}

QStringList clippedWidgets(QWidget *window)
{
    QStringList found;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!widget->isVisible())
            continue;
        if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            if (label->wordWrap() || label->text().isEmpty() || qobject_cast<const Sockscope::ElidedLabel *>(label)
                || insideItemView(label, window))
                continue;
            if (label->width() + 1 < label->sizeHint().width())
                found.append(offender(label, label->text(), label->width(), label->sizeHint().width()));
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            if (button->text().isEmpty() || insideItemView(button, window))
                continue;
            if (button->width() + 1 < button->sizeHint().width())
                found.append(offender(button, button->text(), button->width(), button->sizeHint().width()));
        } else if (const auto *bar = qobject_cast<const QTabBar *>(widget)) {
            tabsClipped(bar, &found);
        } else if (const auto *header = qobject_cast<const QHeaderView *>(widget)) {
            sectionsClipped(header, &found);
        } else if (const auto *edit = qobject_cast<const QLineEdit *>(widget)) {
            const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
            if (edit->text().isEmpty() && !edit->placeholderText().isEmpty() && placeholderRoom(edit) + 1 < needed)
                found.append(offender(edit, edit->placeholderText(), placeholderRoom(edit), needed) + QStringLiteral(" (placeholder)"));
        }
    }
    return found;
}

QList<VisibleText> visibleTexts(QWidget *window)
{
    QList<VisibleText> texts;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!widget->isVisible())
            continue;
        const QString where = describe(widget);
        if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            labelTexts(label, where, &texts);
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            addText(&texts, where, button->text());
        } else if (const auto *bar = qobject_cast<const QTabBar *>(widget)) {
            for (int i = 0; i < bar->count(); ++i) {
                if (bar->isTabVisible(i))
                    addText(&texts, QStringLiteral("%1 tab %2").arg(where).arg(i), bar->tabText(i));
            }
        } else if (const auto *group = qobject_cast<const QGroupBox *>(widget)) {
            addText(&texts, where, group->title());
        } else if (const auto *menuBar = qobject_cast<const QMenuBar *>(widget)) {
            for (const QAction *action : menuBar->actions())
                addText(&texts, where, action->text());
        } else if (const auto *edit = qobject_cast<const QLineEdit *>(widget)) {
            addText(&texts, where + QStringLiteral(" placeholder"), edit->placeholderText());
        } else if (const auto *edit = qobject_cast<const QPlainTextEdit *>(widget)) {
            addText(&texts, where + QStringLiteral(" placeholder"), edit->placeholderText());
        } else if (const auto *edit = qobject_cast<const QTextEdit *>(widget)) {
            addText(&texts, where + QStringLiteral(" placeholder"), edit->placeholderText());
        } else if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
            addText(&texts, where, combo->currentText());
        } else if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(widget)) {
            spinBoxTexts(spin, where, &texts);
        } else if (const auto *header = qobject_cast<const QHeaderView *>(widget)) {
            headerTexts(header, &texts);
        }
    }
    return texts;
}

} // namespace SockscopeGuiTest
