// The case-record commands of veldwerk-cli: demo seed, observation add, export.
#include "app/cli/Cli.h"

#include "app/demo/DemoCaseload.h"
#include "app/formstore/StoredForms.h"
#include "app/session/Session.h"
#include "app/store/Export.h"
#include "crypto/FileIo.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace veldwerk::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int runDemo(const Context &context, const QStringList &args)
{
    if (args.isEmpty() || args.first() != QLatin1String("seed"))
        return usageError(Text::tr("Geef een demo-opdracht: seed."));
    if (args.size() > 1)
        return usageError(Text::tr("Onbekende optie: %1").arg(args.at(1)));
    auto session = openSession(context);
    if (!session)
        return Failed;
    auto loaded = demo::DemoCaseload::load(session->cases(), demo::DemoCaseload::bundled(), QDate::currentDate());
    if (!loaded) {
        printErr(loaded.error());
        return Failed;
    }
    printOut(
        Text::tr("Demo-caseload geladen: %1 gezinnen, %2 kinderen, %3 ouders/verzorgers, %4 trajecten, %5 bezoeken, "
                 "%6 observaties, %7 weekevaluaties, %8 toestemmingen, %9 ingevulde formulieren. Alle namen zijn "
                 "verzonnen.")
            .arg(loaded->families)
            .arg(loaded->children)
            .arg(loaded->caregivers)
            .arg(loaded->trajectories)
            .arg(loaded->visits)
            .arg(loaded->observations)
            .arg(loaded->evaluations)
            .arg(loaded->consents)
            .arg(loaded->forms));
    return Ok;
}

int runObservation(const Context &context, const QStringList &args)
{
    if (args.isEmpty() || args.first() != QLatin1String("add"))
        return usageError(Text::tr("Geef een observation-opdracht: add."));
    Options options;
    int exitCode = Ok;
    const QStringList known = {QStringLiteral("--visit"), QStringLiteral("--text"), QStringLiteral("--about"),
                               QStringLiteral("--tag")};
    if (!parseOptions(args.mid(1), known, options, exitCode))
        return exitCode;
    if (options.value(QStringLiteral("--visit")).isEmpty())
        return usageError(Text::tr("observation add verwacht --visit ID."));
    if (!options.values.contains(QStringLiteral("--text")))
        return usageError(Text::tr("observation add verwacht --text TEKST."));

    auto session = openSession(context);
    if (!session)
        return Failed;
    domain::Observation note;
    note.visitId = options.value(QStringLiteral("--visit"));
    note.text = options.value(QStringLiteral("--text"));
    note.aboutId = options.value(QStringLiteral("--about"));
    note.tags = options.all(QStringLiteral("--tag"));
    auto id = session->cases().observations().add(note);
    if (!id) {
        if (id.error().notFound())
            printErr(Text::tr("Er is geen bezoek met id %1 op dit apparaat.").arg(note.visitId));
        else
            printErr(session::caseErrorMessage(id.error()));
        return Failed;
    }
    // Printed only now: add() returns after the commit, so the id names a note that is on disk.
    printOut(*id);
    return Ok;
}

int runExport(const Context &context, const QStringList &args)
{
    Options options;
    int exitCode = Ok;
    if (!parseOptions(args, {QStringLiteral("--out"), QStringLiteral("--family")}, options, exitCode))
        return exitCode;
    const QString out = options.value(QStringLiteral("--out"));
    if (out.isEmpty())
        return usageError(Text::tr("export verwacht --out BESTAND."));
    const QString family = options.value(QStringLiteral("--family"));

    auto session = openSession(context);
    if (!session)
        return Failed;
    store::CaseStore &cases = session->cases();
    if (!family.isEmpty()) {
        if (auto f = cases.families().get(family); !f) {
            printErr(f.error().notFound() ? Text::tr("Er is geen gezin met id %1 op dit apparaat.").arg(family)
                                          : session::caseErrorMessage(f.error()));
            return Failed;
        }
    }
    // The export is itself a look at client data: audited before it is made, so it appears in its own trail.
    {
        auto tx = session->database().begin();
        if (!tx
            || !cases.audit().append(QStringLiteral("export"),
                                     family.isEmpty() ? QStringLiteral("vault") : QStringLiteral("family"), family,
                                     family, QStringLiteral("veldwerk-cli export"))
            || !tx->commit()) {
            printErr(Text::tr("Het auditspoor kon niet worden bijgewerkt; er is niets geëxporteerd."));
            return Failed;
        }
    }
    auto json = store::exportRecords(session->database(), family);
    if (!json) {
        printErr(session::SessionError::fromStore(json.error()).message());
        return Failed;
    }
    formstore::addQuestionnaireResponses(cases, *json);
    const QByteArray bytes = QJsonDocument(*json).toJson(QJsonDocument::Indented);
    auto written = crypto::writeFileAtomically(
        std::filesystem::path(out.toStdString()),
        std::span(reinterpret_cast<const unsigned char *>(bytes.constData()), static_cast<std::size_t>(bytes.size())));
    if (!written) {
        printErr(session::SessionError::fromVault(written.error()).message());
        return Failed;
    }
    printErr(Text::tr("Export geschreven naar %1. Dit bestand is niet versleuteld: bewaar en verstuur het zorgvuldig.")
                 .arg(out));
    return Ok;
}

} // namespace veldwerk::cli
