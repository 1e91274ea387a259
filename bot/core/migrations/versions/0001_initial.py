"""Chat sessions and nurse call-back requests.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "chat_sessions",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
        sa.Column("pending_capture", sa.String(32), nullable=True),
    )
    op.create_table(
        "callback_drafts",
        sa.Column("session_id", sa.String(64), primary_key=True),
        sa.Column("field", sa.String(32), primary_key=True),
        sa.Column("value_enc", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "callback_requests",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
        sa.Column("name_enc", sa.LargeBinary, nullable=False),
        sa.Column("phone_enc", sa.LargeBinary, nullable=False),
        sa.Column("time_enc", sa.LargeBinary, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("callback_requests")
    op.drop_table("callback_drafts")
    op.drop_table("chat_sessions")
