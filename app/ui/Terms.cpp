#include "app/ui/Terms.h"

#include "app/domain/Vocabulary.h"

namespace veldwerk::ui {

namespace {
QVariantList toList(const QList<domain::Term> &terms)
{
    QVariantList out;
    for (const auto &t : terms)
        out.append(QVariantMap{{QStringLiteral("code"), t.code}, {QStringLiteral("label"), t.label}});
    return out;
}
} // namespace

using domain::Vocabulary;

QVariantList Terms::roles() const
{
    return toList(Vocabulary::roles());
}
QVariantList Terms::products() const
{
    return toList(Vocabulary::products());
}
QVariantList Terms::frameworks() const
{
    return toList(Vocabulary::frameworks());
}
QVariantList Terms::trajectoryStatuses() const
{
    return toList(Vocabulary::trajectoryStatuses());
}
QVariantList Terms::visitKinds() const
{
    return toList(Vocabulary::visitKinds());
}
QVariantList Terms::consentPurposes() const
{
    return toList(Vocabulary::consentPurposes());
}
QVariantList Terms::observationTags() const
{
    return toList(Vocabulary::observationTags());
}

} // namespace veldwerk::ui
