#pragma once

// Small helpers shared by the tests: temporary directories, hex, file bytes.

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace veldwerk::test {

// A fresh directory under the system temp dir, removed (with its contents) when the object dies.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir &) = delete;
    TempDir &operator=(const TempDir &) = delete;
    const std::filesystem::path &path() const { return m_path; }
    std::filesystem::path operator/(std::string_view name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

std::vector<unsigned char> fromHex(std::string_view hex);
std::string toHex(std::span<const unsigned char> bytes);
std::span<const unsigned char> bytesOf(std::string_view text);

std::vector<unsigned char> readFile(const std::filesystem::path &path);
void writeFile(const std::filesystem::path &path, std::span<const unsigned char> bytes);
// True when `needle` occurs anywhere in any regular file below `root`.
bool treeContains(const std::filesystem::path &root, std::string_view needle);

} // namespace veldwerk::test
