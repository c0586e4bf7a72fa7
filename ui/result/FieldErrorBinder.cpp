#include "result/FieldErrorBinder.h"

#include "style/TextStyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>

namespace jobdesk::ui {

const char *const FieldErrorBinder::FieldProperty = "apiField";

FieldErrorBinder::FieldErrorBinder(QObject *parent)
    : QObject(parent) {
}

QWidget *FieldErrorBinder::addField(QWidget *field) {
    const QString key = field->property(FieldProperty).toString();
    Q_ASSERT(!key.isEmpty());
    auto *row = new QWidget(field->parentWidget());
    row->setObjectName(key + QStringLiteral("ErrorRow"));
    auto *icon = new QLabel(row);
    icon->setPixmap(row->style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    auto *text = new QLabel(row);
    text->setObjectName(key + QStringLiteral("Error"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    text->setStyleSheet(TextStyle::styleSheet(TextStyle::Tone::Error));
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(text, 1);
    row->hide();
    text->setBuddy(field);

    m_bindings.insert(key, Binding{field, row, text, field->accessibleDescription()});
    if (auto *combo = qobject_cast<QComboBox *>(field))
        connect(combo, &QComboBox::currentIndexChanged, this, [this, key] { clearField(key); });
    else if (auto *edit = qobject_cast<QLineEdit *>(field))
        connect(edit, &QLineEdit::textEdited, this, [this, key] { clearField(key); });
    return row;
}

QStringList FieldErrorBinder::showErrors(const FieldErrors &errors) {
    QStringList unbound = errors.general();
    for (const QString &field : errors.fields()) {
        const QStringList messages = errors.messages(field);
        if (m_bindings.contains(field))
            showError(field, messages.join(QLatin1Char('\n')));
        else
            for (const QString &m : messages)
                unbound << field + QStringLiteral(": ") + m;
    }
    return unbound;
}

void FieldErrorBinder::showError(const QString &field, const QString &message) {
    const auto it = m_bindings.constFind(field);
    if (it == m_bindings.cend() || !it->row)
        return;
    it->text->setText(message);
    it->row->show();
    if (it->field)
        it->field->setAccessibleDescription(message);
}

void FieldErrorBinder::clearField(const QString &field) {
    const auto it = m_bindings.constFind(field);
    if (it == m_bindings.cend() || !it->row || it->row->isHidden())
        return;
    it->text->clear();
    it->row->hide();
    if (it->field)
        it->field->setAccessibleDescription(it->originalDescription);
}

void FieldErrorBinder::clearAll() {
    for (auto it = m_bindings.cbegin(); it != m_bindings.cend(); ++it)
        clearField(it.key());
}

QString FieldErrorBinder::errorText(const QString &field) const {
    const auto it = m_bindings.constFind(field);
    return it == m_bindings.cend() || !it->text ? QString() : it->text->text();
}

bool FieldErrorBinder::hasErrors() const {
    for (const Binding &b : m_bindings) {
        if (b.row && !b.row->isHidden())
            return true;
    }
    return false;
}

} // namespace jobdesk::ui
