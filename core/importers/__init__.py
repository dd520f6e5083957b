"""Platform importers: each turns an ArchiveTree into grants, activity and advertisers."""
