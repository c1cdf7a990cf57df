"""`warta serve`: the HTTP API and dashboard over a database, on a real uvicorn server."""

from __future__ import annotations

from pathlib import Path

import typer

from warta.cli._app import app


@app.command()
def serve(
    db: Path = typer.Option(Path("warta.db"), "--db", help="Database written by `warta ingest`."),
    host: str = typer.Option("127.0.0.1", "--host"),
    port: int = typer.Option(8000, "--port"),
) -> None:
    """Serve the JSON API (/api/...) and the dashboard (/) for one database."""
    import uvicorn

    from warta.web.app import create_app

    try:
        application = create_app(db)
    except FileNotFoundError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    uvicorn.run(application, host=host, port=port, log_level="warning")
