#include "app/formstore/InstrumentCatalog.h"

#include "app/forms/Questionnaire.h"
#include "app/forms/QuestionnaireReader.h"
#include "app/store/CaseStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>

#include <algorithm>

namespace veldwerk::formstore {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Instruments)
};

QString keyOf(const QString &url, const QString &version)
{
    return url + QLatin1Char('|') + version;
}

// The bundled instruments are read and checked once per process: they are part of the program, and opening a form
// on a visit should not parse its file again.
struct Bundled {
    QList<InstrumentEntry> entries;
    QHash<QString, std::shared_ptr<const forms::Questionnaire>> byKey;
};

const Bundled &bundled()
{
    static const Bundled b = [] {
        Bundled out;
        const QDir dir(QStringLiteral(":/instruments"));
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            forms::Problems problems;
            auto q = forms::QuestionnaireReader::read(f.readAll(), problems);
            // The unit tests hold every bundled file to zero problems; a broken one is left out, not half-shown.
            if (!q)
                continue;
            out.entries.append({q->url, q->version, q->title, q->description, true});
            out.byKey.insert(keyOf(q->url, q->version), q);
        }
        std::sort(out.entries.begin(), out.entries.end(),
                  [](const InstrumentEntry &x, const InstrumentEntry &y) { return x.title < y.title; });
        return out;
    }();
    return b;
}

} // namespace

QList<InstrumentEntry> InstrumentCatalog::all(store::CaseStore *cases)
{
    QList<InstrumentEntry> out = bundled().entries;
    if (!cases)
        return out;
    auto imported = cases->instruments().list();
    if (!imported)
        return out;
    for (const auto &i : *imported)
        out.append({i.url, i.version, i.title, {}, false});
    // One list by title: a professional looks for a name, not for where the instrument came from.
    std::stable_sort(out.begin(), out.end(),
                     [](const InstrumentEntry &x, const InstrumentEntry &y) { return x.title < y.title; });
    return out;
}

std::shared_ptr<const forms::Questionnaire> InstrumentCatalog::load(store::CaseStore *cases, const QString &url,
                                                                    const QString &version, QString *why)
{
    if (auto q = bundled().byKey.value(keyOf(url, version)))
        return q;
    if (cases) {
        auto bytes = cases->instruments().json(url, version);
        if (bytes) {
            forms::Problems problems;
            if (auto q = forms::QuestionnaireReader::read(*bytes, problems))
                return q;
            if (why)
                *why = Text::tr("Het instrument voldoet niet meer aan de controle van deze versie van Veldwerk.");
            return nullptr;
        }
    }
    if (why)
        *why = Text::tr("Het instrument %1 (versie %2) staat niet op dit apparaat.")
                   .arg(url, version.isEmpty() ? Text::tr("zonder versie") : version);
    return nullptr;
}

InstrumentCatalog::ImportResult InstrumentCatalog::import(store::CaseStore *cases, const QByteArray &bytes)
{
    ImportResult r;
    auto q = forms::QuestionnaireReader::read(bytes, r.problems);
    if (!q) {
        r.message = Text::tr("Dit bestand is geen bruikbaar FHIR R4 Questionnaire; er is niets opgeslagen.");
        return r;
    }
    r.title = q->title.isEmpty() ? q->name : q->title;
    r.url = q->url;
    r.version = q->version;
    if (q->url.isEmpty()) {
        r.problems.prepend({forms::Problem::Severity::Error,
                            QStringLiteral("$.url"),
                            {},
                            Text::tr("Een instrument heeft een url nodig: een ingevuld formulier legt vast tegen welk "
                                     "instrument het is ingevuld.")});
        r.message = Text::tr("Dit bestand kan niet worden opgeslagen; er is niets veranderd.");
        return r;
    }
    if (bundled().byKey.contains(keyOf(q->url, q->version))) {
        r.problems.prepend({forms::Problem::Severity::Error,
                            QStringLiteral("$.version"),
                            {},
                            Text::tr("Dit instrument (url en versie) wordt al met Veldwerk meegeleverd en kan niet "
                                     "worden vervangen.")});
        r.message = Text::tr("Dit bestand kan niet worden opgeslagen; er is niets veranderd.");
        return r;
    }
    if (!cases) {
        r.message = Text::tr("De kluis is vergrendeld; er is niets opgeslagen.");
        return r;
    }
    auto added = cases->instruments().add(q->url, q->version, r.title, bytes);
    if (!added) {
        const auto &e = added.error();
        r.message = e.isInvalid() ? e.problems.first().message
                                  : Text::tr("Het instrument kon niet worden opgeslagen; er is niets veranderd.");
        return r;
    }
    r.stored = true;
    r.duplicate = !*added;
    r.message = r.duplicate ? Text::tr("Dit instrument stond al op dit apparaat; er is niets veranderd.")
                            : (hasErrors(r.problems) || r.problems.isEmpty()
                                   ? Text::tr("Het instrument is toegevoegd en kan nu bij een bezoek worden gekozen.")
                                   : Text::tr("Het instrument is toegevoegd. Lees hieronder wat nog niet werkt zoals "
                                              "het in het bestand staat."));
    return r;
}

} // namespace veldwerk::formstore
