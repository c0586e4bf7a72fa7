#pragma once

#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

namespace jobdesk::ui {

// A window-modal question that does not block: open() returns at once and `onYes` runs when the
// affirmative button is pressed. No nested event loop, no static test hooks: tests find the box by
// its objectName and press its button ("yesButton" / "noButton").
namespace ConfirmBox {
QMessageBox *ask(QWidget *parent, const QString &objectName, const QString &title, const QString &text,
                 const QString &yesText, const QString &noText, std::function<void()> onYes);
} // namespace ConfirmBox

} // namespace jobdesk::ui
