#pragma once

#include <cstddef>
#include <span>
#include <string_view>

namespace veldwerk::crypto {

// The one type that holds secrets: keys, passphrases, unwrapped key material. Memory comes from
// sodium_malloc (guard pages, locked against swapping where the OS allows) and is wiped by sodium_free when
// the buffer dies. Move-only, so a secret has one owner and is never silently copied.
class SecureBuffer {
public:
    SecureBuffer() = default;
    // Zero-filled buffer of `size` bytes. Throws std::bad_alloc when secure memory is exhausted.
    explicit SecureBuffer(std::size_t size);
    ~SecureBuffer();

    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;

    static SecureBuffer random(std::size_t size);
    static SecureBuffer copyOf(std::span<const unsigned char> bytes);
    static SecureBuffer copyOf(std::string_view text);

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    std::span<unsigned char> span() { return {m_data, m_size}; }
    std::span<const unsigned char> span() const { return {m_data, m_size}; }
    std::string_view view() const;

    // Shortens the logical size, wiping the bytes that fall off. Used after reading into a larger buffer.
    void truncate(std::size_t newSize);
    // Constant-time comparison (sodium_memcmp): no timing leak of where two secrets differ.
    bool equals(const SecureBuffer &other) const;

private:
    void release();

    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

} // namespace veldwerk::crypto
