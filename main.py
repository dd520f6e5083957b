"""Grantscope entry point: `scan` runs headless (Qt only for a PDF); anything else opens the window."""

import sys
from typing import Any

CLI_COMMANDS = {"scan", "keychain", "plan", "diff"}


def render_pdf(doc: dict[str, Any], **options: Any) -> bytes:
    """The PDF writer lives in ui/ (it needs Qt): imported only when a PDF is asked for."""
    from ui.pdf_export import render_pdf as render

    return render(doc, **options)


def render_plan_pdf(html: str, **options: Any) -> bytes:
    """The clean-up plan's PDF (Qt), imported only when asked for."""
    from ui.plan_pdf import html_to_pdf

    return html_to_pdf(html, **options)


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] in ("--version", "-V"):
        from core.version import app_version

        print(f"Grantscope {app_version()}")
        return 0
    if len(sys.argv) > 1 and sys.argv[1] in CLI_COMMANDS:
        # Only what the command needs is imported: a `scan` never loads the plan, its database or the HTML writer.
        from core.export import writers

        writers.register("pdf", ".pdf", render_pdf, needs_gui=True)
        if sys.argv[1] == "plan":
            from core import plan

            plan.register_pdf(render_plan_pdf)
        from core.cli import main as cli_main

        return cli_main(sys.argv[1:])
    from ui.app import run

    return run(sys.argv)


if __name__ == "__main__":
    sys.exit(main())
