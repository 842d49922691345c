// marsad ingest / query / export: the SQLite store from the command line.
#include <libxml/parser.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "cli/cli_common.h"
#include "cli/commands.h"
#include "io/writers.h"
#include "store/export.h"
#include "store/ingest_reader.h"
#include "store/store.h"
#include "time/date_resolver.h"

namespace marsad::cli {

namespace {

using Clock = std::chrono::steady_clock;

std::string fmt_duration(double s) {
  if (s < 0 || s > 1e7) return "?";
  long t = static_cast<long>(s + 0.5);
  char b[32];
  if (t >= 3600) std::snprintf(b, sizeof b, "%ld:%02ld:%02ld", t / 3600, t / 60 % 60, t % 60);
  else std::snprintf(b, sizeof b, "%ld:%02ld", t / 60, t % 60);
  return b;
}

class Progress {
 public:
  explicit Progress(size_t total) : total_(total), tty_(isatty(STDERR_FILENO)), t0_(Clock::now()), last_(t0_) {}
  void update(size_t done, size_t events, bool final = false) {
    auto now = Clock::now();
    double since = std::chrono::duration<double>(now - last_).count();
    if (!final && since < (tty_ ? 0.1 : 5.0)) return;
    last_ = now;
    double el = std::chrono::duration<double>(now - t0_).count();
    double dps = el > 0 ? done / el : 0, eps = el > 0 ? events / el : 0;
    if (tty_) {
      std::string line;
      char b[160];
      if (total_) {
        double f = std::min(1.0, static_cast<double>(done) / total_);
        int w = 30, fill = static_cast<int>(f * w);
        line = "[" + std::string(fill, '#') + std::string(w - fill, '.') + "] ";
        std::snprintf(b, sizeof b, "%zu/%zu docs  %.0f docs/s  %.0f events/s  ETA %s", done, total_, dps, eps,
                      dps > 0 ? fmt_duration((total_ > done ? total_ - done : 0) / dps).c_str() : "?");
      } else {
        std::snprintf(b, sizeof b, "%zu docs  %.0f docs/s  %.0f events/s  %s", done, dps, eps,
                      fmt_duration(el).c_str());
      }
      line += b;
      std::fprintf(stderr, "\r\033[K%s%s", line.c_str(), final ? "\n" : "");
    } else if (!final) {
      if (total_)
        std::fprintf(stderr, "marsad: ingest: %zu/%zu documents, %.0f documents/s, %.0f events/s\n", done, total_,
                     dps, eps);
      else
        std::fprintf(stderr, "marsad: ingest: %zu documents, %.0f documents/s, %.0f events/s\n", done, dps, eps);
    }
    std::fflush(stderr);
  }
  // clears the bar before a diagnostic line
  void clear() {
    if (tty_) std::fputs("\r\033[K", stderr);
  }

