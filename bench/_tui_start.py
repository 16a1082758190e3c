"""One headless TUI start for bench/run.py: the process exits on its first frame and
prints its peak RSS in KiB. `zonetui STATE`: the zonetui TUI on a saved state;
`minimal`: a Textual app with a Header, a DataTable and a Footer."""

from __future__ import annotations

import resource
import sys


async def _exit_on_first_frame(pilot) -> None:
    # Textual runs the auto-pilot once the app is ready, which may be before a screen the
    # app pushes while mounting is composed: wait until what is pending has been processed
    # and painted, for both apps alike, so that the frame counted is the one a user sees.
    await pilot.pause()
    pilot.app.exit()


def _headless(app_class) -> None:
    run = app_class.run

    def headless_run(self, *args, **kwargs):
        kwargs.update(headless=True, auto_pilot=_exit_on_first_frame)
        return run(self, *args, **kwargs)

    app_class.run = headless_run


def main() -> None:
    from textual.app import App

    _headless(App)
    if sys.argv[1] == "minimal":
        from textual.widgets import DataTable, Footer, Header

        class Minimal(App):
            def compose(self):
                yield Header()
                yield DataTable()
                yield Footer()

        Minimal().run()
    else:
        from zonetui.cli import main as zonetui_main

        zonetui_main(["--state", sys.argv[2]])
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


if __name__ == "__main__":
    main()
