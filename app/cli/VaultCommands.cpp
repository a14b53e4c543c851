#include "app/cli/Cli.h"
#include "app/cli/SecretReader.h"

#include "app/session/DataDirectory.h"
#include "app/session/SecretInput.h"
#include "app/session/Session.h"
#include "crypto/KeyStore.h"
#include "crypto/KeyVault.h"

#include <QCoreApplication>

#include <optional>

namespace veldwerk::cli {

namespace {

// A class only so that lupdate files these texts under the context "Cli".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

struct Options {
    std::optional<crypto::CostProfile> cost;
    std::optional<std::uint16_t> maxFailures;
};

// Parses the options a vault command allows; returns false (after printing usage) on anything else.
bool parseOptions(const QStringList &args, bool allowMaxFailures, Options &options, int &exitCode)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        auto value = [&](const QString &name) -> std::optional<QString> {
            if (arg == name) {
                if (i + 1 >= args.size())
                    return std::nullopt;
                return args.at(++i);
            }
            return arg.mid(name.size() + 1);
        };
        if (arg == QLatin1String("--cost") || arg.startsWith(QLatin1String("--cost="))) {
            const auto v = value(QStringLiteral("--cost"));
            const auto profile = v ? crypto::parseCostProfile(v->toStdString()) : std::nullopt;
            if (!profile) {
                exitCode = usageError(Text::tr("--cost verwacht interactive, moderate of sensitive."));
                return false;
            }
            options.cost = profile;
        } else if (allowMaxFailures
                   && (arg == QLatin1String("--max-failures") || arg.startsWith(QLatin1String("--max-failures=")))) {
            const auto v = value(QStringLiteral("--max-failures"));
            bool ok = false;
            const int n = v ? v->toInt(&ok) : 0;
            if (!ok || n < crypto::MinMaxFailures || n > crypto::MaxMaxFailures) {
                exitCode = usageError(Text::tr("--max-failures verwacht een getal van %1 tot en met %2.")
                                          .arg(crypto::MinMaxFailures)
                                          .arg(crypto::MaxMaxFailures));
                return false;
            }
            options.maxFailures = static_cast<std::uint16_t>(n);
        } else {
            exitCode = usageError(Text::tr("Onbekende optie: %1").arg(arg));
            return false;
        }
    }
    return true;
}

std::optional<crypto::SecureBuffer> readSecret(const QString &prompt)
{
    auto secret = readSecretLine(prompt.toStdString());
    if (!secret) {
        printErr(Text::tr("Geen wachtwoord ontvangen op standaardinvoer (één wachtwoord per regel)."));
        return std::nullopt;
    }
    return session::normalizeSecret(std::move(*secret));
}

// Reads a new secret twice and applies the same rules as the app, in the same order: first the rules of a
// secret, then whether the two entries match.
std::optional<crypto::SecureBuffer> readNewSecret(crypto::KeyStore &keyStore)
{
    auto first = readSecret(Text::tr("Nieuw wachtwoord: "));
    if (!first)
        return std::nullopt;
    auto second = readSecret(Text::tr("Herhaal het nieuwe wachtwoord: "));
    if (!second)
        return std::nullopt;
    if (auto rejected = session::Session::checkNewSecret(keyStore, first->span())) {
        printErr(rejected->message());
        return std::nullopt;
    }
    if (!first->equals(*second)) {
        printErr(session::SessionError::make(session::SessionError::Kind::SecretMismatch).message());
        return std::nullopt;
    }
    return first;
}

int init(const Context &context, const QStringList &args)
{
    Options options;
    int exitCode = Ok;
    if (!parseOptions(args, true, options, exitCode))
        return exitCode;
    crypto::NoKeyStore keyStore;
    auto secret = readNewSecret(keyStore);
    if (!secret)
        return Failed;
    const session::DataDirectory dir(context.dataDir);
    auto session =
        session::Session::create(dir, keyStore, secret->span(), options.cost.value_or(crypto::CostProfile::Moderate),
                                 options.maxFailures.value_or(crypto::DefaultMaxFailures));
    if (!session) {
        printErr(session.error().message());
        return Failed;
    }
    printOut(Text::tr("Kluis aangemaakt in %1").arg(dir.displayPath()));
    return Ok;
}