 private:
  size_t total_;
  bool tty_;
  Clock::time_point t0_, last_;
};

std::string db_path(const Settings& s) {
  auto it = s.extra.find("db");
  if (it != s.extra.end() && !it->second.empty()) return it->second;
  if (const char* e = std::getenv("MARSAD_DB")) return e;
  return "marsad.db";
}

// ---- query / export options ----

struct QueryArgs {
  std::string db = "marsad.db", format, out;
  EventQuery q;
  bool limit_set = false;
};

QueryArgs parse_query_args(int argc, char** argv, const char* cmd, const std::set<std::string>& formats) {
  QueryArgs a;
  if (const char* e = std::getenv("MARSAD_DB")) a.db = e;
  for (int i = 2; i < argc; ++i) {
    std::string k = argv[i];
    auto val = [&]() -> std::string {
      if (i + 1 >= argc) usage_error(k + " needs a value");
      return argv[++i];
    };
    auto num = [&](const std::string& v) {
      char* end = nullptr;
      long n = std::strtol(v.c_str(), &end, 10);
      if (v.empty() || *end || n < 0) usage_error(k + " needs a non-negative number, got " + v);
      return static_cast<int>(std::min(n, 1000000000L));
    };
    auto date = [&](const std::string& v) {
      if (!parse_iso_date(v)) usage_error(k + " must be YYYY-MM-DD, got " + v);
      return v;
    };
    if (k == "--db") a.db = val();
    else if (k == "--format") a.format = val();
    else if (k == "-o" || k == "--output") a.out = val();
    else if (k == "--type") a.q.type = val();
    else if (k == "--mode") a.q.mode = val();
    else if (k == "--modality") a.q.modality = val();
    else if (k == "--actor") a.q.actor = val();
    else if (k == "--country") a.q.country = val();
    else if (k == "--admin1") a.q.admin1 = val();
    else if (k == "--doc") a.q.doc_id = val();
    else if (k == "--from") a.q.date_from = date(val());
    else if (k == "--to") a.q.date_to = date(val());
    else if (k == "--q") a.q.q = val();
    else if (k == "--limit") {
      a.q.limit = num(val());
      a.limit_set = true;
    } else if (k == "--offset") a.q.offset = num(val());
    else if (k == "--bbox") {
      std::string v = val();
      std::array<double, 4> b{};
      char tail = 0;
      if (std::sscanf(v.c_str(), "%lf,%lf,%lf,%lf%c", &b[0], &b[1], &b[2], &b[3], &tail) != 4 || b[0] > b[2] ||
          b[1] > b[3] || b[0] < -180 || b[2] > 180 || b[1] < -90 || b[3] > 90)
        usage_error("--bbox must be min_lon,min_lat,max_lon,max_lat, got " + v);
      a.q.bbox = b;
    } else usage_error(std::string("unknown option for ") + cmd + ": " + k);
  }
  if (!a.format.empty() && !formats.count(a.format)) {
    std::string list;
    for (auto& f : formats) list += (list.empty() ? "" : ", ") + f;
    usage_error(std::string(cmd) + ": --format must be one of " + list);
  }
  return a;
}

std::unique_ptr<Store> open_or_die(const std::string& path, bool ro) {
  if (ro && access(path.c_str(), F_OK) != 0) {
    std::fprintf(stderr, "marsad: no database %s (run marsad ingest first, or pass --db)\n", path.c_str());
    std::exit(1);
  }
  auto r = Store::open(path, ro);
  if (!r.ok()) {
    std::fprintf(stderr, "marsad: %s\n", r.status().message().c_str());
    std::exit(1);
  }
  return std::move(r.value());
}

}  // namespace

int cmd_ingest(int argc, char** argv) {
  Settings s;
  parse_args(argc, argv, 2, &s, /*allow_extra=*/true);
  for (const auto& [k, v] : s.extra)
    if (k != "db" && k != "batch") usage_error("unknown option for ingest: --" + k);
  if (s.inputs.empty()) usage_error("ingest needs an input (files, directories, or - for stdin)");
  std::string db = db_path(s);
  size_t batch_docs = 0;
  if (s.extra.count("batch")) batch_docs = std::strtoull(s.extra["batch"].c_str(), nullptr, 10);
  xmlInitParser();
  auto store = open_or_die(db, false);
  auto p = make_pipeline(s);
  int threads = s.threads > 0 ? s.threads : std::max(1u, std::thread::hardware_concurrency());
  const size_t batch = batch_docs ? batch_docs : std::max<size_t>(256, static_cast<size_t>(threads) * 32);

  TextDefaults def{s.id, s.date, s.source};
  IngestReader reader(s.inputs, def);
  Progress prog(reader.estimated_total());
  auto t0 = Clock::now();
  size_t read = 0, added = 0, replaced = 0, unchanged = 0, events = 0, coded = 0;
  std::map<std::string, size_t> skipped;
  // Coding batch k+1 overlaps with storing batch k (one writer thread, one
  // transaction per batch): ingest runs at the speed of the slower of the two.
  struct Batch {
    std::vector<Document> docs;
    std::vector<DocResult> res;
    std::vector<char> todo;
    std::vector<ReadIssue> issues;
  };
  int rc = 0;
  std::atomic<bool> fatal{false};
  auto store_batch = [&](Batch& b) {
    for (const auto& is : b.issues) {
      prog.clear();
      std::fprintf(stderr, "marsad: %s: %s (skipped)\n", is.origin.c_str(), is.message.c_str());
      ++skipped[is.reason];
      ++read;
    }
    if (b.docs.empty()) return;
    Status st = store->begin();
    if (!st.ok()) {
      std::fprintf(stderr, "marsad: %s\n", st.message().c_str());
      fatal = true;
      return;
    }
    for (size_t i = 0; i < b.docs.size(); ++i) {
      const Document& doc = b.docs[i];
      const DocResult& r0 = b.res[i];
      ++read;
      if (!b.todo[i]) {
        ++unchanged;
        continue;
      }
      for (const auto& w : r0.warnings) {
        prog.clear();
        std::fprintf(stderr, "marsad: document %s (%s): %s\n", doc.id.c_str(), doc.origin.c_str(), w.c_str());
      }
      if (r0.skipped) {
        prog.clear();
        std::fprintf(stderr, "marsad: document %s (%s): %s (skipped)\n", doc.id.c_str(), doc.origin.c_str(),
                     r0.message.c_str());
        ++skipped[r0.skip_reason];
        continue;
      }
      ++coded;
      auto r = store->put(doc, r0);
      if (!r.ok()) {
        prog.clear();
        std::fprintf(stderr, "marsad: document %s (%s): cannot store: %s (skipped)\n", doc.id.c_str(),
                     doc.origin.c_str(), r.status().message().c_str());
        ++skipped["store_error"];
        rc = 1;
        continue;
      }
      switch (r.value().kind) {
        case IngestOutcome::Added: ++added; events += r.value().events; break;
        case IngestOutcome::Replaced: ++replaced; events += r.value().events; break;
        case IngestOutcome::Unchanged: ++unchanged; break;
      }
    }
    st = store->commit();
    if (!st.ok()) {
      std::fprintf(stderr, "marsad: %s\n", st.message().c_str());
      fatal = true;
      return;
    }
    prog.update(read, events);
  };
  Batch cur, writing;
  std::thread writer;
  bool more = true;
  while (more && !fatal) {
    cur = Batch();
    Document d;
    while (cur.docs.size() < batch && (more = reader.next(&d, &cur.issues))) cur.docs.push_back(std::move(d));
    // documents already stored with the same content are not coded again
    cur.todo.assign(cur.docs.size(), 1);
    for (size_t i = 0; i < cur.docs.size(); ++i) {
      auto h = store->document_hash(cur.docs[i].id);
      if (h.ok() && h.value() && *h.value() == Store::content_hash(cur.docs[i])) cur.todo[i] = 0;
    }
    cur.res.assign(cur.docs.size(), DocResult());
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t i; (i = next.fetch_add(1)) < cur.docs.size();)
        if (cur.todo[i]) cur.res[i] = p->code(cur.docs[i]);
    };
    if (threads <= 1 || cur.docs.size() <= 1) {
      work();
    } else {
      std::vector<std::thread> pool;
      for (int t = 0; t < threads; ++t) pool.emplace_back(work);
      for (auto& t : pool) t.join();
    }
    if (writer.joinable()) writer.join();
    writing = std::move(cur);
    writer = std::thread([&] { store_batch(writing); });
  }
  if (writer.joinable()) writer.join();
  if (fatal) return 1;
  prog.update(read, events, true);
  double secs = std::chrono::duration<double>(Clock::now() - t0).count();
  size_t sk = 0;
  std::string why;
  for (const auto& [k, v] : skipped) {
    sk += v;
    why += (why.empty() ? "" : ", ") + std::to_string(v) + " " + k;
  }
  auto nd = store->count_documents();
  auto ne = store->count_events();
  std::printf("ingest: %zu read: %zu added, %zu replaced, %zu unchanged, %zu skipped%s%s%s\n", read, added, replaced,
              unchanged, sk, sk ? " (" : "", why.c_str(), sk ? ")" : "");
  std::printf("ingest: %zu events stored from %zu coded documents in %.2f s: %.0f documents/s, %.0f events/s\n", events,
              coded, secs, secs > 0 ? read / secs : 0.0, secs > 0 ? events / secs : 0.0);
  std::printf("ingest: %s now holds %lld documents, %lld events\n", db.c_str(),
              static_cast<long long>(nd.ok() ? nd.value() : -1), static_cast<long long>(ne.ok() ? ne.value() : -1));
  std::fflush(stdout);
  return rc;
}

