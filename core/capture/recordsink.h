#pragma once

#include "framerecord.h"

namespace Sockscope {

// Where a CapturePipeline puts the records it made: the live frames' model in the window
// (FramesModel over its EventStore). Indexes count up from 0 and never change; a record may
// be gone (evicted) by the time its response pairs with it.
class RecordSink
{
public:
    virtual ~RecordSink() = default;

    // The index the next appended record gets.
    virtual quint64 appendedCount() const = 0;
    // Takes the record; returns its index.
    virtual quint64 append(FrameRecord &&record) = 0;
    // A record still held, by index; nullptr once evicted or cleared.
    virtual FrameRecord *record(quint64 index) = 0;
    // A record already appended got its pair: what shows it repaints.
    virtual void notePairChanged() = 0;
};

} // namespace Sockscope
