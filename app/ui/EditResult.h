#pragma once

#include <QMetaType>
#include <QString>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace veldwerk::store {
struct CaseError;
}

namespace veldwerk::ui {

// What a screen gets back from a change it asked for: whether it was stored (and the new id), or the Dutch problem
// per field (shown next to the field) and a general message. A typed value rather than a map, so the screens are
// checked by qmllint like everything else.
class EditResult {
    Q_GADGET
    QML_VALUE_TYPE(editResult)
    Q_PROPERTY(bool ok MEMBER ok)
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString message MEMBER message)

public:
    bool ok = false;
    QString id;
    QString message;
    QVariantMap errors; // field → message

    // The problem with `field`, or an empty string.
    Q_INVOKABLE QString error(const QString &field) const { return errors.value(field).toString(); }
    // True when the problem is not tied to one of `fields`: then `message` is what to show.
    Q_INVOKABLE bool generalOnly(const QStringList &fields) const;

    static EditResult success(const QString &id = {});
    static EditResult failure(const store::CaseError &error);
    static EditResult invalid(const QVariantMap &errors);
};

} // namespace veldwerk::ui
