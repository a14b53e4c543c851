#pragma once

#include "app/domain/Consent.h"

#include <QDate>
#include <QList>

namespace veldwerk::domain {

// What the family's consents allow. The app asks these questions before it acts (filming starts only when
// mayFilm says yes); the answers follow the recorded consents only, never a default.
class ConsentRules {
public:
    // Filming needs a "filmen" consent in force today.
    static bool mayFilm(const QList<Consent> &consents, const QDate &today);
    // Using images in supervision or intervision needs its own consent.
    static bool mayUseImagesInSupervision(const QList<Consent> &consents, const QDate &today);
    // Keeping images beyond the trajectory, in the dossier (DESIGN §8 retention).
    static bool mayKeepImagesInRecord(const QList<Consent> &consents, const QDate &today);
    // Sharing data with `party` needs a "gegevens_delen" consent naming that party.
    static bool mayShareWith(const QList<Consent> &consents, const QString &party, const QDate &today);

private:
    static bool anyInForce(const QList<Consent> &consents, QLatin1StringView purpose, const QDate &today);
};

} // namespace veldwerk::domain
