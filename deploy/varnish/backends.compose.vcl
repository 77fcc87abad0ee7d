# deploy/compose.yaml's instances, for deploy/varnish/default.vcl (npm run cluster writes its
# own, with the local ports). Add a backend and a line in vcl_init per further instance.
backend app1 { .host = "app1"; .port = "3000"; .probe = ready; .connect_timeout = 1s; .first_byte_timeout = 30s; }
backend app2 { .host = "app2"; .port = "3000"; .probe = ready; .connect_timeout = 1s; .first_byte_timeout = 30s; }

# Only the app instances may purge (PURGE_URL); names resolve when the VCL loads.
acl purgers {
  "app1";
  "app2";
  "localhost";
}

sub vcl_init {
  new app = directors.round_robin();
  app.add_backend(app1);
  app.add_backend(app2);
}
