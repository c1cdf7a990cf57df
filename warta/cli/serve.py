"""`warta serve`: the HTTP API and dashboard over a database, on a real uvicorn server."""

from __future__ import annotations

from pathlib import Path

import typer

from warta.cli._app import app, run_options


@app.command()
def serve(
    db: Path = typer.Option(Path("warta.db"), "--db", help="Database written by `warta ingest`."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (loopback by default)."),
    port: int = typer.Option(8000, "--port", help="TCP port to listen on."),
    public: bool = typer.Option(False, "--public", help="Allow a non-loopback --host and answer any Host name "
                                "(the API has no authentication: only on a network you trust)."),
) -> None:
    """Serve the JSON API (/api/...) and the dashboard (/) for one database, read-only."""
    import sqlite3

    import uvicorn

    from warta.web.app import LOOPBACK, create_app

    if host not in LOOPBACK and not public:
        typer.echo(f"error: --host {host} is not a loopback address; add --public to serve other machines "
                   "(the API has no authentication)", err=True)
        raise typer.Exit(2)
    if public:
        typer.echo(f"warning: serving {db} to every host that reaches {host}:{port}, without authentication",
                   err=True)
    try:
        application = create_app(db, hosts=("*",) if public else LOOPBACK, options=run_options())
    except (FileNotFoundError, sqlite3.DatabaseError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    # uvicorn stops on SIGTERM and SIGINT, finishing the requests in flight (up to 5 s)
    uvicorn.run(application, host=host, port=port, log_level="warning", timeout_graceful_shutdown=5)
