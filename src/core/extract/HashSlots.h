#pragma once

#include <QtGlobal>
#include <vector>

namespace ws {

// A map from 64-bit hashes (token hashes, already well mixed) to values, open-addressed in one
// array: a lookup is a multiply and a probe or two, where a QHash also hashes the key again and
// walks its spans. Built once, then read by any number of threads.
template <typename Value> class HashSlots
{
public:
    // The value of `key`, or nullptr.
    const Value* find(quint64 key) const
    {
        if (!(m_summary & summaryBit(key)))
            return nullptr;
        for (size_t slot = start(key);; slot = (slot + 1) & mask()) {
            const Slot& s = m_slots[slot];
            if (!s.used)
                return nullptr;
            if (s.key == key)
                return &s.value;
        }
    }
    // The value of `key`, added (default-constructed) when missing.
    Value& operator[](quint64 key)
    {
        // At most half full: probes stay short.
        if (2 * (m_size + 1) > m_slots.size())
            grow();
        size_t slot = start(key);
        while (m_slots[slot].used && m_slots[slot].key != key)
            slot = (slot + 1) & mask();
        Slot& s = m_slots[slot];
        if (!s.used) {
            s.used = true;
            s.key = key;
            m_summary |= summaryBit(key);
            ++m_size;
        }
        return s.value;
    }
    size_t size() const { return m_size; }

private:
    struct Slot
    {
        quint64 key = 0;
        bool used = false;
        Value value{};
    };
    size_t mask() const { return m_slots.size() - 1; }
    // A bit per slice of the keys' top bits: most keys a small table lacks (a word asked at every
    // token) are told apart without a probe.
    static quint64 summaryBit(quint64 key) { return quint64(1) << (key >> 58); }
    // Fibonacci hashing: the top bits of the product, so keys differing anywhere spread out.
    size_t start(quint64 key) const { return size_t((key * 0x9E3779B97F4A7C15ull) >> m_shift); }

    void grow()
    {
        std::vector<Slot> old = std::move(m_slots);
        const size_t size = old.empty() ? 16 : old.size() * 2;
        m_slots = std::vector<Slot>(size);
        m_shift = 64;
        for (size_t s = size; s > 1; s >>= 1)
            --m_shift;
        m_size = 0;
        m_summary = 0;
        for (Slot& slot : old) {
            if (slot.used)
                (*this)[slot.key] = std::move(slot.value);
        }
    }

    std::vector<Slot> m_slots; // a power of two in size
    int m_shift = 64;
    size_t m_size = 0;
    quint64 m_summary = 0; // summaryBit() of every key
};

} // namespace ws
