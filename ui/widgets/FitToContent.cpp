#include "widgets/FitToContent.h"

#include <QEvent>
#include <QLayout>
#include <QScreen>
#include <QTimer>
#include <QWidget>

#include <algorithm>

namespace jobdesk::ui {

FitToContent::FitToContent(QWidget *window)
    : QObject(window)
    , m_window(window) {
    window->installEventFilter(this);
}

FitToContent *FitToContent::install(QWidget *window) {
    return new FitToContent(window);
}

void FitToContent::fit(QWidget *window) {
    QLayout *layout = window->layout();
    if (!layout)
        return;
    layout->activate();
    const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
    int width = std::max(window->width(), minimum.width());
    int height =
        layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : layout->totalSizeHint().height();
    height = std::max(height, minimum.height());
    if (const QScreen *screen = window->screen()) {
        const QRect available = screen->availableGeometry();
        width = std::min(width, available.width());
        height = std::min(height, available.height());
    }
    if (QSize(width, height) != window->size())
        window->resize(width, height);
}

bool FitToContent::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_window && (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show) &&
        !m_pending) {
        m_pending = true; // one fit per burst of changes, after the layout has done its own work
        QTimer::singleShot(0, this, [this] {
            m_pending = false;
            if (m_window->isVisible())
                fit(m_window);
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace jobdesk::ui
