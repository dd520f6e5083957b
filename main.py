"""Grantscope entry point: `scan` runs headless (no Qt import); anything else opens the window."""

import sys

CLI_COMMANDS = {"scan", "keychain"}


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] in ("--version", "-V"):
        from core.version import app_version

        print(f"Grantscope {app_version()}")
        return 0
    if len(sys.argv) > 1 and sys.argv[1] in CLI_COMMANDS:
        from core.cli import main as cli_main

        return cli_main(sys.argv[1:])
    from ui.app import run

    return run(sys.argv)


if __name__ == "__main__":
    sys.exit(main())
