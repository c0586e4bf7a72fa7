#pragma once

#include <QWidget>

class QBoxLayout;
class QComboBox;
class QHBoxLayout;
class QLineEdit;
class QSpinBox;
class QTimer;

namespace jobdesk::ui {

// The row above the job table: which jobs to fetch (status, days back), a free-text filter over
// what is loaded, and the auto-refresh interval. Changes of the server query are reported as
// queryChanged(); typing is debounced into filterTextChanged().
class FilterBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    QString statusWire() const; // empty: every status
    void setStatusWire(const QString &wire);
    int daysBack() const;
    void setDaysBack(int days);
    int autoRefreshMinutes() const; // 0: off
    void setAutoRefreshMinutes(int minutes);
    QString filterText() const;
    QLineEdit *filterEdit() const { return m_filter; }
    QWidget *lastInTabOrder() const; // the filter field is the first
    void focusFilter();
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void queryChanged();
    void filterTextChanged(const QString &text);
    void autoRefreshChanged(int minutes);
    void moveToResults(); // Down arrow in the filter field

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    int oneRowWidth() const;
    int queryRowWidth() const; // the query controls on one row

    QBoxLayout *m_layout;
    QBoxLayout *m_query;
    QComboBox *m_status;
    QSpinBox *m_days;
    QLineEdit *m_filter;
    QComboBox *m_autoRefresh;
    QTimer *m_debounce;
};

} // namespace jobdesk::ui
