#pragma once

#include "api/FieldErrors.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QLabel;
class QWidget;

namespace jobdesk::ui {

// Puts a 422's field errors under the widgets they belong to. A widget declares its API field
// with the dynamic property "apiField" ("status", "result"); addField() returns the error row
// (warning icon + text, the text label named "<field>Error") for the caller to place under it.
// Showing an error also sets the widget's accessibleDescription; editing the widget clears it.
class FieldErrorBinder : public QObject {
    Q_OBJECT
public:
    explicit FieldErrorBinder(QObject *parent = nullptr);

    static const char *const FieldProperty; // "apiField"

    QWidget *addField(QWidget *field);
    // Shows every message whose field is bound; returns the rest (general messages and fields no
    // widget claims) for a banner.
    QStringList showErrors(const FieldErrors &errors);
    void showError(const QString &field, const QString &message);
    void clearField(const QString &field);
    void clearAll();
    QString errorText(const QString &field) const;
    bool hasErrors() const;

private:
    struct Binding {
        QPointer<QWidget> field;
        QPointer<QWidget> row;
        QPointer<QLabel> text;
        QString originalDescription;
    };
    QHash<QString, Binding> m_bindings;
};

} // namespace jobdesk::ui
