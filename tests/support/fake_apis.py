"""Stateful fakes of each provider's grants API on a ContractServer. All records are synthetic, built from the
documented shapes (Keycloak ClientRepresentation, authentik UserConsent, Graph oauth2PermissionGrant,
Admin SDK Token): no real identifiers, no personal data."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote

from tests.support.contract_server import ContractServer, Reply, Seen, Tokens

KEYCLOAK_HTML = b"<!doctype html><title>Account Console</title><div id=app></div>"


class KeycloakFake:
    """Account REST API of realm `realm`: both consent shapes, revoke removes the app's consent."""

    def __init__(self, server: ContractServer, tokens: Tokens, realm: str = "demo") -> None:
        self.server, self.tokens, self.realm = server, tokens, realm
        self.prefix = f"/realms/{realm}/account"
        self.apps: dict[str, dict[str, Any]] = {
            "example-notes": {
                "clientId": "example-notes", "clientName": "Example Notes", "description": None,
                "userConsentRequired": True, "inUse": False, "offlineAccess": True,
                "rootUrl": "https://notes.example", "baseUrl": "/", "effectiveUrl": "https://notes.example/",
                # current releases: grantedScopes
                "consent": {"grantedScopes": [{"id": "s-1", "name": "email", "displayText": "Email address"},
                                              {"id": "s-2", "name": "profile", "displayText": "User profile"}],
                            "createdDate": 1700000000000, "lastUpdatedDate": 1700000500000},
            },
            "urn:example:calendar": {
                "clientId": "urn:example:calendar", "clientName": "Sample Calendar Sync",
                "userConsentRequired": True, "inUse": True, "offlineAccess": False,
                # older releases: scopes
                "consent": {"scopes": [{"id": "s-3", "name": "calendar.read"}],
                            "createdDate": 1690000000000, "lastUpdatedDate": 1690000000000},
            },
            "account-console": {
                "clientId": "account-console", "clientName": "${client_account-console}",
                "userConsentRequired": False, "inUse": True, "offlineAccess": False,
            },
            "always-shown": {  # "always display" app, never authorized: not a grant
                "clientId": "always-shown", "clientName": "Portal", "userConsentRequired": False,
                "inUse": False, "offlineAccess": False,
            },
        }
        server.add("GET", re.escape(self.prefix) + "/applications", self.list)
        server.add("DELETE", re.escape(self.prefix) + r"/applications/([^/]+)/consent", self.revoke)

    def list(self, req: Seen, _m: re.Match[str]) -> Reply:
        if "application/json" not in req.headers.get("accept", ""):
            # What Keycloak does: without Accept: application/json it serves the Account Console page.
            self.server.violation("GET applications without Accept: application/json")
            return 200, {"Content-Type": "text/html"}, KEYCLOAK_HTML
        denied = self.tokens.check(req)
        if denied:
            return denied
        return 200, {}, list(self.apps.values())

    def revoke(self, req: Seen, m: re.Match[str]) -> Reply:
        denied = self.tokens.check(req)
        if denied:
            return denied
        if req.body:
            self.server.violation("DELETE consent with a body")
        raw = m.group(1)
        client_id = unquote(raw)
        if any(c in raw for c in ":/@ ") or (client_id != raw and "%" not in raw):
            self.server.violation(f"client id not URL-encoded: {raw}")
        app = self.apps.get(client_id)
        if app is None:
            return 404, {}, {"errorMessage": f"No client with clientId: {client_id} found."}
        app.pop("consent", None)
        app["offlineAccess"] = False
        app["inUse"] = False
        return 204, {}, b""


