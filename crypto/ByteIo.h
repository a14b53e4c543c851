#pragma once

// Little-endian reading and writing for the vault's binary file formats. The reader never reads past its
// end: every read reports failure instead, so a truncated or hostile file cannot cause an out-of-bounds read.

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace veldwerk::crypto {

class ByteWriter {
public:
    void u8(std::uint8_t v) { m_bytes.push_back(v); }
    void u16(std::uint16_t v) { integer(v, 2); }
    void u32(std::uint32_t v) { integer(v, 4); }
    void u64(std::uint64_t v) { integer(v, 8); }
    void bytes(std::span<const unsigned char> b) { m_bytes.insert(m_bytes.end(), b.begin(), b.end()); }
    std::vector<unsigned char> &buffer() { return m_bytes; }

private:
    void integer(std::uint64_t v, int width)
    {
        for (int i = 0; i < width; ++i)
            m_bytes.push_back(static_cast<unsigned char>(v >> (8 * i)));
    }
    std::vector<unsigned char> m_bytes;
};

class ByteReader {
public:
    explicit ByteReader(std::span<const unsigned char> bytes)
        : m_bytes(bytes)
    {
    }

    bool u8(std::uint8_t &v)
    {
        std::uint64_t x = 0;
        if (!integer(x, 1))
            return false;
        v = static_cast<std::uint8_t>(x);
        return true;
    }
    bool u16(std::uint16_t &v)
    {
        std::uint64_t x = 0;
        if (!integer(x, 2))
            return false;
        v = static_cast<std::uint16_t>(x);
        return true;
    }
    bool u32(std::uint32_t &v)
    {
        std::uint64_t x = 0;
        if (!integer(x, 4))
            return false;
        v = static_cast<std::uint32_t>(x);
        return true;
    }
    bool u64(std::uint64_t &v) { return integer(v, 8); }
    bool bytes(std::span<unsigned char> out)
    {
        if (remaining() < out.size())
            return false;
        for (std::size_t i = 0; i < out.size(); ++i)
            out[i] = m_bytes[m_pos + i];
        m_pos += out.size();
        return true;
    }
    std::size_t remaining() const { return m_bytes.size() - m_pos; }
    std::size_t position() const { return m_pos; }

private:
    bool integer(std::uint64_t &v, std::size_t width)
    {
        if (remaining() < width)
            return false;
        v = 0;
        for (std::size_t i = 0; i < width; ++i)
            v |= static_cast<std::uint64_t>(m_bytes[m_pos + i]) << (8 * i);
        m_pos += width;
        return true;
    }
    std::span<const unsigned char> m_bytes;
    std::size_t m_pos = 0;
};

} // namespace veldwerk::crypto
