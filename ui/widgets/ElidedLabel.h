#pragma once

#include <QLabel>

namespace jobdesk::ui {

// A one-line label that, when its window is narrow, elides its text ("Cached list from 14:32 – m…")
// instead of making the window wider than the screen. The whole text stays its tooltip and its
// accessible name. `roomy` labels ask for their whole text when there is room; others (a status
// message) take only the room they are given.
class ElidedLabel : public QLabel {
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr, bool roomy = true);

    void setText(const QString &text); // also the tooltip and accessible name
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    bool m_roomy;
};

} // namespace jobdesk::ui
