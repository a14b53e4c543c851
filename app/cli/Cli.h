#pragma once

#include <QString>
#include <QStringList>

#include <filesystem>

namespace veldwerk::cli {

// Exit codes of DESIGN §11.
enum ExitCode : int { Ok = 0, Failed = 1, Usage = 2 };

struct Context {
    std::filesystem::path dataDir;
};

// Output helpers: results on stdout, messages on stderr, in the local encoding.
void printOut(const QString &text);
void printErr(const QString &text);
int usageError(const QString &problem);
QString usageText();

int runVault(const Context &context, const QStringList &args);

// Parses the whole command line (without the program name) and runs the command.
int run(const QStringList &args);

} // namespace veldwerk::cli
