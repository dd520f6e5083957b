"""Synthetic Reddit GDPR exports (CSV files at the root), no real people."""

from __future__ import annotations

from tests.builders.archive import Files


def export(*, linked: bool = True, twitter: bool = True) -> Files:
    files: Files = {
        "checkfile.csv": b"filename,sha256\nposts.csv,0000\n",
        "posts.csv": b"id,permalink,date,ip,subreddit,gildings,title,url,body\n",
        "comments.csv": b"id,permalink,date,ip,subreddit,gildings,link,parent,body,media\n",
        "ip_logs.csv": b"date,ip\n",
        "statistics.csv": b"statistic,value\naccount name,robin_example\nexport time,2024-01-01 00:00:00 UTC\n",
    }
    if linked:
        files["linked_identities.csv"] = (b"issuer_id,subject_id\n"
                                          b"https://accounts.google.com,109876543210987654321\n"
                                          b"https://appleid.apple.com,001234.abcdef0123456789abcdef.0123\n")
    if twitter:
        files["twitter.csv"] = b"username\nrobin_tweets\n"
    return files
