#include "widgets/MessageBanner.h"

#include "style/TextStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace jobdesk::ui {

MessageBanner::MessageBanner(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this)) {
    setObjectName(QStringLiteral("messageBanner"));
    setAttribute(Qt::WA_StyledBackground, true);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_action->setObjectName(QStringLiteral("bannerAction"));
    m_action->setAutoDefault(false);
    m_close->setObjectName(QStringLiteral("bannerClose"));
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("\u2715"));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 6, 8);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_action, &QPushButton::clicked, this, &MessageBanner::actionTriggered);
    connect(m_close, &QToolButton::clicked, this, [this] {
        dismiss();
        Q_EMIT closed();
    });
    hide();
}

void MessageBanner::showMessage(Level level, const QString &text, const QString &actionText) {
    m_level = level;
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    TextStyle::BannerLevel colors = TextStyle::BannerLevel::Info;
    if (level == Level::Warning) {
        pixmap = QStyle::SP_MessageBoxWarning;
        colors = TextStyle::BannerLevel::Warning;
    } else if (level == Level::Error) {
        pixmap = QStyle::SP_MessageBoxCritical;
        colors = TextStyle::BannerLevel::Error;
    }
    setStyleSheet(TextStyle::bannerStyleSheet(colors, objectName()));
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(24, 24));
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    setAccessibleName(level == Level::Error     ? tr("Error")
                      : level == Level::Warning ? tr("Warning")
                                                : tr("Message"));
    setAccessibleDescription(text);
    show();
}

void MessageBanner::dismiss() {
    m_text->clear();
    hide();
}

QString MessageBanner::text() const {
    return m_text->text();
}

} // namespace jobdesk::ui