int verify(const Context &context, const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(Text::tr("Onbekende optie: %1").arg(args.first()));
    auto session = openSession(context);
    if (!session)
        return Failed;

    crypto::NoKeyStore keyStore;
    const session::DataDirectory &dir = session->directory();
    crypto::KeyVault keys(dir.root(), keyStore);
    auto slots = keys.readSlotFile();
    if (!slots) {
        printErr(session::SessionError::fromVault(slots.error()).message());
        return Failed;
    }
    const auto &params = slots->slots.front().params;
    printOut(Text::tr("Kluis: %1").arg(dir.displayPath()));
    printOut(Text::tr("Sleutelbestand: in orde (%1 sleutelslot(s); Argon2id %2 rondes, %3 MiB; wissen na %4 mislukte "
                      "pogingen)")
                 .arg(slots->slots.size())
                 .arg(params.opsLimit)
                 .arg(params.memLimit / (1024 * 1024))
                 .arg(slots->maxFailures));

    store::Database &db = session->database();
    auto cipher = db.cipherVersion();
    auto version = db.userVersion();
    printOut(Text::tr("Database: geopend (SQLCipher %1, schema %2, apparaat %3)")
                 .arg(QString::fromStdString(cipher ? *cipher : std::string("?")))
                 .arg(version ? *version : -1)
                 .arg(session->deviceId()));

    auto problems = session->verify();
    if (!problems) {
        printErr(problems.error().message());
        return Failed;
    }
    if (!problems->empty()) {
        printErr(Text::tr("Integriteit: niet in orde."));
        for (const QString &p : *problems)
            printErr(QStringLiteral("  ") + p);
        return Failed;
    }
    printOut(Text::tr("Integriteit: in orde"));
    auto chain = session->cases().audit().verify();
    if (chain)
        printOut(Text::tr("Auditspoor: in orde (%1 gebeurtenissen, keten en MAC gecontroleerd)").arg(chain->events));
    return Ok;
}

int changeSecret(const Context &context, const QStringList &args)
{
    Options options;
    int exitCode = Ok;
    if (!parseOptions(args, false, options, exitCode))
        return exitCode;
    auto old = readSecret(Text::tr("Huidig wachtwoord: "));
    if (!old)
        return Failed;
    crypto::NoKeyStore keyStore;
    auto fresh = readNewSecret(keyStore);
    if (!fresh)
        return Failed;

    const session::DataDirectory dir(context.dataDir);
    crypto::KeyVault keys(dir.root(), keyStore);
    switch (dir.inspect(keys)) {
    case session::DataDirectory::Status::Locked:
    case session::DataDirectory::Status::DatabaseMissing:
        break;
    case session::DataDirectory::Status::NoVault:
        printErr(session::SessionError::make(session::SessionError::Kind::NoVault, dir.displayPath()).message());
        return Failed;
    case session::DataDirectory::Status::Unusable:
        printErr(dir.unusableError().message());
        return Failed;
    case session::DataDirectory::Status::Erased:
    case session::DataDirectory::Status::KeysDamaged:
    case session::DataDirectory::Status::KeysMissing:
        break; // KeyVault reports these precisely
    }
    auto changed = keys.changeSecret(old->span(), fresh->span(), options.cost);
    if (!changed) {
        printErr(session::SessionError::fromVault(changed.error()).message());
        return Failed;
    }
    printOut(Text::tr("Wachtwoord gewijzigd. De gegevens zelf zijn niet opnieuw versleuteld; dat is ook niet nodig."));
    return Ok;
}

} // namespace

int runVault(const Context &context, const QStringList &args)
{
    if (args.isEmpty())
        return usageError(Text::tr("Geef een vault-opdracht: init, verify of change-secret."));
    const QString command = args.first();
    const QStringList rest = args.mid(1);
    if (command == QLatin1String("init"))
        return init(context, rest);
    if (command == QLatin1String("verify"))
        return verify(context, rest);
    if (command == QLatin1String("change-secret"))
        return changeSecret(context, rest);
    return usageError(Text::tr("Onbekende vault-opdracht: %1").arg(command));
}

} // namespace veldwerk::cli
