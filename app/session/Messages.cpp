#include "app/session/SessionError.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>

namespace veldwerk::session {

namespace {

constexpr int WarnWhenAttemptsLeft = 5;

// A class only so that lupdate files these texts under the context "Veldwerk".
class Messages {
    Q_DECLARE_TR_FUNCTIONS(Veldwerk)

public:
    static QString secretProblem(crypto::SecretProblem problem, bool pin);
    static QString ioMessage(int err, const QString &path);
    static QString vaultMessage(const crypto::VaultError &e, bool pin);
    static QString storeMessage(const store::StoreError &e);
    static QString sessionMessage(const SessionError &e);
};

QString Messages::secretProblem(crypto::SecretProblem problem, bool pin)
{
    using P = crypto::SecretProblem;
    switch (problem) {
    case P::None:
        return {};
    case P::Empty:
        return pin ? tr("Vul uw pincode in.") : tr("Vul een wachtwoord in.");
    case P::TooShort:
        return tr("Het wachtwoord moet minstens %1 tekens lang zijn. Een zin die u kunt onthouden werkt goed.")
            .arg(crypto::MinPassphraseCharacters);
    case P::TooLong:
        return tr("Het wachtwoord is te lang (maximaal %1 bytes).").arg(crypto::MaxSecretBytes);
    case P::NotUtf8:
        return tr("Het wachtwoord bevat ongeldige tekens.");
    case P::ControlCharacter:
        return tr("Het wachtwoord bevat een onzichtbaar teken, zoals een tab of een regeleinde.");
    case P::NotSixDigits:
        return tr("De pincode bestaat uit precies %1 cijfers.").arg(crypto::PinDigits);
    }
    return {};
}

QString Messages::ioMessage(int err, const QString &path)
{
    switch (err) {
    case ENOSPC:
    case EDQUOT:
        return tr("De opslag van dit apparaat is vol. Maak ruimte vrij en probeer het opnieuw.");
    case EACCES:
    case EPERM:
    case EROFS:
        return tr("In de gegevensmap kan niet worden geschreven: %1").arg(path);
    case ENOTDIR:
        return tr("De gegevensmap is geen map: %1").arg(path);
    case ENOENT:
        return tr("De map voor %1 bestaat niet.").arg(path);
    default:
        return tr("Lezen of schrijven van %1 is mislukt: %2").arg(path, QString::fromLocal8Bit(std::strerror(err)));
    }
}

QString Messages::vaultMessage(const crypto::VaultError &e, bool pin)
{
    using C = crypto::VaultError::Code;
    const QString path = QString::fromStdString(e.path);
    switch (e.code) {
    case C::WrongSecret: {
        const QString wrong = pin ? tr("Onjuiste pincode.") : tr("Onjuist wachtwoord.");
        // A typo in front of a family should not read like a threat; the erase is announced once it draws near.
        if (e.attemptsLeft > WarnWhenAttemptsLeft)
            return wrong + QLatin1Char(' ') + tr("Probeer het opnieuw.");
        if (e.attemptsLeft == 1)
            return wrong + QLatin1Char(' ')
                   + tr("Nog 1 poging; daarna worden de gegevens op dit apparaat onleesbaar gemaakt.");
        return wrong + QLatin1Char(' ')
               + tr("Nog %1 pogingen voordat de gegevens op dit apparaat onleesbaar worden gemaakt.")
                     .arg(e.attemptsLeft);
    }
    case C::TooEarly: {
        const auto seconds = (e.retryAfter.count() + 999) / 1000;
        if (seconds <= 1)
            return tr("Wacht even: probeer het over 1 seconde opnieuw.");
        return tr("Wacht even: probeer het over %1 seconden opnieuw.").arg(seconds);
    }
    case C::Erased:
        return tr("Na te veel mislukte pogingen zijn de sleutels van deze kluis vernietigd. De gegevens op dit "
                  "apparaat zijn niet meer te lezen; wat gesynchroniseerd was, staat nog op de server.");
    case C::NoVault:
        return tr("Er is nog geen kluis in deze gegevensmap.");
    case C::AlreadyExists:
        return tr("Er staat al een kluis in deze gegevensmap.");
    case C::SlotDamaged:
        return tr("Het sleutelbestand van de kluis is beschadigd (%1). Zonder dit bestand kunnen de gegevens "
                  "niet worden geopend.")
            .arg(QString::fromStdString(e.detail));
    case C::SecretRejected:
        return secretProblem(e.secretProblem, pin);
    case C::Io:
        return ioMessage(e.sysError, path);
    case C::OutOfMemory:
        return tr("Onvoldoende werkgeheugen om de kluis te openen. Sluit andere apps en probeer het opnieuw.");
    case C::KeyStoreUnavailable:
        return tr("De beveiligde sleutelopslag van dit apparaat is niet beschikbaar.");
    case C::CryptoFailure:
        return tr("Interne fout in de versleuteling (%1).").arg(QString::fromStdString(e.detail));
    }
    return {};
}

QString Messages::storeMessage(const store::StoreError &e)
{
    using C = store::StoreError::Code;
    switch (e.code) {
    case C::NotSqlCipher:
        return tr("Deze installatie heeft geen versleutelde database (SQLCipher ontbreekt). Veldwerk werkt niet "
                  "zonder versleuteling.");
    case C::WrongKeyOrNotDatabase:
        return tr("De database kan niet worden gelezen: het bestand is beschadigd of hoort niet bij deze kluis.");
    case C::Corrupt:
        return tr("De database is beschadigd. Neem contact op met functioneel beheer; wat gesynchroniseerd was, "
                  "staat nog op de server.");
    case C::Busy:
        return tr("De database is in gebruik door een ander programma. Probeer het zo opnieuw.");
    case C::Full:
        return tr("De opslag van dit apparaat is vol. Maak ruimte vrij en probeer het opnieuw.");
    case C::ReadOnly:
        return tr("In de database kan niet worden geschreven (alleen-lezen).");
    case C::CantOpen:
        return tr("De database kan niet worden geopend of aangemaakt.");
    case C::TooNew:
        return tr("Deze gegevens zijn gemaakt door een nieuwere versie van Veldwerk. Werk de app bij.");
    case C::NotFound:
        return tr("Dit gegeven bestaat niet (meer) op dit apparaat.");
    case C::Io:
        // SQLite 3.15 cannot tell us the errno (sqlite3_system_errno came in 3.16); a full disk is by far the
        // most common cause on a tablet that also holds video.
        return tr("Lezen of schrijven van de database is mislukt. Is de opslag van dit apparaat vol? Maak ruimte "
                  "vrij en probeer het opnieuw.");
    case C::Constraint:
    case C::Misuse:
    case C::Other:
        break;
    }
    return tr("Databasefout: %1").arg(QString::fromStdString(e.message));
}

QString Messages::sessionMessage(const SessionError &e)
{
    const QString &path = e.path;
    switch (e.kind) {
    case SessionError::Kind::Vault:
        return vaultMessage(e.vault, e.pin);
    case SessionError::Kind::Store:
        return storeMessage(e.store);
    case SessionError::Kind::SecretMismatch:
        return e.pin ? tr("De twee pincodes zijn niet gelijk.") : tr("De twee wachtwoorden zijn niet gelijk.");
    case SessionError::Kind::DatabaseMissing:
        return tr("De database ontbreekt in de gegevensmap %1. De sleutels zijn er nog, de gegevens niet.").arg(path);
    case SessionError::Kind::NoVault:
        return tr("Er is nog geen kluis in de gegevensmap %1.").arg(path);
    case SessionError::Kind::DirectoryUnusable:
        if (e.vault.sysError == ENOTDIR)
            return tr("De gegevensmap %1 kan niet worden gebruikt: een deel van het pad is een bestand, geen map.")
                .arg(path);
        if (e.vault.sysError == EACCES || e.vault.sysError == EPERM)
            return tr("De gegevensmap %1 kan niet worden gebruikt: geen toegang.").arg(path);
        return tr("De gegevensmap %1 kan niet worden gebruikt.").arg(path);
    }
    return {};
}

} // namespace

QString SessionError::message() const
{
    return Messages::sessionMessage(*this);
}

QString caseErrorMessage(const store::CaseError &error)
{
    if (!error.problems.isEmpty()) {
        QStringList lines;
        for (const auto &p : error.problems)
            lines.append(p.message);
        lines.removeDuplicates();
        return lines.join(QLatin1Char('\n'));
    }
    if (error.store)
        return SessionError::fromStore(*error.store).message();
    return {};
}

} // namespace veldwerk::session
