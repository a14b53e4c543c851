#include "crypto/FileIo.h"

#include <sodium.h>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <system_error>

namespace veldwerk::crypto {

namespace {

class Fd {
public:
    explicit Fd(int fd)
        : m_fd(fd)
    {
    }
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }
    // close() can report a delayed write error (NFS, some FUSE filesystems): check it for written files.
    int close()
    {
        const int rc = ::close(m_fd);
        m_fd = -1;
        return rc;
    }

private:
    int m_fd;
};

bool writeAll(int fd, std::span<const unsigned char> data)
{
    std::size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    return true;
}

} // namespace

Result<void, VaultError> syncDirectory(const std::filesystem::path &directory)
{
    Fd dir(::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dir.get() < 0)
        return fail(VaultError::io(errno, directory.string(), "open directory"));
    if (::fsync(dir.get()) != 0 && errno != EINVAL) // some filesystems cannot sync directories
        return fail(VaultError::io(errno, directory.string(), "fsync directory"));
    return {};
}

Result<void, VaultError> writeFileAtomically(const std::filesystem::path &target, std::span<const unsigned char> data,
                                             FaultHook hook)
{
    std::filesystem::path temp = target;
    temp += ".new";
    {
        Fd fd(::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600));
        if (fd.get() < 0) // the user knows the target, not our temporary name beside it
            return fail(VaultError::io(errno, target.string(), "create"));
        if (!writeAll(fd.get(), data)) {
            const int err = errno;
            ::unlink(temp.c_str());
            return fail(VaultError::io(err, temp.string(), "write"));
        }
        if (hook)
            hook(WriteStep::TempWritten);
        if (::fsync(fd.get()) != 0) {
            const int err = errno;
            ::unlink(temp.c_str());
            return fail(VaultError::io(err, temp.string(), "fsync"));
        }
        if (fd.close() != 0) {
            const int err = errno;
            ::unlink(temp.c_str());
            return fail(VaultError::io(err, temp.string(), "close"));
        }
    }
    if (hook)
        hook(WriteStep::TempSynced);
    if (::rename(temp.c_str(), target.c_str()) != 0) {
        const int err = errno;
        ::unlink(temp.c_str());
        return fail(VaultError::io(err, target.string(), "rename"));
    }
    if (hook)
        hook(WriteStep::Renamed);
    return syncDirectory(target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path());
}

Result<std::vector<unsigned char>, VaultError> readSmallFile(const std::filesystem::path &path, std::size_t maxBytes)
{
    Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0)
        return fail(VaultError::io(errno, path.string(), "open"));
    std::vector<unsigned char> bytes;
    std::array<unsigned char, 4096> chunk{};
    for (;;) {
        const ssize_t n = ::read(fd.get(), chunk.data(), chunk.size());
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fail(VaultError::io(errno, path.string(), "read"));
        }
        if (n == 0)
            break;
        if (bytes.size() + static_cast<std::size_t>(n) > maxBytes)
            return fail(VaultError::io(EFBIG, path.string(), "read"));
        bytes.insert(bytes.end(), chunk.begin(), chunk.begin() + n);
    }
    return bytes;
}

Result<void, VaultError> shredFile(const std::filesystem::path &path)
{
    {
        Fd fd(::open(path.c_str(), O_WRONLY | O_CLOEXEC));
        if (fd.get() < 0) {
            if (errno == ENOENT)
                return {};
            return fail(VaultError::io(errno, path.string(), "open"));
        }
        struct stat st {};
        if (::fstat(fd.get(), &st) == 0 && st.st_size > 0) {
            std::vector<unsigned char> noise(static_cast<std::size_t>(st.st_size));
            randombytes_buf(noise.data(), noise.size());
            if (writeAll(fd.get(), noise))
                (void)::fsync(fd.get());
        }
    }
    if (::unlink(path.c_str()) != 0 && errno != ENOENT)
        return fail(VaultError::io(errno, path.string(), "unlink"));
    return syncDirectory(path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path());
}

Result<void, VaultError> ensurePrivateDirectory(const std::filesystem::path &directory)
{
    std::error_code ec;
    if (std::filesystem::is_directory(directory, ec))
        return {};
    std::filesystem::create_directories(directory, ec);
    if (ec)
        return fail(VaultError::io(ec.value(), directory.string(), "create directory"));
    std::filesystem::permissions(directory, std::filesystem::perms::owner_all, std::filesystem::perm_options::replace,
                                 ec);
    if (ec)
        return fail(VaultError::io(ec.value(), directory.string(), "chmod"));
    return {};
}

} // namespace veldwerk::crypto
