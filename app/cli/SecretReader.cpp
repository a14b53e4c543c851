#include "app/cli/SecretReader.h"

#include "crypto/SecretPolicy.h"

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace veldwerk::cli {

namespace {

// Restores the terminal even when reading fails half-way.
class EchoOff {
public:
    EchoOff()
    {
        if (::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            m_active = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
    }
    ~EchoOff()
    {
        if (m_active) {
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
            std::fputc('\n', stderr);
        }
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};

} // namespace

std::optional<crypto::SecureBuffer> readSecretLine(std::string_view prompt)
{
    if (::isatty(STDIN_FILENO)) {
        std::fwrite(prompt.data(), 1, prompt.size(), stderr);
        std::fflush(stderr);
    }
    EchoOff echoOff;

    // One byte more than the longest allowed secret, so an over-long line is seen (and refused) as such rather
    // than cut silently. Read byte by byte with read(2): stdio would keep a copy in its own buffer.
    crypto::SecureBuffer line(crypto::MaxSecretBytes + 1);
    std::size_t length = 0;
    bool sawAnything = false;
    bool overflow = false;
    for (;;) {
        unsigned char c = 0;
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n < 0)
            return std::nullopt;
        if (n == 0)
            break;
        sawAnything = true;
        if (c == '\n')
            break;
        if (length < line.size())
            line.data()[length++] = c;
        else
            overflow = true;
        c = 0;
    }
    if (!sawAnything)
        return std::nullopt;
    if (!overflow && length > 0 && line.data()[length - 1] == '\r')
        --length;
    line.truncate(overflow ? line.size() : length);
    return line;
}

} // namespace veldwerk::cli
