// HttpServer: the HTTP API over the Store and the static web page (web/),
// on cpp-httplib. `marsad serve` parses its options and runs one; tests start
// one on a free loopback port and stop it.
//
// Endpoints (JSON; errors are {"error": "..."} with the status code):
//   GET  /api/health                       {"status","version","documents","writable"}
//   GET  /api/events?FILTERS&limit&offset&format=json|geojson
//   GET  /api/events/{event_id}
//   GET  /api/documents/{doc_id}            text, metadata, events and their spans
//   GET  /api/stats/timeline?granularity=day|week|month&FILTERS
//   GET  /api/stats/types?FILTERS
//   GET  /api/places?FILTERS
//   GET  /api/search?q=&limit&offset
//   POST /api/documents                     JSONL, or a JSON object / array of documents;
//                                           coded and stored; only with a token
//                                           (Authorization: Bearer <token>)
//   GET  /                                  web/index.html
//   GET  /static/<file>                     web/<file> (app.js, style.css)
//   GET  /static/vendor/<package>/<path>    node_modules/<package>/<path>, for the
//                                           packages the page uses (package.json)
// FILTERS: type mode modality actor country admin1 from to bbox q doc.
//
// Thread safety: cpp-httplib answers on a thread pool; every Store call is
// serialized by one mutex (SQLite does the real work; the pages are small).
#pragma once
#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "coder/pipeline.h"
#include "store/store.h"

namespace httplib {
class Server;
}

namespace marsad {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;            // 0: any free port (see HttpServer::port())
  std::string token;          // non-empty: POST /api/documents is enabled with this bearer token
  std::string web_dir;        // index.html, app.js, style.css ("" = no static files)
  std::string vendor_dir;     // node_modules/ with the page's npm packages ("" = none)
  size_t max_body_bytes = 8 * 1024 * 1024;  // larger request bodies get 413
  size_t max_post_documents = 1000;         // documents in one POST
};

class HttpServer {
 public:
  // store: opened read-write when opt.token is set, else read-only.
  // pipeline: used to code POSTed documents; may be null when writing is off.
  HttpServer(Store* store, const Pipeline* pipeline, ServerOptions opt);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds and starts answering on a background thread; returns once the
  // server accepts connections (or an error when it cannot bind).
  Status start();
  int port() const { return port_; }
  std::string url() const;
  // Blocks until stop() is called (from another thread or a signal handler thread).
  void wait();
  void stop();
  bool running() const;

 private:
  void routes();
  Store* store_;
  const Pipeline* pipeline_;
  ServerOptions opt_;
  std::unique_ptr<httplib::Server> http_;
  std::thread thread_;
  std::mutex store_mu_;
  int port_ = 0;
};

}  // namespace marsad
