#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace veldwerk::ui {

// The vocabularies of the case records for pickers: lists of {code, label} in the active language.
class Terms : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit Terms(QObject *parent = nullptr)
        : QObject(parent)
    {
    }

    Q_INVOKABLE QVariantList roles() const;
    Q_INVOKABLE QVariantList products() const;
    Q_INVOKABLE QVariantList frameworks() const;
    Q_INVOKABLE QVariantList trajectoryStatuses() const;
    Q_INVOKABLE QVariantList visitKinds() const;
    Q_INVOKABLE QVariantList consentPurposes() const;
    Q_INVOKABLE QVariantList observationTags() const;
};

} // namespace veldwerk::ui
