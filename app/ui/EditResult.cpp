#include "app/ui/EditResult.h"

#include "app/session/SessionError.h"
#include "app/store/CaseError.h"

namespace veldwerk::ui {

bool EditResult::generalOnly(const QStringList &fields) const
{
    for (const QString &f : fields) {
        if (errors.contains(f))
            return false;
    }
    return true;
}

EditResult EditResult::success(const QString &id)
{
    EditResult r;
    r.ok = true;
    r.id = id;
    return r;
}

EditResult EditResult::failure(const store::CaseError &error)
{
    EditResult r;
    for (const auto &p : error.problems) {
        if (!r.errors.contains(p.field))
            r.errors.insert(p.field, p.message);
    }
    r.message = session::caseErrorMessage(error);
    return r;
}

EditResult EditResult::invalid(const QVariantMap &errors)
{
    EditResult r;
    r.errors = errors;
    QStringList messages;
    for (auto it = errors.begin(); it != errors.end(); ++it)
        messages.append(it.value().toString());
    r.message = messages.join(QLatin1Char('\n'));
    return r;
}

} // namespace veldwerk::ui
