#include "app/domain/Validation.h"

#include "app/domain/Codes.h"
#include "app/domain/Vocabulary.h"

#include <QCoreApplication>

namespace veldwerk::domain {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

void required(Problems &p, const QString &field, const QString &value, const QString &message)
{
    if (value.trimmed().isEmpty())
        p.append({field, message});
}

void maxLength(Problems &p, const QString &field, const QString &value, int limit)
{
    if (value.size() > limit)
        p.append({field, Text::tr("Deze tekst is te lang (maximaal %1 tekens).").arg(limit)});
}

void code(Problems &p, const QString &field, const QList<Term> &terms, const QString &value)
{
    if (!Vocabulary::contains(terms, value))
        p.append({field, Text::tr("Kies een van de mogelijkheden.")});
}

} // namespace

Problems Validation::check(const Family &family)
{
    Problems p;
    required(p, QStringLiteral("displayName"), family.displayName, Text::tr("Geef het gezin een naam."));
    maxLength(p, QStringLiteral("displayName"), family.displayName, MaxNameLength);
    maxLength(p, QStringLiteral("address"), family.address, MaxShortTextLength);
    maxLength(p, QStringLiteral("area"), family.area, MaxNameLength);
    maxLength(p, QStringLiteral("notes"), family.notes, MaxTextLength);
    return p;
}

Problems Validation::check(const Child &child, const QDate &today)
{
    Problems p;
    required(p, QStringLiteral("name"), child.name, Text::tr("Vul de naam van het kind in."));
    maxLength(p, QStringLiteral("name"), child.name, MaxNameLength);
    maxLength(p, QStringLiteral("notes"), child.notes, MaxTextLength);
    const bool born = child.birthDate.isValid();
    const bool expected = child.expectedBirthDate.isValid();
    if (born == expected) {
        p.append({QStringLiteral("birthDate"),
                  Text::tr("Vul de geboortedatum in, of voor een ongeboren kind de verwachte geboortedatum.")});
    } else if (born) {
        if (child.birthDate > today) {
            p.append({QStringLiteral("birthDate"),
                      Text::tr("Deze geboortedatum ligt in de toekomst. Is het kind nog niet geboren? Vul dan de "
                               "verwachte geboortedatum in.")});
        } else if (child.birthDate < today.addYears(-23)) {
            // Youth care runs to 18, extended to 23 (Jeugdwet); older is a typing error.
            p.append({QStringLiteral("birthDate"), Text::tr("Deze geboortedatum ligt meer dan 23 jaar terug.")});
        }
    } else {
        if (child.expectedBirthDate < today) {
            p.append({QStringLiteral("expectedBirthDate"),
                      Text::tr("De verwachte geboortedatum is al voorbij. Vul de geboortedatum in.")});
        } else if (child.expectedBirthDate > today.addMonths(9)) {
            // The target group starts at −9 months (seed 000).
            p.append({QStringLiteral("expectedBirthDate"),
                      Text::tr("De verwachte geboortedatum ligt meer dan negen maanden vooruit.")});
        }
    }
    return p;
}

Problems Validation::check(const Caregiver &caregiver)
{
    Problems p;
    required(p, QStringLiteral("name"), caregiver.name, Text::tr("Vul de naam van de ouder of verzorger in."));
    maxLength(p, QStringLiteral("name"), caregiver.name, MaxNameLength);
    code(p, QStringLiteral("role"), Vocabulary::roles(), caregiver.role);
    if (caregiver.role == codes::role::Other)
        required(p, QStringLiteral("roleOther"), caregiver.roleOther,
                 Text::tr("Beschrijf de rol, bijvoorbeeld 'oma'."));
    maxLength(p, QStringLiteral("roleOther"), caregiver.roleOther, MaxNameLength);
    maxLength(p, QStringLiteral("phone"), caregiver.phone, MaxNameLength);
    return p;
}

Problems Validation::check(const Trajectory &t)
{
    Problems p;
    code(p, QStringLiteral("product"), Vocabulary::products(), t.product);
    if (t.product == codes::product::Other)
        required(p, QStringLiteral("productOther"), t.productOther, Text::tr("Beschrijf het product."));
    code(p, QStringLiteral("framework"), Vocabulary::frameworks(), t.framework);
    code(p, QStringLiteral("status"), Vocabulary::trajectoryStatuses(), t.status);
    required(p, QStringLiteral("responsible"), t.responsible, Text::tr("Vul de verantwoordelijke professional in."));
    maxLength(p, QStringLiteral("responsible"), t.responsible, MaxNameLength);
    maxLength(p, QStringLiteral("goals"), t.goals, MaxTextLength);
    if (!t.start.isValid())
        p.append({QStringLiteral("start"), Text::tr("Vul de startdatum in.")});
    if (t.plannedEnd.isValid() && t.start.isValid()) {
        if (t.plannedEnd < t.start) {
            p.append({QStringLiteral("plannedEnd"), Text::tr("De geplande einddatum ligt voor de startdatum.")});
        } else if ((t.product == codes::product::ParentingAssessment
                    || t.product == codes::product::ParentingAssessmentResidential)
                   && t.plannedEnd > t.start.addMonths(6)) {
            // Seed 000: "drie tot maximaal zes maanden".
            p.append({QStringLiteral("plannedEnd"),
                      Text::tr("Ouderschapsdiagnostiek duurt drie tot maximaal zes maanden.")});
        }
    }
    return p;
}

