"""Shared FastAPI dependencies: the app's long-lived parts, set up in the lifespan."""

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request

from bot.chat.rasa_client import RasaClient
from bot.chat.sessions import SessionStore
from bot.retrieval.service import RetrievalService
from bot.settings import Settings


@dataclass
class Runtime:
    """Everything a request may need, created once per process."""

    settings: Settings
    rasa: RasaClient
    sessions: SessionStore
    retrieval: RetrievalService


def get_runtime(request: Request) -> Runtime:
    return request.app.state.runtime


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]
