#include "app/domain/Vocabulary.h"

#include "app/domain/Codes.h"

#include <QCoreApplication>

namespace veldwerk::domain {

namespace {
// lupdate files these texts under "Vocabulary".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)
};

Term term(QLatin1StringView code, const QString &label)
{
    return {QString(code), label};
}
} // namespace

QList<Term> Vocabulary::roles()
{
    using namespace codes::role;
    return {term(Biological, Text::tr("Biologische ouder")),
            term(Adoptive, Text::tr("Adoptieouder")),
            term(Foster, Text::tr("Pleegouder")),
            term(NetworkFoster, Text::tr("Netwerkpleegouder")),
            term(Step, Text::tr("Stiefouder")),
            term(Other, Text::tr("Anders"))};
}

QList<Term> Vocabulary::products()
{
    using namespace codes::product;
    return {term(ParentingAssessment, Text::tr("45A48 Ouderschapsdiagnostiek ambulant")),
            term(ParentingAssessmentResidential, Text::tr("43A08 Ouderschapsdiagnostiek met opname")),
            term(VippSd, Text::tr("VIPP-SD")),
            term(KVht, Text::tr("K-VHT (kortdurende video-hometraining)")),
            term(Vib, Text::tr("VIB (video-interactiebegeleiding)")),
            term(SteadyParenting, Text::tr("Stevig Ouderschap")),
            term(VoorZorg, Text::tr("VoorZorg")),
            term(Other, Text::tr("Anders"))};
}

QList<Term> Vocabulary::frameworks()
{
    using namespace codes::framework;
    return {term(Voluntary, Text::tr("Vrijwillig kader")), term(Compulsory, Text::tr("Gedwongen kader"))};
}

QList<Term> Vocabulary::trajectoryStatuses()
{
    using namespace codes::trajectory_status;
    return {term(Registered, Text::tr("Aangemeld")), term(Running, Text::tr("Lopend")),
            term(Completed, Text::tr("Afgerond")), term(TransferredOut, Text::tr("Overgedragen"))};
}

QList<Term> Vocabulary::visitKinds()
{
    using namespace codes::visit_kind;
    return {term(HomeVisit, Text::tr("Huisbezoek")),
            term(VideoRecording, Text::tr("Video-opname")),
            term(VideoFeedback, Text::tr("Video-feedback")),
            term(Evaluation, Text::tr("Evaluatie")),
            term(Intake, Text::tr("Intake")),
            term(Other, Text::tr("Anders"))};
}

QList<Term> Vocabulary::visitStatuses()
{
    using namespace codes::visit_status;
    return {term(Planned, Text::tr("Gepland")), term(InProgress, Text::tr("Bezig")), term(Done, Text::tr("Afgerond")),
            term(Cancelled, Text::tr("Geannuleerd"))};
}

QList<Term> Vocabulary::consentPurposes()
{
    using namespace codes::consent_purpose;
    return {term(Filming, Text::tr("Filmen")),
            term(ImagesInSupervision, Text::tr("Beelden gebruiken in supervisie en intervisie")),
            term(ShareData, Text::tr("Gegevens delen met een genoemde partij")),
            term(ImagesInRecord, Text::tr("Beelden bewaren in het dossier"))};
}

QList<Term> Vocabulary::observationTags()
{
    // Words from the JGZ guideline Ouder-kindrelatie (seeds 002, 004): what a professional marks while talking.
    return {{QStringLiteral("sensitiviteit"), Text::tr("Sensitiviteit")},
            {QStringLiteral("grenzen stellen"), Text::tr("Grenzen stellen")},
            {QStringLiteral("positief moment"), Text::tr("Positief moment")},
            {QStringLiteral("spel"), Text::tr("Spel")},
            {QStringLiteral("huilen"), Text::tr("Huilen")},
            {QStringLiteral("eten"), Text::tr("Eten")},
            {QStringLiteral("slapen"), Text::tr("Slapen")},
            {QStringLiteral("zorg"), Text::tr("Zorg")},
            {QStringLiteral("veiligheid"), Text::tr("Veiligheid")},
            {QStringLiteral("draagkracht"), Text::tr("Draagkracht")},
            {QStringLiteral("draaglast"), Text::tr("Draaglast")},
            {QStringLiteral("afspraak"), Text::tr("Afspraak")}};
}

QString Vocabulary::label(const QList<Term> &terms, const QString &code)
{
    for (const Term &t : terms) {
        if (t.code == code)
            return t.label;
    }
    return code;
}

bool Vocabulary::contains(const QList<Term> &terms, const QString &code)
{
    for (const Term &t : terms) {
        if (t.code == code)
            return true;
    }
    return false;
}

} // namespace veldwerk::domain
