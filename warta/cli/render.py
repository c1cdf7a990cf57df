"""Human-readable rendering of an Article for the terminal (rich)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from warta.model import Article

console = Console()


def _table(title: str, columns: list[str], rows: list[list[str]]) -> Table:
    table = Table(title=title, title_justify="left", show_lines=False)
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*row)
    return table


def render_article(a: Article) -> None:
    console.rule(f"[bold]{a.title or '(no title)'}")
    if a.subtitle:
        console.print(f"[italic]{a.subtitle}")
    place = a.dateline.place if a.dateline else None
    console.print(
        f"[dim]{a.outlet or '?'} · {place or '?'} · {a.published or 'date unknown'}"
        f" ({a.published_source or '-'}) · {a.language or '?'} · id {a.id}"
    )
    for label, values in (("authors", a.authors), ("editors", a.editors), ("wire", a.wire_sources)):
        if values:
            console.print(f"[dim]{label}: {', '.join(values)}")
    for m in a.media:
        console.print(f"[dim]photo: {m.credit} — {m.caption or ''}")
    console.print()
    console.print(a.body)
    console.print()
    if a.entities:
        console.print(_table("Entities", ["id", "type", "name", "country", "mentions"], [
            [e.id, e.type, e.name, e.country or "", str(len(e.mentions))] for e in a.entities]))
    if a.quotes:
        console.print(_table("Quotes", ["kind", "speaker", "verb", "date", "text"], [
            [q.kind, q.speaker.name or "?", q.verb or "", q.date or "", q.text] for q in a.quotes]))
    if a.dates:
        console.print(_table("Dates", ["text", "value", "precision"], [
            [d.text, d.value, d.precision] for d in a.dates]))
    if a.events:
        console.print(_table("Events", ["type", "mode", "source", "target", "modality", "date"], [
            [e.type, e.mode or "", e.source.country or e.source.name or "?",
             (e.target.country or e.target.name or "?") if e.target else "", e.modality, e.date or ""]
            for e in a.events]))
    if a.removed:
        console.print(f"[dim]removed ({len(a.removed)}): " + " | ".join(a.removed))
