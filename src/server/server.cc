#include "server/server.h"

#include <httplib.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <stdexcept>

#include "io/readers.h"
#include "text/utf8.h"
#include "time/date_resolver.h"

namespace marsad {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// ---------------------------------------------------------------- errors

// A bad request parameter: 400 with the parameter's name.
struct BadParam : std::runtime_error {
  BadParam(std::string p, const std::string& msg) : std::runtime_error(msg), param(std::move(p)) {}
  std::string param;
};
// Any other client error with its status.
struct HttpError : std::runtime_error {
  HttpError(int s, const std::string& msg) : std::runtime_error(msg), status(s) {}
  int status;
};

void send_json(httplib::Response& res, int status, const std::string& body) {
  res.status = status;
  res.set_content(body, "application/json; charset=utf-8");
}

void send_error(httplib::Response& res, int status, const std::string& msg, const std::string& param = "") {
  json j{{"error", msg}};
  if (!param.empty()) j["parameter"] = param;
  send_json(res, status, j.dump(-1, ' ', false, json::error_handler_t::replace));
}

const char* status_text(int s) {
  switch (s) {
    case 400: return "bad request";
    case 401: return "unauthorized";
    case 403: return "forbidden";
    case 404: return "not found";
    case 405: return "method not allowed";
    case 408: return "request timeout";
    case 413: return "request body too large";
    case 414: return "request URI too long";
    case 415: return "unsupported media type";
    case 416: return "range not satisfiable";
    case 431: return "request header fields too large";
    case 500: return "internal server error";
    case 503: return "service unavailable";
    default: return "error";
  }
}

// ---------------------------------------------------------------- parameters

const std::set<std::string> kPloverTypes = {"AGREE",   "CONSULT",  "SUPPORT",  "CONCEDE", "COOPERATE", "AID",
                                            "RETREAT", "REQUEST",  "ACCUSE",   "REJECT",  "THREATEN",  "PROTEST",
                                            "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"};
const std::set<std::string> kModalities = {"asserted", "requested", "future", "denied", "hypothetical", "claimed"};
const std::set<std::string> kFilterParams = {"type", "mode", "modality", "actor", "country", "admin1",
                                             "from", "to",   "bbox",     "q",     "doc"};

bool valid_utf8(std::string_view s) {
  std::u32string tmp;
  size_t bad = 0;
  return decode_utf8(s, &tmp, &bad);
}

// Rejects unknown and repeated parameters.
void check_params(const httplib::Request& req, std::initializer_list<const std::set<std::string>*> allowed_sets,
                  std::initializer_list<const char*> extra = {}) {
  for (auto it = req.params.begin(); it != req.params.end(); it = req.params.upper_bound(it->first)) {
    const std::string& k = it->first;
    bool ok = false;
    for (auto* s : allowed_sets) ok = ok || s->count(k);
    for (const char* e : extra) ok = ok || k == e;
    if (!ok) throw BadParam(k, "unknown parameter '" + k + "'");
    if (req.params.count(k) > 1) throw BadParam(k, "parameter '" + k + "' is given more than once");
  }
}

std::optional<std::string> param(const httplib::Request& req, const std::string& name) {
  auto it = req.params.find(name);
  if (it == req.params.end()) return std::nullopt;
  return it->second;
}

std::string text_param(const httplib::Request& req, const std::string& name, size_t max_bytes) {
  auto v = param(req, name);
  if (!v) return "";
  std::string s = *v;
  // trim ASCII white space
  size_t b = s.find_first_not_of(" \t\r\n"), e = s.find_last_not_of(" \t\r\n");
  s = b == std::string::npos ? "" : s.substr(b, e - b + 1);
  if (s.empty()) throw BadParam(name, "parameter '" + name + "' is empty");
  if (s.size() > max_bytes)
    throw BadParam(name, "parameter '" + name + "' is longer than " + std::to_string(max_bytes) + " bytes");
  if (!valid_utf8(s)) throw BadParam(name, "parameter '" + name + "' is not valid UTF-8");
  for (unsigned char c : s)
    if (c < 0x20 || c == 0x7f) throw BadParam(name, "parameter '" + name + "' contains control characters");
  return s;
}

int64_t int_param(const httplib::Request& req, const std::string& name, int64_t def, int64_t lo, int64_t hi) {
  auto v = param(req, name);
  if (!v) return def;
  int64_t x = 0;
  auto r = std::from_chars(v->data(), v->data() + v->size(), x);
  if (v->empty() || r.ec != std::errc() || r.ptr != v->data() + v->size())
    throw BadParam(name, "parameter '" + name + "' must be an integer, got '" + v->substr(0, 40) + "'");
  if (x < lo || x > hi)
    throw BadParam(name, "parameter '" + name + "' must be between " + std::to_string(lo) + " and " +
                             std::to_string(hi));
  return x;
}

double parse_double(const std::string& s, const std::string& name) {
  double x = 0;
  auto r = std::from_chars(s.data(), s.data() + s.size(), x);
  if (s.empty() || r.ec != std::errc() || r.ptr != s.data() + s.size() || !std::isfinite(x))
    throw BadParam(name, "parameter '" + name + "' has a bad number '" + s.substr(0, 40) + "'");
  return x;
}

std::string date_param(const httplib::Request& req, const std::string& name) {
  auto v = param(req, name);
  if (!v) return "";
  if (v->size() != 10 || !parse_iso_date(*v))
    throw BadParam(name, "parameter '" + name + "' must be a date YYYY-MM-DD, got '" + v->substr(0, 40) + "'");
  return *v;
}

std::string choice_param(const httplib::Request& req, const std::string& name, const std::set<std::string>& allowed,
                         const std::string& def) {
  auto v = param(req, name);
  if (!v) return def;
  if (!allowed.count(*v)) {
    std::string list;
    for (auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
    throw BadParam(name, "parameter '" + name + "' must be one of " + list);
  }
  return *v;
}

// The EventQuery filters (not limit/offset).
EventQuery query_from(const httplib::Request& req) {
  EventQuery q;
  if (auto v = param(req, "type")) {
    std::string t = *v;
    std::transform(t.begin(), t.end(), t.begin(), [](unsigned char c) { return std::toupper(c); });
    if (!kPloverTypes.count(t)) throw BadParam("type", "parameter 'type' must be a PLOVER event type (e.g. ASSAULT)");
    q.type = t;
  }
  if (auto v = param(req, "mode")) {
    std::string m = *v;
    bool ok = !m.empty() && m.size() <= 64;
    for (char& c : m) {
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == ' ');
    }
    if (!ok) throw BadParam("mode", "parameter 'mode' must be a PLOVER mode (letters, digits, _ - space)");
    q.mode = m;
  }
  if (param(req, "modality")) q.modality = choice_param(req, "modality", kModalities, "");
  q.actor = text_param(req, "actor", 100);
  if (auto v = param(req, "country")) {
    std::string c = *v;
    bool ok = c.size() == 2 || c.size() == 3;
    for (char& ch : c) {
      ok = ok && std::isalpha(static_cast<unsigned char>(ch));
      ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    }
    if (!ok) throw BadParam("country", "parameter 'country' must be an ISO code of 2 or 3 letters (IQ, IRQ)");
    q.country = c;
  }
  q.admin1 = text_param(req, "admin1", 100);
  q.date_from = date_param(req, "from");
  q.date_to = date_param(req, "to");
  if (!q.date_from.empty() && !q.date_to.empty() && q.date_from > q.date_to)
    throw BadParam("to", "parameter 'to' is before 'from'");
  if (auto v = param(req, "bbox")) {
    std::vector<std::string> parts;
    std::stringstream ss(*v);
    for (std::string p; std::getline(ss, p, ',');) parts.push_back(p);
    if (parts.size() != 4 || v->back() == ',')
      throw BadParam("bbox", "parameter 'bbox' must be 4 numbers: min_lon,min_lat,max_lon,max_lat");
    std::array<double, 4> b{};
    for (int i = 0; i < 4; ++i) b[i] = parse_double(parts[i], "bbox");
    if (b[0] < -180 || b[2] > 180 || b[1] < -90 || b[3] > 90 || b[0] > 180 || b[2] < -180 || b[1] > 90 || b[3] < -90)
      throw BadParam("bbox", "parameter 'bbox' is out of range (lon -180..180, lat -90..90)");
    if (b[0] > b[2] || b[1] > b[3]) throw BadParam("bbox", "parameter 'bbox' must have min <= max");
    q.bbox = b;
  }
  q.q = text_param(req, "q", 256);
  q.doc_id = text_param(req, "doc", 512);
  return q;
}

void page_from(const httplib::Request& req, EventQuery* q) {
  q->limit = static_cast<int>(int_param(req, "limit", 100, 1, 1000));
  q->offset = static_cast<int>(int_param(req, "offset", 0, 0, 100000000));
}

template <typename T>
T must(Result<T> r) {
  if (!r.ok()) throw std::runtime_error("store: " + r.status().message());
  return std::move(r.value());
}

std::string id_from_path(const httplib::Request& req, const char* what) {
  std::string id = req.matches[1];
  if (id.empty() || id.size() > 512 || !valid_utf8(id)) throw HttpError(400, std::string("bad ") + what + " id");
  return id;
}

// ---------------------------------------------------------------- GeoJSON

// The flat record: nested objects become prefix_key (actor1_code,
// location_name, acled_event_type, trigger_text, date_start ...).
void flatten(const json& j, const std::string& prefix, json* out) {
  for (auto it = j.begin(); it != j.end(); ++it) {
    std::string k = prefix.empty() ? it.key() : prefix + "_" + it.key();
    if (it->is_object()) flatten(*it, k, out);
    else (*out)[k] = *it;
  }
}

// ---------------------------------------------------------------- static files

std::string content_type(const fs::path& p) {
  static const std::map<std::string, std::string> types = {
      {".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
      {".json", "application/json; charset=utf-8"}, {".map", "application/json; charset=utf-8"},
      {".png", "image/png"}, {".svg", "image/svg+xml"}, {".ico", "image/x-icon"},
      {".woff2", "font/woff2"}, {".woff", "font/woff"}, {".txt", "text/plain; charset=utf-8"}};
  auto it = types.find(p.extension().string());
  return it == types.end() ? "application/octet-stream" : it->second;
}

// The npm packages the page may load from node_modules/ (package.json).
const std::vector<std::string> kVendorPackages = {"leaflet", "leaflet.markercluster", "chart.js", "world-atlas",
                                                  "topojson-client", "@fontsource/noto-naskh-arabic"};

// Resolves rel under root; nullopt when it escapes root or is not a regular file.
std::optional<fs::path> safe_file(const std::string& root, const std::string& rel) {
  if (root.empty() || rel.empty() || rel.size() > 512 || rel.find('\0') != std::string::npos) return std::nullopt;
  std::error_code ec;
  fs::path base = fs::canonical(root, ec);
  if (ec) return std::nullopt;
  fs::path p = fs::weakly_canonical(base / fs::path(rel).relative_path(), ec);
  if (ec) return std::nullopt;
  auto b = base.string() + "/";
  if (p.string().compare(0, b.size(), b) != 0) return std::nullopt;
  if (!fs::is_regular_file(p, ec)) return std::nullopt;
  return p;
}

bool read_file(const fs::path& p, std::string* out) {
  std::ifstream f(p, std::ios::binary);
  if (!f) return false;
  std::ostringstream ss;
  ss << f.rdbuf();
  *out = ss.str();
  return true;
}

const char* kCsp =
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self'; "
    "img-src 'self' data: https://tile.openstreetmap.org; connect-src 'self'; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'";

// ---------------------------------------------------------------- routes for 404 / 405

struct RouteRule {
  std::regex re;
  std::string allow;  // methods, as in the Allow header
};

const std::vector<RouteRule>& route_rules() {
  static const std::vector<RouteRule> rules = {
      {std::regex("/"), "GET, HEAD"},
      {std::regex("/index\\.html"), "GET, HEAD"},
      {std::regex("/static/.+"), "GET, HEAD"},
      {std::regex("/api/health"), "GET, HEAD"},
      {std::regex("/api/events"), "GET, HEAD"},
      {std::regex("/api/events/[^/]+"), "GET, HEAD"},
      {std::regex("/api/documents"), "POST"},
      {std::regex("/api/documents/[^/]+"), "GET, HEAD"},
      {std::regex("/api/stats/timeline"), "GET, HEAD"},
      {std::regex("/api/stats/types"), "GET, HEAD"},
      {std::regex("/api/places"), "GET, HEAD"},
      {std::regex("/api/search"), "GET, HEAD"},
  };
  return rules;
}

// A known path asked with a method it does not take: 405 with Allow.
bool method_not_allowed(const httplib::Request& req, httplib::Response& res) {
  for (const auto& r : route_rules()) {
    if (!std::regex_match(req.path, r.re)) continue;
    std::string m = req.method == "HEAD" ? "GET" : req.method;
    if (r.allow.find(m) != std::string::npos) return false;
    res.set_header("Allow", r.allow);
    send_error(res, 405, "method " + req.method + " not allowed on " + req.path + " (allowed: " + r.allow + ")");
    return true;
  }
  return false;
}

}  // namespace

// ==================================================================== HttpServer

HttpServer::HttpServer(Store* store, const Pipeline* pipeline, ServerOptions opt)
    : store_(store), pipeline_(pipeline), opt_(std::move(opt)), http_(std::make_unique<httplib::Server>()) {
  routes();
}

HttpServer::~HttpServer() { stop(); }

std::string HttpServer::url() const {
  std::string h = opt_.host;
  if (h == "0.0.0.0" || h.empty()) h = "127.0.0.1";
  if (h.find(':') != std::string::npos) h = "[" + h + "]";
  return "http://" + h + ":" + std::to_string(port_) + "/";
}

bool HttpServer::running() const { return http_->is_running(); }

Status HttpServer::start() {
  if (opt_.port < 0 || opt_.port > 65535) return Status::Error("bad port " + std::to_string(opt_.port));
  if (opt_.port == 0) {
    port_ = http_->bind_to_any_port(opt_.host);
    if (port_ <= 0) return Status::Error("cannot bind to " + opt_.host);
  } else {
    if (!http_->bind_to_port(opt_.host, opt_.port))
      return Status::Error("cannot bind to " + opt_.host + ":" + std::to_string(opt_.port) +
                           " (in use, or not an address of this host)");
    port_ = opt_.port;
  }
  thread_ = std::thread([this] { http_->listen_after_bind(); });
  // cpp-httplib 0.11 has no wait_until_ready(): poll is_running().
  for (int i = 0; i < 500 && !http_->is_running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  if (!http_->is_running()) {
    stop();
    return Status::Error("the server did not start");
  }
  return Status::Ok();
}

void HttpServer::wait() {
  if (thread_.joinable()) thread_.join();
}

void HttpServer::stop() {
  if (http_) http_->stop();
  if (thread_.joinable()) thread_.join();
}

void HttpServer::routes() {
  using httplib::Request;
  using httplib::Response;
  httplib::Server& s = *http_;
  s.set_payload_max_length(opt_.max_body_bytes);
  s.set_read_timeout(5, 0);
  s.set_write_timeout(10, 0);
  s.set_keep_alive_max_count(100);

  // Errors that cpp-httplib makes itself (413, 414, 404 ...) get a JSON body;
  // our own error bodies are left as they are.
  s.set_error_handler(httplib::Server::HandlerWithResponse([](const Request& req, Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    // a request refused before routing (e.g. PUT without a body) on a path
    // that does not take its method is a 405
    if ((res.status == 400 || res.status == 404) && method_not_allowed(req, res))
      return httplib::Server::HandlerResponse::Handled;
    std::string msg = status_text(res.status);
    if (res.status == 400 && req.body.empty() && (req.method == "POST" || req.method == "PUT"))
      msg = "bad request: a " + req.method + " needs a body with a Content-Length";
    if (res.status == 404) msg = "not found: " + req.path;
    send_error(res, res.status, msg);
    return httplib::Server::HandlerResponse::Handled;
  }));
  s.set_exception_handler([](const Request&, Response& res, std::exception_ptr ep) {
    std::string msg = "internal error";
    try {
      if (ep) std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      msg = std::string("internal error: ") + e.what();
    } catch (...) {
    }
    send_error(res, 500, msg);
  });
  s.set_post_routing_handler([](const Request&, Response& res) {
    res.set_header("X-Content-Type-Options", "nosniff");
    if (res.get_header_value("Content-Type").rfind("application/json", 0) == 0)
      res.set_header("Cache-Control", "no-store");
  });

  // Every handler: parameter errors → 400, client errors → their status,
  // anything else → 500 (never a crash).
  auto wrap = [](auto fn) {
    return [fn](const Request& req, Response& res) {
      try {
        fn(req, res);
      } catch (const BadParam& e) {
        send_error(res, 400, e.what(), e.param);
      } catch (const HttpError& e) {
        send_error(res, e.status, e.what());
      } catch (const std::exception& e) {
        std::fprintf(stderr, "marsad serve: %s %s: %s\n", req.method.c_str(), req.path.c_str(), e.what());
        send_error(res, 500, std::string("internal error: ") + e.what());
      }
    };
  };

  s.Get("/api/health", wrap([this](const Request& req, Response& res) {
    check_params(req, {});
    int64_t docs;
    {
      std::lock_guard<std::mutex> lk(store_mu_);
      docs = must(store_->count_documents());
    }
    json j{{"status", "ok"},
           {"version", MARSAD_VERSION},
           {"documents", docs},
           {"writable", !opt_.token.empty() && pipeline_ != nullptr}};
    send_json(res, 200, j.dump());
  }));

  s.Get("/api/events", wrap([this](const Request& req, Response& res) {
    static const std::set<std::string> page = {"limit", "offset", "format"};
    check_params(req, {&kFilterParams, &page});
    EventQuery q = query_from(req);
    page_from(req, &q);
    std::string format = choice_param(req, "format", {"json", "geojson"}, "json");
    int64_t total = 0;
    std::vector<StoredEvent> evs;
    {
      std::lock_guard<std::mutex> lk(store_mu_);
      evs = must(store_->query(q, &total));
    }
    std::string out;
    if (format == "json") {
      out = "{\"total\":" + std::to_string(total) + ",\"limit\":" + std::to_string(q.limit) +
            ",\"offset\":" + std::to_string(q.offset) + ",\"events\":[";
      for (size_t i = 0; i < evs.size(); ++i) {
        if (i) out += ',';
        out += evs[i].json;
      }
      out += "]}";
    } else {
      json fc{{"type", "FeatureCollection"}, {"total", total}, {"limit", q.limit}, {"offset", q.offset}};
      json feats = json::array();
      int64_t unlocated = 0;
      for (const auto& e : evs) {
        json rec = json::parse(e.json, nullptr, false);
        if (rec.is_discarded()) continue;
        const json* loc = rec.contains("location") ? &rec["location"] : nullptr;
        if (!loc || !loc->is_object() || !(*loc).contains("lat") || !(*loc)["lat"].is_number() ||
            !(*loc)["lon"].is_number()) {
          ++unlocated;
          continue;
        }
        json props = json::object();
        flatten(rec, "", &props);
        feats.push_back({{"type", "Feature"},
                         {"id", rec.value("event_id", e.event_id)},
                         {"geometry", {{"type", "Point"}, {"coordinates", {(*loc)["lon"], (*loc)["lat"]}}}},
                         {"properties", std::move(props)}});
      }
      fc["unlocated"] = unlocated;
      fc["features"] = std::move(feats);
      out = fc.dump(-1, ' ', false, json::error_handler_t::replace);
    }
    res.status = 200;
    res.set_content(out, format == "json" ? "application/json; charset=utf-8" : "application/geo+json; charset=utf-8");
  }));

  s.Get("/api/events/([^/]+)", wrap([this](const Request& req, Response& res) {
    check_params(req, {});
    std::string id = id_from_path(req, "event");
    std::optional<StoredEvent> ev;
    {
      std::lock_guard<std::mutex> lk(store_mu_);
      ev = must(store_->event(id));
    }
    if (!ev) throw HttpError(404, "no event " + id);
    send_json(res, 200, ev->json);
  }));

  s.Get("/api/documents/([^/]+)", wrap([this](const Request& req, Response& res) {
    check_params(req, {});
    std::string id = id_from_path(req, "document");
    std::optional<StoredDocument> d;
    {
      std::lock_guard<std::mutex> lk(store_mu_);
      d = must(store_->document(id));
    }
    if (!d) throw HttpError(404, "no document " + id);
    json j{{"id", d->id}, {"title", d->title.empty() ? json() : json(d->title)},
           {"url", d->url.empty() ? json() : json(d->url)}, {"source", d->source.empty() ? json() : json(d->source)},
           {"published", d->published.empty() ? json() : json(d->published)}, {"text", d->text},
           {"length", utf8_length(d->text)}};
    json events = json::array(), spans = json::array();
    for (const auto& e : d->events) {
      json rec = json::parse(e.json, nullptr, false);
      if (rec.is_discarded()) continue;
      // the spans of each event, for highlighting the text ([start, end) in code points)
      auto add = [&](const char* kind, const json& span) {
        if (span.is_array() && span.size() == 2) spans.push_back({{"event_id", e.event_id}, {"kind", kind}, {"span", span}});
      };
      if (rec.contains("sentence_span")) add("sentence", rec["sentence_span"]);
      if (rec.contains("trigger") && rec["trigger"].is_object()) add("trigger", rec["trigger"].value("span", json()));
      for (const char* k : {"actor1", "actor2", "location", "date"})
        if (rec.contains(k) && rec[k].is_object()) add(k, rec[k].value("span", json()));
      events.push_back(std::move(rec));
    }
    j["events"] = std::move(events);
    j["spans"] = std::move(spans);
    send_json(res, 200, j.dump(-1, ' ', false, json::error_handler_t::replace));
  }));

  s.Get("/api/stats/timeline", wrap([this](const Request& req, Response& res) {
    static const std::set<std::string> extra = {"granularity"};
    check_params(req, {&kFilterParams, &extra});
    EventQuery q = query_from(req);
    std::string g = choice_param(req, "granularity", {"day", "week", "month"}, "day");
    std::vector<TimelineBucket> b;
    {
      std::lock_guard<std::mutex> lk(store_mu_);
      b = must(store_->timeline(q, g));
    }
    json buckets = json::array();
    for (const auto& x : b) buckets.push_back({{"period", x.period}, {"type", x.type}, {"count", x.count}});
    send_json(res, 200, json{{"granularity", g}, {"buckets", std::move(buckets)}}.dump());
  }));

  s.Get("/api/stats/types", wrap([this](const Request& req, Response& res) {
    check_params(req, {&kFilterParams});
    EventQuery q = query_from(req);
    std::vector<std::pair<std::string, int64_t>> t;
    {
      std::lock_guard<std::mutex> lk(store_mu_);
      t = must(store_->type_counts(q));
    }
    json types = json::array();
    for (const auto& [k, n] : t) types.push_back({{"type", k}, {"count", n}});
    send_json(res, 200, json{{"types", std::move(types)}}.dump(-1, ' ', false, json::error_handler_t::replace));
  }));

  s.Get("/api/places", wrap([this](const Request& req, Response& res) {
    check_params(req, {&kFilterParams});
    EventQuery q = query_from(req);
    std::vector<std::string> p;
    {
      std::lock_guard<std::mutex> lk(store_mu_);
      p = must(store_->places(q));
    }
    std::string out = "{\"places\":[";
    for (size_t i = 0; i < p.size(); ++i) out += (i ? "," : "") + p[i];
    send_json(res, 200, out + "]}");
  }));

  s.Get("/api/search", wrap([this](const Request& req, Response& res) {
    static const std::set<std::string> allowed = {"q", "limit", "offset"};
    check_params(req, {&allowed});
    std::string q = text_param(req, "q", 256);
    if (q.empty()) throw BadParam("q", "parameter 'q' is required");
    int limit = static_cast<int>(int_param(req, "limit", 20, 1, 1000));
    int offset = static_cast<int>(int_param(req, "offset", 0, 0, 100000000));
    std::vector<std::string> r;
    {
      std::lock_guard<std::mutex> lk(store_mu_);
      r = must(store_->search(q, limit, offset));
    }
    std::string out = "{\"q\":" + json(q).dump() + ",\"limit\":" + std::to_string(limit) +
                      ",\"offset\":" + std::to_string(offset) + ",\"results\":[";
    for (size_t i = 0; i < r.size(); ++i) out += (i ? "," : "") + r[i];
    send_json(res, 200, out + "]}");
  }));

  s.Post("/api/documents", wrap([this](const Request& req, Response& res) {
    if (opt_.token.empty() || pipeline_ == nullptr)
      throw HttpError(403, "writing is disabled: start marsad serve with --token or MARSAD_TOKEN");
    std::string auth = req.get_header_value("Authorization");
    if (auth.rfind("Bearer ", 0) != 0) {
      res.set_header("WWW-Authenticate", "Bearer realm=\"marsad\"");
      throw HttpError(401, "missing 'Authorization: Bearer <token>'");
    }
    std::string given = auth.substr(7);
    // constant-time comparison
    unsigned diff = given.size() != opt_.token.size();
    for (size_t i = 0; i < given.size(); ++i) diff |= given[i] ^ opt_.token[i % opt_.token.size()];
    if (diff) throw HttpError(403, "wrong token");
    // (no parameters: a form-encoded Content-Type makes cpp-httplib parse the
    // body into req.params, so they are not checked here)

    // The body: a JSON array of documents, one JSON object, or JSON Lines.
    std::vector<std::string> lines;
    const std::string& body = req.body;
    size_t first = body.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) throw HttpError(400, "empty body: send JSONL or a JSON object/array of documents");
    json whole = json::parse(body, nullptr, false);
    if (!whole.is_discarded() && whole.is_array()) {
      for (auto& d : whole) lines.push_back(d.dump());
    } else if (!whole.is_discarded() && whole.is_object()) {
      lines.push_back(body);
    } else if (body[first] == '[') {
      throw HttpError(400, "the body is not valid JSON");
    } else {
      std::stringstream ss(body);
      for (std::string l; std::getline(ss, l);) {
        if (!l.empty() && l.back() == '\r') l.pop_back();
        if (l.find_first_not_of(" \t") == std::string::npos) continue;
        lines.push_back(std::move(l));
      }
    }
    if (lines.empty()) throw HttpError(400, "no documents in the body");
    if (lines.size() > opt_.max_post_documents)
      throw HttpError(413, "too many documents in one request (at most " + std::to_string(opt_.max_post_documents) + ")");

    json docs_out = json::array();
    int64_t added = 0, replaced = 0, unchanged = 0, skipped = 0, events = 0;
    std::vector<std::pair<Document, DocResult>> coded;
    for (size_t i = 0; i < lines.size(); ++i) {
      Document d;
      ReadIssue is;
      std::string origin = "request:" + std::to_string(i + 1);
      if (!parse_jsonl_line(lines[i], origin, &d, &is)) {
        ++skipped;
        docs_out.push_back({{"index", i}, {"status", "skipped"}, {"reason", is.reason}, {"message", is.message}});
        continue;
      }
      if (!d.date.empty() && !parse_iso_date(d.date)) {
        ++skipped;
        docs_out.push_back({{"index", i}, {"id", d.id}, {"status", "skipped"}, {"reason", "bad_date"},
                            {"message", "'date' must be YYYY-MM-DD"}});
        continue;
      }
      DocResult r = pipeline_->code(d);
      if (r.skipped) {
        ++skipped;
        docs_out.push_back({{"index", i}, {"id", d.id}, {"status", "skipped"}, {"reason", r.skip_reason},
                            {"message", r.message}});
        continue;
      }
      docs_out.push_back({{"index", i}, {"id", d.id}});
      coded.emplace_back(std::move(d), std::move(r));
    }
    {
      std::lock_guard<std::mutex> lk(store_mu_);
      if (coded.size() > 1) {
        Status st = store_->begin();
        if (!st.ok()) throw std::runtime_error("store: " + st.message());
      }
      size_t k = 0;
      for (auto& o : docs_out) {
        if (o.contains("status")) continue;
        auto& [d, r] = coded[k++];
        auto put = store_->put(d, r);
        if (!put.ok()) {
          if (coded.size() > 1) store_->commit();
          throw std::runtime_error("store: " + put.status().message());
        }
        const IngestOutcome& oc = put.value();
        const char* st = oc.kind == IngestOutcome::Added ? "added"
                         : oc.kind == IngestOutcome::Replaced ? "replaced"
                                                              : "unchanged";
        (oc.kind == IngestOutcome::Added ? added : oc.kind == IngestOutcome::Replaced ? replaced : unchanged)++;
        events += static_cast<int64_t>(r.events.size());
        o["status"] = st;
        o["events"] = r.events.size();
        json ids = json::array();
        for (const auto& e : r.events) ids.push_back(e.event_id);
        o["event_ids"] = std::move(ids);
      }
      if (coded.size() > 1) {
        Status st = store_->commit();
        if (!st.ok()) throw std::runtime_error("store: " + st.message());
      }
    }
    json j{{"added", added},         {"replaced", replaced}, {"unchanged", unchanged},
           {"skipped", skipped},     {"events", events},     {"documents", std::move(docs_out)}};
    int status = coded.empty() ? 400 : (added > 0 ? 201 : 200);
    if (coded.empty()) j["error"] = "no document could be coded";
    send_json(res, status, j.dump(-1, ' ', false, json::error_handler_t::replace));
  }));

  // ------------------------------------------------------------ static files
  auto serve_file = [](Response& res, const fs::path& p, bool vendor) {
    std::string data;
    if (!read_file(p, &data)) throw HttpError(404, "not found");
    std::string ct = content_type(p);
    res.status = 200;
    res.set_content(std::move(data), ct.c_str());
    res.set_header("Cache-Control", vendor ? "public, max-age=86400" : "no-cache");
    if (ct.rfind("text/html", 0) == 0) res.set_header("Content-Security-Policy", kCsp);
  };
  auto index = wrap([this, serve_file](const Request& req, Response& res) {
    auto p = safe_file(opt_.web_dir, "index.html");
    if (!p) throw HttpError(404, "no web page: web/index.html not found (see marsad serve --web)");
    serve_file(res, *p, false);
  });
  s.Get("/", index);
  s.Get("/index.html", index);
  s.Get("/static/vendor/(.+)", wrap([this, serve_file](const Request& req, Response& res) {
    std::string rel = req.matches[1];
    for (const auto& pkg : kVendorPackages) {
      if (rel.rfind(pkg + "/", 0) != 0) continue;
      auto p = safe_file(opt_.vendor_dir + "/" + pkg, rel.substr(pkg.size() + 1));
      if (!p) break;
      serve_file(res, *p, true);
      return;
    }
    throw HttpError(404, "not found: " + req.path);
  }));
  s.Get("/static/(.+)", wrap([this, serve_file](const Request& req, Response& res) {
    auto p = safe_file(opt_.web_dir, req.matches[1]);
    if (!p) throw HttpError(404, "not found: " + req.path);
    serve_file(res, *p, false);
  }));

  // ------------------------------------------------------------ 404 / 405
  auto fallback = [](const Request& req, Response& res) {
    if (!method_not_allowed(req, res)) send_error(res, 404, "not found: " + req.path);
  };
  s.Get(".*", fallback);
  s.Post(".*", fallback);
  s.Put(".*", fallback);
  s.Patch(".*", fallback);
  s.Delete(".*", fallback);
  s.Options(".*", fallback);
}

}  // namespace marsad