int cmd_query(int argc, char** argv) {
  QueryArgs a = parse_query_args(argc, argv, "query", {"table", "jsonl", "csv", "geojson"});
  if (a.format.empty()) a.format = "table";
  auto store = open_or_die(a.db, true);
  int64_t total = 0;
  auto r = store->query(a.q, &total);
  if (!r.ok()) {
    std::fprintf(stderr, "marsad: %s\n", r.status().message().c_str());
    return 1;
  }
  std::FILE* out = stdout;
  if (!a.out.empty() && !(out = std::fopen(a.out.c_str(), "wb"))) {
    std::fprintf(stderr, "marsad: cannot write %s\n", a.out.c_str());
    return 1;
  }
  std::string buf;
  if (a.format == "table") {
    buf = table_header();
    for (const auto& ev : r.value()) {
      Event e;
      Document d;
      std::string err;
      if (event_from_json(ev.json, &e, &d, &err)) write_event_table(e, d, &buf);
    }
    std::fwrite(buf.data(), 1, buf.size(), out);
  } else {
    Exporter ex(a.format, out);
    ex.begin();
    for (const auto& ev : r.value()) ex.add(EventRow{0, "", ev});
    ex.end();
  }
  if (out != stdout) std::fclose(out);
  else std::fflush(stdout);
  std::fprintf(stderr, "marsad: %zu of %lld matching events (offset %d)\n", r.value().size(),
               static_cast<long long>(total), a.q.offset);
  return 0;
}

