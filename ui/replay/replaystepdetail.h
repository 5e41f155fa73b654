#pragma once

#include "replay/replayplan.h"
#include "replay/replaystepresult.h"

#include <QTextBrowser>

namespace Sockscope {

// The detail pane of the Replay dialog: one step. Before its result, the message to send and
// the recorded answer. A failed step shows its failure lines (the comparator's differences,
// failed assertions), then each recorded message next to what arrived, both pretty-printed,
// lines that differ highlighted; every step shows the message as sent (or that it was not).
class ReplayStepDetail final : public QTextBrowser
{
    Q_OBJECT

public:
    // Above this many lines a message is cut: the pane stays quick on huge messages.
    static constexpr int kMaxLines = 2000;

    explicit ReplayStepDetail(QWidget *parent = nullptr);

    void showPlaceholder(const QString &text);
    void showPending(const ReplayStep &step, bool running);
    // `sent`: the message went out (else the step failed before sending, and says so).
    void showResult(const ReplayStepResult &result, bool sent);

    // JSON indented (4 spaces), anything else as it is.
    static QString prettyPrinted(const QString &message);

private:
    QString heading(int number, const QString &label) const;
    QString comparisonTable(const ReplayStepResult::Comparison &comparison) const;
    QString messageBlock(const QString &message) const;
};

} // namespace Sockscope
