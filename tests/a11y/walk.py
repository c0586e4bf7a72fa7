#!/usr/bin/python3
"""Accessibility pass over Jobdesk through AT-SPI (issue #14, item 8).

Run by scripts/accessibility, which starts Xvfb, a private D-Bus session with the AT-SPI registry,
a jobdesk-sandbox and the real jobdesk on the xcb platform. This walks the main window, the result
dialog (with a 422 from BigChange), the bulk result summary, the Outbox panel and the job details
panel, as a screen reader sees them, and checks that
  - every interactive control that is showing has a role and an accessible name (a combo box is
    announced with its current item, so it needs a label that names it (a buddy) or a description);
  - Tab visits the controls in visual order: top to bottom, left to right within a row, wrapping
    once at the end;
  - field errors are exposed as the accessible description of the field they belong to.
Prints what it saw and exits 1 if anything is wrong.
"""
import json
import subprocess
import sys
import time
import urllib.request

import pyatspi

INTERACTIVE = {
    'push button', 'toggle button', 'check box', 'radio button', 'combo box', 'text',
    'password text', 'spin button', 'slider', 'table', 'list', 'tree', 'tree table', 'page tab',
}
CONTAINERS_OF_ITEMS = {'table', 'list', 'tree', 'tree table', 'menu', 'menu bar'}


