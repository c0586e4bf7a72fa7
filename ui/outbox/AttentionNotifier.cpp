#include "outbox/AttentionNotifier.h"

#include "widgets/StatusBar.h"

#include "app/AppResources.h"

#include <QStatusBar>
#include <QSystemTrayIcon>

namespace jobdesk::ui {

AttentionNotifier::AttentionNotifier(StatusBar *fallback, QObject *parent)
    : QObject(parent)
    , m_statusBar(fallback) {
}

bool AttentionNotifier::usesTray() const {
    return QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages();
}

void AttentionNotifier::notify(const QString &jobLabel, const QString &message) {
    const QString title = tr("Result for %1 needs attention").arg(jobLabel);
    m_last = title + QStringLiteral(": ") + message;
    if (usesTray()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(AppResources::appIcon(), this);
            m_tray->setToolTip(tr("Jobdesk"));
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, &AttentionNotifier::activated);
            connect(m_tray, &QSystemTrayIcon::activated, this, &AttentionNotifier::activated);
        }
        m_tray->show();
        m_tray->showMessage(title, message, QSystemTrayIcon::Warning, 15000);
        return;
    }
    if (m_statusBar)
        m_statusBar->showMessage(m_last, 30000);
}

} // namespace jobdesk::ui
