// marsad serve: the HTTP API and the web page over a store (src/server/).
//
// Where the page's files come from:
//   web/ (index.html, app.js, style.css): --web DIR, else <exe_dir>/../web
//     (build/marsad → the repository's web/), else <exe_dir>/web, else the
//     source tree's web/.
//   the npm packages (leaflet, chart.js, ...): --node-modules DIR, else
//     <web>/../node_modules, else <exe_dir>/../node_modules, else the source
//     tree's node_modules/ (./marsad.sh runs `npm install` at the repo root).
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "cli/cli_common.h"
#include "cli/commands.h"
#include "server/server.h"
#include "store/store.h"

namespace marsad::cli {
namespace fs = std::filesystem;

namespace {

const char* kServeUsage = R"(usage: marsad serve [--db marsad.db] [--port 8080] [--host 127.0.0.1] [--token T]
                    [--web DIR] [--node-modules DIR] [--max-body-bytes N] [--lexicon DIR]
  --db FILE            the store (default marsad.db); opened read-only unless writing is on
  --port N             TCP port (default 8080; 0 = any free port)
  --host ADDR          address to listen on (default 127.0.0.1)
  --token T            enable POST /api/documents with "Authorization: Bearer T"
                       (or set MARSAD_TOKEN); without it the API is read-only
  --web DIR            the page's files (default <exe_dir>/../web)
  --node-modules DIR   the page's npm packages (default <web>/../node_modules)
  --max-body-bytes N   largest request body (default 8388608)
)";

bool has_file(const std::string& dir, const char* f) {
  std::error_code ec;
  return !dir.empty() && fs::is_regular_file(fs::path(dir) / f, ec);
}

}  // namespace

int cmd_serve(int argc, char** argv) {
  Settings s;
  parse_args(argc, argv, 2, &s, /*allow_extra=*/true);
  if (!s.inputs.empty()) usage_error("serve takes no inputs (got " + s.inputs[0] + ")\n" + kServeUsage);
  static const char* known[] = {"db", "port", "host", "token", "web", "node-modules", "max-body-bytes", "help"};
  for (const auto& [k, v] : s.extra) {
    bool ok = false;
    for (const char* n : known) ok = ok || k == n;
    if (!ok) usage_error("serve: unknown option --" + k + "\n" + kServeUsage);
    if (k != "help" && v.empty()) usage_error("serve: --" + k + " needs a value");
  }
  if (s.extra.count("help")) {
    std::fputs(kServeUsage, stdout);
    return 0;
  }
  auto opt_of = [&](const char* k, const std::string& def) {
    auto it = s.extra.find(k);
    return it == s.extra.end() ? def : it->second;
  };

  ServerOptions opt;
  std::string db = opt_of("db", "marsad.db");
  opt.host = opt_of("host", "127.0.0.1");
  std::string port = opt_of("port", "8080");
  char* end = nullptr;
  long p = std::strtol(port.c_str(), &end, 10);
  if (port.empty() || *end || p < 0 || p > 65535) usage_error("serve: --port must be 0..65535, got " + port);
  opt.port = static_cast<int>(p);
  std::string mb = opt_of("max-body-bytes", "");
  if (!mb.empty()) {
    unsigned long long n = std::strtoull(mb.c_str(), &end, 10);
    if (*end || n < 1024 || n > (1ull << 30)) usage_error("serve: --max-body-bytes must be 1024..1073741824");
    opt.max_body_bytes = n;
  }
  opt.token = opt_of("token", "");
  if (opt.token.empty())
    if (const char* t = std::getenv("MARSAD_TOKEN")) opt.token = t;
  if (!opt.token.empty() && opt.token.size() < 8)
    usage_error("serve: the token must have at least 8 characters");

  // the page and its npm packages
  std::string src = MARSAD_SOURCE_DIR;
  opt.web_dir = opt_of("web", "");
  if (opt.web_dir.empty()) {
    for (const std::string& c : {exe_dir() + "/../web", exe_dir() + "/web", src + "/web"})
      if (has_file(c, "index.html")) {
        opt.web_dir = c;
        break;
      }
  } else if (!has_file(opt.web_dir, "index.html")) {
    std::fprintf(stderr, "marsad: --web %s has no index.html\n", opt.web_dir.c_str());
    return 1;
  }
  opt.vendor_dir = opt_of("node-modules", "");
  if (opt.vendor_dir.empty()) {
    std::vector<std::string> cands;
    if (!opt.web_dir.empty()) cands.push_back(opt.web_dir + "/../node_modules");
    cands.push_back(exe_dir() + "/../node_modules");
    cands.push_back(src + "/node_modules");
    for (const auto& c : cands)
      if (has_file(c, "leaflet/dist/leaflet.js")) {
        opt.vendor_dir = c;
        break;
      }
  }
  std::error_code ec;
  if (opt.web_dir.empty())
    std::fprintf(stderr, "marsad: warning: no web/ directory found: only the API is served (see --web)\n");
  else
    opt.web_dir = fs::canonical(opt.web_dir, ec).string();
  if (opt.vendor_dir.empty())
    std::fprintf(stderr,
                 "marsad: warning: node_modules/ with the page's npm packages not found: run ./marsad.sh "
                 "(or npm install at the repository root), or pass --node-modules DIR\n");
  else
    opt.vendor_dir = fs::canonical(opt.vendor_dir, ec).string();

  // the store: read-only unless writing is on
  bool writable = !opt.token.empty();
  if (!writable && !fs::exists(db, ec)) {
    std::fprintf(stderr, "marsad: %s does not exist (build it with marsad ingest)\n", db.c_str());
    return 1;
  }
  auto st = Store::open(db, /*read_only=*/!writable);
  if (!st.ok()) {
    std::fprintf(stderr, "marsad: %s: %s\n", db.c_str(), st.status().message().c_str());
    return 1;
  }
  std::unique_ptr<Pipeline> pipeline;
  if (writable) pipeline = make_pipeline(s);

  // SIGINT/SIGTERM are taken by sigwait below: block them before any thread starts.
  sigset_t sigs;
  sigemptyset(&sigs);
  sigaddset(&sigs, SIGINT);
  sigaddset(&sigs, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &sigs, nullptr);

  HttpServer server(st.value().get(), pipeline.get(), opt);
  Status started = server.start();
  if (!started.ok()) {
    std::fprintf(stderr, "marsad: %s\n", started.message().c_str());
    return 1;
  }
  std::printf("marsad: serving %s (%s) on %s\n", db.c_str(), writable ? "read-write, POST with the token" : "read-only",
              server.url().c_str());
  std::fflush(stdout);
  int sig = 0;
  sigwait(&sigs, &sig);
  std::fprintf(stderr, "marsad: stopping (signal %d)\n", sig);
  server.stop();
  return 0;
}

}  // namespace marsad::cli
