"""Reading archives safely: one virtual file tree over zip parts, tarballs and folders."""

from core.archive.limits import Limits
from core.archive.tree import ArchiveTree, Member, open_tree

__all__ = ["ArchiveTree", "Limits", "Member", "open_tree"]
