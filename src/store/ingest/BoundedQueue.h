#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace ws {

// A first-in first-out queue between two threads that holds at most `capacity` items: push() waits
// while it is full, so a fast producer cannot run ahead of a slow consumer and memory stays flat.
// close() ends it: pending pushes return false, pops drain what is left and then return nothing.
template <typename T>
class BoundedQueue
{
public:
    explicit BoundedQueue(size_t capacity) : m_capacity(capacity ? capacity : 1) {}

    // False when the queue was closed (the item is dropped).
    bool push(T item)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_closed || m_items.size() < m_capacity; });
        if (m_closed)
            return false;
        m_items.push_back(std::move(item));
        m_notEmpty.notify_one();
        return true;
    }

    // Waits for an item; nothing once the queue is closed and empty.
    std::optional<T> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return m_closed || !m_items.empty(); });
        return take();
    }

    // An item if one is waiting, without waiting.
    std::optional<T> tryPop()
    {
        std::unique_lock lock(m_mutex);
        return take();
    }

    // Closed, and every item taken: nothing more will come.
    bool drained()
    {
        std::unique_lock lock(m_mutex);
        return m_closed && m_items.empty();
    }

    void close()
    {
        std::unique_lock lock(m_mutex);
        m_closed = true;
        m_notFull.notify_all();
        m_notEmpty.notify_all();
    }

private:
    std::optional<T> take()
    {
        if (m_items.empty())
            return std::nullopt;
        std::optional<T> item(std::move(m_items.front()));
        m_items.pop_front();
        m_notFull.notify_one();
        return item;
    }

    const size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<T> m_items;
    bool m_closed = false;
};

} // namespace ws
