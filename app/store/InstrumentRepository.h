#pragma once

#include "app/store/CaseError.h"
#include "app/store/Database.h"
#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace veldwerk::store {

// An instrument a provider imported on this device: the Questionnaire JSON as it was checked.
struct StoredInstrument {
    QString url;
    QString version;
    QString title;
    QDateTime importedAt;
};

// Imported instruments, kept in the vault (a licensed instrument is the provider's, not for anyone who finds the
// device). An instrument is identified by url and version, as a response records it; importing the same pair again
// is refused unless the file is byte-for-byte the same, so what existing responses were filled against never
// changes under them.
class InstrumentRepository {
public:
    explicit InstrumentRepository(Database &db)
        : m_db(db)
    {
    }

    // Stores a checked Questionnaire. Conflict when url|version exists with other content; true when it was new,
    // false when the same file was already there.
    Result<bool, CaseError> add(const QString &url, const QString &version, const QString &title,
                                const QByteArray &json);
    // By title.
    Result<QList<StoredInstrument>, CaseError> list();
    Result<QByteArray, CaseError> json(const QString &url, const QString &version);

private:
    Database &m_db;
};

} // namespace veldwerk::store
