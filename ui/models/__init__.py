"""Table models (one per row type) and the one sort/filter proxy class; views read rows via ObjectRole."""

from ui.models.activity import ActivityTableModel, AdvertiserTableModel
from ui.models.base import ObjectRole, RowFilterProxy, RowTableModel, SearchRole, SortRole
from ui.models.grants import (
    COL_APP,
    COL_GRANTED,
    COL_LAST_USED,
    COL_PERMISSIONS,
    COL_PLATFORM,
    COL_RISK,
    COL_STATUS,
    GrantFilterProxy,
    GrantTableModel,
)

__all__ = [
    "COL_APP", "COL_GRANTED", "COL_LAST_USED", "COL_PERMISSIONS", "COL_PLATFORM", "COL_RISK", "COL_STATUS",
    "ActivityTableModel", "AdvertiserTableModel", "GrantFilterProxy", "GrantTableModel", "ObjectRole",
    "RowFilterProxy", "RowTableModel", "SearchRole", "SortRole",
]
