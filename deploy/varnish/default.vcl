vcl 4.1;
# The caching proxy in front of the app instances (Varnish 7 with xkey from varnish-modules).
# `npm run cluster` and deploy/compose.yaml run this same file; each supplies its own
# backends.vcl (the instances' addresses and who may purge), found on varnishd's vcl_path.
#
# Cached: reader pages (/nl…, /en…), Next's static files and images, media files, sitemap,
# robots and icons. Passed straight through: /admin, /api (except media files), every other
# method than GET/HEAD, draft mode and preview (the __prerender_bypass cookie), anything with
# Authorization, and "/" and the language-less paths, which read the NEXT_LOCALE cookie.
# The app purges by key on every change (cache-handler.mjs): PURGE with `xkey-purge: reader`.
# A purge is soft: readers get the old copy only until the new one is fetched (in the background),
# so no reader waits for a render, and none sees an error while an instance goes down.

import directors;
import std;
import xkey;

# An instance is taken out of rotation when its readiness check fails twice in three seconds,
# and put back once it answers again.
probe ready {
  .url = "/api/health/ready";
  .interval = 1s;
  .timeout = 1s;
  .window = 3;
  .threshold = 2;
  .initial = 2;
}

include "backends.vcl";

sub vcl_recv {
  set req.backend_hint = app.backend();
  unset req.http.X-Heupfit-Cacheable;

  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Not allowed to purge"));
    }
    if (!req.http.xkey-purge) {
      return (synth(400, "Name the keys to purge in xkey-purge"));
    }
    # Soft: the old copy may still be handed out while the new one is fetched (see grace below).
    set req.http.X-Purged = xkey.softpurge(req.http.xkey-purge);
    return (synth(200, "Purged " + req.http.X-Purged));
  }
  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)__prerender_bypass=") {
    return (pass);
  }
  if (req.url ~ "^/api/media/file/" ||
      req.url ~ "^/(nl|en)(/|\?|$)" ||
      req.url ~ "^/_next/(static|image)" ||
      req.url ~ "^/(sitemap\.xml|robots\.txt|icon\.svg|apple-icon\.png)(\?|$)") {
    # These never read a cookie (the site sets NEXT_LOCALE for "/" only).
    unset req.http.Cookie;
    set req.http.X-Heupfit-Cacheable = "1";
    # A purged copy is handed out for at most 10 s while a fresh one is fetched in the
    # background; when no instance answers, for up to a day (beresp.grace), so readers keep reading.
    if (std.healthy(req.backend_hint)) {
      set req.grace = 10s;
    }
    return (hash);
  }
  return (pass);
}

sub vcl_hash {
  # Next answers a page and its RSC payload (client navigation) on the same URL.
  hash_data(req.http.RSC);
  hash_data(req.http.Next-Router-Prefetch);
  hash_data(req.http.Next-Router-Segment-Prefetch);
}

sub vcl_backend_response {
  # A killed instance's half-answer or a 5xx: try the next instance once.
  if (beresp.status >= 500 && bereq.retries < 1 && (bereq.method == "GET" || bereq.method == "HEAD")) {
    return (retry);
  }
  if (bereq.http.X-Heupfit-Cacheable) {
    if (bereq.url ~ "^/api/media/file/") {
      set beresp.http.xkey = "media";
      if (beresp.status == 200 && !beresp.http.Cache-Control) {
        set beresp.ttl = 1d;
      }
    } elsif (bereq.url ~ "^/(nl|en)(/|\?|$)") {
      set beresp.http.xkey = "reader";
    } elsif (bereq.url ~ "^/(sitemap\.xml|robots\.txt)" && beresp.status == 200) {
      # Next answers these with max-age=0; kept until the next change purges them.
      set beresp.http.xkey = "reader";
      set beresp.ttl = 1h;
      set beresp.grace = 1d;
      return (deliver);
    }
  }
  set beresp.grace = 1d;
}

sub vcl_backend_error {
  # Connection refused or reset (an instance going down before its probe says so): once more,
  # on the next instance in the rotation.
  if (bereq.retries < 2 && (bereq.method == "GET" || bereq.method == "HEAD")) {
    return (retry);
  }
}

sub vcl_deliver {
  unset resp.http.xkey;
  if (obj.hits > 0) {
    set resp.http.X-Cache = "hit";
  } else {
    set resp.http.X-Cache = "miss";
  }
}
