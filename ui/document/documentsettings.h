#pragma once

#include "jsonrpc/jsonrpccorrelatorsettings.h"

#include <QtGlobal>

namespace Sockscope {

// What a connection document keeps and how often it redraws: one place for the numbers
// the panels use, so none is written twice. The settings dialog shows the first two.
struct DocumentSettings final
{
    // Events kept per document (the live frames); older ones are evicted and counted.
    qsizetype eventCapacity = 1000000;
    // How requests and responses are paired (JSON-RPC ids by default).
    JsonRpcCorrelatorSettings pairing;

    int flushIntervalMs = 50;      // new rows are added in batches, at most 20 times a second
    int captureSliceMs = 4;        // events are annotated in slices this long, so the window breathes
    qsizetype captureMaxQueued = 200000; // beyond this many waiting events, annotate at once (memory stays bounded)
    int refreshIntervalMs = 200;   // stats, peers, uptime and status: 5 times a second
    int filterDelayMs = 250;       // the text filter applies this long after the last key
    int chartSamples = 600;        // RTT and latency points the charts keep
    int closedPeersKept = 256;     // closed peers stay listed (greyed) up to this many
    int maxMethods = 4096;         // distinct JSON-RPC method names told apart; more share one
    int historyEntries = 100;      // composer send history
    int idCacheEntries = 1024;     // JSON-RPC ids read back for the rows on screen
    int previewChars = 240;        // characters of a message in the Preview column
    qsizetype detailMaxBytes = 4 * 1024 * 1024; // the detail pane pretty-prints messages up to this size
    int detailMaxTreeNodes = 20000;             // JSON tree items built at most
    qsizetype detailMaxHexBytes = 256 * 1024;   // hex dump length
    int configCheckDelayMs = 300;               // a mock configuration is checked this long after the last key
    qint64 configMaxBytes = 4 * 1024 * 1024;    // larger mock configuration files are refused (they are written by hand)
    int sidePanelMinWidth = 200;                // the side tabs (detail, stats, MCP, ...) scroll below this width
    int faultEditSettleMs = 400;                // a fault stepped or scrolled applies this long after the last step
};

} // namespace Sockscope
