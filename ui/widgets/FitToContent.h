#pragma once

#include <QObject>

class QWidget;

namespace jobdesk::ui {

// Keeps a dialog as tall as its content: whenever its layout changes (a banner or an error row
// appears or goes, a note is shown, a details section opens), the window is resized to the height
// its layout needs at its current width — growing so word-wrapped text is never clipped, and
// shrinking so no empty area is left — and never beyond the screen's available area.
class FitToContent : public QObject {
    Q_OBJECT
public:
    // Installs itself on `window` (owned by it).
    static FitToContent *install(QWidget *window);
    // Fits `window` now (after pending layout work).
    static void fit(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FitToContent(QWidget *window);
    QWidget *m_window;
    bool m_pending = false;
};

} // namespace jobdesk::ui
