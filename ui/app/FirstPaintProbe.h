#pragma once

#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace jobdesk::ui {

class MainWindow;

// The window's benchmark hooks (scripts/bench: start-up, GUI stall). Does nothing unless
// JOBDESK_BENCH_FIRST_PAINT is set; then, for
// - "stall": a 1 ms heartbeat timer runs on the GUI thread from the start of the first list load
//   until 300 ms after it finished (the view's deferred layout and repaint included); prints
//   `load-stall max_gap_ms=<longest gap between beats> rows=<N> load_ms=<load start to finish>`
//   and quits (0);
// otherwise, once the job table has been painted with at least one row, prints
// `first-paint rows=<N> epoch_ns=<ns since the Unix epoch>` to stdout and:
// - "prime": waits until a refresh has completed and the cache has been saved, then quits (0);
// - anything else ("cached"): quits at once (0).
// A failed load (prime, stall, or before any row was painted) or a failed save quits with 1.
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
    void startHeartbeat();
    void beat();
    void stopHeartbeat();

    MainWindow *m_window;
    bool m_prime = false;
    int m_rows = 0; // in the table at its first paint with rows
    bool m_printed = false;
    bool m_saved = false;
    // stall mode
    QTimer *m_heartbeat = nullptr;
    QElapsedTimer m_clock;
    qint64 m_lastBeatNs = 0;
    qint64 m_maxGapNs = 0;
    qint64 m_loadNs = 0;
};

} // namespace jobdesk::ui
