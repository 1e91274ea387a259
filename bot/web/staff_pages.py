"""Server-rendered staff pages (placeholder until the pages land)."""

from fastapi import APIRouter

router = APIRouter(prefix="/staff", tags=["staff pages"], include_in_schema=False)
