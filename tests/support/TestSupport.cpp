#include "TestSupport.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <random>
#include <stdexcept>
#include <stdlib.h>

namespace veldwerk::test {

TempDir::TempDir()
{
    std::string pattern = (std::filesystem::temp_directory_path() / "veldwerk-test-XXXXXX").string();
    if (!::mkdtemp(pattern.data()))
        throw std::runtime_error("mkdtemp failed");
    m_path = pattern;
}

TempDir::~TempDir()
{
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

std::vector<unsigned char> fromHex(std::string_view hex)
{
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        throw std::invalid_argument("bad hex");
    };
    std::vector<unsigned char> out;
    std::string clean;
    std::copy_if(hex.begin(), hex.end(), std::back_inserter(clean), [](char c) { return c != ' ' && c != '\n'; });
    for (std::size_t i = 0; i + 1 < clean.size(); i += 2)
        out.push_back(static_cast<unsigned char>(nibble(clean[i]) * 16 + nibble(clean[i + 1])));
    return out;
}

std::string toHex(std::span<const unsigned char> bytes)
{
    static const char digits[] = "0123456789abcdef";
    std::string out;
    for (unsigned char b : bytes) {
        out.push_back(digits[b >> 4]);
        out.push_back(digits[b & 15]);
    }
    return out;
}

std::span<const unsigned char> bytesOf(std::string_view text)
{
    return {reinterpret_cast<const unsigned char *>(text.data()), text.size()};
}

std::vector<unsigned char> readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeFile(const std::filesystem::path &path, std::span<const unsigned char> bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char *>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

bool treeContains(const std::filesystem::path &root, std::string_view needle)
{
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(root, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        if (!it->is_regular_file())
            continue;
        const auto bytes = readFile(it->path());
        const std::string_view hay(reinterpret_cast<const char *>(bytes.data()), bytes.size());
        if (hay.find(needle) != std::string_view::npos)
            return true;
    }
    return false;
}

} // namespace veldwerk::test
