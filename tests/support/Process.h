#pragma once

#include <string>
#include <vector>

namespace veldwerk::test {

struct ProcessResult {
    int exitCode = -1; // -1 when killed by a signal
    int signal = 0;
    std::string out;
    std::string err;
};

// Runs a program with `input` on its standard input and the current environment plus `env` ("NAME=value").
ProcessResult runProcess(const std::vector<std::string> &argv, const std::string &input = {},
                         const std::vector<std::string> &env = {});

// Starts a program and kills it with SIGKILL after `killAfterUs` microseconds unless it ended before.
// Returns true when it was killed, false when it finished first.
bool runAndKill(const std::vector<std::string> &argv, const std::string &input, int killAfterUs);

} // namespace veldwerk::test