class Pass:
    def __init__(self, sandbox_url, window_id):
        self.sandbox = sandbox_url
        self.window_id = window_id
        self.problems = []
        self.app = None

    # ---- input and lookup ------------------------------------------------------------------
    def keys(self, *keys, wait=0.5):
        subprocess.run(['xdotool', 'key', '--delay', '80', *keys], check=True)
        time.sleep(wait)

    def activate_main(self):
        # With no window manager under Xvfb, the keyboard focus does not go back to the main
        # window by itself when a dialog closes.
        subprocess.run(['xdotool', 'windowfocus', '--sync', self.window_id], check=False)
        time.sleep(0.3)

    def open_panel(self, main, keys, predicate):
        """Presses `keys` in the main window until a dock matching `predicate` shows (the first key
        press after the focus comes back is sometimes lost under Xvfb without a window manager)."""
        for _ in range(2):
            self.activate_main()
            # (xdotool needs the capital letter: with a small one and Shift, Qt sees another key.)
            self.keys(keys, wait=0.5)
            end = time.time() + 5
            while time.time() < end:
                panel = next((n for n in self.nodes(main) if n.getRoleName() in ('frame', 'filler', 'panel')
                              and predicate(n)), None)
                if panel is not None:
                    return panel
                time.sleep(0.3)
        return None

    def type(self, text):
        subprocess.run(['xdotool', 'type', '--delay', '30', text], check=True)
        time.sleep(0.5)

    def admin(self, method, path, body):
        req = urllib.request.Request(self.sandbox + path, method=method, data=json.dumps(body).encode(),
                                     headers={'Content-Type': 'application/json'})
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.read()

    def find_app(self, timeout=20):
        end = time.time() + timeout
        while time.time() < end:
            desk = pyatspi.Registry.getDesktop(0)
            for i in range(desk.childCount):
                a = desk.getChildAtIndex(i)
                if a is not None and a.name == 'jobdesk':
                    self.app = a
                    return a
            time.sleep(0.3)
        raise SystemExit('accessibility: the jobdesk application never appeared on the AT-SPI bus')

    def window(self, predicate, timeout=20):
        end = time.time() + timeout
        while time.time() < end:
            for i in range(self.app.childCount):
                w = self.app.getChildAtIndex(i)
                if w is not None and w.getState().contains(pyatspi.STATE_SHOWING) and predicate(w):
                    return w
            time.sleep(0.3)
        return None

    @staticmethod
    def nodes(root, showing_only=True, depth=0):
        """Every node under root (not the items of tables and lists)."""
        if root is None or depth > 40:
            return
        try:
            state = root.getState()
        except Exception:
            return
        if showing_only and not state.contains(pyatspi.STATE_SHOWING):
            return
        yield root
        if root.getRoleName() in CONTAINERS_OF_ITEMS:
            return
        for i in range(root.childCount):
            yield from Pass.nodes(root.getChildAtIndex(i), showing_only, depth + 1)

    def focused(self, root):
        # The deepest focused node: Qt also marks a focus proxy's owner as focused (a button box
        # whose default button has the focus), and an owner comes before its children here.
        found = None
        for n in self.nodes(root):
            if n.getState().contains(pyatspi.STATE_FOCUSED):
                found = n
        return found

    @staticmethod
    def describe(n):
        return '[%s] %r' % (n.getRoleName(), n.name)

    @staticmethod
    def labelled_by(n):
        for r in n.getRelationSet():
            if r.getRelationType() == pyatspi.RELATION_LABELLED_BY and r.getNTargets() > 0:
                return r.getTarget(0).name
        return ''

    # ---- the checks ------------------------------------------------------------------------
    def check_names(self, surface, root):
        checked = 0
        for n in self.nodes(root):
            role = n.getRoleName()
            if role not in INTERACTIVE:
                continue
            state = n.getState()
            if not (state.contains(pyatspi.STATE_FOCUSABLE) or role in ('push button', 'toggle button', 'check box')):
                continue
            checked += 1
            name = (n.name or '').strip()
            if role == 'combo box':
                # Announced as its current item: something else must say what it chooses.
                label = self.labelled_by(n)
                if not label and not (n.description or '').strip():
                    self.problem(surface, '%s: a combo box with neither a label (buddy) nor a description: '
                                 'a screen reader says only its current item' % self.describe(n))
            elif not name:
                self.problem(surface, '%s has no accessible name (description %r)' % (self.describe(n), n.description))
        print('  %d interactive controls have a role and a name' % checked)
        return checked

    def check_focus_order(self, surface, root, max_stops=60):
        first = self.focused(root)
        if first is None:
            self.keys('Tab')
            first = self.focused(root)
        if first is None:
            self.problem(surface, 'nothing has the keyboard focus')
            return []
        stops = []
        current = first
        for _ in range(max_stops):
            x, y, w, h = current.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
            stops.append((self.describe(current), x, y, w, h))
            if '--verbose' in sys.argv:
                parent = current.parent
                print('      stop %s parent %s children %s' % (self.describe(current), self.describe(parent) if parent else None,
                      [self.describe(current.getChildAtIndex(i)) for i in range(min(current.childCount, 5))]))
            self.keys('Tab', wait=0.3)
            current = self.focused(root)
            if current is None:
                self.problem(surface, 'Tab after %s left the window or lost the focus' % stops[-1][0])
                break
            if self.describe(current) == stops[0][0]:
                break
        print('  Tab order (%d stops):' % len(stops))
        for s in stops:
            print('    %-60s at %d,%d %dx%d' % s)
        # A cycle has no first stop: it follows the visual order when, going round it once
        # (the last stop back to the first included), it goes backwards exactly once: the wrap
        # from the bottom right to the top left.
        backwards = []
        for a, b in zip(stops, stops[1:] + stops[:1]):
            (_, ax, ay, aw, ah), (_, bx, by, bw, bh) = a, b
            up = by + bh <= ay + 2                        # wholly above the previous stop
            same_row = not (by >= ay + ah or by + bh <= ay)
            left = same_row and bx + bw <= ax + 2          # wholly to its left on the same row
            if up or left:
                backwards.append('%s -> %s' % (a[0], b[0]))
        if len(backwards) > 1:
            for step in backwards:
                self.problem(surface, 'Tab goes against the visual order: ' + step)
        for name, *_ in stops:
            if name.endswith("''") and not name.startswith('[combo box]'):
                self.problem(surface, 'a Tab stop without an accessible name: ' + name)
        return stops

    def problem(self, surface, text):
        self.problems.append('%s: %s' % (surface, text))
        print('  PROBLEM: ' + text)

    # ---- the surfaces ----------------------------------------------------------------------
    def run(self, suspended_job_ref, suspended_job_id):
        self.find_app()
        main = self.window(lambda w: w.getRoleName() == 'frame' and w.childCount > 2)
        if main is None:
            raise SystemExit('accessibility: the main window did not show')
        time.sleep(2)  # the first page of jobs

        print('== Main window: %s' % main.name)
        self.check_names('main window', main)
        self.keys('ctrl+f')
        self.check_focus_order('main window', main)

        print('== Result dialog, after BigChange refused the result (422)')
        self.keys('ctrl+f')
        self.keys('ctrl+a', 'BackSpace')
        self.type(suspended_job_ref)
        self.keys('Down', 'Return', wait=2)
        dialog = self.window(lambda w: w.getRoleName() == 'dialog')
        if dialog is None:
            self.problem('result dialog', 'Enter on job %s did not open the result dialog' % suspended_job_ref)
        else:
            # The engineer paused the job meanwhile: BigChange answers 422 for its status.
            self.admin('PUT', '/_admin/jobs/%s/status' % suspended_job_id, {'status': 'suspended'})
            self.keys('Tab', 'Down', wait=0.5)
            self.keys('ctrl+Return', wait=4)
            self.check_names('result dialog', dialog)
            described = [n for n in self.nodes(dialog)
                         if n.getRoleName() in INTERACTIVE and 'suspended' in (n.description or '').lower()]
            if described:
                for n in described:
                    print('  field error as description: %s -> %r' % (self.describe(n), n.description))
            else:
                self.problem('result dialog', "the 422's field message is not the description of any field")
            self.check_focus_order('result dialog', dialog)
            self.keys('Escape', wait=1)
            if self.window(lambda w: w.getRoleName() == 'dialog', timeout=1) is not None:
                self.keys('Escape', wait=1)
        self.activate_main()
        self.keys('ctrl+f')
        self.keys('ctrl+a', 'BackSpace', 'Escape')

        print('== Bulk result: three jobs at once, then the summary')
        self.keys('ctrl+f')
        self.keys('Down', 'ctrl+Home', 'shift+Down', 'shift+Down', 'Return', wait=2)
        bulk = self.window(lambda w: w.getRoleName() == 'dialog')
        if bulk is None:
            self.problem('bulk result', 'Enter on three selected jobs did not open the bulk dialog')
        else:
            self.check_names('bulk result dialog', bulk)
            self.check_focus_order('bulk result dialog', bulk)
            for _ in range(3):
                self.keys('Down', 'Tab', 'Down', 'Tab', wait=0.3)
            self.keys('ctrl+Return', wait=5)
            print('-- summary: %s' % bulk.name)
            if '--verbose' in sys.argv:
                for n in self.nodes(bulk):
                    print('     ', self.describe(n), n.getState().contains(pyatspi.STATE_FOCUSABLE))
            self.check_names('bulk result summary', bulk)
            self.check_focus_order('bulk result summary', bulk)
            self.keys('Escape', wait=1)
            if self.window(lambda w: w.getRoleName() == 'dialog', timeout=1) is not None:
                self.problem('bulk result summary', 'Escape did not close it')
                self.keys('alt+F4', wait=1)

        print('== Outbox panel')
        panel = self.open_panel(main, 'ctrl+shift+O', lambda n: n.name == 'Outbox')
        if panel is None:
            self.problem('outbox panel', 'Ctrl+Shift+O did not show the Outbox panel')
        else:
            self.check_names('outbox panel', panel)

        print('== Job details panel')
        details = self.open_panel(main, 'ctrl+shift+D', lambda n: 'details' in (n.name or '').lower())
        if details is None:
            self.problem('job details', 'Ctrl+Shift+D did not show the job details panel')
        else:
            print('  %s' % self.describe(details))
            self.check_names('job details', details)
            labels = [n for n in self.nodes(details) if n.getRoleName() in ('label', 'text')]
            print('  %d fields and labels' % len(labels))

        print()
        if self.problems:
            print('accessibility: %d problem(s):' % len(self.problems))
            for p in self.problems:
                print('  - ' + p)
            return 1
        print('accessibility: no problems found')
        return 0


if __name__ == '__main__':
    sys.exit(Pass(sys.argv[1], sys.argv[4]).run(sys.argv[2], sys.argv[3]))
