#include "ReadAheadSource.h"

#include <cstring>

namespace luotsi::core::importing {

ReadAheadSource::ReadAheadSource(ByteSource& inner, qsizetype chunkSize, int chunks)
    : m_inner(inner)
    , m_chunkSize(chunkSize)
    , m_chunkCount(chunks)
{}

ReadAheadSource::~ReadAheadSource()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void ReadAheadSource::produce()
{
    for (;;) {
        Chunk chunk;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stopping || !m_free.empty(); });
            if (m_stopping)
                return;
            chunk = std::move(m_free.back());
            m_free.pop_back();
        }
        chunk.bytes.resize(size_t(m_chunkSize));
        // Fill the chunk whole where the source gives less per read (the end of a zip block).
        qsizetype filled = 0;
        std::optional<Error> error;
        while (filled < m_chunkSize) {
            const Result<qint64> n =
                m_inner.read(chunk.bytes.data() + filled, m_chunkSize - filled);
            if (!n) {
                error = n.error();
                break;
            }
            if (n.value() == 0)
                break;
            filled += qsizetype(n.value());
        }
        chunk.size = filled;
        const bool last = error.has_value() || filled < m_chunkSize;
        {
            std::lock_guard lock(m_mutex);
            if (filled > 0)
                m_ready.push_back(std::move(chunk));
            if (last) {
                m_error = std::move(error);
                m_finished = true;
            }
        }
        m_changed.notify_all();
        if (last)
            return;
    }
}

Result<qint64> ReadAheadSource::read(char* buffer, qint64 size)
{
    if (m_done || size <= 0)
        return 0;
    if (!m_started) {
        m_started = true;
        m_free.resize(size_t(m_chunkCount));
        m_thread = std::thread([this] { produce(); });
    }
    if (m_offset >= m_current.size) {
        std::unique_lock lock(m_mutex);
        if (!m_current.bytes.empty()) {
            m_current.size = 0;
            m_free.push_back(std::move(m_current));
            m_current = {};
            m_changed.notify_all();
        }
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
        if (m_ready.empty()) {
            m_done = true;
            if (m_error)
                return *m_error;
            return 0;
        }
        m_current = std::move(m_ready.front());
        m_ready.pop_front();
        m_offset = 0;
    }
    const qint64 n = qMin<qint64>(size, m_current.size - m_offset);
    std::memcpy(buffer, m_current.bytes.data() + m_offset, size_t(n));
    m_offset += qsizetype(n);
    m_delivered += n;
    return n;
}

} // namespace luotsi::core::importing