int cmd_export(int argc, char** argv) {
  QueryArgs a = parse_query_args(argc, argv, "export", {"jsonl", "csv", "acled", "gdelt", "polecat", "geojson"});
  if (a.format.empty()) usage_error("export needs --format jsonl|csv|acled|gdelt|polecat|geojson");
  if (!a.limit_set) a.q.limit = 0;  // export: everything unless --limit
  auto store = open_or_die(a.db, true);
  std::FILE* out = stdout;
  std::string tmp;
  if (!a.out.empty()) {
    tmp = a.out + ".tmp";
    if (!(out = std::fopen(tmp.c_str(), "wb"))) {
      std::fprintf(stderr, "marsad: cannot write %s\n", tmp.c_str());
      return 1;
    }
  }
  Exporter ex(a.format, out);
  ex.begin();
  Status st = store->for_each(a.q, [&](const EventRow& row) {
    ex.add(row);
    return true;
  });
  ex.end();
  if (out != stdout) {
    bool ok = std::fclose(out) == 0;
    if (!st.ok() || !ok || std::rename(tmp.c_str(), a.out.c_str()) != 0) {
      std::remove(tmp.c_str());
      std::fprintf(stderr, "marsad: cannot write %s\n", a.out.c_str());
      return 1;
    }
  }
  if (!st.ok()) {
    std::fprintf(stderr, "marsad: %s\n", st.message().c_str());
    return 1;
  }
  std::fprintf(stderr, "marsad: exported %zu events as %s", ex.written(), a.format.c_str());
  if (ex.left_out())
    std::fprintf(stderr, " (%zu left out: %s)", ex.left_out(),
                 a.format == "acled" ? "no ACLED event type" : a.format == "geojson" ? "no coordinates" : "unreadable");
  std::fprintf(stderr, "\n");
  return 0;
}

}  // namespace marsad::cli
