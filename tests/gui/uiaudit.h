#pragma once

#include <QList>
#include <QModelIndex>
#include <QString>
#include <QStringList>

#include <functional>

class QAbstractItemView;
class QWidget;

namespace SockscopeGuiTest {

// A string a person sees in a window, and which widget shows it.
struct VisibleText
{
    QString where;
    QString text;
};

// The text that does not fit where it is shown: every visible label that neither wraps nor
// elides by itself (ElidedLabel, labels inside item views) and every visible button with
// text narrower than its size hint, every visible tab narrower than its size hint or
// outside its tab bar (behind the scroll buttons), every header section narrower than its
// title and every empty line edit too narrow for its placeholder, each as "class "name"
// "text": width W < hint H". One pixel of rounding is allowed.
QStringList clippedWidgets(QWidget *window);

// Every string `window` shows outside the cells of item views: labels, buttons, tabs, group
// box titles, menu bar titles, placeholders, combo boxes' current texts, spin box prefixes,
// suffixes and special values, and header sections.
QList<VisibleText> visibleTexts(QWidget *window);
// The texts of the top-level cells of `view` that are in view and `wanted` (item views show
// data as well as words for people: the caller tells which cells are which).
QList<VisibleText> visibleCells(const QAbstractItemView *view, const std::function<bool(const QModelIndex &)> &wanted);

// `text` without its & mnemonics ("&&" stays one "&").
QString withoutMnemonics(const QString &text);

} // namespace SockscopeGuiTest
