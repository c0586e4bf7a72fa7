#include "result/ErrorDetails.h"

#include "api/ApiError.h"
#include "style/TextStyle.h"

#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace jobdesk::ui {

ErrorDetails::ErrorDetails(QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_text(new QLabel(this)) {
    setObjectName(QStringLiteral("errorDetails"));
    m_toggle->setObjectName(QStringLiteral("errorDetailsToggle"));
    m_toggle->setText(tr("&Details"));
    m_toggle->setAccessibleName(tr("Show error details"));
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_text->setObjectName(QStringLiteral("errorDetailsText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setStyleSheet(TextStyle::styleSheet(TextStyle::Tone::Details));
    m_text->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_text);
    connect(m_toggle, &QToolButton::toggled, this, &ErrorDetails::setExpanded);
    hide();
}

void ErrorDetails::setError(const ApiError &error) {
    QStringList lines;
    if (error.httpStatus() > 0)
        lines << tr("HTTP status: %1").arg(error.httpStatus());
    lines << tr("Error kind: %1").arg(ApiError::kindName(error.kind()));
    const ProblemDetails &problem = error.problem();
    if (!problem.title.isEmpty())
        lines << tr("Title: %1").arg(problem.title);
    if (!problem.detail.isEmpty())
        lines << tr("Detail: %1").arg(problem.detail);
    if (!problem.instance.isEmpty())
        lines << tr("Instance: %1").arg(problem.instance);
    if (!problem.traceId.isEmpty())
        lines << tr("Trace id: %1").arg(problem.traceId);
    if (!problem.present && !error.message().isEmpty())
        lines << tr("Message: %1").arg(error.message());
    m_text->setText(lines.join(QLatin1Char('\n')));
    m_text->setAccessibleDescription(m_text->text());
    setExpanded(false);
    show();
}

void ErrorDetails::clear() {
    m_text->clear();
    setExpanded(false);
    hide();
}

QString ErrorDetails::detailsText() const {
    return m_text->text();
}

bool ErrorDetails::isExpanded() const {
    return m_toggle->isChecked();
}

void ErrorDetails::setExpanded(bool expanded) {
    if (m_toggle->isChecked() != expanded)
        m_toggle->setChecked(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_text->setVisible(expanded); // the dialog (FitToContent) grows or shrinks with the section
}

} // namespace jobdesk::ui