class AuthentikFake:
    """user_consent list paged two per page (whatever page_size says), one foreign consent (superuser view)."""

    PAGE = 2

    def __init__(self, server: ContractServer, tokens: Tokens) -> None:
        self.server, self.tokens = server, tokens
        me = {"pk": 7, "username": "sample-user"}
        other = {"pk": 9, "username": "someone-else"}
        self.consents: list[dict[str, Any]] = [
            {"pk": 11, "expires": "2099-01-01T00:00:00Z", "expiring": True, "user": me,
             "application": {"name": "Example Notes", "slug": "example-notes"}, "permissions": "openid email"},
            {"pk": 12, "expires": "2001-01-01T00:00:00Z", "expiring": True, "user": me,
             "application": {"name": "Old Wiki", "slug": "old-wiki"}, "permissions": ""},
            {"pk": 13, "expires": "2099-01-01T00:00:00Z", "expiring": False, "user": other,
             "application": {"name": "Someone's App", "slug": "their-app"}, "permissions": "openid"},
            {"pk": 14, "expires": "2099-01-01T00:00:00Z", "expiring": False, "user": me,
             "application": {"name": "Sample Chat", "slug": "sample-chat"}, "permissions": "openid profile"},
        ]
        server.add("GET", r"/api/v3/core/users/me/", self.me)
        server.add("GET", r"/api/v3/core/user_consent/", self.list)
        server.add("DELETE", r"/api/v3/core/user_consent/(\d+)/", self.delete)

    def me(self, req: Seen, _m: re.Match[str]) -> Reply:
        return self.tokens.check(req) or (200, {}, {"user": {"pk": 7, "username": "sample-user",
                                                             "is_superuser": True}})

    def list(self, req: Seen, _m: re.Match[str]) -> Reply:
        denied = self.tokens.check(req)
        if denied:
            return denied
        page = int(req.q("page") or 1)
        # A superuser sees everyone's unless filtered; honour the filter like DRF does, but serve the
        # foreign record anyway once to prove the connector filters too.
        rows = self.consents
        total_pages = max(1, -(-len(rows) // self.PAGE))
        chunk = rows[(page - 1) * self.PAGE: page * self.PAGE]
        return 200, {}, {
            "pagination": {"next": page + 1 if page < total_pages else 0, "previous": page - 1,
                           "count": len(rows), "current": page, "total_pages": total_pages,
                           "start_index": 1, "end_index": len(chunk)},
            "results": chunk,
        }

    def delete(self, req: Seen, m: re.Match[str]) -> Reply:
        denied = self.tokens.check(req)
        if denied:
            return denied
        pk = int(m.group(1))
        before = len(self.consents)
        self.consents = [c for c in self.consents if c["pk"] != pk]
        return (204, {}, b"") if len(self.consents) < before else (404, {}, {"detail": "Not found."})


# Synthetic object ids (service principals) and grant ids for the Graph fake.
SP_NOTES = "0f0e0d0c-1111-4aaa-8bbb-000000000001"
SP_MAIL = "0f0e0d0c-1111-4aaa-8bbb-000000000002"
SP_GRAPH = "0f0e0d0c-1111-4aaa-8bbb-0000000000ff"
ME = "0f0e0d0c-2222-4ccc-8ddd-000000000007"
THROTTLE_BODY = {"error": {"code": "accessDenied", "message": "Too Many Requests",
                           "innerError": {"code": "throttledRequest", "date": "2024-01-01T00:00:00",
                                          "request-id": "00000000-0000-0000-0000-000000000000"}}}
DENIED_BODY = {"error": {"code": "Authorization_RequestDenied",
                         "message": "Insufficient privileges to complete the operation.",
                         "innerError": {"date": "2024-01-01T00:00:00", "request-id": "0"}}}


class GraphFake:
    """Microsoft Graph: two pages of delegated grants via @odata.nextLink, service principals, app roles."""

    def __init__(self, server: ContractServer, tokens: Tokens) -> None:
        self.server, self.tokens = server, tokens
        self.throttle_next = 0
        self.deny_list = False
        self.deny_delete = False
        self.grants: list[dict[str, Any]] = [
            {"clientId": SP_NOTES, "consentType": "Principal", "id": "grant-notes-graph",
             "principalId": ME, "resourceId": SP_GRAPH, "scope": " Contacts.ReadWrite openid profile"},
            {"clientId": SP_NOTES, "consentType": "AllPrincipals", "id": "grant-notes-tenant",
             "principalId": None, "resourceId": SP_GRAPH, "scope": "User.Read"},
            {"clientId": SP_MAIL, "consentType": "Principal", "id": "grant-mail-graph",
             "principalId": ME, "resourceId": SP_GRAPH, "scope": "Mail.Read  offline_access"},
        ]
        self.sps = {
            SP_NOTES: {"id": SP_NOTES, "appId": "a1a1a1a1-0000-4000-8000-000000000001",
                       "displayName": "Example Notes", "publisherName": "Example Ltd",
                       "verifiedPublisher": {"displayName": None}},
            SP_MAIL: {"id": SP_MAIL, "appId": "a1a1a1a1-0000-4000-8000-000000000002",
                      "displayName": "Sample Mail Helper", "publisherName": "Sample Org",
                      "verifiedPublisher": {"displayName": "Sample Org (verified)"}},
            SP_GRAPH: {"id": SP_GRAPH, "appId": "00000003-0000-0000-c000-000000000000",
                       "displayName": "Microsoft Graph",
                       "oauth2PermissionScopes": [
                           {"value": "Contacts.ReadWrite", "adminConsentDisplayName": "Read and write contacts"},
                           {"value": "Mail.Read", "adminConsentDisplayName": "Read user mail"}],
                       "appRoles": [{"id": "r-1", "value": "Notes.Admin"}]},
        }
        server.add("GET", r"/v1\.0/me/oauth2PermissionGrants", self.list_grants)
        server.add("GET", r"/v1\.0/oauth2PermissionGrants", self.list_grants)
        server.add("GET", r"/v1\.0/servicePrincipals/([^/]+)", self.sp)
        server.add("GET", r"/v1\.0/me/appRoleAssignments", self.app_roles)
        server.add("DELETE", r"/v1\.0/oauth2PermissionGrants/([^/]+)", self.delete)

    def _gate(self, req: Seen) -> Reply | None:
        denied = self.tokens.check(req)
        if denied:
            return denied
        if self.throttle_next > 0:
            self.throttle_next -= 1
            return 429, {"Retry-After": "1"}, THROTTLE_BODY
        return None

    def list_grants(self, req: Seen, _m: re.Match[str]) -> Reply:
        gate = self._gate(req)
        if gate:
            return gate
        if self.deny_list:
            return 403, {}, DENIED_BODY
        mine = req.path.startswith("/v1.0/me/")
        flt = req.q("$filter")
        if flt not in (None, "consentType eq 'AllPrincipals'"):
            self.server.violation(f"unexpected $filter {flt!r}")
        rows = [g for g in self.grants if not mine or g["consentType"] == "Principal"]
        if flt:
            return 200, {}, {"value": [g for g in self.grants if g["consentType"] == "AllPrincipals"]}
        if req.q("$skiptoken") == "page2":
            return 200, {}, {"value": rows[2:]}
        if req.q("$skiptoken") is not None:
            self.server.violation(f"unknown skiptoken {req.q('$skiptoken')}")
        body: dict[str, Any] = {"@odata.context": "https://graph.example/$metadata", "value": rows[:2]}
        if len(rows) > 2:
            body["@odata.nextLink"] = f"{self.server.base_url}{req.path}?$skiptoken=page2"
        return 200, {}, body

    def sp(self, req: Seen, m: re.Match[str]) -> Reply:
        gate = self._gate(req)
        if gate:
            return gate
        select = req.q("$select") or ""
        if "displayName" not in select.split(","):
            self.server.violation(f"servicePrincipals without $select of displayName: {select!r}")
        sp = self.sps.get(unquote(m.group(1)))
        return (200, {}, sp) if sp else (404, {}, {"error": {"code": "Request_ResourceNotFound",
                                                            "message": "not found"}})

    def app_roles(self, req: Seen, _m: re.Match[str]) -> Reply:
        gate = self._gate(req)
        if gate:
            return gate
        return 200, {}, {"value": [
            {"id": "ara-1", "appRoleId": "00000000-0000-0000-0000-000000000000",
             "createdDateTime": "2023-02-02T04:22:45.9480566Z", "principalType": "User",
             "resourceDisplayName": "Sample Expenses", "resourceId": "0f0e0d0c-1111-4aaa-8bbb-000000000099"},
        ]}

    def delete(self, req: Seen, m: re.Match[str]) -> Reply:
        gate = self._gate(req)
        if gate:
            return gate
        if self.deny_delete:
            return 403, {}, DENIED_BODY
        gid = unquote(m.group(1))
        before = len(self.grants)
        self.grants = [g for g in self.grants if g["id"] != gid]
        if len(self.grants) == before:
            return 404, {}, {"error": {"code": "Request_ResourceNotFound", "message": "gone"}}
        return 204, {}, b""


class GoogleAdminFake:
    """Admin SDK Directory tokens of one user; DELETE answers 204 with an empty body."""

    def __init__(self, server: ContractServer, tokens: Tokens, user_key: str = "reviewer@example.org") -> None:
        self.server, self.tokens, self.user_key = server, tokens, user_key
        self.deny = False
        self.fail_5xx = False
        self.items: list[dict[str, Any]] = [
            {"kind": "admin#directory#token", "etag": '"e1"',
             "clientId": "123456789012-abcdefgh.apps.googleusercontent.com", "displayText": "Example Notes",
             "scopes": ["https://www.googleapis.com/auth/drive.readonly", "openid"],
             "userKey": "000000000000000000001", "anonymous": False, "nativeApp": False},
            {"kind": "admin#directory#token", "etag": '"e2"',
             "clientId": "998877665544-zyxwvuts.apps.googleusercontent.com", "displayText": "Sample Mailer",
             "scopes": ["https://mail.google.com/"], "userKey": "000000000000000000001",
             "anonymous": False, "nativeApp": True},
        ]
        base = r"/admin/directory/v1/users/([^/]+)/tokens"
        server.add("GET", base, self.list)
        server.add("DELETE", base + r"/([^/]+)", self.delete)

    def _check_user(self, raw: str) -> None:
        if "@" in raw:
            self.server.violation(f"userKey not URL-encoded: {raw}")
        if unquote(raw) != self.user_key:
            self.server.violation(f"unexpected userKey {unquote(raw)}")

    def list(self, req: Seen, m: re.Match[str]) -> Reply:
        denied = self.tokens.check(req)
        if denied:
            return denied
        self._check_user(m.group(1))
        if self.fail_5xx:
            return 503, {}, {"error": {"code": 503, "message": "Backend Error", "status": "UNAVAILABLE"}}
        if self.deny:
            return 403, {}, {"error": {"code": 403, "message": "Not Authorized to access this resource/api",
                                       "errors": [{"message": "Not Authorized to access this resource/api",
                                                   "domain": "global", "reason": "forbidden"}],
                                       "status": "PERMISSION_DENIED"}}
        body: dict[str, Any] = {"kind": "admin#directory#tokenList", "etag": '"list"'}
        if self.items:
            body["items"] = self.items
        return 200, {}, body

    def delete(self, req: Seen, m: re.Match[str]) -> Reply:
        denied = self.tokens.check(req)
        if denied:
            return denied
        self._check_user(m.group(1))
        client = unquote(m.group(2))
        before = len(self.items)
        self.items = [t for t in self.items if t["clientId"] != client]
        return (204, {}, b"") if len(self.items) < before else (404, {}, {"error": {"code": 404,
                                                                                     "message": "not found"}})
