"""POST /webhook: Rasa's action endpoint, served by rasa-sdk inside our app process so the
actions share the retrieval index that is already in memory."""

import logging

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from rasa_sdk.executor import ActionExecutor
from rasa_sdk.interfaces import ActionExecutionRejection, ActionNotFoundException

from bot.api import deps
from bot.auth.service_tokens import action_token, same

router = APIRouter(tags=["rasa-actions"], include_in_schema=False)
log = logging.getLogger(__name__)

_executor = ActionExecutor()
_executor.register_package("actions")


@router.post("/webhook")
async def webhook(request: Request) -> JSONResponse:
    """Only Rasa may call: it sends ACTION_TOKEN as `?token=` (Rasa's endpoint `token`)."""
    if not same(request.query_params.get("token"), action_token(deps.current_settings())):
        return JSONResponse({"error": "the action endpoint is only for the Rasa server"}, 401)
    action_call = await request.json()
    # Rasa sends the domain only to the forms' validate_* actions (enable_selective_domain);
    # rasa-sdk then wants a domain digest that Rasa 3.6 never sends. No domain means an empty
    # one: our other actions never read it.
    action_call.setdefault("domain", {})
    try:
        result = await _executor.run(action_call)
    except ActionNotFoundException as exc:
        return JSONResponse({"error": exc.message, "action_name": exc.action_name}, 404)
    except ActionExecutionRejection as exc:
        return JSONResponse({"error": exc.message, "action_name": exc.action_name}, 400)
    except Exception:  # never crash the conversation: the family hears "not sure"
        log.exception("action %s failed", action_call.get("next_action"))
        return JSONResponse({"events": [], "responses": [{"response": "utter_not_sure"}]})
    return JSONResponse(result.model_dump() if result else None)
