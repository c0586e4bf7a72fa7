#pragma once

#include <QObject>

namespace jobdesk::ui {

class MainWindow;

// The start-up benchmark hook (scripts/bench, "4: start-up"). Does nothing unless
// JOBDESK_BENCH_FIRST_PAINT is set; then, once the job table has been painted with at least one
// row, prints `first-paint rows=<N> epoch_ns=<ns since the Unix epoch>` to stdout and:
// - "prime": waits until a refresh has completed and the cache has been saved, then quits (0);
// - anything else ("cached"): quits at once (0).
// A failed load (prime, or before any row was painted) or a failed save quits with 1.
class FirstPaintProbe : public QObject {
    Q_OBJECT
public:
    explicit FirstPaintProbe(MainWindow *window);

    static bool requested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void painted();
    void quitIfDone();
    void fail(const char *why);

    MainWindow *m_window;
    bool m_prime = false;
    int m_rows = 0; // in the table at its first paint with rows
    bool m_printed = false;
    bool m_saved = false;
};

} // namespace jobdesk::ui
