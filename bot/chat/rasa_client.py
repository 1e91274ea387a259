"""Talking to the Rasa server: the REST channel for turns, /status for health."""

from typing import Any

import httpx


class RasaUnavailable(Exception):
    """Rasa did not answer (down, restarting, or too slow)."""


class RasaClient:
    def __init__(self, base_url: str, timeout_s: float, token: str | None = None) -> None:
        """`token` is Rasa's API token (RASA_TOKEN), sent with every call."""
        params = {"token": token} if token else None
        self._http = httpx.AsyncClient(base_url=base_url, timeout=timeout_s, params=params)

    async def close(self) -> None:
        await self._http.aclose()

    async def send(
        self,
        sender: str,
        text: str,
        metadata: dict[str, Any] | None = None,
        timeout_s: float | None = None,
    ) -> list[dict[str, Any]]:
        """One user turn through the REST channel; returns Rasa's bot messages. The
        metadata reaches the actions as the message's `metadata`; `timeout_s` overrides the
        client's timeout for this turn."""
        body: dict[str, Any] = {"sender": sender, "message": text}
        if metadata:
            body["metadata"] = metadata
        try:
            response = await self._http.post(
                "/webhooks/rest/webhook",
                json=body,
                timeout=timeout_s if timeout_s is not None else httpx.USE_CLIENT_DEFAULT,
            )
            response.raise_for_status()
        except (httpx.HTTPError, OSError) as exc:
            raise RasaUnavailable(str(exc)) from exc
        return response.json() or []

    async def latest_message(self, sender: str) -> dict[str, Any]:
        """How Rasa read the conversation's last message (intent, ranking, entities), from
        its tracker: what the turn really used, without running NLU a second time."""
        try:
            response = await self._http.get(
                f"/conversations/{sender}/tracker", params={"include_events": "NONE"}
            )
            response.raise_for_status()
        except (httpx.HTTPError, OSError) as exc:
            raise RasaUnavailable(str(exc)) from exc
        return response.json().get("latest_message") or {}

    async def set_language(self, sender: str, lang: str) -> None:
        """Set the conversation's `language` slot, which picks the variant of every response
        in domain.yml. Only needed when a conversation Rasa knows changes language: a new
        one gets it from the first message's metadata (action_session_start)."""
        event = {"event": "slot", "name": "language", "value": lang}
        try:
            response = await self._http.post(f"/conversations/{sender}/tracker/events", json=event)
            response.raise_for_status()
        except (httpx.HTTPError, OSError) as exc:
            raise RasaUnavailable(str(exc)) from exc

    async def forget(self, sender: str) -> bool:
        """Replace the conversation's events with none (best effort: False if Rasa is down)."""
        try:
            response = await self._http.put(f"/conversations/{sender}/tracker/events", json=[])
            return response.status_code == 200
        except (httpx.HTTPError, OSError):
            return False

    async def status(self) -> dict[str, Any] | None:
        """Rasa's /status (model file etc.), or None when it does not answer."""
        try:
            response = await self._http.get("/status", timeout=3.0)
            response.raise_for_status()
            return response.json()
        except (httpx.HTTPError, OSError, ValueError):
            return None
