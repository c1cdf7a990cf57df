"""The HTTP API and the dashboard over one Warta database.

(No `from __future__ import annotations` here: FastAPI reads the parameter
annotations at run time, including the local `S` dependency alias.)

Reads go through `warta.store.Store` (a connection per request: SQLite
connections stay in their thread); `POST /api/extract` runs `process()` on a
pasted article without storing it, for checking one text quickly.
"""


from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel
from starlette.middleware.trustedhost import TrustedHostMiddleware

from warta.doc import DEFAULT, Options
from warta.errors import WartaError
from warta.model import RawDoc
from warta.pipeline import process
from warta.store import explore
from warta.store.sqlite import QueryError, Store

MAX_ROWS = 1000  # the most rows one request returns; page for more
Limit = Annotated[int, Query(ge=1, le=MAX_ROWS, description=f"rows to return, 1 to {MAX_ROWS}")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="rows to skip (paging)")]
STATIC = Path(__file__).parent / "static"


class ExtractRequest(BaseModel):
    text: str
    published: str | None = None
    url: str | None = None


LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")
MAX_BODY = 5 * 2**20  # a pasted article is never this long; larger bodies are refused before they are read
HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data: blob:; object-src 'none'; "
                               "frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}


class Guard:
    """ASGI middleware: refuses a body over `MAX_BODY` (413, also when it arrives without a length)
    and adds the security headers to every answer."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
            await _refuse(send)
            return
        if length is None and scope["method"] in ("POST", "PUT", "PATCH"):
            # no length given: read the body here, up to the limit, then hand it on
            chunks, seen, more = [], 0, True
            while more:
                message = await receive()
                if message["type"] != "http.request":
                    break
                chunks.append(message.get("body", b""))
                seen += len(chunks[-1])
                if seen > MAX_BODY:
                    await _refuse(send)
                    return
                more = message.get("more_body", False)
            body = b"".join(chunks)

            async def replay() -> Any:
                nonlocal body
                message, body = {"type": "http.request", "body": body, "more_body": False}, b""
                return message
            receive = replay

        async def with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []),
                                      *((k.lower().encode(), v.encode()) for k, v in HEADERS.items())]
            await send(message)

        await self.app(scope, receive, with_headers)


async def _refuse(send: Any) -> None:
    body = b'{"error": "request body over %d MiB"}' % (MAX_BODY // 2**20)
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def create_app(db: str | Path, hosts: tuple[str, ...] = LOOPBACK, options: Options = DEFAULT) -> FastAPI:
    """An app serving the database at `db` (which must exist), opened read-only; answering requests
    whose Host is one of `hosts` (loopback names by default: a page elsewhere cannot reach it by
    DNS rebinding; `("*",)` answers every host)."""
    if not Path(db).exists():
        raise FileNotFoundError(f"{db}: no such database (run `warta ingest` first)")
    Store(db, read_only=True).close()  # a foreign or older file is refused here, with the reason
    # /docs is Warta's own page over /openapi.json: FastAPI's default loads Swagger UI from a CDN
    app = FastAPI(title="Warta", description="Indonesian news as structured data", version="0.1.0",
                  docs_url=None, redoc_url=None)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(hosts))
    app.add_middleware(Guard)

    def store() -> Iterator[Store]:
        s = Store(db, read_only=True)
        try:
            yield s
        finally:
            s.close()

    S = Annotated[Store, Depends(store)]

    @app.exception_handler(QueryError)
    async def bad_query(_request: Any, exc: QueryError) -> JSONResponse:
        return JSONResponse(status_code=400, content={"error": str(exc)})

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(_request: Any, exc: RequestValidationError) -> JSONResponse:
        """One line, as every other refusal: "limit: Input should be less than or equal to 1000"."""
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ())[1:]) or "request"
        return JSONResponse(status_code=422, content={"error": f"{where}: {first.get('msg', 'invalid')}"})

    @app.get("/api/stats")
    def stats(s: S) -> dict[str, Any]:
        return s.stats()

    @app.get("/api/search")
    def search(s: S, q: Annotated[str, Query(min_length=1)], limit: Limit = 20, collapse: bool = False) -> list[dict[str, Any]]:
        return s.search(q, limit=limit, collapse=collapse)

    def narrowed(q: str | None = None, outlet: str | None = None, since: str | None = None,
                 until: str | None = None, language: str | None = None, entity: str | None = None,
                 type: str | None = None) -> explore.Filters:  # noqa: A002
        return explore.Filters(q or None, outlet, since, until, language, entity, type)

    F = Annotated[explore.Filters, Depends(narrowed)]

    @app.get("/api/articles")
    def articles(s: S, f: F, limit: Limit = 20, offset: Offset = 0) -> dict[str, Any]:
        """A page of articles narrowed by query, outlet, dates, language, entity and event type."""
        return explore.articles(s, f, limit, offset)

    @app.get("/api/facets")
    def facets(s: S, f: F) -> dict[str, Any]:
        """How the narrowed articles divide by outlet, language, event type and entity."""
        return explore.facets(s, f)

    @app.get("/api/timeline")
    def timeline(s: S, f: F) -> list[dict[str, Any]]:
        """Articles and independent stories per day and outlet, for the narrowed articles."""
        return explore.timeline(s, f)

    @app.get("/api/entity/{entity_id}")
    def entity(s: S, entity_id: str) -> dict[str, Any]:
        page = explore.entity(s, entity_id)
        if page is None:
            raise HTTPException(status_code=404, detail=f"no entity {entity_id!r}")
        return page

    @app.get("/api/articles/{article_id}")
    def article(s: S, article_id: str) -> dict[str, Any]:
        art = s.get(article_id)
        if art is None:
            raise HTTPException(status_code=404, detail=f"no article {article_id!r}")
        cluster = s.cluster_of(art.id)
        return {**art.to_dict(), "cluster": cluster, "cluster_outlets": s.cluster_outlets(cluster) if cluster else []}

    @app.get("/api/quotes")
    def quotes(s: S, speaker: str | None = None, since: str | None = None, until: str | None = None,
               outlet: str | None = None, limit: Limit = 50, offset: Offset = 0) -> list[dict[str, Any]]:
        return s.quotes(speaker=speaker, since=since, until=until, limit=limit, outlet=outlet, offset=offset)

    @app.get("/api/entities")
    def entities(s: S, type: str | None = None, top: Limit = 20) -> list[dict[str, Any]]:  # noqa: A002
        return s.entities(type_=type, top=top)

    @app.get("/api/events")
    def events(s: S, actor: str | None = None, target: str | None = None, type: str | None = None,  # noqa: A002
               since: str | None = None, until: str | None = None, limit: Limit = 50, modality: str | None = None,
               min_confidence: float = 0.0, outlet: str | None = None, offset: Offset = 0,
               by: Annotated[str, Query(pattern="^(cluster|report)$")] = "cluster") -> list[dict[str, Any]]:
        """Events, one row per event (`by=cluster`: its reports across articles counted) or per report."""
        return s.events(actor=actor, target=target, type_=type, since=since, until=until, limit=limit,
                        modality=modality, min_confidence=min_confidence, outlet=outlet, offset=offset, by=by)

    @app.get("/api/events/places")
    def event_places(s: S, actor: str | None = None, target: str | None = None, type: str | None = None,  # noqa: A002
                     since: str | None = None, until: str | None = None, limit: Limit = 500,
                     modality: str | None = None, min_confidence: float = 0.0) -> list[dict[str, Any]]:
        return s.event_places(actor=actor, target=target, type_=type, since=since, until=until, limit=limit,
                              modality=modality, min_confidence=min_confidence)

    @app.post("/api/extract")
    def extract(req: ExtractRequest) -> dict[str, Any]:
        try:
            return process(RawDoc(req.text, source="<api>", published=req.published, url=req.url), options).to_dict()
        except WartaError as err:
            raise HTTPException(status_code=422, detail=err.reason) from err

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(STATIC / "docs.html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
