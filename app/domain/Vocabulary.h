#pragma once

#include <QList>
#include <QString>

namespace veldwerk::domain {

// One choice of a stored vocabulary: its code and the label to show (Dutch, or the active translation).
struct Term {
    QString code;
    QString label;
};

// The vocabularies, in the order a picker shows them, and code → label lookups. An unknown code (from a newer
// version, via sync) shows as itself rather than disappearing.
class Vocabulary {
public:
    static QList<Term> roles();
    static QList<Term> products();
    static QList<Term> frameworks();
    static QList<Term> trajectoryStatuses();
    static QList<Term> visitKinds();
    static QList<Term> visitStatuses();
    static QList<Term> consentPurposes();
    // The quick tags of an observation note.
    static QList<Term> observationTags();

    static QString label(const QList<Term> &terms, const QString &code);
    static bool contains(const QList<Term> &terms, const QString &code);
};

} // namespace veldwerk::domain
