// The SQLite implementation of Store (store.h).
#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <variant>

#include "io/writers.h"
#include "store/fts_tokenizer.h"
#include "store/query_text.h"
#include "store/store.h"

namespace marsad {

namespace {

const char* kSchema = R"SQL(
CREATE TABLE documents (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL,
  title TEXT, url TEXT, source TEXT, published TEXT,
  text TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE TABLE events (
  rowid INTEGER PRIMARY KEY,
  event_id TEXT NOT NULL UNIQUE,
  doc_id TEXT NOT NULL,
  doc_rowid INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
  type TEXT NOT NULL, mode TEXT, cameo TEXT, modality TEXT, negated INTEGER NOT NULL DEFAULT 0,
  actor1_code TEXT, actor1_country TEXT, actor1_role TEXT, actor1_name TEXT, actor1_text TEXT,
  actor2_code TEXT, actor2_country TEXT, actor2_role TEXT, actor2_name TEXT, actor2_text TEXT,
  date_start TEXT, date_end TEXT, date_precision TEXT,
  event_date TEXT,  -- date_start, else date_end: what --from/--to filter on
  location_name TEXT, location_country TEXT, location_admin1 TEXT, location_admin2 TEXT,
  lat REAL, lon REAL, location_precision TEXT,
  fatalities INTEGER, injured INTEGER, arrested INTEGER,
  confidence REAL,
  json TEXT NOT NULL
);
CREATE INDEX events_doc ON events(doc_rowid);
CREATE INDEX events_type ON events(type, mode);
CREATE INDEX events_date ON events(event_date);
CREATE INDEX events_actor1 ON events(actor1_code);
CREATE INDEX events_actor2 ON events(actor2_code);
CREATE INDEX events_country ON events(location_country);
CREATE INDEX events_admin1 ON events(location_admin1 COLLATE NOCASE);
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid',
  tokenize='marsad');
CREATE VIRTUAL TABLE events_rtree USING rtree(id, min_lon, max_lon, min_lat, max_lat);
)SQL";

using Bind = std::variant<std::monostate, std::string, double, int64_t>;

std::string now_utc() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string escape_like(const std::string& s) {
  std::string o;
  for (char c : s) {
    if (c == '%' || c == '_' || c == '\\') o.push_back('\\');
    o.push_back(c);
  }
  return o;
}

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// ISO 8601 week "YYYY-Www" of an ISO date.
std::string iso_week(const std::string& date) {
  int y = 0, m = 0, d = 0;
  if (std::sscanf(date.c_str(), "%d-%d-%d", &y, &m, &d) != 3) return date;
  using namespace std::chrono;
  year_month_day ymd{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return date;
  sys_days sd{ymd};
  weekday wd{sd};
  int iso_wd = wd.iso_encoding();  // 1..7
  sys_days thursday = sd + days{4 - iso_wd};
  year_month_day ty{thursday};
  sys_days jan1{ty.year() / January / 1};
  int week = static_cast<int>((thursday - jan1).count() / 7 + 1);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", static_cast<int>(ty.year()), week);
  return buf;
}

class SqliteStore : public Store {
 public:
  SqliteStore(sqlite3* db, bool ro) : db_(db), ro_(ro) {}
  ~SqliteStore() override {
    for (auto& [k, st] : cache_) sqlite3_finalize(st);
    sqlite3_close(db_);
  }

  Status init() {
    std::string err;
    if (register_fts_tokenizer(db_, &err) != SQLITE_OK) return Status::Error(err);
    sqlite3_busy_timeout(db_, 10000);
    exec("PRAGMA foreign_keys=ON");
    auto v = scalar_int("PRAGMA user_version");
    if (!v.ok()) return v.status();
    if (v.value() > kSchemaVersion)
      return Status::Error("database schema version " + std::to_string(v.value()) +
                           " is newer than this marsad (" + std::to_string(kSchemaVersion) + ")");
    if (v.value() == 0) {
      if (ro_) return Status::Error("not a marsad database (empty schema)");
      Status s = exec("PRAGMA journal_mode=WAL");
      if (!s.ok()) return s;
      s = exec("BEGIN IMMEDIATE");
      if (!s.ok()) return s;
      // another process may have created it meanwhile
      auto v2 = scalar_int("PRAGMA user_version");
      if (v2.ok() && v2.value() == 0) {
        s = exec(kSchema);
        if (s.ok()) s = exec("PRAGMA user_version=" + std::to_string(kSchemaVersion));
      }
      if (!s.ok()) {
        exec("ROLLBACK");
        return s;
      }
      s = exec("COMMIT");
      if (!s.ok()) return s;
    }
    if (!ro_) {
      exec("PRAGMA journal_mode=WAL");
      exec("PRAGMA synchronous=NORMAL");  // WAL + NORMAL: durable across process crashes
      exec("PRAGMA cache_size=-65536");
    }
    return Status::Ok();
  }

  Result<IngestOutcome> put(const Document& doc, const DocResult& res) override {
    std::lock_guard<std::mutex> lk(mu_);
    if (ro_) return Status::Error("the store is read-only");
    std::string hash = content_hash(doc);
    Status s = exec("SAVEPOINT put_doc");
    if (!s.ok()) return s;
    auto r = put_locked(doc, res, hash);
    if (!r.ok()) {
      exec("ROLLBACK TO put_doc");
      exec("RELEASE put_doc");
      return r;
    }
    s = exec("RELEASE put_doc");
    if (!s.ok()) return s;
    return r;
  }

  Status begin() override {
    std::lock_guard<std::mutex> lk(mu_);
    return exec("BEGIN IMMEDIATE");
  }
  Status commit() override {
    std::lock_guard<std::mutex> lk(mu_);
    return exec("COMMIT");
  }

  Result<std::vector<StoredEvent>> query(const EventQuery& q, int64_t* total) override {
    std::lock_guard<std::mutex> lk(mu_);
    std::string where;
    std::vector<Bind> binds;
    Status s = build_where(q, &where, &binds);
    if (!s.ok()) return s;
    if (total) {
      auto c = count_where(where, binds);
      if (!c.ok()) return c.status();
      *total = c.value();
    }
    int limit = std::clamp(q.limit, 0, 1000);
    std::string sql = "SELECT e.event_id, e.doc_id, e.json FROM events e" + where +
                      " ORDER BY e.event_date DESC NULLS LAST, e.rowid LIMIT ? OFFSET ?";
    auto b = binds;
    b.push_back(int64_t{limit});
    b.push_back(int64_t{std::max(0, q.offset)});
    std::vector<StoredEvent> out;
    s = run(sql, b, [&](sqlite3_stmt* st) {
      out.push_back({col(st, 0), col(st, 1), col(st, 2)});
      return true;
    });
    if (!s.ok()) return s;
    return out;
  }

  Status for_each(const EventQuery& q, const std::function<bool(const EventRow&)>& fn) override {
    std::lock_guard<std::mutex> lk(mu_);
    std::string where;
    std::vector<Bind> binds;
    Status s = build_where(q, &where, &binds);
    if (!s.ok()) return s;
    std::string sql = "SELECT e.rowid, d.ingested_at, e.event_id, e.doc_id, e.json FROM events e JOIN documents d ON "
                      "d.rowid = e.doc_rowid" + where + " ORDER BY e.rowid LIMIT ? OFFSET ?";
    binds.push_back(int64_t{q.limit > 0 ? q.limit : -1});
    binds.push_back(int64_t{std::max(0, q.offset)});
    EventRow row;
    return run(sql, binds, [&](sqlite3_stmt* st) {
      row.rowid = sqlite3_column_int64(st, 0);
      row.ingested_at = col(st, 1);
      row.ev = {col(st, 2), col(st, 3), col(st, 4)};
      return fn(row);
    });
  }

  Result<std::optional<StoredEvent>> event(const std::string& event_id) override {
    std::lock_guard<std::mutex> lk(mu_);
    std::optional<StoredEvent> out;
    Status s = run("SELECT event_id, doc_id, json FROM events WHERE event_id = ?", {event_id}, [&](sqlite3_stmt* st) {
      out = StoredEvent{col(st, 0), col(st, 1), col(st, 2)};
      return false;
    });
    if (!s.ok()) return s;
    return out;
  }

  Result<std::optional<StoredDocument>> document(const std::string& doc_id) override {
    std::lock_guard<std::mutex> lk(mu_);
    std::optional<StoredDocument> out;
    int64_t rowid = 0;
    Status s = run("SELECT rowid, id, title, url, source, published, text FROM documents WHERE id = ?", {doc_id},
                   [&](sqlite3_stmt* st) {
                     rowid = sqlite3_column_int64(st, 0);
                     out = StoredDocument{col(st, 1), col(st, 2), col(st, 3), col(st, 4), col(st, 5), col(st, 6), {}};
                     return false;
                   });
    if (!s.ok()) return s;
    if (!out) return out;
    s = run("SELECT event_id, doc_id, json FROM events WHERE doc_rowid = ? ORDER BY rowid", {rowid},
            [&](sqlite3_stmt* st) {
              out->events.push_back({col(st, 0), col(st, 1), col(st, 2)});
              return true;
            });
    if (!s.ok()) return s;
    return out;
  }

  Result<std::vector<TimelineBucket>> timeline(const EventQuery& q, const std::string& granularity) override {
    if (granularity != "day" && granularity != "week" && granularity != "month")
      return Status::Error("granularity must be day, week or month");
    std::lock_guard<std::mutex> lk(mu_);
    std::string where;
    std::vector<Bind> binds;
    Status s = build_where(q, &where, &binds);
    if (!s.ok()) return s;
    where += where.empty() ? " WHERE " : " AND ";
    where += "e.event_date IS NOT NULL";
    std::map<std::pair<std::string, std::string>, int64_t> agg;
    s = run("SELECT e.event_date, e.type, count(*) FROM events e" + where + " GROUP BY 1, 2", binds,
            [&](sqlite3_stmt* st) {
              std::string d = col(st, 0);
              std::string p = granularity == "day" ? d : granularity == "month" ? d.substr(0, 7) : iso_week(d);
              agg[{p, col(st, 1)}] += sqlite3_column_int64(st, 2);
              return true;
            });
    if (!s.ok()) return s;
    std::vector<TimelineBucket> out;
    for (auto& [k, n] : agg) out.push_back({k.first, k.second, n});
    return out;
  }

  Result<std::vector<std::pair<std::string, int64_t>>> type_counts(const EventQuery& q) override {
    std::lock_guard<std::mutex> lk(mu_);
    std::string where;
    std::vector<Bind> binds;
    Status s = build_where(q, &where, &binds);
    if (!s.ok()) return s;
    std::vector<std::pair<std::string, int64_t>> out;
    s = run("SELECT e.type, count(*) FROM events e" + where + " GROUP BY 1 ORDER BY 2 DESC, 1", binds,
            [&](sqlite3_stmt* st) {
              out.emplace_back(col(st, 0), sqlite3_column_int64(st, 1));
              return true;
            });
    if (!s.ok()) return s;
    if (!q.type.empty()) {
      s = run("SELECT e.type || '/' || e.mode, count(*) FROM events e" + where +
                  " AND e.mode IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1",
              binds, [&](sqlite3_stmt* st) {
                out.emplace_back(col(st, 0), sqlite3_column_int64(st, 1));
                return true;
              });
      if (!s.ok()) return s;
    }
    return out;
  }

  Result<std::vector<std::string>> places(const EventQuery& q) override {
    std::lock_guard<std::mutex> lk(mu_);
    std::string where;
    std::vector<Bind> binds;
    Status s = build_where(q, &where, &binds);
    if (!s.ok()) return s;
    where += where.empty() ? " WHERE " : " AND ";
    where += "e.lat IS NOT NULL AND e.lon IS NOT NULL";
    binds.push_back(int64_t{std::clamp(q.limit, 0, 1000)});
    binds.push_back(int64_t{std::max(0, q.offset)});
    std::vector<std::string> out;
    s = run("SELECT e.location_name, e.location_country, e.location_admin1, e.lat, e.lon, count(*) FROM events e" +
                where + " GROUP BY 1, 2, 3, 4, 5 ORDER BY 6 DESC, 1 LIMIT ? OFFSET ?",
            binds, [&](sqlite3_stmt* st) {
              nlohmann::json j;
              auto txt = [&](int i) -> nlohmann::json {
                return sqlite3_column_type(st, i) == SQLITE_NULL ? nlohmann::json() : nlohmann::json(col(st, i));
              };
              j["name"] = txt(0);
              j["country"] = txt(1);
              j["admin1"] = txt(2);
              j["lat"] = sqlite3_column_double(st, 3);
              j["lon"] = sqlite3_column_double(st, 4);
              j["count"] = sqlite3_column_int64(st, 5);
              out.push_back(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
              return true;
            });
    if (!s.ok()) return s;
    return out;
  }

  Result<std::vector<std::string>> search(const std::string& q, int limit, int offset) override {
    std::lock_guard<std::mutex> lk(mu_);
    std::string m = fts_match_expression(q);
    std::vector<std::string> out;
    if (m.empty()) return out;
    Status s = run(
        "SELECT d.id, d.title, snippet(documents_fts, 1, '[', ']', '…', 16), d.published, d.source "
        "FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid "
        "WHERE documents_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?",
        {m, int64_t{std::clamp(limit, 0, 1000)}, int64_t{std::max(0, offset)}}, [&](sqlite3_stmt* st) {
          nlohmann::json j;
          j["id"] = col(st, 0);
          j["title"] = sqlite3_column_type(st, 1) == SQLITE_NULL ? nlohmann::json() : nlohmann::json(col(st, 1));
          j["snippet"] = col(st, 2);
          j["published"] = sqlite3_column_type(st, 3) == SQLITE_NULL ? nlohmann::json() : nlohmann::json(col(st, 3));
          j["source"] = sqlite3_column_type(st, 4) == SQLITE_NULL ? nlohmann::json() : nlohmann::json(col(st, 4));
          out.push_back(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
          return true;
        });
    if (!s.ok()) return s;
    return out;
  }

  Result<int64_t> count_documents() override {
    std::lock_guard<std::mutex> lk(mu_);
    return scalar_int("SELECT count(*) FROM documents");
  }
  Result<int64_t> count_events() override {
    std::lock_guard<std::mutex> lk(mu_);
    return scalar_int("SELECT count(*) FROM events");
  }

  Result<std::optional<std::string>> document_hash(const std::string& doc_id) override {
    std::lock_guard<std::mutex> lk(mu_);
    std::optional<std::string> out;
    Status s = run("SELECT hash FROM documents WHERE id = ?", {doc_id}, [&](sqlite3_stmt* st) {
      out = col(st, 0);
      return false;
    });
    if (!s.ok()) return s;
    return out;
  }

 private:
  static std::string col(sqlite3_stmt* st, int i) {
    const unsigned char* p = sqlite3_column_text(st, i);
    return p ? std::string(reinterpret_cast<const char*>(p), sqlite3_column_bytes(st, i)) : std::string();
  }

  Status err(const std::string& what) const { return Status::Error(what + ": " + sqlite3_errmsg(db_)); }

  Status exec(const std::string& sql) {
    char* msg = nullptr;
    int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &msg);
    if (rc != SQLITE_OK) {
      std::string m = msg ? msg : sqlite3_errstr(rc);
      sqlite3_free(msg);
      return Status::Error("sqlite: " + m);
    }
    return Status::Ok();
  }

  Result<sqlite3_stmt*> prepare(const std::string& sql) {
    auto it = cache_.find(sql);
    if (it != cache_.end()) return it->second;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v3(db_, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &st, nullptr) != SQLITE_OK)
      return err("sqlite prepare");
    cache_[sql] = st;
    return st;
  }

  // Runs a cached prepared statement with binds; row(st) returns false to stop.
  template <typename F>
  Status run(const std::string& sql, const std::vector<Bind>& binds, F&& row) {
    auto p = prepare(sql);
    if (!p.ok()) return p.status();
    sqlite3_stmt* st = p.value();
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    for (size_t i = 0; i < binds.size(); ++i) {
      int idx = static_cast<int>(i + 1);
      if (auto* s = std::get_if<std::string>(&binds[i]))
        sqlite3_bind_text(st, idx, s->data(), static_cast<int>(s->size()), SQLITE_TRANSIENT);
      else if (auto* d = std::get_if<double>(&binds[i]))
        sqlite3_bind_double(st, idx, *d);
      else if (auto* n = std::get_if<int64_t>(&binds[i]))
        sqlite3_bind_int64(st, idx, *n);
      else
        sqlite3_bind_null(st, idx);
    }
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
      if (!row(st)) {
        rc = SQLITE_DONE;
        break;
      }
    }
    Status s = rc == SQLITE_DONE ? Status::Ok() : err("sqlite");
    sqlite3_reset(st);
    return s;
  }

  Status run(const std::string& sql, const std::vector<Bind>& binds) {
    return run(sql, binds, [](sqlite3_stmt*) { return true; });
  }

  Result<int64_t> scalar_int(const std::string& sql) {
    int64_t v = 0;
    Status s = run(sql, {}, [&](sqlite3_stmt* st) {
      v = sqlite3_column_int64(st, 0);
      return false;
    });
    if (!s.ok()) return s;
    return v;
  }

  Result<int64_t> count_where(const std::string& where, const std::vector<Bind>& binds) {
    int64_t n = 0;
    Status s = run("SELECT count(*) FROM events e" + where, binds, [&](sqlite3_stmt* st) {
      n = sqlite3_column_int64(st, 0);
      return false;
    });
    if (!s.ok()) return s;
    return n;
  }

  // The WHERE clause: fixed SQL fragments, every user value bound.
  Status build_where(const EventQuery& q, std::string* where, std::vector<Bind>* binds) {
    std::vector<std::string> c;
    auto add = [&](std::string frag, std::initializer_list<Bind> bs) {
      c.push_back(std::move(frag));
      binds->insert(binds->end(), bs);
    };
    if (!q.type.empty()) add("e.type = ?", {upper(q.type)});
    if (!q.mode.empty()) add("e.mode = ?", {q.mode});
    if (!q.modality.empty()) add("e.modality = ?", {q.modality});
    if (!q.doc_id.empty()) add("e.doc_id = ?", {q.doc_id});
    if (!q.actor.empty()) {
      std::string pre = escape_like(q.actor) + "%", mid = "%" + escape_like(q.actor) + "%";
      add("(e.actor1_code LIKE ? ESCAPE '\\' OR e.actor2_code LIKE ? ESCAPE '\\' OR e.actor1_name LIKE ? ESCAPE '\\'"
          " OR e.actor2_name LIKE ? ESCAPE '\\' OR e.actor1_text LIKE ? ESCAPE '\\' OR e.actor2_text LIKE ? ESCAPE "
          "'\\')",
          {pre, pre, mid, mid, mid, mid});
    }
    if (!q.country.empty()) {
      std::string u = upper(q.country);
      add("(e.actor1_country = ? OR e.actor2_country = ? OR e.location_country = ?)", {u, u, u});
    }
    if (!q.admin1.empty()) add("e.location_admin1 = ? COLLATE NOCASE", {q.admin1});
    if (!q.date_from.empty()) add("e.event_date >= ?", {q.date_from});
    if (!q.date_to.empty()) add("e.event_date <= ?", {q.date_to});
    if (q.bbox) {
      const auto& b = *q.bbox;
      if (!(b[0] <= b[2] && b[1] <= b[3])) return Status::Error("bbox must be min_lon,min_lat,max_lon,max_lat");
      add("e.rowid IN (SELECT id FROM events_rtree WHERE max_lon >= ? AND min_lon <= ? AND max_lat >= ? AND min_lat "
          "<= ?) AND e.lon BETWEEN ? AND ? AND e.lat BETWEEN ? AND ?",
          {b[0], b[2], b[1], b[3], b[0], b[2], b[1], b[3]});
    }
    if (!q.q.empty()) {
      std::string m = fts_match_expression(q.q);
      if (m.empty()) {
        c.push_back("0");
      } else {
        add("e.doc_rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)", {m});
      }
    }
    where->clear();
    for (size_t i = 0; i < c.size(); ++i) *where += (i ? " AND " : " WHERE ") + c[i];
    return Status::Ok();
  }

  Result<IngestOutcome> put_locked(const Document& doc, const DocResult& res, const std::string& hash) {
    IngestOutcome out;
    int64_t rowid = 0;
    std::string old_hash, old_title, old_text;
    bool found = false;
    Status s = run("SELECT rowid, hash, title, text FROM documents WHERE id = ?", {doc.id}, [&](sqlite3_stmt* st) {
      found = true;
      rowid = sqlite3_column_int64(st, 0);
      old_hash = col(st, 1);
      old_title = col(st, 2);
      old_text = col(st, 3);
      return false;
    });
    if (!s.ok()) return s;
    auto null_or = [](const std::string& v) -> Bind { return v.empty() ? Bind() : Bind(v); };
    std::string now = now_utc();
    if (found && old_hash == hash) {
      out.kind = IngestOutcome::Unchanged;
      auto n = count_where(" WHERE e.doc_rowid = ?", {rowid});
      out.events = n.ok() ? static_cast<size_t>(n.value()) : 0;
      return out;
    }
    if (found) {
      out.kind = IngestOutcome::Replaced;
      s = run("DELETE FROM events_rtree WHERE id IN (SELECT rowid FROM events WHERE doc_rowid = ?)", {rowid});
      if (s.ok()) s = run("DELETE FROM events WHERE doc_rowid = ?", {rowid});
      if (s.ok())
        s = run("INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES('delete', ?, ?, ?)",
                {rowid, old_title, old_text});
      if (s.ok())
        s = run("UPDATE documents SET hash = ?, title = ?, url = ?, source = ?, published = ?, text = ?, "
                "ingested_at = ? WHERE rowid = ?",
                {hash, null_or(doc.title), null_or(doc.url), null_or(doc.source), null_or(doc.date), doc.text, now,
                 rowid});
      if (!s.ok()) return s;
    } else {
      s = run("INSERT INTO documents(id, hash, title, url, source, published, text, ingested_at) VALUES (?, ?, ?, ?, "
              "?, ?, ?, ?)",
              {doc.id, hash, null_or(doc.title), null_or(doc.url), null_or(doc.source), null_or(doc.date), doc.text,
               now});
      if (!s.ok()) return s;
      rowid = sqlite3_last_insert_rowid(db_);
    }
    s = run("INSERT INTO documents_fts(rowid, title, text) VALUES (?, ?, ?)", {rowid, doc.title, doc.text});
    if (!s.ok()) return s;
    std::string json;
    for (const Event& e : res.events) {
      json.clear();
      write_event_jsonl(e, doc, &json);
      if (!json.empty() && json.back() == '\n') json.pop_back();
      s = insert_event(e, rowid, json);
      if (!s.ok()) return s;
      ++out.events;
    }
    return out;
  }

  Status insert_event(const Event& e, int64_t doc_rowid, const std::string& json) {
    static const std::string sql =
        "INSERT INTO events(event_id, doc_id, doc_rowid, type, mode, cameo, modality, negated, "
        "actor1_code, actor1_country, actor1_role, actor1_name, actor1_text, "
        "actor2_code, actor2_country, actor2_role, actor2_name, actor2_text, "
        "date_start, date_end, date_precision, event_date, "
        "location_name, location_country, location_admin1, location_admin2, lat, lon, location_precision, "
        "fatalities, injured, arrested, confidence, json) VALUES (?,?,?,?,?,?,?,?, ?,?,?,?,?, ?,?,?,?,?, ?,?,?,?, "
        "?,?,?,?,?,?,?, ?,?,?,?,?)";
    auto p = prepare(sql);
    if (!p.ok()) return p.status();
    sqlite3_stmt* st = p.value();
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    int i = 0;
    auto text = [&](const std::string& v) {
      ++i;
      if (!v.empty()) sqlite3_bind_text(st, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
    };
    auto opt_i = [&](const std::optional<int64_t>& v) {
      ++i;
      if (v) sqlite3_bind_int64(st, i, *v);
    };
    auto opt_d = [&](const std::optional<double>& v) {
      ++i;
      if (v) sqlite3_bind_double(st, i, *v);
    };
    text(e.event_id);
    text(e.doc_id);
    sqlite3_bind_int64(st, ++i, doc_rowid);
    text(e.type);
    text(e.mode);
    text(e.cameo);
    text(e.modality);
    sqlite3_bind_int(st, ++i, e.negated ? 1 : 0);
    for (const ActorRef* a : {&e.actor1, &e.actor2}) {
      static const std::string empty;
      text(a->present ? a->code : empty);
      text(a->present ? a->country : empty);
      text(a->present ? a->role : empty);
      text(a->present ? a->name : empty);
      text(a->present ? a->text : empty);
    }
    text(e.date.start);
    text(e.date.end);
    text(e.date.precision);
    text(e.date.start.empty() ? e.date.end : e.date.start);
    const LocationRef& l = e.location;
    bool lp = l.present;
    static const std::string empty;
    text(lp ? l.name : empty);
    text(lp ? l.country : empty);
    text(lp ? l.admin1 : empty);
    text(lp ? l.admin2 : empty);
    opt_d(lp ? l.lat : std::nullopt);
    opt_d(lp ? l.lon : std::nullopt);
    text(lp ? l.precision : empty);
    opt_i(e.fatalities);
    opt_i(e.injured);
    opt_i(e.arrested);
    sqlite3_bind_double(st, ++i, e.confidence);
    text(json);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (rc != SQLITE_DONE) return err("storing event " + e.event_id);
    if (lp && l.lat && l.lon) {
      int64_t id = sqlite3_last_insert_rowid(db_);
      return run("INSERT INTO events_rtree(id, min_lon, max_lon, min_lat, max_lat) VALUES (?, ?, ?, ?, ?)",
                 {id, *l.lon, *l.lon, *l.lat, *l.lat});
    }
    return Status::Ok();
  }

  sqlite3* db_;
  bool ro_;
  std::mutex mu_;
  std::map<std::string, sqlite3_stmt*> cache_;
};

}  // namespace

std::string Store::content_hash(const Document& doc) {
  // FNV-1a 64 twice (two seeds) over the fields with separators: 128 bits.
  uint64_t h1 = 0xcbf29ce484222325ULL, h2 = 0x84222325cbf29ce4ULL;
  auto feed = [&](std::string_view s) {
    for (unsigned char c : s) {
      h1 = (h1 ^ c) * 0x100000001b3ULL;
      h2 = (h2 ^ c) * 0x100000001b3ULL + 0x9e3779b97f4a7c15ULL;
    }
    h1 = (h1 ^ 0xff) * 0x100000001b3ULL;
    h2 = (h2 ^ 0xfe) * 0x100000001b3ULL;
  };
  for (const std::string* f : {&doc.id, &doc.text, &doc.date, &doc.title, &doc.url, &doc.source}) feed(*f);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(h1),
                static_cast<unsigned long long>(h2));
  return buf;
}

Result<std::unique_ptr<Store>> Store::open(const std::string& path, bool read_only) {
  sqlite3* db = nullptr;
  int flags = read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  flags |= SQLITE_OPEN_NOMUTEX;  // we hold our own mutex
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string m = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return Status::Error("cannot open database " + path + ": " + m);
  }
  auto s = std::make_unique<SqliteStore>(db, read_only);
  Status st = s->init();
  if (!st.ok()) return Status::Error(path + ": " + st.message());
  return std::unique_ptr<Store>(std::move(s));
}

}  // namespace marsad
