#pragma once

#include <QMultiHash>
#include <QString>
#include <QStringList>

#include <filesystem>
#include <memory>

namespace veldwerk::session {
class Session;
}

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
int runDemo(const Context &context, const QStringList &args);
int runObservation(const Context &context, const QStringList &args);
int runExport(const Context &context, const QStringList &args);
int runQuestionnaire(const Context &context, const QStringList &args);

// Reads the secret from standard input and opens the vault; prints the reason and returns null when it cannot.
std::unique_ptr<session::Session> openSession(const Context &context);

// Parses `--name value` / `--name=value` options of a command. Values of a repeated option are kept in order.
// Returns false (after printing usage) on an unknown option or a missing value.
struct Options {
    QMultiHash<QString, QString> values;
    QString value(const QString &name) const { return values.value(name); }
    QStringList all(const QString &name) const;
};
bool parseOptions(const QStringList &args, const QStringList &known, Options &options, int &exitCode);

// Parses the whole command line (without the program name) and runs the command.
int run(const QStringList &args);

} // namespace veldwerk::cli
