#include "widgets/ConfirmBox.h"

#include <QMessageBox>
#include <QPushButton>

namespace jobdesk::ui {

namespace ConfirmBox {

QMessageBox *ask(QWidget *parent, const QString &objectName, const QString &title, const QString &text,
                 const QString &yesText, const QString &noText, std::function<void()> onYes) {
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *yes = box->addButton(yesText, QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("yesButton"));
    QPushButton *no = box->addButton(noText, QMessageBox::RejectRole);
    no->setObjectName(QStringLiteral("noButton"));
    box->setDefaultButton(no); // Enter never destroys or replaces anything by accident
    box->setEscapeButton(no);
    QObject::connect(box, &QMessageBox::finished, box, [box, yes, onYes = std::move(onYes)] {
        if (box->clickedButton() == yes && onYes)
            onYes();
    });
    box->open();
    return box;
}

} // namespace ConfirmBox

} // namespace jobdesk::ui
