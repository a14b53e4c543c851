#include "crypto/SecureBuffer.h"

#include <sodium.h>

#include <cstring>
#include <new>

namespace veldwerk::crypto {

SecureBuffer::SecureBuffer(std::size_t size)
{
    if (size == 0)
        return;
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    std::memset(m_data, 0, size);
    m_size = size;
    m_capacity = size;
}

SecureBuffer::~SecureBuffer()
{
    release();
}

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept
    : m_data(other.m_data)
    , m_size(other.m_size)
    , m_capacity(other.m_capacity)
{
    other.m_data = nullptr;
    other.m_size = 0;
    other.m_capacity = 0;
}

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = other.m_data;
        m_size = other.m_size;
        m_capacity = other.m_capacity;
        other.m_data = nullptr;
        other.m_size = 0;
        other.m_capacity = 0;
    }
    return *this;
}

void SecureBuffer::release()
{
    if (m_data)
        sodium_free(m_data); // wipes before it unmaps
    m_data = nullptr;
    m_size = 0;
    m_capacity = 0;
}

SecureBuffer SecureBuffer::random(std::size_t size)
{
    SecureBuffer buffer(size);
    if (size)
        randombytes_buf(buffer.data(), size);
    return buffer;
}

SecureBuffer SecureBuffer::copyOf(std::span<const unsigned char> bytes)
{
    SecureBuffer buffer(bytes.size());
    if (!bytes.empty())
        std::memcpy(buffer.data(), bytes.data(), bytes.size());
    return buffer;
}

SecureBuffer SecureBuffer::copyOf(std::string_view text)
{
    return copyOf(std::span(reinterpret_cast<const unsigned char *>(text.data()), text.size()));
}

std::string_view SecureBuffer::view() const
{
    return {reinterpret_cast<const char *>(m_data), m_size};
}

void SecureBuffer::truncate(std::size_t newSize)
{
    if (newSize >= m_size)
        return;
    sodium_memzero(m_data + newSize, m_size - newSize);
    m_size = newSize;
}

bool SecureBuffer::equals(const SecureBuffer &other) const
{
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

} // namespace veldwerk::crypto
