#pragma once

#include "app/forms/Problem.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace veldwerk::forms {
class Questionnaire;
}
namespace veldwerk::store {
class CaseStore;
}

namespace veldwerk::formstore {

// One instrument a professional can open on a visit.
struct InstrumentEntry {
    QString url;
    QString version;
    QString title;
    QString description;
    bool bundled = false;
};

// The instruments of this device: the bundled ones (Dutch, from the seeds, compiled into the application) and the
// ones the provider imported into the vault. A response names its instrument by url and version; that pair is
// resolved here, bundled first, so an import can never replace a bundled instrument.
class InstrumentCatalog {
public:
    // Bundled and imported, by title.
    static QList<InstrumentEntry> all(store::CaseStore *cases);
    // The checked instrument, or null with a Dutch reason (not on this device, no longer valid).
    static std::shared_ptr<const forms::Questionnaire> load(store::CaseStore *cases, const QString &url,
                                                            const QString &version, QString *why);

    struct ImportResult {
        bool stored = false;    // in the vault now (new, or the same file was already there)
        bool duplicate = false; // the same file was already there
        QString title;
        QString url;
        QString version;
        forms::Problems problems; // errors refuse the file; warnings say what will not work as written
        QString message;          // one Dutch sentence for above the list
    };
    // Checks a provider's Questionnaire file and, when it is valid, stores it. Never touches other instruments.
    static ImportResult import(store::CaseStore *cases, const QByteArray &bytes);
};

} // namespace veldwerk::formstore
