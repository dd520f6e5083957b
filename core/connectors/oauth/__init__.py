"""Desktop OAuth 2.0 / OpenID Connect client (Authlib OAuth2Session over requests): discovery, loopback sign-in
with PKCE, device flow, an API session that refreshes and honours Retry-After, and RFC 7009 revocation.

Nothing here logs a token, an authorization code or a response body: several of them carry secrets.
"""

from core.connectors.oauth.api import MAX_RATE_LIMIT_TRIES, MAX_RETRY_AFTER, ApiSession, parse_retry_after
from core.connectors.oauth.browser import (
    BROWSER_QUIET_S,
    SIGN_IN_TIMEOUT,
    OpenBrowser,
    authorize_params,
    check_client,
    sign_in_browser,
)
from core.connectors.oauth.client import ClientConfig, check_id_token, id_token_claims, make_session
from core.connectors.oauth.device import DEVICE_GRANT, DeviceCode, sign_in_device
from core.connectors.oauth.discovery import ServerMetadata, discover, discovery_urls, fetch_userinfo, same_issuer
from core.connectors.oauth.loopback import LoopbackReceiver
from core.connectors.oauth.revocation import revoke_own_tokens
from core.connectors.oauth.transport import (
    DEFAULT_TIMEOUT,
    USER_AGENT,
    GrantscopeOAuthSession,
    RedirectRefused,
    SecureSession,
    is_loopback_host,
    is_secure_url,
    redact_url_queries,
)

__all__ = [
    "BROWSER_QUIET_S", "DEFAULT_TIMEOUT", "DEVICE_GRANT", "MAX_RATE_LIMIT_TRIES", "MAX_RETRY_AFTER",
    "SIGN_IN_TIMEOUT", "USER_AGENT", "ApiSession", "ClientConfig", "DeviceCode", "GrantscopeOAuthSession",
    "LoopbackReceiver", "OpenBrowser", "RedirectRefused", "SecureSession", "ServerMetadata", "authorize_params",
    "check_client", "check_id_token", "discover", "discovery_urls", "fetch_userinfo", "id_token_claims",
    "is_loopback_host", "is_secure_url", "make_session", "parse_retry_after", "redact_url_queries",
    "revoke_own_tokens", "same_issuer", "sign_in_browser", "sign_in_device",
]
