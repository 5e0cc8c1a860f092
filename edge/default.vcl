# Newsroom's edge cache (Varnish 7 with xkey from varnish-modules).
#
# The app decides what is cached: a response is stored only when it carries
# `Surrogate-Control: max-age=N` (set by next.config.ts for public site routes, feeds,
# sitemaps, ninjs and anonymous REST reads; src/delivery/edge/edgeHeaders.ts). Its `xkey`
# header names its surrogate keys; this file adds one more, the URL's path, so that a purge
# of `/articles/li-ming` (the paths src/delivery/affectedPaths.ts computes on publish) drops
# that page in every query-string variant. Publishing sends `PURGE` with `xkey-purge: <keys>`
# (src/delivery/edge/purgeEdge.ts).
#
# Staff never share the cache: a request with a Payload session, a preview cookie or an
# Authorization header is passed to the app and its response is never stored.
#
# backends.vcl is written by scripts/edge/varnish.mjs: the app servers (director `app`) and
# the `purgers` ACL.
vcl 4.1;

import std;
import xkey;
import directors;

include "backends.vcl";

sub vcl_recv {
  set req.backend_hint = app.backend();

  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Forbidden"));
    }
    if (!req.http.xkey-purge) {
      return (synth(400, "xkey-purge header required"));
    }
    set req.http.x-purged = xkey.purge(req.http.xkey-purge);
    return (synth(200, "Purged " + req.http.x-purged));
  }

  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  # Staff: a Payload session, Next's draft-mode cookies, or an API key.
  if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)(payload-token|__prerender_bypass|__next_preview_data)=") {
    return (pass);
  }
  # The admin, draft preview and every API but the public collections' reads.
  if (req.url ~ "^/(admin|preview)(/|\?|$)") {
    return (pass);
  }
  if (req.url ~ "^/api/" && req.url !~ "^/api/(articles|statements|delegates|reporters)(/|\?|$)") {
    return (pass);
  }
  # Next's client navigations vary on router headers per visitor: served by the app's own cache.
  if (req.http.RSC || req.http.Next-Router-Prefetch) {
    return (pass);
  }
  # A percent-encoded path would be stored under a key the purge never names (`/articles/li%2Dming`).
  if (req.url ~ "^[^?]*%") {
    return (pass);
  }
  # Other cookies (analytics) change nothing the site renders.
  unset req.http.Cookie;
  return (hash);
}

sub vcl_backend_response {
  if (bereq.uncacheable) {
    return (deliver);
  }
  # Only a plain 200 without a cookie: a 404 for a draft's URL is asked again each time.
  if (beresp.status != 200 || beresp.http.Set-Cookie) {
    set beresp.uncacheable = true;
    set beresp.ttl = 120s;
    return (deliver);
  }
  if (beresp.http.Surrogate-Control ~ "max-age=[0-9]+") {
    set beresp.ttl = std.duration(regsub(beresp.http.Surrogate-Control, "^.*max-age=([0-9]+).*$", "\1") + "s", 0s);
    # After a purge nothing stale is served, not even while the new copy is fetched.
    set beresp.grace = 0s;
    set beresp.http.xkey = beresp.http.xkey + " " + regsub(bereq.url, "\?.*$", "");
    return (deliver);
  }
  # Next's hashed build files are immutable: Varnish's own rules (Cache-Control) apply.
  if (bereq.url ~ "^/_next/static/") {
    return (deliver);
  }
  # The benchmark's static file (bench/edge.bench.ts): the baseline a cached page is held to.
  if (bereq.url ~ "^/__bench/") {
    set beresp.ttl = 1h;
    return (deliver);
  }
  set beresp.uncacheable = true;
  set beresp.ttl = 120s;
  return (deliver);
}

sub vcl_deliver {
  if (obj.uncacheable) {
    set resp.http.X-Cache = "PASS";
  } else if (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
  # The keys and the edge's lifetime are for this cache only.
  unset resp.http.xkey;
  unset resp.http.Surrogate-Control;
  unset resp.http.Via;
  unset resp.http.X-Varnish;
}

sub vcl_synth {
  # A purge answers in one plain line (`Purged 3`), not Varnish's error page.
  if (req.method == "PURGE") {
    set resp.http.Content-Type = "text/plain; charset=utf-8";
    set resp.body = resp.reason + {"
"};
    return (deliver);
  }
}
