#pragma once

#include "ByteSource.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace luotsi::core::importing {

// Reads another source ahead of its consumer on a thread of its own, so that inflating a part of
// a workbook (a third of the time a big sheet takes) runs on the second core while the XML is
// scanned on the first. At most `chunks` pieces of `chunkSize` bytes wait, so memory stays flat.
// The inner source is used only by that thread until this object is gone.
class ReadAheadSource final : public ByteSource
{
public:
    explicit ReadAheadSource(ByteSource& inner, qsizetype chunkSize = 1 << 20, int chunks = 4);
    ~ReadAheadSource() override;
    ReadAheadSource(const ReadAheadSource&) = delete;
    ReadAheadSource& operator=(const ReadAheadSource&) = delete;

    Result<qint64> read(char* buffer, qint64 size) override;
    // Bytes handed to the consumer so far (safe to ask from the consumer's thread).
    qint64 delivered() const { return m_delivered; }

private:
    struct Chunk
    {
        std::vector<char> bytes;
        qsizetype size = 0;
    };

    void produce();

    ByteSource& m_inner;
    const qsizetype m_chunkSize;
    const int m_chunkCount;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_ready;    // filled, in order
    std::vector<Chunk> m_free;    // empty, for the producer to fill
    std::optional<Error> m_error; // after the ready chunks: why the rest is missing
    bool m_finished = false;      // the producer reached the end (or an error)
    bool m_stopping = false;      // the consumer is gone

    Chunk m_current; // the chunk the consumer reads from
    qsizetype m_offset = 0;
    qint64 m_delivered = 0;
    bool m_started = false;
    bool m_done = false;
    std::thread m_thread;
};

} // namespace luotsi::core::importing
