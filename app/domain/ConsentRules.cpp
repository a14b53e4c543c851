#include "app/domain/ConsentRules.h"

#include "app/domain/Codes.h"

namespace veldwerk::domain {

bool ConsentRules::anyInForce(const QList<Consent> &consents, QLatin1StringView purpose, const QDate &today)
{
    for (const Consent &c : consents) {
        if (c.purpose == purpose && c.inForceOn(today))
            return true;
    }
    return false;
}

bool ConsentRules::mayFilm(const QList<Consent> &consents, const QDate &today)
{
    return anyInForce(consents, codes::consent_purpose::Filming, today);
}

bool ConsentRules::mayUseImagesInSupervision(const QList<Consent> &consents, const QDate &today)
{
    return anyInForce(consents, codes::consent_purpose::ImagesInSupervision, today);
}

bool ConsentRules::mayKeepImagesInRecord(const QList<Consent> &consents, const QDate &today)
{
    return anyInForce(consents, codes::consent_purpose::ImagesInRecord, today);
}

bool ConsentRules::mayShareWith(const QList<Consent> &consents, const QString &party, const QDate &today)
{
    const QString wanted = party.trimmed();
    if (wanted.isEmpty())
        return false;
    for (const Consent &c : consents) {
        if (c.purpose == codes::consent_purpose::ShareData && c.inForceOn(today)
            && c.party.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace veldwerk::domain