Problems Validation::check(const WeeklyEvaluation &e)
{
    Problems p;
    if (!e.weekStart.isValid())
        p.append({QStringLiteral("weekStart"), Text::tr("Vul de week in.")});
    for (const auto &[field, value] : {std::pair{QStringLiteral("goals"), e.goals},
                                       {QStringLiteral("progress"), e.progress},
                                       {QStringLiteral("safety"), e.safety},
                                       {QStringLiteral("adjustments"), e.adjustments},
                                       {QStringLiteral("nextSteps"), e.nextSteps}})
        maxLength(p, field, value, MaxTextLength);
    return p;
}

Problems Validation::check(const Visit &v)
{
    Problems p;
    code(p, QStringLiteral("kind"), Vocabulary::visitKinds(), v.kind);
    code(p, QStringLiteral("status"), Vocabulary::visitStatuses(), v.status);
    if (!v.plannedStart.isValid())
        p.append({QStringLiteral("plannedStart"), Text::tr("Vul de geplande datum en tijd in.")});
    if (v.plannedStart.isValid() && v.plannedEnd.isValid() && v.plannedEnd < v.plannedStart)
        p.append({QStringLiteral("plannedEnd"), Text::tr("Het bezoek eindigt voordat het begint.")});
    if (v.heldStart.isValid() && v.heldEnd.isValid() && v.heldEnd < v.heldStart)
        p.append({QStringLiteral("heldEnd"), Text::tr("Het bezoek eindigt voordat het begint.")});
    maxLength(p, QStringLiteral("location"), v.location, MaxShortTextLength);
    maxLength(p, QStringLiteral("presentOther"), v.presentOther, MaxShortTextLength);
    return p;
}

Problems Validation::checkNewObservation(const Observation &o)
{
    Problems p;
    required(p, QStringLiteral("text"), o.text, Text::tr("Een notitie zonder tekst wordt niet bewaard."));
    p.append(checkObservationText(o.text));
    for (const QString &tag : o.tags) {
        if (tag.trimmed().isEmpty() || tag.size() > MaxNameLength) {
            p.append({QStringLiteral("tags"), Text::tr("Een label is leeg of te lang.")});
            break;
        }
    }
    return p;
}

Problems Validation::checkObservationText(const QString &text)
{
    Problems p;
    maxLength(p, QStringLiteral("text"), text, MaxTextLength);
    return p;
}

Problems Validation::check(const Consent &c, const QDate &today)
{
    Problems p;
    code(p, QStringLiteral("purpose"), Vocabulary::consentPurposes(), c.purpose);
    if (c.purpose == codes::consent_purpose::ShareData)
        required(p, QStringLiteral("party"), c.party, Text::tr("Met wie mogen de gegevens worden gedeeld?"));
    maxLength(p, QStringLiteral("party"), c.party, MaxShortTextLength);
    if (c.givenById.isEmpty() && c.givenByName.trimmed().isEmpty())
        p.append({QStringLiteral("givenBy"), Text::tr("Wie gaf de toestemming?")});
    maxLength(p, QStringLiteral("givenByName"), c.givenByName, MaxNameLength);
    if (!c.givenOn.isValid())
        p.append({QStringLiteral("givenOn"), Text::tr("Vul de datum van de toestemming in.")});
    else if (c.givenOn > today)
        p.append({QStringLiteral("givenOn"), Text::tr("Een toestemming kan niet in de toekomst gegeven zijn.")});
    if (c.withdrawnOn.isValid()) {
        if (c.givenOn.isValid() && c.withdrawnOn < c.givenOn)
            p.append({QStringLiteral("withdrawnOn"), Text::tr("De intrekking ligt voor de toestemming.")});
        else if (c.withdrawnOn > today)
            p.append({QStringLiteral("withdrawnOn"), Text::tr("Een intrekking kan niet in de toekomst liggen.")});
    }
    maxLength(p, QStringLiteral("notes"), c.notes, MaxTextLength);
    return p;
}

} // namespace veldwerk::domain
