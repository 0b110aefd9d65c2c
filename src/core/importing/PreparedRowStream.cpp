#include "PreparedRowStream.h"

#include "core/importing/readers/WorkbookReader.h"

#include <ctime>

namespace luotsi::core::importing {

namespace {

double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

} // namespace

PreparedRowStream::PreparedRowStream(WorkbookReader& reader, RowPreparer& preparer, int chunkRows,
                                     int chunks)
    : m_reader(reader)
    , m_preparer(preparer)
    , m_chunkRows(chunkRows)
    , m_chunkLimit(chunks)
{}

PreparedRowStream::~PreparedRowStream()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void PreparedRowStream::produce()
{
    SheetRow row;
    for (;;) {
        std::vector<Chunk> spent;
        {
            std::lock_guard lock(m_mutex);
            spent.swap(m_spent);
        }
        spent.clear();
        Chunk chunk;
        chunk.rows.reserve(size_t(m_chunkRows));
        std::optional<Error> error;
        bool end = false;
        while (int(chunk.rows.size()) < m_chunkRows) {
            auto more = m_reader.nextRow(row);
            if (!more) {
                error = more.error();
                break;
            }
            if (!*more) {
                end = true;
                break;
            }
            chunk.rows.push_back(m_preparer.prepare(row));
        }
        chunk.fraction = m_reader.progress();
        m_threadSeconds = threadCpuSeconds();
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopping || int(m_ready.size()) < m_chunkLimit; });
        if (m_stopping)
            return;
        if (!chunk.rows.empty())
            m_ready.push_back(std::move(chunk));
        if (error || end) {
            m_error = std::move(error);
            m_finished = true;
        }
        lock.unlock();
        m_changed.notify_all();
        if (m_finished)
            return;
    }
}

void PreparedRowStream::recycle(Chunk&& chunk)
{
    std::lock_guard lock(m_mutex);
    if (!m_finished)
        m_spent.push_back(std::move(chunk));
}

Result<PreparedRowStream::Chunk> PreparedRowStream::next()
{
    if (!m_started) {
        m_started = true;
        m_thread = std::thread([this] { produce(); });
    }
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
    if (m_ready.empty()) {
        if (m_error)
            return *m_error;
        return Chunk{};
    }
    Chunk chunk = std::move(m_ready.front());
    m_ready.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return chunk;
}

} // namespace luotsi::core::importing
