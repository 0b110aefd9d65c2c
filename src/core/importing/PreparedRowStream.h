#pragma once

#include "core/Result.h"
#include "core/importing/PreparedRow.h"
#include "core/importing/RowPreparer.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace luotsi::core::importing {

class WorkbookReader;

// Reads and prepares a sheet's rows on a thread of its own, a few chunks ahead of the thread
// that matches and writes them: on two cores, reading and cleaning (half of an import's work)
// no longer wait for the database, nor it for them. At most `chunks` chunks of `chunkRows` rows
// wait, so memory stays flat. The reader (its sheet selected) and the preparer belong to the
// stream's thread until the stream is gone; leaving early (cancel, an error) stops the thread.
class PreparedRowStream final
{
public:
    struct Chunk
    {
        std::vector<PreparedRow> rows;
        double fraction = 0.0; // of the file read when the chunk was made
    };

    PreparedRowStream(WorkbookReader& reader, RowPreparer& preparer, int chunkRows = 256,
                      int chunks = 4);
    ~PreparedRowStream();
    PreparedRowStream(const PreparedRowStream&) = delete;
    PreparedRowStream& operator=(const PreparedRowStream&) = delete;

    // The next chunk in file order; an empty one at the end of the sheet; an error (with the
    // row where reading stopped) when the file cannot be read further.
    Result<Chunk> next();
    // Hands a chunk the caller is done with back to the stream's thread, which frees it: its
    // rows' memory was allocated there, and freeing it there is cheaper for both threads.
    void recycle(Chunk&& chunk);
    // CPU seconds the stream's thread has used (for the import's timing log).
    double threadSeconds() const { return m_threadSeconds; }

private:
    void produce();

    WorkbookReader& m_reader;
    RowPreparer& m_preparer;
    const int m_chunkRows;
    const int m_chunkLimit;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_ready;
    std::vector<Chunk> m_spent;
    std::optional<Error> m_error;
    bool m_finished = false;
    bool m_stopping = false;
    bool m_started = false;
    std::atomic<double> m_threadSeconds{0.0};
    std::thread m_thread;
};

} // namespace luotsi::core::importing
