#include "app/cli/Cli.h"

#include "app/cli/SecretReader.h"
#include "app/session/DataDirectory.h"
#include "app/session/SecretInput.h"
#include "app/session/Session.h"
#include "crypto/KeyStore.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>

namespace veldwerk::cli {

namespace {
// A class only so that lupdate files these texts under the context "Cli".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

void printOut(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

QString usageText()
{
    return Text::tr(
        "Gebruik: veldwerk-cli [--data-dir MAP] <opdracht>\n"
        "\n"
        "Opdrachten:\n"
        "  vault init [--cost interactive|moderate|sensitive] [--max-failures N]\n"
        "      Maakt een nieuwe kluis. Leest het nieuwe wachtwoord twee keer van standaardinvoer.\n"
        "  vault verify\n"
        "      Leest het wachtwoord, opent de kluis en controleert de database.\n"
        "  vault change-secret [--cost interactive|moderate|sensitive]\n"
        "      Leest het oude wachtwoord en twee keer het nieuwe; versleutelt niets opnieuw.\n"
        "  demo seed\n"
        "      Laadt een fictieve demo-caseload in een lege kluis.\n"
        "  observation add --visit ID --text TEKST [--about ID] [--tag LABEL]...\n"
        "      Voegt een observatie toe aan een bezoek; drukt het nieuwe id af zodra het is opgeslagen.\n"
        "  export --out BESTAND [--family ID]\n"
        "      Schrijft alles (of één gezin) als JSON, voor een inzageverzoek (AVG).\n"
        "  questionnaire validate BESTAND\n"
        "      Controleert een FHIR R4 Questionnaire; drukt elke fout en waarschuwing af met haar JSON-pad.\n"
        "  questionnaire evaluate QUESTIONNAIRE.json RESPONSE.json\n"
        "      Evalueert een QuestionnaireResponse: zichtbare items, meldingen, berekende waarden (JSON).\n"
        "\n"
        "Wachtwoorden komen van standaardinvoer, één per regel, nooit uit argumenten.\n"
        "--data-dir kiest de kluismap (standaard die van de app).\n"
        "Afsluitcode: 0 gelukt, 1 mislukt (melding op stderr), 2 verkeerd gebruik.");
}

std::unique_ptr<session::Session> openSession(const Context &context)
{
    auto secret = readSecretLine(Text::tr("Wachtwoord: ").toStdString());
    if (!secret) {
        printErr(Text::tr("Geen wachtwoord ontvangen op standaardinvoer (één wachtwoord per regel)."));
        return nullptr;
    }
    const crypto::SecureBuffer normalized = session::normalizeSecret(std::move(*secret));
    crypto::NoKeyStore keyStore;
    auto opened = session::Session::open(session::DataDirectory(context.dataDir), keyStore, normalized.span());
    if (!opened) {
        printErr(opened.error().message());
        return nullptr;
    }
    return std::move(opened).value();
}

QStringList Options::all(const QString &name) const
{
    QStringList out = values.values(name);
    std::reverse(out.begin(), out.end()); // QMultiHash returns the latest first
    return out;
}

bool parseOptions(const QStringList &args, const QStringList &known, Options &options, int &exitCode)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString name = args.at(i);
        QString value;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        if (name.startsWith(QLatin1String("--")) && eq > 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        } else if (known.contains(name)) {
            if (i + 1 >= args.size()) {
                exitCode = usageError(Text::tr("%1 verwacht een waarde.").arg(name));
                return false;
            }
            value = args.at(++i);
        }
        if (!known.contains(name)) {
            exitCode = usageError(Text::tr("Onbekende optie: %1").arg(args.at(i)));
            return false;
        }
        options.values.insert(name, value);
    }
    return true;
}

int usageError(const QString &problem)
{
    printErr(problem);
    printErr(QString());
    printErr(usageText());
    return Usage;
}

int run(const QStringList &args)
{
    Context context;
    context.dataDir = session::DataDirectory::defaultLocation();

    QStringList rest;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            printOut(usageText());
            return Ok;
        }
        if (arg == QLatin1String("--version")) {
            printOut(QStringLiteral("veldwerk-cli %1").arg(QCoreApplication::applicationVersion()));
            return Ok;
        }
        if (arg == QLatin1String("--data-dir") && rest.isEmpty()) {
            if (i + 1 >= args.size() || args.at(i + 1).isEmpty())
                return usageError(Text::tr("--data-dir verwacht een map."));
            context.dataDir = std::filesystem::path(args.at(++i).toStdString());
            continue;
        }
        if (arg.startsWith(QLatin1String("--data-dir=")) && rest.isEmpty()) {
            const QString value = arg.mid(11);
            if (value.isEmpty())
                return usageError(Text::tr("--data-dir verwacht een map."));
            context.dataDir = std::filesystem::path(value.toStdString());
            continue;
        }
        rest << arg;
    }
    if (rest.isEmpty())
        return usageError(Text::tr("Geef een opdracht."));

    const QString group = rest.takeFirst();
    if (group == QLatin1String("vault"))
        return runVault(context, rest);
    if (group == QLatin1String("demo"))
        return runDemo(context, rest);
    if (group == QLatin1String("observation"))
        return runObservation(context, rest);
    if (group == QLatin1String("export"))
        return runExport(context, rest);
    if (group == QLatin1String("questionnaire"))
        return runQuestionnaire(context, rest);
    return usageError(Text::tr("Onbekende opdracht: %1").arg(group));
}

} // namespace veldwerk::cli
