#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace jobdesk {
class ApiError;
} // namespace jobdesk

namespace jobdesk::ui {

// A collapsed "Details" section for support: HTTP status, the server's problem detail and trace
// id. Never the raw body. Hidden entirely when there is nothing to show.
class ErrorDetails : public QWidget {
    Q_OBJECT
public:
    explicit ErrorDetails(QWidget *parent = nullptr);

    void setError(const ApiError &error);
    void clear();
    QString detailsText() const;
    bool isExpanded() const;
    void setExpanded(bool expanded);

private:
    QToolButton *m_toggle;
    QLabel *m_text;
};

} // namespace jobdesk::ui
